//! The explorer's speed and size, measured and printed as a table:
//!
//!     bash .ci/bench        (builds the release page, then `cargo bench --bench explorer`)
//!
//! - bytes of a first visit, per file: raw, gzip, brotli; then of the app a
//!   first tap needs, and of the parts it fetches after it runs;
//! - navigation to first chart in headless Chromium, fresh profile each time,
//!   median and spread over 9 loads (the page marks `first-chart`);
//! - redraw latency over 200 filter changes (metric, district set, year
//!   range), measured in the page from the input to the `chart-drawn` mark;
//! - WebAssembly memory and JS heap after load and after the changes;
//! - the same on a generated national-scale dataset (synthetic, never
//!   shipped) loaded through the own-data path (`?data=`);
//! - the map view: the bytes opening it fetches, the tap to it, its drawing
//!   for the shipped five and for the whole country (`map.rs`).
//!
//! It measures and prints; it asserts nothing, so it cannot flake a build.

#[path = "map.rs"]
mod map;
#[path = "../support/mod.rs"]
mod support;

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;
use support::browser::Browser;
use support::server::StaticServer;

const LOADS: usize = 9;
const CHANGES: usize = 200;

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        // `cargo test --all-targets` runs this too: measuring there would only slow the tests.
        println!(
            "explorer benchmark: run `bash .ci/bench` (or `cargo bench --bench explorer` after a release build)"
        );
        return;
    }
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime.block_on(run());
}

