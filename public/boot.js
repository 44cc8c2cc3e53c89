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
// and the sources are all in the HTML. Its app is fetched once the page has
// loaded and the browser is idle, so that it is there when the reader first
// taps; a reader who asked to save data (or is on 2G) fetches it only on
// reaching for something only the app does (a control, the chart's tooltip).
// What they choose before it has arrived is kept and handed to the app (by
// the app's own controls, so it means what it means in the app), and the
// view they asked for is hidden meanwhile, never shown with the old chart.
//
// Fetching the app's files is compressed_fetch.js's job: the build puts
// that file first in this one, so the page makes one request for both.
(function () {

  var html = document.documentElement;
  var tag = document.currentScript;
  var keys = (html.getAttribute("data-state-keys") || "").split(",");
  // What to look for on the static page and how to find its twin in the app:
  // one list in Rust (src/snapshot/handover.rs), baked onto <html>.
  var hand = JSON.parse(html.getAttribute("data-hand-over") || "{}");
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
  // The app reads it too: it then fetches its later parts only when needed.
  if (savingData()) html.classList.add("save-data");
  if (other) html.classList.add("state-other");

  // What the static page's controls, tabs and chart were asked for before the app ran.
  var snapshot = null;
  var pending = [];
  var started = false;
  // The reader has reached for the app (or the link asked for it): start it
  // as soon as it is compiled, not when the browser is next idle.
  var asked = false;
  var whenAsked = null;
  var home = null;
  // A list the reader went into and has not changed since: its options may
  // be open, and starting the app would take it from under them.
  var openList = null;

  // Without WebAssembly, or when the app's files do not arrive: the default
  // view stays, with a line saying the rest needs a newer browser, and its
  // controls go back to what the page shows and are disabled again.
  function cannotRun(error) {
    html.classList.remove("state-other", "view-pending", "app-loading");
    html.classList.add("wasm-failed");
    // A browser that cannot compile or link the app, or parse its script,
    // needs a newer one; any other failure is files that did not arrive
    // (the network, the server), which a newer browser would not mend.
    if (error && !tooOld(error)) html.classList.add("wasm-lost");
    if (other) html.classList.add("link-lost");
    if (error) console.warn("The explorer could not start:", error);
    if (snapshot) putBack(snapshot);
  }
  function tooOld(error) {
    var W = self.WebAssembly;
    return error instanceof SyntaxError || (!!W && (error instanceof W.CompileError || error instanceof W.LinkError));
  }
  if (typeof WebAssembly !== "object" || typeof Promise !== "function") {
    cannotRun(null);
    return;
  }

  // Fetches and compiles the app; starts it (which replaces the static page
  // in place) when the reader asks for it or the browser is idle, and never
  // in the middle of a choice.
  function start(byReader) {
    if (byReader && !asked) {
      asked = true;
      if (whenAsked) whenAsked();
    }
    if (started) return;
    started = true;
    var base = document.baseURI;
    var js = import(new URL(tag.getAttribute("data-app-js"), base).href);
    var wasm = self.lamtheobacCompileWasm(new URL(tag.getAttribute("data-app-wasm"), base).href);
    var before = null;
    var fetched = false;
    Promise.all([js, wasm])
      .then(function (loaded) {
        fetched = true;
        return whenIdleOrAsked().then(function () {
          // Started in the same task as the gate opens, synchronously
          // (initSync): no press can begin between the two.
          return new Promise(function (resolve, reject) {
            whenFree(function () {
              try {
                before = snapshotState();
                resolve(loaded[0].initSync({ module: loaded[1] }));
              } catch (error) {
                reject(error);
              }
            });
          });
        });
      })
      // Only a failure to load or start is the app not running: once it has
      // mounted, a slip in handing choices over must not disable its page,
      // nor leave its view hidden.
      .then(function (exports) {
        // The benchmark reads the WebAssembly memory's size from here.
        window.__lamtheobacMemory = exports.memory;
        return mounted();
      })
      .then(function () {
        try {
          handOver(before);
        } catch (slip) {
          console.warn("Handing choices to the explorer:", slip);
          settle(null);
        }
      }, function (error) {
        // A fetch nobody waits for yet that failed (a phone's network
        // dropping) is tried again when the reader reaches for the app; a
        // failure the reader waits for, or one to start what did arrive,
        // says the page cannot run, and takes the controls back.
        if (asked || fetched) return cannotRun(error);
        console.warn("The explorer will be fetched again when it is needed:", error);
        started = false;
        whenAsked = null;
      });
  }

  // The app mounts as it starts, or once English has arrived: meanwhile it
  // marks <html> app-waits (src/ui/mod.rs), and says when it has mounted.
  function mounted() {
    if (!html.classList.contains("app-waits")) return Promise.resolve();
    return new Promise(function (resolve) {
      document.addEventListener("lamtheobac-mounted", resolve, { once: true });
    });
  }

  function whenIdleOrAsked() {
    if (asked) return Promise.resolve();
    return new Promise(function (resolve) {
      whenAsked = resolve;
      idle(resolve);
    });
  }

  // The browser's next idle moment. WebKit has no requestIdleCallback: there
  // it is the task after the next frame has been drawn, which is what an
  // idle callback right after the page's load comes to in Chromium, and never
  // the first paint itself.
  function idle(then) {
    if (window.requestIdleCallback) requestIdleCallback(then, { timeout: 3000 });
    else
      requestAnimationFrame(function () {
        setTimeout(then, 0);
      });
  }

  // The app replaces the static page only while nothing of it is in the
  // reader's hands: no press (a pointer or a key down on it: its release
  // would land on the app's page and no click follow, in every engine), and
  // no list they went into and have not changed since (its options may be
  // open). `then` runs synchronously when that holds, at once or as the
  // press or the list ends: the app (src/ui/mod.rs, which calls this again
  // before a later mount) swaps the page in that same task.
  var gated = [];
  var pressed = 0;
  // The list the reader was in when the gate was first asked (null: none),
  // held until they change it or leave it, even for another list.
  var watched;
  var listSince = 0;
  var cap = 0;
  function whenFree(then) {
    gated.push(then);
    free();
  }
  function held() {
    if (pressed && Date.now() - pressed < PRESS_CAP) return true;
    if (watched === undefined) {
      var el = openList;
      watched = el && document.activeElement === el && snapshot && snapshot.contains(el) ? el : null;
      listSince = Date.now();
    }
    if (!watched || document.activeElement !== watched) return false;
    // With a view hidden for a choice, at most a few seconds: a list left
    // open (Escape keeps its focus) must not hold it.
    return !(html.classList.contains("view-pending") && Date.now() - listSince > LIST_CAP);
  }
  function free() {
    if (!gated.length) return;
    if (held()) {
      if (!cap) cap = setInterval(free, 250);
      return;
    }
    clearInterval(cap);
    cap = 0;
    watched = undefined;
    var ready = gated;
    gated = [];
    for (var i = 0; i < ready.length; i++) ready[i]();
  }
  // A press held longer is no tap (a long press for a menu, a release the
  // browser never reported); nor does a list held open keep a view hidden.
  var PRESS_CAP = 3000;
  var LIST_CAP = 4000;
  var FINGER_CLICK = 300;
  // After a release, the click it makes (a finger's can come a task or two
  // after): the choice is kept by onClick first, then the gate opens.
  var releasing = 0;
  function release(wait) {
    clearTimeout(releasing);
    releasing = setTimeout(function () {
      pressed = 0;
      free();
    }, wait);
  }
  if (hand.whenFree) self[hand.whenFree] = whenFree;

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
    var rules = hand.twins || [];
    for (var i = 0; i < rules.length; i++) {
      var rule = rules[i];
      if (el.matches(rule[0])) return rule[2].replace("{}", rule[1] ? CSS.escape(el.getAttribute(rule[1])) : "");
    }
    return null;
  }
  // For the test that every control of the static page has its twin in the app.
  self.lamtheobacTwin = twin;

  function arm() {
    snapshot = hand.root ? document.querySelector(hand.root) : null;
    if (!snapshot) return start(true);
    home = snapshot.querySelector(hand.tab + ".active");
    var disabled = snapshot.querySelectorAll(hand.enable);
    for (var i = 0; i < disabled.length; i++) disabled[i].disabled = false;
    function intent(event) {
      if (event.target.closest && event.target.closest(hand.wantsApp)) start(true);
    }
    function mayOpen(event) {
      if (event.target.tagName === "SELECT") openList = event.target;
    }
    function press() {
      clearTimeout(releasing);
      pressed = Date.now();
    }
    function key(event) {
      if (event.key === "Enter" || event.key === " ") press();
    }
    snapshot.addEventListener("pointerover", intent);
    snapshot.addEventListener("focusin", intent);
    snapshot.addEventListener("touchstart", intent, { passive: true });
    snapshot.addEventListener("focusin", mayOpen);
    snapshot.addEventListener("pointerdown", mayOpen);
    snapshot.addEventListener("pointerdown", press);
    snapshot.addEventListener("keydown", key);
    // Releases are heard wherever they land: a pointer may leave the page
    // before it is lifted.
    addEventListener("pointerup", function () {
      if (pressed) release(FINGER_CLICK);
    }, true);
    addEventListener("pointercancel", function () {
      if (pressed) release(0);
    }, true);
    addEventListener("keyup", function () {
      if (pressed) release(0);
    }, true);
    addEventListener("click", function () {
      if (pressed) release(0);
    }, true);
    snapshot.addEventListener("focusout", function (event) {
      if (event.target === openList) openList = null;
      if (event.target === watched) setTimeout(free, 0);
    });
    snapshot.addEventListener("click", onClick);
    snapshot.addEventListener("change", onChange);
    if (!savingData()) {
      var early = function () {
        idle(function () {
          start(false);
        });
      };
      if (document.readyState === "complete") early();
      else addEventListener("load", early);
    }
  }

  // A reader who asked the browser to save data, or is on 2G, pays for the
  // app only when they reach for it.
  function savingData() {
    var c = navigator.connection;
    return !!c && (c.saveData === true || /(^|-)2g$/.test(c.effectiveType || ""));
  }

  function onClick(event) {
    var tab = event.target.closest(hand.tab);
    if (tab) {
      // A new tab or window opens the link itself, as always.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      if (tab.classList.contains("active") && !html.classList.contains("view-pending")) return;
      if (tab.getAttribute("data-view") !== hand.firstView) prefetch("data-views-part");
      showTab(tab);
      return wait({ key: "view", click: twin(tab) }, true);
    }
    // The language, sharing and download buttons act on what is drawn.
    var button = event.target.closest("button");
    if (!button || button.disabled) return;
    if (hand.langSwitch && button.matches(hand.langSwitch)) {
      // English is a part of its own: the app fetches it before it starts,
      // so that it takes over in English (src/ui/english.rs).
      html.classList.add("wants-english");
      prefetch("data-english-part");
    }
    var there = twin(button);
    if (there) wait({ click: there }, false);
  }

  function onChange(event) {
    var el = event.target;
    // A choice closes the list's options; the gate opens once it is kept.
    if (el === openList) openList = null;
    if (el === watched) {
      watched = null;
      setTimeout(free, 0);
    }
    var there = twin(el);
    if (el.tagName === "SELECT") wait({ key: there, list: there, value: el.value }, true);
    else if (el.type === "checkbox") wait({ key: there, click: there, checked: el.checked }, true);
  }

  function showTab(tab) {
    var tabs = tab.parentNode.querySelectorAll(hand.tab);
    for (var i = 0; i < tabs.length; i++) {
      tabs[i].classList.toggle("active", tabs[i] === tab);
      if (tabs[i] === tab) tabs[i].setAttribute("aria-current", "page");
      else tabs[i].removeAttribute("aria-current");
    }
  }

  // Keeps a choice for the app, says it is coming, and hides a view that
  // would no longer match the controls. Choices are made again in the order
  // the reader made them (one may decide what the next means: a province
  // hides other provinces' districts); only a choice that follows one on
  // the same control replaces it.
  function wait(action, changesView) {
    var last = pending[pending.length - 1];
    if (action.key && last && last.key === action.key) pending.pop();
    pending.push(action);
    html.classList.add("app-loading");
    if (changesView) html.classList.add("view-pending");
    var line = snapshot.querySelector(hand.loadingLine);
    if (line && !line.textContent) line.textContent = line.getAttribute("data-text");
    start(true);
  }

  // The app has replaced the static page with the same view in the same
  // places. The tables the reader opened open again; each choice is made
  // again on the app's own control, one task apart (a choice redraws the
  // next control's options); then the view shows and the focus is back.
  // A choice the app no longer offers (a district another choice has
  // hidden, a period the new metric lacks) is one the reader could not
  // have made there: it is left out, and the rest go on.
  function handOver(before) {
    before.open.forEach(function (selector) {
      var details = document.querySelector(selector);
      if (details) details.open = true;
    });
    var last = null;
    function next() {
      var action = pending.shift();
      if (!action) return settle(before.focus || last);
      try {
        replay(action);
        last = action.click || action.list;
      } catch (slip) {
        console.warn("Handing a choice to the explorer:", slip);
      }
      setTimeout(next, 0);
    }
    next();
  }

  function replay(action) {
    var target = action.click || action.list;
    var el = target && document.querySelector(target);
    if (!el || el.disabled) return;
    if (action.list) {
      var offered = false;
      for (var i = 0; i < el.options.length; i++) offered = offered || el.options[i].value === action.value;
      if (!offered || el.value === action.value) return;
      el.value = action.value;
      el.dispatchEvent(new Event("change", { bubbles: true }));
    } else if (action.checked !== undefined) {
      // A click, as the reader's: the app's checkbox handler reads the new state.
      if (el.checked !== action.checked) el.click();
    } else {
      el.click();
    }
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

  // Another view than Compare is in a later part of the app
  // (src/snapshot/split.rs), and English in another: a reader who asks for
  // one before the app has arrived waits for both, so both are fetched side
  // by side, not one after the other. Once the app runs, it fetches its
  // parts itself.
  function prefetch(list) {
    if (!(hand.root && document.querySelector(hand.root)) && !other) return;
    var files = (tag.getAttribute(list) || "").split(" ");
    for (var i = 0; i < files.length; i++) {
      if (!files[i]) continue;
      self.lamtheobacFetchAhead(new URL(files[i], document.baseURI).href);
    }
  }

  // The app mounts into <main id="app">, which the parser has not reached yet.
  function whenParsed() {
    // The server's answer on compression, before the app is fetched, so
    // that its fetch does not wait a round trip for it. Not for a reader
    // saving data, who may never fetch the app.
    if (other || !savingData()) self.lamtheobacAskServer();
    var view = new URLSearchParams(location.search).get("view");
    if (other && view && view.trim() !== hand.firstView) prefetch("data-views-part");
    if (other && html.classList.contains("lang-en")) prefetch("data-english-part");
    if (other) start(true);
    else arm();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", whenParsed);
  } else {
    whenParsed();
  }
})();
