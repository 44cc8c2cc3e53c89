// Records every message the page receives, as a portal that listens for
// Datawrapper's or AMP's height messages would see them.
window.__messages = [];
window.addEventListener("message", function (event) {
  window.__messages.push({ origin: event.origin, data: event.data });
});