async fn run() {
    let dist = support::dist_dir();
    let (visit, app, later) = fetched_files(&dist).await;
    println!("\n## First visit (bytes)\n");
    println!("| file | raw | gzip | brotli |\n|---|---:|---:|---:|");
    let visit_total = bytes_table(
        "the plain link, nothing touched, saving data (the page alone)",
        &dist,
        &visit,
    );
    let app_total = bytes_table(
        "added when the browser is idle, or, saving data, when a reader reaches for a control (the app a first tap needs)",
        &dist,
        &app,
    );
    println!(
        "| **both** | **{}** | **{}** | **{}** ({:.1} KiB) |",
        visit_total.0 + app_total.0,
        visit_total.1 + app_total.1,
        visit_total.2 + app_total.2,
        (visit_total.2 + app_total.2) as f64 / 1024.0
    );
    let later_total = bytes_table(
        "later parts (src/ui/later.rs): the other views, the downloads and the dialogs, fetched once the app runs; split_loading, when other data is asked for",
        &dist,
        &later,
    );
    let kib = |b: u64| {
        format!(
            "{} B ({:.1} KiB)",
            lamtheobac::format::count(b as usize, lamtheobac::format::Locale::En),
            b as f64 / 1024.0
        )
    };
    support::bench_row(
        "first visit, brotli: the plain link with Save-Data (≈ 10 KiB)",
        &kib(visit_total.2 as u64),
    );
    let first_tap = support::first_tap_brotli(&dist);
    println!(
        "\nThe app a first tap needs (JS, first `.wasm`, the split's loader): {}",
        kib(first_tap)
    );
    support::bench_row(
        "the app a first tap needs, brotli (budget 180 KiB)",
        &kib(first_tap),
    );
    // The build without the rewrites of other tools' output (src/snapshot/split.rs).
    if let Some(plain) = std::env::var_os("LAMTHEOBAC_DIST_PLAIN") {
        let plain = support::first_tap_brotli(Path::new(&plain));
        println!("… built with LAMTHEOBAC_REWRITES=off: {}", kib(plain));
        support::bench_row("the same, built with LAMTHEOBAC_REWRITES=off", &kib(plain));
    }
    support::bench_row(
        "the app's later parts and their loader, brotli",
        &kib(later_total.2 as u64),
    );

    first_chart_on_screen(&dist).await;

    let site_root = site_with_national(&dist);
    let site = StaticServer::start(site_root.clone(), vec![]);
    println!("\n## Speed and memory\n");
    println!(
        "| dataset | first chart ms (median, min–max of {LOADS}) | of which reading the data ms (median) | redraw ms p50 | p95 | max | drawing alone ms p50 / p95 | redraws | WASM memory MiB (load → after) | JS heap MiB (load → after) |"
    );
    println!("|---|---|---:|---:|---:|---:|---|---:|---|---|");
    for (name, query) in [
        ("shipped (5 districts; the app reached for at load)", ""),
        ("national (700 districts, synthetic)", "?data=national.json"),
        (
            "whole country since 2025 (3,321 communes and wards, CSV package, synthetic)",
            "?data=communes%2Fdatapackage.json",
        ),
    ] {
        let mut firsts = Vec::new();
        let mut reads = Vec::new();
        let open = || async {
            let browser = Browser::start_with(1280, 900, &["--enable-precise-memory-info"]).await;
            browser.goto(&format!("{}{query}", site.url)).await;
            browser
        };
        for _ in 0..LOADS {
            let browser = open().await;
            firsts.push(first_chart(&browser, !query.is_empty()).await);
            if !query.is_empty() {
                reads.push(reading(&browser).await);
            }
            browser.close().await;
        }
        let browser = open().await;
        first_chart(&browser, !query.is_empty()).await;
        let before = memory(&browser).await;
        let (redraws, drawing) = redraws(&browser).await;
        let after = memory(&browser).await;
        browser.close().await;
        firsts.sort_by(|a, b| a.total_cmp(b));
        reads.sort_by(|a, b| a.total_cmp(b));
        let read = reads
            .get(reads.len() / 2)
            .map_or("(built in)".to_string(), |ms| format!("{ms:.0}"));
        let pct = |v: &[f64], q: f64| {
            v.get(((v.len() as f64 - 1.0) * q).round() as usize)
                .copied()
                .unwrap_or(f64::NAN)
        };
        let p = |q: f64| pct(&redraws, q);
        println!(
            "| {name} | {:.0} ({:.0}–{:.0}) | {read} | {:.1} | {:.1} | {:.1} | {:.1} / {:.1} | {} | {:.1} → {:.1} | {:.1} → {:.1} |",
            firsts[LOADS / 2],
            firsts[0],
            firsts[LOADS - 1],
            p(0.5),
            p(0.95),
            redraws.last().copied().unwrap_or(f64::NAN),
            pct(&drawing, 0.5),
            pct(&drawing, 0.95),
            redraws.len(),
            before.0,
            after.0,
            before.1,
            after.1
        );
        support::bench_row(
            &format!(
                "{name}: first chart ms, reading the data ms, redraw p50 / p95 ms, WASM memory MiB"
            ),
            &format!(
                "{:.0}, {read}, {:.1} / {:.1}, {:.1}",
                firsts[LOADS / 2],
                p(0.5),
                p(0.95),
                after.0
            ),
        );
        let _ = std::io::stdout().flush();
    }
    map::measure(&dist, &site).await;
    let _ = std::fs::remove_dir_all(site_root);
    println!(
        "\nTargets: first visit ≤ 150 KiB brotli (the page alone ≈ 10 KiB); the app a first tap needs ≤ 180 KiB brotli; redraw p95 ≤ 8 ms (shipped), ≤ 16 ms (national and whole country); memory ≤ 16 MiB (national), ≤ 48 MiB (whole country); whole country loaded to first chart ≤ 1.5 s."
    );
}

/// The files of `dist` a fresh browser fetched for the plain link: left
/// alone for three seconds by a reader saving data (the first visit: the
/// page alone), and then what a reader not saving data has fetched besides
/// once the app runs (fetched by itself when the browser is idle). Measured,
/// not listed, so a file the page starts fetching on its own is counted. A
/// `.gz` the page fetched (this server sends files as they are) is counted
/// as the file it stands for.
async fn fetched_files(dist: &Path) -> (Vec<PathBuf>, Vec<PathBuf>, Vec<PathBuf>) {
    const FETCHED: &str = "return performance.getEntriesByType('navigation') \
        .concat(performance.getEntriesByType('resource')) \
        .map(e => new URL(e.name).pathname.split('/').slice(-2).join('/')) \
        .map(n => n.endsWith('/') ? 'index.html' : n.includes('_parts/') ? n : n.split('/').pop())";
    let site = StaticServer::start(dist.to_path_buf(), vec![]);
    let names = |v: Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|n| n.as_str())
                    .map(|n| n.strip_suffix(".gz").unwrap_or(n).to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let browser = Browser::start(1280, 900).await;
    browser.save_data().await;
    browser.goto(&site.url).await;
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    let first = names(browser.js(FETCHED).await);
    browser.close().await;
    let browser = Browser::start(1280, 900).await;
    browser.goto(&site.url).await;
    browser.wait_app().await;
    let all = names(browser.js(FETCHED).await);
    browser.close().await;
    let files = |names: Vec<String>| -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = names
            .into_iter()
            .map(|n| dist.join(n))
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        files.dedup();
        files
    };
    let visit = files(first.clone());
    let (later, app): (Vec<String>, Vec<String>) = all
        .into_iter()
        .filter(|n| !first.contains(n))
        .partition(|n| later_part(n));
    // Listed, not measured: the app fetches them after it runs, maybe after
    // this page was read.
    let later = support::later_parts(dist)
        .into_iter()
        .chain(later)
        .collect();
    (visit, files(app), files(later))
}

