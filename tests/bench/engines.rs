//! The explorer in the three engines readers use, measured and printed as
//! tables (`bash .ci/bench` runs it after `explorer`):
//!
//! - bytes a first and a repeat visit fetch, before and after the first tap,
//!   behind Debian's nginx as installed and with the README's recipe, counted
//!   by nginx (`tests/support/visits.rs`), in Chromium, Firefox and WebKit;
//! - when the app starts on the plain link, beside the page's load and first
//!   paint (it is fetched at the browser's idle moment; WebKit has no
//!   `requestIdleCallback`, and boot.js's fallback must come as soon, and
//!   never before the first paint);
//! - the time from a tap to the new view in Chromium and Firefox, through
//!   WebDriver's pointer on loopback, unthrottled (Firefox's WebDriver has no
//!   CPU or network throttling; the throttled phone is `tests/bench/tap.mjs`).
//!
//! It measures and prints; it asserts nothing, so it cannot flake a build.

#[path = "../support/mod.rs"]
mod support;

use std::time::Duration;

use serde_json::Value;
use support::browser::{Browser, Engine};
use support::nginx::Nginx;
use support::server::StaticServer;
use support::visits::visit;

const RUNS: usize = 3;

/// The page's load, its first contentful paint, the start of the app's
/// fetch (boot.js's idle moment) and the app's first chart, in ms.
const MOMENTS: &str = "const nav = performance.getEntriesByType('navigation')[0]; \
    const paint = performance.getEntriesByName('first-contentful-paint')[0]; \
    const app = performance.getEntriesByType('resource').find(r => /lamtheobac-[0-9a-f]+\\.js$/.test(r.name)); \
    return [nav.loadEventEnd, paint ? paint.startTime : NaN, app ? app.startTime : NaN, \
      performance.getEntriesByName('first-chart')[0].startTime];";
const DELAYS: [u64; 3] = [500, 3000, 10_000];

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        println!(
            "engines benchmark: run `bash .ci/bench` (or `cargo bench --bench engines` after a release build)"
        );
        return;
    }
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime.block_on(run());
}

async fn run() {
    let dist = support::dist_dir();
    println!(
        "\n## Bytes a visit fetches, counted by nginx (B; first visit in a fresh profile, then a repeat visit)\n"
    );
    println!(
        "| engine | server | first: to the app and its parts | first: the tap on Xu hướng | repeat: to the app | repeat: the tap |"
    );
    println!("|---|---|---:|---:|---:|---:|");
    for engine in Engine::ALL {
        for (server, nginx) in [
            ("as installed", Nginx::start_stock(&dist)),
            ("README recipe", Nginx::start(&dist)),
        ] {
            let browser = Browser::start_in(engine, 390, 844).await;
            let first = visit(&browser, &nginx).await;
            let repeat = visit(&browser, &nginx).await;
            browser.close().await;
            println!(
                "| {engine:?} | {server} | {} | {} | {} | {} |",
                grouped(first.bytes_before_tap()),
                grouped(first.bytes_after_tap()),
                grouped(repeat.bytes_before_tap()),
                grouped(repeat.bytes_after_tap()),
            );
            support::bench_row(
                &format!(
                    "bytes to the app, {engine:?}, nginx {server}: first visit / repeat visit"
                ),
                &format!(
                    "{} / {}",
                    grouped(first.bytes_before_tap()),
                    grouped(repeat.bytes_before_tap())
                ),
            );
        }
    }

    println!(
        "\n## When the app starts on the plain link (loopback, fresh profile; ms from navigation start, medians of {RUNS})\n"
    );
    println!(
        "| engine | load | first contentful paint | the app's fetch starts (idle) | the app on screen |"
    );
    println!("|---|---:|---:|---:|---:|");
    let site = StaticServer::start(dist.clone(), vec![]);
    for engine in Engine::ALL {
        let mut times: Vec<Vec<f64>> = vec![Vec::new(); 4];
        for _ in 0..RUNS {
            let browser = Browser::start_in(engine, 390, 844).await;
            browser.goto(&site.url).await;
            browser
                .wait_until(
                    "return performance.getEntriesByName('first-chart').length > 0",
                    60,
                )
                .await;
            let moments = browser.js(MOMENTS).await;
            for (i, column) in times.iter_mut().enumerate() {
                column.push(moments[i].as_f64().unwrap_or(f64::NAN));
            }
            browser.close().await;
        }
        let cells: Vec<String> = times.iter().map(|t| format!("{:.0}", median(t))).collect();
        println!("| {engine:?} | {} |", cells.join(" | "));
    }

    println!(
        "\n## A tap to the new view (390 × 844, loopback, unthrottled, WebDriver's pointer; ms, medians of {RUNS})\n"
    );
    println!(
        "| engine | tap 0.5 s after load | after 3 s | after 10 s | next tap: trend → table | metric on compare |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    for engine in [Engine::Chromium, Engine::Firefox] {
        let mut firsts = vec![Vec::new(); DELAYS.len()];
        let (mut nexts, mut metrics) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            for (i, delay) in DELAYS.into_iter().enumerate() {
                let browser = Browser::start_in(engine, 390, 844).await;
                browser.goto(&site.url).await;
                tokio::time::sleep(Duration::from_millis(delay)).await;
                firsts[i].push(tap(&browser, "trend", TREND).await);
                tokio::time::sleep(Duration::from_millis(1000)).await;
                nexts.push(tap(&browser, "table", TABLE).await);
                browser.click(".tabs a.tab[data-view=compare]").await;
                tokio::time::sleep(Duration::from_millis(1000)).await;
                metrics.push(metric(&browser).await);
                browser.close().await;
            }
        }
        let cells: Vec<String> = firsts.iter().map(|f| format!("{:.0}", median(f))).collect();
        println!(
            "| {engine:?} | {} | {:.0} | {:.0} |",
            cells.join(" | "),
            median(&nexts),
            median(&metrics)
        );
    }
}

