// Decides what the page shows before its first paint, and when the app starts.
//
// A classic script in <head> (Trunk.toml's pattern_script), so it runs before
// the body is drawn: index.html carries the default view as static HTML
// (src/snapshot), and a link to any other state must never show it, not even
// for one frame. Such a link gets the page's frame in its language and a line
// saying what is loading (style.css: html.state-other), and its app starts at
// once. No inline script: the page runs under script-src 'self'.
//
// The plain link needs no code to be read: the chart, its numbers, the table
// and the sources are all in the HTML. Its app (about 250 KB) is fetched when
// a reader reaches for something only the app does: a control, the chart's
// tooltip. What they choose before it has arrived is kept and handed to the
// app (by the app's own controls, so it means what it means in the app), and
// the view they asked for is hidden meanwhile, never shown with the old chart.
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

  // What the static page's controls, tabs and chart were asked for before the app ran.
  var snapshot = null;
  var pending = [];
  var started = false;
  var home = null;

  // Without WebAssembly, or when the app's files do not arrive: the default
  // view stays, with a line saying the rest needs a newer browser, and its
  // controls go back to what the page shows and are disabled again.
  function cannotRun(error) {
    html.classList.remove("state-other", "view-pending", "app-loading");
    html.classList.add("wasm-failed");
    if (other) html.classList.add("link-lost");
    if (error) console.warn("The explorer could not start:", error);
    if (snapshot) putBack(snapshot);
  }
  if (typeof WebAssembly !== "object" || typeof Promise !== "function") {
    cannotRun(null);
    return;
  }
  // Fetches and compiles the app, then starts it once the reader is not in
  // the middle of a choice: starting replaces the static page, and with it a
  // list the reader has open.
  function start() {
    if (started) return;
    started = true;
    var base = document.baseURI;
    var js = import(new URL(tag.getAttribute("data-app-js"), base).href);
    var wasm = compile(new URL(tag.getAttribute("data-app-wasm"), base));
    var before = null;
    Promise.all([js, wasm])
      .then(function (loaded) {
        return whenFree().then(function () {
          before = snapshotState();
          return loaded[0].default({ module_or_path: loaded[1] });
        });
      })
      // Only a failure to load or start is the app not running: once it has
      // mounted, a slip in handing choices over must not disable its page.
      .then(function (exports) {
        // The benchmark reads the WebAssembly memory's size from here.
        window.__lamtheobacMemory = exports.memory;
        handOver(before);
      }, cannotRun);
  }

  function compile(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": HTTP " + response.status);
      var type = response.headers.get("content-type") || "";
      if (WebAssembly.compileStreaming && type.indexOf("application/wasm") === 0) {
        return WebAssembly.compileStreaming(response);
      }
      // A server that names it otherwise: compiled from its bytes.
      return response.arrayBuffer().then(function (bytes) {
        return WebAssembly.compile(bytes);
      });
    });
  }

  // Resolves at once, or when the reader leaves or changes the static
  // page's list they are in.
  function whenFree() {
    return new Promise(function (resolve) {
      var el = document.activeElement;
      if (!snapshot || !el || el.tagName !== "SELECT" || !snapshot.contains(el)) return resolve();
      function done() {
        el.removeEventListener("change", done);
        el.removeEventListener("blur", done);
        // After boot.js's own change listener has kept the choice.
        setTimeout(resolve, 0);
      }
      el.addEventListener("change", done);
      el.addEventListener("blur", done);
    });
  }

  // What the app must give back of the static page: the element with the
  // keyboard focus and the tables the reader opened.
  function snapshotState() {
    if (!snapshot) return { focus: null, open: [] };
    var open = [];
    var details = snapshot.querySelectorAll("details[open]");
    for (var i = 0; i < details.length; i++) {
      var names = details[i].className.trim().split(/\s+/).filter(Boolean);
      // A table without a class has no twin the app's page can be asked for.
      if (names.length) open.push("details." + names.map(CSS.escape).join("."));
    }
    var el = document.activeElement;
    return { focus: el && el !== snapshot && snapshot.contains(el) ? twin(el) : null, open: open };
  }

  // The selector that finds, in the app, the element `el` is on the static page.
  function twin(el) {
    if (el.id) return "#" + el.id;
    if (el.matches("a.tab")) return '.tabs a.tab[data-view="' + el.getAttribute("data-view") + '"]';
    if (el.matches("input[name=district]")) return 'input[name="district"][value="' + CSS.escape(el.value) + '"]';
    if (el.getAttribute("data-format")) return '.download-bar [data-format="' + el.getAttribute("data-format") + '"]';
    if (el.matches(".data-table summary")) return ".data-table summary";
    return null;
  }

  // Where a reader's pointer, finger or keyboard focus means they want the app.
  var WANTS_APP = ".tabs, .masthead button, .controls, .snapshot-box, .download-bar, .share-tools";

  function arm() {
    snapshot = document.getElementById("snapshot");
    if (!snapshot) return start();
    home = snapshot.querySelector("a.tab.active");
    // "All districts" stays disabled, as in the app, while all are chosen.
    var disabled = snapshot.querySelectorAll("[disabled]:not(.link-button)");
    for (var i = 0; i < disabled.length; i++) disabled[i].disabled = false;
    function intent(event) {
      if (event.target.closest && event.target.closest(WANTS_APP)) start();
    }
    snapshot.addEventListener("pointerover", intent);
    snapshot.addEventListener("focusin", intent);
    snapshot.addEventListener("touchstart", intent, { passive: true });
    snapshot.addEventListener("click", onClick);
    snapshot.addEventListener("change", onChange);
  }

  function onClick(event) {
    var tab = event.target.closest("a.tab");
    if (tab) {
      // A new tab or window opens the link itself, as always.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      if (tab.classList.contains("active") && !html.classList.contains("view-pending")) return;
      showTab(tab);
      return wait({ key: "view", click: twin(tab) }, true);
    }
    // The language, sharing and download buttons act on what is drawn.
    var button = event.target.closest("button");
    if (!button || button.disabled) return;
    if (button.id || button.getAttribute("data-format")) wait({ click: twin(button) }, false);
  }

  function onChange(event) {
    var el = event.target;
    if (el.tagName === "SELECT") wait({ key: el.id, id: el.id, value: el.value }, true);
    else if (el.type === "checkbox") wait({ key: twin(el), click: twin(el), checked: el.checked }, true);
  }

  function showTab(tab) {
    var tabs = tab.parentNode.querySelectorAll("a.tab");
    for (var i = 0; i < tabs.length; i++) {
      tabs[i].classList.toggle("active", tabs[i] === tab);
      if (tabs[i] === tab) tabs[i].setAttribute("aria-current", "page");
      else tabs[i].removeAttribute("aria-current");
    }
  }

  // Keeps a choice for the app, says it is coming, and hides a view that
  // would no longer match the controls.
  function wait(action, changesView) {
    if (action.key) {
      pending = pending.filter(function (a) {
        return a.key !== action.key;
      });
    }
    pending.push(action);
    html.classList.add("app-loading");
    if (changesView) html.classList.add("view-pending");
    var line = snapshot.querySelector(".app-loading-line");
    if (line && !line.textContent) line.textContent = line.getAttribute("data-text");
    start();
  }

  // The app has replaced the static page with the same view in the same
  // places. The tables the reader opened open again; each choice is made
  // again on the app's own control, one task apart (a choice redraws the
  // next control's options); then the view shows and the focus is back.
  function handOver(before) {
    before.open.forEach(function (selector) {
      var details = document.querySelector(selector);
      if (details) details.open = true;
    });
    var last = null;
    function next() {
      var action = pending.shift();
      if (!action) return settle(before.focus || last);
      var el = document.querySelector(action.click || "#" + action.id);
      if (el && action.id) {
        el.value = action.value;
        el.dispatchEvent(new Event("change", { bubbles: true }));
      } else if (el && action.checked !== undefined) {
        // A click, as the reader's: the app's checkbox handler reads the new state.
        if (el.checked !== action.checked) el.click();
      } else if (el) {
        el.click();
      }
      last = action.click || "#" + action.id;
      setTimeout(next, 0);
    }
    next();
  }

  function settle(focus) {
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        html.classList.remove("view-pending", "app-loading");
        // A keyboard reader stays where they were.
        var el = focus && document.querySelector(focus);
        if (el && document.activeElement === document.body) el.focus();
      });
    });
  }

  function putBack(root) {
    pending = [];
    var controls = root.querySelectorAll("select, input, button");
    for (var i = 0; i < controls.length; i++) {
      var el = controls[i];
      if (el.tagName === "SELECT") {
        for (var j = 0; j < el.options.length; j++) el.options[j].selected = el.options[j].defaultSelected;
      } else if (el.type === "checkbox") {
        el.checked = el.defaultChecked;
      }
      el.disabled = true;
    }
    if (home) showTab(home);
  }

  // The app mounts into <main id="app">, which the parser has not reached yet.
  function whenParsed() {
    if (other) start();
    else arm();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", whenParsed);
  } else {
    whenParsed();
  }
})();
