//! The plain link is read without code: the static page in index.html has the
//! chart, its numbers, the table and the sources. The app (its JS and
//! WebAssembly) is fetched and started once the page has loaded and the
//! browser is idle, so a first tap finds it there; a reader saving data gets
//! it only when they reach for something only the app does (`public/boot.js`).
//! What they choose before it arrives is what the app then draws, and the
//! view they asked for never shows the old chart.

mod support;

use fantoccini::Locator;
use fantoccini::actions::{InputSource, KeyAction, KeyActions, MouseActions, PointerAction};
use serde_json::{Value, json};
use support::browser::Browser;
use support::server::StaticServer;

/// The app's files the page has asked for so far.
const APP_FILES: &str = "return performance.getEntriesByType('resource') \
    .map(e => e.name.split('/').pop()) \
    .filter(n => n.startsWith('lamtheobac-'))";

/// The app has replaced the static page (without reaching for anything).
const APP_IS_THERE: &str = "return !document.getElementById('snapshot') \
    && !!document.querySelector('canvas.chart-canvas[data-drawn=\"true\"]')";

async fn open_and_settle(browser: &Browser, url: &str) {
    browser.goto(url).await;
    browser
        .wait_until(
            "return document.readyState === 'complete' \
             && [...document.querySelectorAll('.chart-snapshot')].every(i => i.complete)",
            20,
        )
        .await;
    // Time enough for any fetch started at load, after the first paint, or when idle.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
}

/// The page has fetched an app file whose name ends in `suffix`.
async fn assert_fetched(browser: &Browser, suffix: &str) {
    let files = browser.js(APP_FILES).await;
    assert!(
        files
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f.as_str().unwrap().ends_with(suffix)),
        "no *{suffix} in {files}"
    );
}

