// Decides what the page shows before its first paint, then starts the app.
//
// A classic script in <head> (Trunk.toml's pattern_script), so it runs before
// the body is drawn: index.html carries the default view as static HTML
// (src/snapshot), and a link to any other state must never show it, not even
// for one frame. Such a link gets the page's frame in its language and a line
// saying what is loading (style.css: html.state-other). No inline script: the
// page runs under script-src 'self'.
(function () {
  var html = document.documentElement;
  var tag = document.currentScript;
  var keys = (html.getAttribute("data-state-keys") || "").split(",");
  var other = false;
  new URLSearchParams(location.search).forEach(function (value, key) {
    value = value.trim();
    if (key === "v" && value === "1") return;
    if (keys.indexOf(key) >= 0) other = true;
    if (key === "lang" && value === "en") {
      html.classList.add("lang-en");
      html.lang = "en";
    }
    if (key === "embed") html.classList.add("embed");
  });
  html.classList.add("js");
  if (other) html.classList.add("state-other");

  // Without WebAssembly, or when the app's files do not arrive: the default
  // view stays, with a line saying the rest needs a newer browser.
  function cannotRun(error) {
    html.classList.remove("state-other");
    html.classList.add("wasm-failed");
    if (other) html.classList.add("link-lost");
    if (error) console.warn("The explorer could not start:", error);
  }
  if (typeof WebAssembly !== "object" || typeof Promise !== "function") {
    cannotRun(null);
    return;
  }
  function start() {
    var base = document.baseURI;
    import(new URL(tag.getAttribute("data-app-js"), base).href)
      .then(function (app) {
        return app.default({ module_or_path: new URL(tag.getAttribute("data-app-wasm"), base) });
      })
      .then(function (exports) {
        // The benchmark reads the WebAssembly memory's size from here.
        window.__lamtheobacMemory = exports.memory;
      }, cannotRun);
  }
  // Content before code: the app's files are fetched once the browser has
  // reported the static chart as painted (its largest paint), so on a slow
  // network they do not take the bandwidth the page and its stylesheet need
  // first, and the app never replaces what the reader has not yet seen (its
  // copy would then count as the page's largest paint, seconds late). A link
  // to another view has nothing to show first: its app starts at once. At
  // most 1.5 s, should the browser never report that paint.
  function afterFirstPaint(then) {
    var started = false;
    function go() {
      if (!started) {
        started = true;
        then();
      }
    }
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    if (other) return go();
    if (types.indexOf("largest-contentful-paint") < 0) {
      // A browser that does not report it (Safari): after the first frame.
      return requestAnimationFrame(function () {
        setTimeout(go, 0);
      });
    }
    try {
      new PerformanceObserver(function (list) {
        var chart = list.getEntries().some(function (e) {
          return e.element && e.element.classList.contains("chart-snapshot");
        });
        if (chart) go();
      }).observe({ type: "largest-contentful-paint", buffered: true });
    } catch (error) {
      return go();
    }
    setTimeout(go, 1500);
  }
  // The app mounts into <main id="app">, which the parser has not reached yet.
  function whenParsed() {
    afterFirstPaint(start);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", whenParsed);
  } else {
    whenParsed();
  }
})();
