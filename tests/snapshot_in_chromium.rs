//! The static default view written into index.html at build time (src/snapshot):
//! what a reader sees before the app has arrived, what a link to another
//! view shows meanwhile, what stays when WebAssembly cannot run, and that the
//! app takes over in place, with the same words and numbers where they were.

mod support;

use serde_json::{Value, json};
use support::browser::Browser;
use support::server::StaticServer;

/// Each region of the page: its text (a select's options and choice) and its box.
const REGIONS: &str = r#"
    const root = document.getElementById('snapshot') || document.getElementById('app');
    const pick = ['.masthead h1', '.masthead .subtitle', '.tabs', '#metric', '#period', '.province-filter',
        '#year-from', '#year-to', '.districts', '.chart-title', '.chart-box', '.chart-summary',
        '.download-bar', '.not-reported', '.data-table', '.metric-info', '#copy-link', '#embed-open', '.footer'];
    return pick.map(sel => {
        const e = root.querySelector(sel);
        if (!e) return [sel, null, null];
        const r = e.getBoundingClientRect();
        // The chart: what it tells a screen reader (a canvas has no text of its own).
        const text = e.tagName === 'SELECT'
            ? [...e.options].map(o => o.text).join('|') + ' = ' + e.value
            : sel === '.chart-box' ? (e.querySelector('img')?.alt ?? e.querySelector('[role=img]').getAttribute('aria-label'))
            : e.textContent.replace(/\s+/g, ' ').trim();
        return [sel, text, [r.x, r.y, r.width, r.height].map(Math.round)];
    });
"#;

async fn open(browser: &Browser, url: &str) {
    browser.goto(url).await;
    browser
        .wait_until("return document.readyState !== 'loading'", 20)
        .await;
}

fn visible(selector: &str) -> String {
    format!(
        "const e = document.querySelector({selector:?}); \
         return !!e && getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0"
    )
}