/// In the page: resolves with the ms from the next pointer press (or the
/// moment `from` is called) to the end of the frame in which `ready()`
/// first holds.
const ARM: &str = "const ready = new Function(arguments[0]); \
    window.__tapped = new Promise(resolve => { \
      setTimeout(() => resolve(NaN), 60000); \
      const from = t0 => { \
        const frame = () => ready() ? setTimeout(() => resolve(performance.now() - t0), 0) : requestAnimationFrame(frame); \
        frame(); }; \
      window.__from = from; \
      addEventListener('pointerdown', e => from(e.timeStamp), { capture: true, once: true }); \
    });";

const TREND: &str = "return !document.getElementById('snapshot') \
    && !document.documentElement.classList.contains('view-pending') \
    && !!document.querySelector('section.view[data-view=trend] canvas.chart-canvas[data-drawn=\"true\"]')";
const TABLE: &str = "return !document.documentElement.classList.contains('view-pending') \
    && !!document.querySelector('section.view[data-view=table] table tbody tr')";

async fn tap(browser: &Browser, view: &str, ready: &str) -> f64 {
    browser
        .client
        .execute(ARM, vec![Value::from(ready)])
        .await
        .expect("arm");
    browser
        .click(&format!(".tabs a.tab[data-view={view}]"))
        .await;
    browser
        .js("return window.__tapped")
        .await
        .as_f64()
        .unwrap_or(f64::NAN)
}

async fn metric(browser: &Browser) -> f64 {
    browser
        .client
        .execute(
            ARM,
            vec![Value::from(
                "return performance.getEntriesByName('chart-drawn').length > window.__marks",
            )],
        )
        .await
        .expect("arm");
    browser
        .js(
            "window.__marks = performance.getEntriesByName('chart-drawn').length; \
             const select = document.getElementById('metric'); \
             const t0 = performance.now(); \
             select.value = 'study_participation_rate'; \
             select.dispatchEvent(new Event('change', { bubbles: true })); \
             window.__from(t0); \
             return window.__tapped",
        )
        .await
        .as_f64()
        .unwrap_or(f64::NAN)
}

fn median(xs: &[f64]) -> f64 {
    let mut v: Vec<f64> = xs.to_vec();
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn grouped(n: usize) -> String {
    lamtheobac::format::count(n, lamtheobac::format::Locale::En)
}
