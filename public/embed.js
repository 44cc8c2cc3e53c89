// Fits each embedded explorer frame on this page to the height of its content.
// Include once, after (or before) the frames:
//   <iframe data-lamtheobac src="https://.../?v=1&...&embed=ID" ...></iframe>
//   <script src="https://.../embed.js" async></script>
// It listens for the explorer's own message,
//   {"type": "lamtheobac:height", "version": 1, "id": "...", "height": <px>},
// accepts it only from the frame that sent it and only from that frame's own
// origin, and sets nothing but that frame's height. Because this script loads
// async, a frame may have posted its first height before anyone listened: so
// on start it asks each frame, at the frame's own origin, to say it again
//   {"type": "lamtheobac:ask-height", "version": 1}
// and sends nothing else.
(function () {
  "use strict";
  if (window.__lamtheobacEmbed) return;
  window.__lamtheobacEmbed = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "lamtheobac:height" || data.version !== 1) return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 40 || height > 30000) return;
    var frames = document.querySelectorAll("iframe[data-lamtheobac]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try { origin = new URL(frame.src, window.location.href).origin; } catch (e) { return; }
      if (origin !== event.origin) return;
      frame.style.height = Math.ceil(height) + "px";
      frame.setAttribute("height", String(Math.ceil(height)));
      return;
    }
  });
  var frames = document.querySelectorAll("iframe[data-lamtheobac]");
  for (var i = 0; i < frames.length; i++) {
    try {
      var origin = new URL(frames[i].src, window.location.href).origin;
      // A frame still on about:blank has another origin: the message is dropped,
      // and the explorer, once it starts, posts its height to the listener above.
      if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: "lamtheobac:ask-height", version: 1 }, origin);
    } catch (e) {}
  }
})();
