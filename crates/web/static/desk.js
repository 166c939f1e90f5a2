// The composer's previews (a Telegram bubble, a Discord message) follow the text as it is
// typed, with how it fits each platform; "empty" goes from a language once it has words.
// Without JavaScript all of it shows the text as last sent.
document.querySelectorAll("[data-preview]").forEach(function (preview) {
  var field = document.getElementById(preview.dataset.preview);
  if (!field) return;
  var empty = document.getElementById(field.id.replace("text_", "empty_"));
  field.addEventListener("input", function () {
    preview.textContent = "📣 " + field.value;
    if (empty) empty.hidden = field.value.trim() !== "";
  });
});
// "Telegram: {length} / 4096 · Discord: {length} / 2000", in the page's own words.
document.querySelectorAll("[data-fit]").forEach(function (fit) {
  var field = document.getElementById(fit.dataset.fit);
  if (!field) return;
  field.addEventListener("input", function () {
    var length = Array.from("📣 " + field.value.trim()).length;
    fit.textContent = fit.dataset.template.split("{length}").join(length);
  });
});
