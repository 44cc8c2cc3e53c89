//! What a reader does, in the three engines readers use (Chromium, Firefox,
//! and WebKit, the engine of Safari): the static page before the app, the
//! hand-over of choices made on it, a tap on each view, a metric change,
//! the language switch, a link in English, the map by a link in English and
//! by the static page's tab, the place search, and a portal's
//! package by link. The deeper checks of each stay in the Chromium-only
//! files (they use Chrome DevTools); these hold the reader's path in all three.

mod support;

use serde_json::json;
use support::VIEWS;
use support::browser::{Browser, Engine, SETTLED};
use support::server::StaticServer;

/// A view is drawn: its section is there, and a chart view's canvas drawn.
fn drawn(view: &str) -> String {
    let chart = match view {
        "compare" | "trend" | "map" => {
            " && !!document.querySelector('#view canvas.chart-canvas[data-drawn=\"true\"]')"
        }
        _ => "",
    };
    format!(
        "return !!document.querySelector('#view[data-view={view}]') \
         && !document.querySelector('section.view .view-loading'){chart}"
    )
}

async fn text(browser: &Browser, selector: &str) -> String {
    browser.text(selector).await
}

/// The static page, then choices made on it before the app arrives (held
/// back by the server), then the app: it shows what the reader chose.
async fn static_page_and_hand_over(browser: &Browser, site: &StaticServer) {
    site.hold_wasm();
    browser.goto(&site.url).await;
    // The default view is readable with no code: masthead, tabs, the
    // compare chart's image, its summary and table.
    assert_eq!(browser.count("#snapshot").await, 1, "the static page");
    assert_eq!(browser.count("canvas").await, 0, "no app yet");
    assert!(browser.count("#snapshot .tabs a.tab").await == 7);
    let summary = text(browser, "#snapshot .chart-summary").await;
    assert!(
        summary.contains("1,32%") && summary.contains("1,17%"),
        "{:?}: {summary}",
        browser.engine
    );
    assert!(
        browser.count("#snapshot img").await >= 1,
        "the chart's image"
    );
    // Choices before the app: a metric, a district left out, another view.
    browser
        .select("#snapshot #metric", "study_participation_rate")
        .await;
    browser
        .click("#snapshot input[name=district][value=bat-xat]")
        .await;
    browser.click("#snapshot a.tab[data-view=trend]").await;
    assert_eq!(
        browser
            .js("return document.documentElement.classList.contains('view-pending')")
            .await,
        json!(true),
        "the view the controls no longer match is hidden"
    );
    site.release();
    browser.wait_until(SETTLED, 30).await;
    browser.wait_until(&drawn("trend"), 30).await;
    let address = browser.query_string().await;
    for part in ["view=trend", "metric=study_participation_rate", "bat-xat"] {
        assert!(address.contains(part), "{:?}: {address}", browser.engine);
    }
    assert_eq!(
        browser
            .js("return document.querySelector('#metric').value")
            .await,
        json!("study_participation_rate")
    );
}

async fn each_view_and_a_metric(browser: &Browser) {
    for view in VIEWS {
        browser
            .click(&format!(".tabs a.tab[data-view={view}]"))
            .await;
        browser.wait_until(&drawn(view), 30).await;
        assert!(
            browser
                .query_string()
                .await
                .contains(&format!("view={view}"))
                || view == "compare",
            "{view}"
        );
    }
    // Back on Compare: another metric redraws the chart and its summary.
    browser.click(".tabs a.tab[data-view=compare]").await;
    browser.wait_until(&drawn("compare"), 30).await;
    browser.select("#metric", "poverty_rate").await;
    browser
        .wait_until(
            "return document.querySelector('.chart-summary')?.innerText.includes('1,32%')",
            20,
        )
        .await;
    assert!(browser.query_string().await.contains("metric=poverty_rate"));
}

async fn language_switch(browser: &Browser) {
    browser.to_english().await;
    let tabs = text(browser, ".tabs").await;
    assert!(tabs.contains("Trend") && tabs.contains("Sources"), "{tabs}");
    browser
        .wait_until(
            "return document.querySelector('.chart-summary')?.innerText.includes('1.32%')",
            20,
        )
        .await;
    assert!(browser.query_string().await.contains("lang=en"));
}

async fn link_in_english(browser: &Browser, site: &StaticServer) {
    browser
        .goto(&format!(
            "{}?v=1&view=trend&metric=income_per_capita&lang=en",
            site.url
        ))
        .await;
    browser.wait_until(SETTLED, 30).await;
    browser.wait_until(&drawn("trend"), 30).await;
    assert_eq!(
        browser.js("return document.documentElement.lang").await,
        json!("en")
    );
    let title = text(browser, "#view .chart-title").await;
    assert!(title.contains("Income per person"), "{title}");
}

