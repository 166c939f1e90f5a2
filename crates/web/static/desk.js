// The composer's chat bubbles follow the text as it is typed, and "empty" goes from a
// language once it has words. Without JavaScript both show the text as last sent.
document.querySelectorAll("[data-preview]").forEach(function (bubble) {
  var field = document.getElementById(bubble.dataset.preview);
  if (!field) return;
  var empty = document.getElementById(field.id.replace("text_", "empty_"));
  field.addEventListener("input", function () {
    bubble.textContent = "📣 " + field.value;
    if (empty) empty.hidden = field.value.trim() !== "";
  });
});