async fn style(browser: &Browser, selector: &str, property: &str) -> Value {
    browser
        .js(&format!(
            "const e = document.querySelector({selector:?}); return e && getComputedStyle(e)[{property:?}]"
        ))
        .await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_plain_link_starts_the_app_when_idle_in_place_and_compressed() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start(390, 844).await;
    browser.goto(&site.url).await;
    browser
        .js(
            "window.__shifts = 0; window.__moved = []; (window.__shiftObserver = new PerformanceObserver(l => l.getEntries() \
             .forEach(e => { if (e.hadRecentInput) return; window.__shifts += e.value; \
               window.__moved.push([e.value, Math.round(e.startTime), ...(e.sources || []).map(s => \
                 (s.node ? s.node.nodeName + '.' + s.node.className : '?') + ' ' + \
                 JSON.stringify([s.previousRect.y, s.previousRect.height, s.currentRect.y, s.currentRect.height]))]) }))) \
             .observe({ type: 'layout-shift', buffered: true })",
        )
        .await;
    // Nobody reaches for anything: the app comes by itself.
    browser.wait_until(APP_IS_THERE, 30).await;
    browser.assert_no_fatal().await;
    // This server sends files as they are: the .wasm travelled as its .gz,
    // inflated in the page.
    assert_fetched(&browser, "_bg.wasm.gz").await;
    // Replacing the static page moved nothing.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let shifts = browser.js("return window.__shifts").await.as_f64().unwrap();
    // What moved, when and from where to where: a rare shift seen in CI
    // could not be made to happen again by hand, so a failure says it all.
    let moved = browser.js("return window.__moved").await;
    assert!(shifts < 0.005, "layout shift {shifts}: {moved}");
    assert_eq!(browser.query_string().await, "");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unasked_fetch_that_failed_is_tried_again_when_the_reader_reaches_for_the_app() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start(390, 844).await;
    // The phone's network drops while the page fetches the app by itself.
    browser.block_wasm().await;
    open_and_settle(&browser, &site.url).await;
    // Time for the idle fetch (at most 3 s after load) to have failed.
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    // Nobody asked: the page does not say it cannot run, its controls stay live.
    assert_eq!(
        browser
            .js(
                "return [document.documentElement.classList.contains('wasm-failed'), \
                 document.getElementById('metric').disabled]"
            )
            .await,
        json!([false, false])
    );
    // The network is back; the reader reaches for a control, and the app comes.
    browser.unblock_wasm().await;
    browser.wait_app().await;
    browser.wait_until(APP_IS_THERE, 30).await;
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn saving_data_the_plain_link_fetches_the_app_only_when_a_pointer_or_the_keyboard_reaches_for_it()
 {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start(1280, 900).await;
    browser.save_data().await;

    open_and_settle(&browser, &site.url).await;
    assert_eq!(browser.js(APP_FILES).await, json!([]), "fetched unasked");
    assert!(
        browser
            .js("return !!document.getElementById('snapshot')")
            .await
            == json!(true)
    );
    // Its controls are live (a choice is kept for the app), except "all
    // districts", disabled in the app too while all are chosen.
    assert_eq!(
        browser
            .js("return [...document.querySelectorAll('#snapshot [disabled]')].map(e => e.className)")
            .await,
        json!(["link-button"])
    );
    // Reading the data table needs no app either.
    browser.click("#snapshot .data-table summary").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(browser.js(APP_FILES).await, json!([]));

    // A pointer over the chart (its tooltip is the app's).
    let chart = browser
        .client
        .find(Locator::Css("#snapshot .snapshot-box"))
        .await
        .expect("the chart");
    browser
        .client
        .perform_actions(
            MouseActions::new("mouse".into()).then(PointerAction::MoveToElement {
                element: chart,
                duration: None,
                x: 0.0,
                y: 0.0,
            }),
        )
        .await
        .expect("pointer over the chart");
    browser.wait_until(APP_IS_THERE, 30).await;
    browser.assert_no_fatal().await;
    assert_fetched(&browser, "_bg.wasm.gz").await;

    // The keyboard: the first Tab reaches the language button.
    open_and_settle(&browser, &site.url).await;
    assert_eq!(browser.js(APP_FILES).await, json!([]));
    browser
        .client
        .perform_actions(
            KeyActions::new("keys".into())
                .then(KeyAction::Down { value: '\u{E004}' })
                .then(KeyAction::Up { value: '\u{E004}' }),
        )
        .await
        .expect("Tab");
    browser.wait_until(APP_IS_THERE, 30).await;
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn what_a_reader_chooses_before_the_app_arrives_is_what_the_app_draws() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start(390, 844).await;
    browser.hold_wasm().await;
    open_and_settle(&browser, &site.url).await;

    // Another metric, and one district fewer, chosen on the static page.
    browser.select("#metric", "study_participation_rate").await;
    browser
        .click("#snapshot input[name=district][value=my-xuyen]")
        .await;
    // Meanwhile the view is hidden, never the old chart under the new
    // choice, and a line says what is coming; the link is not yet changed.
    assert_eq!(
        style(&browser, "#view", "visibility").await,
        json!("hidden")
    );
    assert_eq!(
        style(&browser, ".app-loading-line", "display").await,
        json!("block")
    );
    assert_eq!(
        browser
            .js("return document.querySelector('.app-loading-line').textContent")
            .await,
        json!("Đang tải trang tra cứu số liệu…")
    );
    assert_eq!(browser.query_string().await, "");

    browser.cdp("Fetch.disable", json!({})).await;
    browser
        .wait_until(
            "return !document.getElementById('snapshot') \
             && document.querySelector('.chart-title')?.textContent === 'Tỷ lệ đảng viên dự học chuyên đề'",
            30,
        )
        .await;
    browser.assert_no_fatal().await;
    let query = browser.query_string().await;
    assert!(
        query.contains("metric=study_participation_rate") && query.contains("dx=my-xuyen"),
        "{query}"
    );
    assert_eq!(
        browser
            .js("return document.querySelector('input[name=district][value=my-xuyen]').checked")
            .await,
        json!(false)
    );
    browser
        .wait_until(
            "return getComputedStyle(document.getElementById('view')).visibility === 'visible' \
             && !document.documentElement.classList.contains('app-loading')",
            10,
        )
        .await;

    browser.close().await;

    // A tab: its view, not the default one, once the app is there. (A fresh
    // browser: the first one has the app's files in its cache.)
    let browser = Browser::start(390, 844).await;
    browser.hold_wasm().await;
    open_and_settle(&browser, &site.url).await;
    browser.click("#snapshot a.tab[data-view=trend]").await;
    assert_eq!(
        browser.query_string().await,
        "",
        "the page did not navigate"
    );
    assert_eq!(
        browser
            .js("return document.querySelector('#snapshot a.tab[aria-current=page]').dataset.view")
            .await,
        json!("trend")
    );
    assert_eq!(
        style(&browser, "#view", "visibility").await,
        json!("hidden")
    );
    browser.cdp("Fetch.disable", json!({})).await;
    browser
        .wait_until(
            "return !document.getElementById('snapshot') \
             && document.querySelector('section.view')?.dataset.view === 'trend'",
            30,
        )
        .await;
    browser.wait_chart().await;
    assert!(browser.query_string().await.contains("view=trend"));
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_takes_over_when_the_reader_has_left_the_list_they_were_in_and_keeps_their_place() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start(1280, 900).await;
    browser.hold_wasm().await;
    open_and_settle(&browser, &site.url).await;
    // The reader opens the chart's data table (no app needed), then goes into the period list.
    browser.click("#snapshot .data-table summary").await;
    browser.click("#snapshot #period").await;
    browser.cdp("Fetch.disable", json!({})).await;
    // The app has arrived, but would take the list from under the reader: it waits.
    browser
        .wait_until(
            "return performance.getEntriesByType('resource').some(e => /\\.wasm(\\.gz)?$/.test(e.name) && e.responseEnd > 0)",
            30,
        )
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    assert_eq!(
        browser
            .js("return [!!document.getElementById('snapshot'), document.activeElement.id]")
            .await,
        json!([true, "period"])
    );
    // The reader closes the list (Escape) and goes on to the next one (Tab):
    // the app starts, with the table still open and the focus where the reader is.
    browser
        .client
        .perform_actions(
            KeyActions::new("keys".into())
                .then(KeyAction::Down { value: '\u{E00C}' })
                .then(KeyAction::Up { value: '\u{E00C}' })
                .then(KeyAction::Down { value: '\u{E004}' })
                .then(KeyAction::Up { value: '\u{E004}' }),
        )
        .await
        .expect("Escape, Tab");
    browser.wait_until(APP_IS_THERE, 30).await;
    browser
        .wait_until(
            "return !document.documentElement.classList.contains('app-loading')",
            10,
        )
        .await;
    assert_eq!(
        browser
            .js("return [document.querySelector('.data-table').open, document.activeElement.id]")
            .await,
        json!([true, "province"])
    );
    browser.assert_no_fatal().await;
    browser.close().await;
}