/// A link to the map in English, opened while the app is held back: the
/// static page first, then the map, in English, once the app and the map's
/// part arrive; then a tap on the map's tab of the static page, in Vietnamese.
async fn map_by_link_and_by_tab(browser: &Browser, site: &StaticServer) {
    site.hold_wasm();
    browser
        .goto(&format!("{}?v=1&view=map&lang=en", site.url))
        .await;
    assert_eq!(browser.count("#snapshot").await, 1, "the static page");
    site.release();
    browser.wait_until(SETTLED, 30).await;
    browser.wait_until(&drawn("map"), 60).await;
    assert_eq!(text(browser, ".tabs a.tab[data-view=map]").await, "Map");
    let note = text(browser, "#view .chart-note").await;
    assert!(
        note.contains("Natural Earth"),
        "{:?}: {note}",
        browser.engine
    );

    site.hold_wasm();
    browser.goto(&site.url).await;
    assert_eq!(browser.count("#snapshot").await, 1, "the static page");
    browser.click("#snapshot a.tab[data-view=map]").await;
    site.release();
    browser.wait_until(SETTLED, 30).await;
    browser.wait_until(&drawn("map"), 60).await;
    assert!(browser.query_string().await.contains("view=map"));
    assert_eq!(text(browser, ".tabs a.tab[data-view=map]").await, "Bản đồ");
}

async fn place_search(browser: &Browser) {
    browser.click("#place-search-open").await;
    browser
        .wait_until(
            "return document.getElementById('place-search')?.open === true",
            20,
        )
        .await;
    browser.type_into("#place-query", "oc eo").await;
    browser
        .wait_until(
            "return document.querySelectorAll('#place-options li').length > 0",
            30,
        )
        .await;
    let first = text(browser, "#place-options li").await;
    assert!(first.contains("Óc Eo"), "{:?}: {first}", browser.engine);
    browser.click("#place-option-0").await;
    browser
        .wait_until(
            "return /Thoại Sơn/.test(document.querySelector('.place-answer')?.innerText ?? '')",
            20,
        )
        .await;
    assert!(browser.query_string().await.contains("place="));
}

async fn portals_package(browser: &Browser, site: &StaticServer) {
    browser
        .goto(&format!(
            "{}?metric=study_participation_rate&data=data%2Ftemplate%2Fdatapackage.json",
            site.url
        ))
        .await;
    browser
        .wait_until("return !!document.querySelector('.data-banner')", 40)
        .await;
    browser.wait_until(&drawn("compare"), 30).await;
    let banner = text(browser, ".data-banner").await;
    assert!(banner.contains("Mẫu gói dữ liệu"), "{banner}");
    let chart = browser
        .js("return document.querySelector('canvas.chart-canvas').getAttribute('aria-label')")
        .await;
    assert!(
        chart.as_str().unwrap_or_default().contains("Ví Dụ A"),
        "{chart}"
    );
}

async fn reader_paths(engine: Engine) {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start_in(engine, 390, 844).await;
    static_page_and_hand_over(&browser, &site).await;
    each_view_and_a_metric(&browser).await;
    language_switch(&browser).await;
    link_in_english(&browser, &site).await;
    map_by_link_and_by_tab(&browser, &site).await;
    place_search(&browser).await;
    portals_package(&browser, &site).await;
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_readers_paths_in_chromium() {
    reader_paths(Engine::Chromium).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_readers_paths_in_firefox() {
    reader_paths(Engine::Firefox).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_readers_paths_in_webkit() {
    reader_paths(Engine::WebKit).await;
}

/// WebKit has no `requestIdleCallback`: boot.js's fallback fetches the app
/// in the task after the next frame, which is after the first paint, never
/// during it (the bench prints how soon after: `tests/bench/engines.rs`).
#[tokio::test(flavor = "multi_thread")]
async fn without_idle_callbacks_the_app_is_fetched_after_the_first_paint() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start_in(Engine::WebKit, 390, 844).await;
    assert_eq!(
        browser.js("return typeof requestIdleCallback").await,
        json!("undefined"),
        "WebKit has requestIdleCallback now: this test then checks nothing"
    );
    browser.goto(&site.url).await;
    browser
        .wait_until(
            "return performance.getEntriesByName('first-chart').length > 0",
            30,
        )
        .await;
    let [paint, fetch] = [
        "return performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null",
        "return performance.getEntriesByType('resource').find(r => /lamtheobac-[0-9a-f]+\\.js$/.test(r.name))?.startTime ?? null",
    ];
    let (paint, fetch) = (browser.js(paint).await, browser.js(fetch).await);
    let (paint, fetch) = (
        paint.as_f64().expect("a first paint"),
        fetch.as_f64().expect("the app's fetch"),
    );
    assert!(
        fetch >= paint,
        "the app was fetched at {fetch} ms, before the first paint at {paint} ms"
    );
    browser.close().await;
}
