// On a phone the menu starts folded behind its button (without JavaScript it stays open).
(function () {
  var menu = document.querySelector("details.menu");
  if (menu && window.matchMedia("(max-width: 40rem)").matches) menu.open = false;
})();
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
// "Telegram: {telegram} of 4096 · Discord: {discord} of 2000", in the page's own words.
// Telegram counts UTF-16 units, as JavaScript's length does; Discord counts characters.
document.querySelectorAll("[data-fit]").forEach(function (fit) {
  var field = document.getElementById(fit.dataset.fit);
  if (!field) return;
  field.addEventListener("input", function () {
    var sent = "📣 " + field.value.trim();
    fit.textContent = fit.dataset.template
      .split("{telegram}").join(sent.length)
      .split("{discord}").join(Array.from(sent).length);
  });
});