/// The split step's later parts (`src/snapshot/split.rs`), in their folder.
fn later_part(name: &str) -> bool {
    name.contains("_parts/") && name.ends_with(".wasm")
}

/// Prints a row per file (raw, and the `.gz` and `.br` the build wrote
/// beside it: what a server sends) and a total; returns the total.
fn bytes_table(name: &str, dist: &Path, files: &[PathBuf]) -> (usize, usize, usize) {
    let mut total = (0, 0, 0);
    for file in files {
        let size = |suffix: &str| {
            std::fs::metadata(format!("{}{suffix}", file.display()))
                .map(|m| m.len() as usize)
                .unwrap_or_else(|e| panic!("{}{suffix}: {e}", file.display()))
        };
        let (raw, gz, br) = (size(""), size(".gz"), size(".br"));
        total = (total.0 + raw, total.1 + gz, total.2 + br);
        println!(
            "| {} | {raw} | {gz} | {br} |",
            file.strip_prefix(dist).unwrap_or(file).display()
        );
    }
    println!(
        "| **{name}** | **{}** | **{}** | **{}** ({:.1} KiB) |",
        total.0,
        total.1,
        total.2,
        total.2 as f64 / 1024.0
    );
    total
}

/// A copy of the site with the generated national dataset beside it.
fn site_with_national(dist: &Path) -> PathBuf {
    let root = std::env::temp_dir().join(format!("lamtheobac-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    copy_dir(dist, &root);
    let national =
        lamtheobac::tools::synthetic::generate(42, lamtheobac::tools::synthetic::NATIONAL);
    std::fs::write(
        root.join("national.json"),
        serde_json::to_string(&national).expect("json"),
    )
    .expect("write");
    // The country since 1 July 2025 as a CSV package, the form a portal
    // publishes; figures.csv without the columns that are only for reading,
    // so it stays under the 10 MiB a reader takes (as JSON it is 21 MB).
    let communes =
        lamtheobac::tools::synthetic::generate(42, lamtheobac::tools::synthetic::COMMUNES);
    let dir = root.join("communes");
    std::fs::create_dir_all(&dir).expect("mkdir");
    for (name, text) in lamtheobac::data::write::open_data::lean_package(&communes) {
        std::fs::write(dir.join(name), text).expect("write");
    }
    root
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// Navigation to the first chart on screen, headless on loopback, fresh
/// profile each load: the explorer's static chart (its largest paint), the
/// app's canvas (`first-chart`), and a Chart.js page of the same chart.
async fn first_chart_on_screen(dist: &Path) {
    let chartjs = std::env::var("LAMTHEOBAC_CHARTJS")
        .unwrap_or_else(|_| ".tools/chartjs/node_modules/chart.js/dist/chart.umd.min.js".into());
    let page = std::env::temp_dir().join(format!("lamtheobac-chartjs-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&page);
    for file in ["index.html", "page.js", "page.css"] {
        std::fs::copy(Path::new("tests/bench/chartjs").join(file), page.join(file))
            .expect("the Chart.js page");
    }
    let have_chartjs = std::fs::copy(&chartjs, page.join("chart.umd.min.js")).is_ok();
    let explorer = StaticServer::start(dist.to_path_buf(), vec![]);
    let other = StaticServer::start(page.clone(), vec![]);
    // The observer is kept on `window`: unreferenced, it may be collected
    // before it delivers the buffered entries.
    const STATIC_CHART: &str = "return new Promise(done => { \
        window.__lcpObserver = new PerformanceObserver(l => { \
          const e = l.getEntries().find(e => e.element && e.element.classList.contains('chart-snapshot')); \
          if (e) done(e.startTime); }); \
        window.__lcpObserver.observe({ type: 'largest-contentful-paint', buffered: true }); })";
    const MARK: &str =
        "const m = performance.getEntriesByName(NAME)[0]; return m ? m.startTime : null";
    let mut rows: Vec<(&str, Vec<f64>)> = vec![
        ("explorer: static chart (in index.html)", Vec::new()),
        (
            "explorer: the app's canvas, reached for at load",
            Vec::new(),
        ),
        ("Chart.js 4 page, same chart", Vec::new()),
    ];
    // Each page in a browser of its own, started afresh, and the two in
    // turns: the first page a new browser opens pays its start-up (fonts,
    // the renderer), which put the explorer, always opened first in the
    // browser the Chart.js page then reused, at a disadvantage of its own.
    for load in 0..LOADS {
        for explorer_first in [load % 2 == 0, load % 2 != 0] {
            if explorer_first {
                // The static chart in a browser of its own, the app held
                // back: on loopback the app may take over (at idle) before
                // the chart's image has painted, and then no paint of it is
                // ever reported.
                let held = Browser::start(1280, 900).await;
                held.hold_wasm().await;
                held.goto(&explorer.url).await;
                rows[0]
                    .1
                    .push(held.js(STATIC_CHART).await.as_f64().unwrap_or(f64::NAN));
                held.close().await;
            }
            let browser = Browser::start(1280, 900).await;
            if explorer_first {
                browser.goto(&explorer.url).await;
                rows[1].1.push(first_chart(&browser, false).await);
            } else if have_chartjs {
                browser.goto(&other.url).await;
                let mark = MARK.replace("NAME", "'chart-on-screen'");
                browser
                    .wait_until(&format!("return ((() => {{ {mark} }})()) !== null"), 30)
                    .await;
                rows[2]
                    .1
                    .push(browser.js(&mark).await.as_f64().unwrap_or(f64::NAN));
            }
            browser.close().await;
        }
    }
    let _ = std::fs::remove_dir_all(&page);
    println!("\n## First chart on screen (headless Chromium, loopback, fresh profile; ms)\n");
    println!("| page | median | min–max of {LOADS} | × Chart.js |\n|---|---:|---|---:|");
    let median = |v: &mut Vec<f64>| {
        v.sort_by(|a, b| a.total_cmp(b));
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    };
    let reference = median(&mut rows[2].1.clone());
    for (name, mut times) in rows {
        if times.is_empty() {
            println!("| {name} | no chart.js at {chartjs} (`bash .ci/setup --bench`) | | |");
            continue;
        }
        let m = median(&mut times);
        println!(
            "| {name} | {m:.0} | {:.0}–{:.0} | {:.2} |",
            times[0],
            times[times.len() - 1],
            m / reference
        );
        support::bench_row(
            &format!("first chart on screen, loopback, ms (median of {LOADS}): {name}"),
            &format!("{m:.0} ({:.2} × Chart.js)", m / reference),
        );
    }
    println!("\nTarget: the explorer's first chart on screen ≤ 0.6 × the Chart.js page's.");
}

/// Milliseconds from navigation to the first chart (of the loaded dataset, when one is loaded).
async fn first_chart(browser: &Browser, loaded: bool) -> f64 {
    let script = if loaded {
        "const d = performance.getEntriesByName('dataset-loaded')[0]; \
         const m = d && performance.getEntriesByName('chart-drawn').find(e => e.startTime >= d.startTime); \
         return m ? m.startTime : null"
    } else {
        "const m = performance.getEntriesByName('first-chart')[0]; return m ? m.startTime : null"
    };
    // On the plain link the app starts when a reader reaches for a control:
    // here at once, as soon as the page has loaded.
    let reach = if loaded {
        ""
    } else {
        support::browser::REACH_FOR_CONTROLS
    };
    browser
        .wait_until(
            &format!("{reach} return ((() => {{ {script} }})()) !== null"),
            60,
        )
        .await;
    browser.js(script).await.as_f64().unwrap_or(f64::NAN)
}

/// Milliseconds the loaded dataset took to read: from handing its file to
/// the dataset reader (which fetches a package's other files, parses and
/// validates) to the page holding the decoded dataset.
async fn reading(browser: &Browser) -> f64 {
    browser
        .js(
            "const s = performance.getEntriesByName('dataset-read-start')[0]; \
             const e = performance.getEntriesByName('dataset-loaded')[0]; \
             return s && e ? e.startTime - s.startTime : null",
        )
        .await
        .as_f64()
        .unwrap_or(f64::NAN)
}

async fn memory(browser: &Browser) -> (f64, f64) {
    let v = browser
        .js("return [window.__lamtheobacMemory ? window.__lamtheobacMemory.buffer.byteLength : 0, performance.memory ? performance.memory.usedJSHeapSize : 0]")
        .await;
    let mib = |x: &Value| x.as_f64().unwrap_or(0.0) / 1024.0 / 1024.0;
    (mib(&v[0]), mib(&v[1]))
}

/// Redraw latencies in ms, sorted, over CHANGES changes of metric, district
/// set and year range: (input to end of drawing, the drawing alone).
async fn redraws(browser: &Browser) -> (Vec<f64>, Vec<f64>) {
    let script = format!(
        r#"
        const metric = document.querySelector('#metric');
        const metrics = [...metric.options].map(o => o.value).filter(v => v);
        const from = document.querySelector('#year-from');
        const years = [...from.options].map(o => o.value);
        const tick = () => new Promise(r => setTimeout(r, 0));
        async function measure(act) {{
            const before = performance.getEntriesByName('chart-drawn').length;
            const t0 = performance.now();
            act();
            while (performance.getEntriesByName('chart-drawn').length === before) {{
                if (performance.now() - t0 > 150) return null;
                await tick();
            }}
            const marks = performance.getEntriesByName('chart-drawn');
            const starts = performance.getEntriesByName('chart-draw-start');
            const end = marks[marks.length - 1].startTime;
            return [end - t0, end - starts[starts.length - 1].startTime];
        }}
        const out = [];
        let changes = 0;
        // Only changes that alter the chart redraw; keep going until CHANGES redraws are measured.
        for (let i = 0; out.length < {CHANGES} && i < 20 * {CHANGES}; i++) {{
            changes++;
            const k = Math.floor(i / 3);
            let latency;
            if (i % 3 === 0) {{
                const v = metrics[(k + 1) % metrics.length];
                latency = await measure(() => {{ metric.value = v; metric.dispatchEvent(new Event('change', {{ bubbles: true }})); }});
            }} else if (i % 3 === 1) {{
                const boxes = [...document.querySelectorAll('input[name=district]')];
                const box = boxes[k % boxes.length];
                latency = await measure(() => box.click());
            }} else {{
                const v = years[k % years.length];
                latency = await measure(() => {{ from.value = v; from.dispatchEvent(new Event('change', {{ bubbles: true }})); }});
            }}
            if (latency !== null) out.push(latency);
        }}
        return {{ out, changes }};
        "#
    );
    let timeouts = fantoccini::wd::TimeoutConfiguration::new(
        Some(std::time::Duration::from_secs(600)),
        None,
        None,
    );
    browser
        .client
        .update_timeouts(timeouts)
        .await
        .expect("script timeout");
    let v = browser.js(&script).await;
    println!(
        "<!-- {} changes for {} redraws -->",
        v["changes"],
        v["out"].as_array().map_or(0, Vec::len)
    );
    let pairs: Vec<(f64, f64)> = v["out"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| Some((p[0].as_f64()?, p[1].as_f64()?)))
                .collect()
        })
        .unwrap_or_default();
    let (mut total, mut drawing): (Vec<f64>, Vec<f64>) = pairs.into_iter().unzip();
    total.sort_by(|a, b| a.total_cmp(b));
    drawing.sort_by(|a, b| a.total_cmp(b));
    (total, drawing)
}