async fn page_and_app_agree(width: u32, height: u32) {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start(width, height).await;
    browser.hold_wasm().await;
    open(&browser, &site.url).await;
    assert_eq!(browser.js(&visible("#snapshot")).await, json!(true));
    assert_eq!(browser.js(&visible(".loading-frame")).await, json!(false));
    let before = browser.js(REGIONS).await;

    browser.cdp("Fetch.disable", json!({})).await;
    browser.goto(&site.url).await;
    browser.wait_chart().await;
    browser.assert_no_fatal().await;
    let after = browser.js(REGIONS).await;
    let (before, after) = (before.as_array().unwrap(), after.as_array().unwrap());
    for (b, a) in before.iter().zip(after) {
        assert_eq!(b[0], a[0]);
        assert!(
            b[1] != Value::Null,
            "{} is missing from the static page",
            b[0]
        );
        assert_eq!(b[1], a[1], "{} says something else in the app", b[0]);
        let moved = b[2]
            .as_array()
            .unwrap()
            .iter()
            .zip(a[2].as_array().unwrap())
            .map(|(x, y)| (x.as_i64().unwrap() - y.as_i64().unwrap()).abs())
            .max()
            .unwrap();
        assert!(
            moved <= 2,
            "{} moved by {moved}px at {width}px: {} → {}",
            b[0],
            b[2],
            a[2]
        );
    }
    // The page's own measure of what moved while it loaded (CLS). The
    // observer is kept on `window`: unreferenced, it may be collected before
    // it reports, and the timeout's 0 would pass for no shift.
    let shift = browser
        .js("return new Promise(done => { \
               setTimeout(() => done(0), 500); \
               (window.__shiftObserver = new PerformanceObserver(list => done(list.getEntries() \
                 .filter(e => !e.hadRecentInput).reduce((s, e) => s + e.value, 0)))) \
                 .observe({ type: 'layout-shift', buffered: true }); })")
        .await;
    assert!(
        shift.as_f64().unwrap() <= 0.02,
        "layout shift {shift} at {width}px"
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_static_page_says_what_the_app_says_where_it_says_it_on_a_desktop() {
    page_and_app_agree(1280, 900).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_static_page_says_what_the_app_says_where_it_says_it_on_a_phone() {
    page_and_app_agree(390, 844).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_link_to_another_state_never_shows_the_default_view() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start(390, 844).await;
    browser.hold_wasm().await;

    open(&browser, &format!("{}?v=1&view=trend&lang=en", site.url)).await;
    assert_eq!(browser.js(&visible("#snapshot")).await, json!(false));
    assert_eq!(browser.js(&visible(".loading-frame")).await, json!(true));
    let shown = browser
        .js("return document.querySelector('.loading-frame').innerText.trim()")
        .await;
    let shown = shown.as_str().unwrap();
    assert!(shown.contains("Loading the data explorer…"), "{shown}");
    assert!(shown.contains("Following Ho Chi Minh"), "{shown}");
    assert!(
        !shown.contains("Đang tải"),
        "the other language shows: {shown}"
    );
    assert_eq!(
        browser.js("return document.documentElement.lang").await,
        json!("en")
    );

    // Embedded: no masthead, only the line and the reserved space.
    open(
        &browser,
        &format!("{}?v=1&metric=poverty_rate&embed=x", site.url),
    )
    .await;
    assert_eq!(browser.js(&visible("#snapshot")).await, json!(false));
    assert_eq!(
        browser.js(&visible(".loading-frame .masthead")).await,
        json!(false)
    );
    assert_eq!(browser.js(&visible(".loading-space")).await, json!(true));

    // Keys the link format does not have (a chat app's tag) keep the default view.
    open(
        &browser,
        &format!("{}?v=1&fbclid=abc&utm_source=zalo", site.url),
    )
    .await;
    assert_eq!(browser.js(&visible("#snapshot")).await, json!(true));
    assert_eq!(browser.js(&visible(".loading-frame")).await, json!(false));
    browser.close().await;
}

/// A browser without WebAssembly: the page says it needs a newer one.
#[tokio::test(flavor = "multi_thread")]
async fn without_webassembly_the_default_chart_its_numbers_and_sources_stay() {
    let browser = Browser::start(390, 844).await;
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": "delete window.WebAssembly" }),
        )
        .await;
    the_default_chart_stays(
        browser,
        false,
        "cần trình duyệt phiên bản mới hơn",
        "kiểm tra kết nối",
    )
    .await;
}

/// A browser that can run the app, whose files do not arrive (a network
/// dropping): the page says to check the connection, not to change browser.
#[tokio::test(flavor = "multi_thread")]
async fn when_the_apps_files_do_not_arrive_the_default_chart_stays_and_says_why() {
    let browser = Browser::start(390, 844).await;
    browser.block_wasm().await;
    the_default_chart_stays(
        browser,
        true,
        "vui lòng kiểm tra kết nối mạng rồi tải lại trang",
        "phiên bản mới hơn",
    )
    .await;
}

/// The static page stays, saying `why` (and never `not`), with the chart,
/// its numbers, quotes and reports, on the plain link and on a link to
/// another view. `can_try`: the browser could run the app, so its controls
/// are enabled until a choice finds the app cannot come.
async fn the_default_chart_stays(browser: Browser, can_try: bool, why: &str, not: &str) {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    for (query, other) in [("", false), ("?v=1&view=table", true)] {
        open(&browser, &format!("{}{query}", site.url)).await;
        if !other && !can_try {
            assert_eq!(
                browser
                    .js("return document.getElementById('metric').disabled")
                    .await,
                json!(true)
            );
        }
        if !other && can_try {
            // The plain link fetches the app only when a reader makes a
            // choice; when it cannot come, the choice is put back.
            const METRIC: &str = "return document.getElementById('metric').value";
            let default = browser.js(METRIC).await;
            browser.select("#metric", "study_participation_rate").await;
            browser
                .wait_until(
                    "return document.documentElement.classList.contains('wasm-failed')",
                    20,
                )
                .await;
            assert_eq!(browser.js(METRIC).await, default);
            assert_eq!(
                browser
                    .js("return [document.getElementById('metric').disabled, \
                         getComputedStyle(document.getElementById('view')).visibility, \
                         getComputedStyle(document.querySelector('.app-loading-line')).display]")
                    .await,
                json!([true, "visible", "none"])
            );
            assert_eq!(browser.query_string().await, "");
        }
        browser
            .wait_until(
                "return document.documentElement.classList.contains('wasm-failed')",
                20,
            )
            .await;
        browser.assert_no_fatal().await;
        assert_eq!(browser.js(&visible("#snapshot")).await, json!(true));
        assert_eq!(browser.js(&visible(".needs-wasm")).await, json!(true));
        // Of the lines that say why, the one shown says a link is lost too.
        assert_eq!(
            browser
                .js("return [...document.querySelectorAll('.needs-wasm .link-lost')] \
                     .some(e => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0)")
                .await,
            json!(other)
        );
        let text = browser
            .js("return document.getElementById('snapshot').innerText")
            .await;
        let text = text.as_str().unwrap();
        assert!(!text.contains(not), "{not:?} is shown:\n{text}");
        for expected in [
            why,
            "Tỷ lệ hộ nghèo",
            "Thoại Sơn: 1,32% (2023); Mỹ Xuyên: 1,17% (2023).",
            "Lưu ý khi so sánh",
            "“tỷ lệ hộ nghèo giảm còn 1,17%”",
            "Huyện Mỹ Xuyên học tập và làm theo Bác",
        ] {
            assert!(
                text.contains(expected),
                "{expected:?} is not shown:\n{text}"
            );
        }
        // One drawing of the chart shows, loaded, with its numbers in it.
        let chart = browser
            .js("return [...document.querySelectorAll('.chart-snapshot')] \
                 .filter(s => getComputedStyle(s).display !== 'none') \
                 .map(s => [s.complete && s.naturalWidth > 0, decodeURIComponent(s.src)])")
            .await;
        let chart = chart.as_array().unwrap();
        assert_eq!(chart.len(), 1, "{chart:?}");
        assert_eq!(chart[0][0], json!(true), "the chart image did not load");
        assert!(chart[0][1].as_str().unwrap().contains("1,32% · 2023"));
    }
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn link_previews_get_a_title_a_description_and_a_1200_by_630_png() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start(1280, 900).await;
    browser.hold_wasm().await;
    open(&browser, &site.url).await;
    let tags = browser
        .js("const m = n => document.querySelector(`meta[property=\"${n}\"], meta[name=\"${n}\"]`)?.content; \
             return ['og:title', 'og:description', 'og:image', 'twitter:card'].map(m)")
        .await;
    assert_eq!(tags[0], json!("Học tập và làm theo Bác: tra cứu số liệu"));
    // What the data says, neutrally: the rates by the standards each article
    // names, and no district said to have failed to report.
    let description = tags[1].as_str().unwrap();
    for part in [
        "Thoại Sơn: 1,32% (2023); Mỹ Xuyên: 1,17% (2023).",
        "(chuẩn nghèo đa chiều)",
        "Bài viết về Phú Tân, Bát Xát và Cần Đước không nêu số liệu này.",
    ] {
        assert!(description.contains(part), "{part:?} not in {tags}");
    }
    assert!(!description.contains("báo cáo"), "{tags}");
    assert_eq!(tags[3], json!("summary_large_image"));
    let png = std::fs::read(support::dist_dir().join(tags[2].as_str().unwrap()))
        .expect("the preview image is in the site");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let size = (
        u32::from_be_bytes(png[16..20].try_into().unwrap()),
        u32::from_be_bytes(png[20..24].try_into().unwrap()),
    );
    assert_eq!(size, (1200, 630));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn axe_core_finds_no_violations_in_the_static_page_the_loading_frame_or_the_fallback() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start(390, 844).await;
    let mut found = Vec::new();
    browser.hold_wasm().await;
    for query in ["", "?v=1&view=trend&lang=en"] {
        open(&browser, &format!("{}{query}", site.url)).await;
        for v in support::axe::violations(&browser).await {
            found.push(format!("{query} (before the app): {v}"));
        }
    }
    // A choice waiting for the app: the line at the foot, the view hidden.
    open(&browser, &site.url).await;
    browser.select("#metric", "study_participation_rate").await;
    for v in support::axe::violations(&browser).await {
        found.push(format!("a choice waiting for the app: {v}"));
    }
    browser.cdp("Fetch.disable", json!({})).await;
    browser.block_wasm().await;
    open(&browser, &site.url).await;
    // The plain link fetches the app when a reader reaches for a control.
    browser.js(support::browser::REACH_FOR_CONTROLS).await;
    browser
        .wait_until(
            "return document.documentElement.classList.contains('wasm-failed')",
            20,
        )
        .await;
    for v in support::axe::violations(&browser).await {
        found.push(format!("without WebAssembly: {v}"));
    }
    assert!(
        found.is_empty(),
        "axe-core violations:\n{}",
        found.join("\n")
    );
    browser.close().await;
}

/// A server as installed names no charset for HTML (Debian's nginx sends
/// `text/html`), so the page's own `<meta charset>` must come within its
/// first 1,024 bytes, where browsers look for it before guessing; attributes
/// the build adds to `<html>` once pushed it out (Lighthouse's "charset").
#[test]
fn the_page_declares_its_charset_within_its_first_kilobyte() {
    let page = std::fs::read(support::dist_dir().join("index.html")).unwrap();
    let head = String::from_utf8_lossy(&page[..page.len().min(1024)]).to_ascii_lowercase();
    assert!(
        head.contains("<meta charset=utf-8>") || head.contains("<meta charset=\"utf-8\">"),
        "no <meta charset> in the first 1,024 bytes: {head}"
    );
}
