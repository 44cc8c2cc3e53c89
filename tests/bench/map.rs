//! The map view's cost, as a reader pays it: the bytes a tap on "Bản đồ"
//! fetches once the app and its idle parts are in (the map's part and the
//! chunks only it needs), the time from that tap to the map drawn, and the
//! map's drawing alone (its first drawing, and redraws on a metric change),
//! for the shipped five and for the whole country since 2025 (3,321
//! synthetic communes and wards, a choropleth of the 34 provinces).

use std::path::Path;

use serde_json::Value;

use super::support;
use super::support::browser::Browser;
use super::support::server::StaticServer;

const LOADS: usize = 5;
const REDRAWS: usize = 20;

const MAP_DRAWN: &str = "return !!document.querySelector('#view[data-view=map] canvas.chart-canvas[data-drawn=\"true\"]')";

/// The last drawing's time alone (from `chart-draw-start` to `chart-drawn`), ms.
const LAST_DRAWING: &str = "const s = performance.getEntriesByName('chart-draw-start'); \
    const e = performance.getEntriesByName('chart-drawn'); \
    return e[e.length - 1].startTime - s[s.length - 1].startTime;";

/// Part files fetched so far (`<stem>_parts/name`).
const PARTS_FETCHED: &str = "return performance.getEntriesByType('resource') \
    .map(e => new URL(e.name).pathname.split('/').slice(-2).join('/')) \
    .filter(n => n.includes('_parts/')) \
    .map(n => n.endsWith('.gz') ? n.slice(0, -3) : n)";

fn names(v: Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|n| n.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

pub async fn measure(dist: &Path, site: &StaticServer) {
    println!("\n## The map view\n");
    // Bytes and the tap: the plain link, the app and its idle parts in, then a tap on the map's tab.
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url).await;
    browser.wait_app().await;
    browser
        .wait_until("return performance.getEntriesByType('resource').some(e => e.name.includes('split_dialogs'))", 60)
        .await;
    let before = names(browser.js(PARTS_FETCHED).await);
    let tap = browser
        .js("window.__t0 = performance.now(); document.querySelector('.tabs a.tab[data-view=map]').click(); return true;")
        .await;
    assert_eq!(tap, Value::Bool(true));
    browser.wait_until(MAP_DRAWN, 60).await;
    let tapped = browser
        .js("return performance.getEntriesByName('chart-drawn').slice(-1)[0].startTime - window.__t0")
        .await
        .as_f64()
        .unwrap_or(f64::NAN);
    let after = names(browser.js(PARTS_FETCHED).await);
    browser.close().await;
    let fetched: Vec<&String> = after.iter().filter(|n| !before.contains(n)).collect();
    let mut bytes = (0u64, 0u64, 0u64);
    println!("| file fetched on opening the map | raw | gzip | brotli |\n|---|---:|---:|---:|");
    for name in &fetched {
        let size = |suffix: &str| {
            std::fs::metadata(dist.join(format!("{name}{suffix}"))).map_or(0, |m| m.len())
        };
        let (raw, gz, br) = (size(""), size(".gz"), size(".br"));
        bytes = (bytes.0 + raw, bytes.1 + gz, bytes.2 + br);
        println!("| {name} | {raw} | {gz} | {br} |");
    }
    println!(
        "| **all** | **{}** | **{}** | **{}** |",
        bytes.0, bytes.1, bytes.2
    );
    let count = |b: u64| lamtheobac::format::count(b as usize, lamtheobac::format::Locale::En);
    support::bench_row(
        "the map's part, brotli (fetched on opening the map: its part and the chunks only it needs)",
        &format!(
            "{} B ({:.1} KiB), {} files",
            count(bytes.2),
            bytes.2 as f64 / 1024.0,
            fetched.len()
        ),
    );

    println!(
        "\n| map | tap → drawn ms (loopback, parts fetched) | first drawing ms (median of {LOADS}) | redraw drawing ms p50 / max ({REDRAWS} metric changes) |\n|---|---:|---:|---|"
    );
    for (name, query, tap) in [
        (
            "shipped (5 former districts: a locator map)",
            "?view=map",
            Some(tapped),
        ),
        (
            "whole country since 2025 (3,321 synthetic units: a choropleth of the 34)",
            "?view=map&provmode=2025&data=communes%2Fdatapackage.json",
            None,
        ),
    ] {
        let mut firsts = Vec::new();
        let mut redraws = Vec::new();
        for load in 0..LOADS {
            let browser = Browser::start(1280, 900).await;
            browser.goto(&format!("{}{query}", site.url)).await;
            browser.wait_until(MAP_DRAWN, 120).await;
            firsts.push(browser.js(LAST_DRAWING).await.as_f64().unwrap_or(f64::NAN));
            if load == 0 {
                redraws = redraw_times(&browser).await;
            }
            browser.close().await;
        }
        firsts.sort_by(f64::total_cmp);
        redraws.sort_by(f64::total_cmp);
        let first = firsts[LOADS / 2];
        let p50 = redraws.get(redraws.len() / 2).copied().unwrap_or(f64::NAN);
        let max = redraws.last().copied().unwrap_or(f64::NAN);
        let tap = tap.map_or("–".to_string(), |t| format!("{t:.0}"));
        println!("| {name} | {tap} | {first:.1} | {p50:.1} / {max:.1} |");
        support::bench_row(
            &format!("map, {name}: tap → drawn ms, drawing ms (first / redraw p50)"),
            &format!("{tap}, {first:.1} / {p50:.1}"),
        );
    }
}

/// The map's drawing alone after each of `REDRAWS` metric changes, ms.
async fn redraw_times(browser: &Browser) -> Vec<f64> {
    let script = format!(
        r#"
        return (async () => {{
        const metric = document.querySelector('#metric');
        const metrics = [...metric.options].map(o => o.value).filter(v => v);
        const tick = () => new Promise(r => setTimeout(r, 0));
        const out = [];
        for (let i = 0; out.length < {REDRAWS} && i < 4 * {REDRAWS}; i++) {{
            const before = performance.getEntriesByName('chart-drawn').length;
            const t0 = performance.now();
            metric.value = metrics[(i + 1) % metrics.length];
            metric.dispatchEvent(new Event('change', {{ bubbles: true }}));
            while (performance.getEntriesByName('chart-drawn').length === before && performance.now() - t0 < 2000) await tick();
            const e = performance.getEntriesByName('chart-drawn');
            const s = performance.getEntriesByName('chart-draw-start');
            if (e.length > before) out.push(e[e.length - 1].startTime - s[s.length - 1].startTime);
        }}
        return out;
        }})();
        "#
    );
    browser
        .js(&script)
        .await
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_f64).collect())
        .unwrap_or_default()
}
