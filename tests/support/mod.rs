//! What the browser tests share: the built site served on loopback, and a
//! headless Chromium driven through chromedriver.
//!
//! The site must be built first (`trunk build --release`, which `.ci/test`
//! does); the tests read it from `dist/` or from `$LAMTHEOBAC_DIST`.

#![allow(dead_code)]

pub mod axe;
pub mod browser;
pub mod nginx;
pub mod server;
pub mod svg;
pub mod visits;
pub mod zip;

use std::path::PathBuf;

/// The seven views, by their link code, in the tabs' order.
pub const VIEWS: [&str; 7] = [
    "compare",
    "trend",
    "table",
    "coverage",
    "initiatives",
    "sources",
    "map",
];

/// The Trend view's chart is drawn (by the app: the static page has none).
pub const TREND_DRAWN: &str = "return !!document.querySelector('#view[data-view=trend] canvas.chart-canvas[data-drawn=\"true\"]')";

/// xorshift64*: the same draws for a seed on every machine, for the
/// randomised browser tests (the seed is printed, to replay a failure).
pub struct Rng(pub u64);

impl Rng {
    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        ((self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) % n as u64) as usize
    }
}

/// The built site's folder; fails with the command that builds it.
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("LAMTHEOBAC_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dir.join("index.html").is_file(),
        "no built site at {}: run `trunk build --release` first (`bash .ci/test` does)",
        dir.display()
    );
    dir
}

/// The app's later parts and their loader, each as a path from the site's
/// root (`lamtheobac-<hash>_parts/split_views.wasm`): the split step puts
/// them in a folder of their own (`src/snapshot/split.rs`).
pub fn later_parts(site: &std::path::Path) -> Vec<String> {
    let folders: Vec<String> = std::fs::read_dir(site)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("lamtheobac-") && n.ends_with("_parts"))
        .collect();
    assert_eq!(
        folders.len(),
        1,
        "one folder of parts in {}: {folders:?}",
        site.display()
    );
    let mut parts: Vec<String> = std::fs::read_dir(site.join(&folders[0]))
        .unwrap()
        .flatten()
        .map(|e| format!("{}/{}", folders[0], e.file_name().to_string_lossy()))
        .filter(|n| n.ends_with(".wasm"))
        .collect();
    parts.sort();
    parts
}

/// Adds a row to the bench's summary table (`.ci/bench` writes it into the
/// README): the file `$LAMTHEOBAC_BENCH_TABLE` names, one `figure<TAB>value`
/// a line. Nothing when the variable is not set (a bench run by hand).
pub fn bench_row(figure: &str, value: &str) {
    let Some(path) = std::env::var_os("LAMTHEOBAC_BENCH_TABLE") else {
        return;
    };
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .expect("the bench table");
    writeln!(file, "{figure}\t{value}").expect("write the bench table");
}

/// The brotli bytes of what a first tap fetches in the built site `dist`:
/// the app's JS, its first `.wasm` and the split's loader.
pub fn first_tap_brotli(dist: &std::path::Path) -> u64 {
    let names: Vec<String> = std::fs::read_dir(dist)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let size =
        |name: &str| std::fs::metadata(dist.join(format!("{name}.br"))).map_or(0, |m| m.len());
    let js = names
        .iter()
        .find(|n| n.starts_with("lamtheobac-") && n.ends_with(".js"))
        .expect("the app's JS");
    let wasm = names
        .iter()
        .find(|n| n.starts_with("lamtheobac-") && n.ends_with("_bg.wasm"))
        .expect("the app's .wasm");
    let loader = later_parts(dist)[0]
        .rsplit_once('/')
        .map(|(folder, _)| format!("{folder}/__wasm_split.js"))
        .expect("the parts' folder");
    size(js) + size(wasm) + size(&loader)
}

/// The built site served on loopback and opened in a fresh browser at
/// `query`, once its chart is drawn.
pub async fn open(
    query: &str,
    width: u32,
    height: u32,
) -> (browser::Browser, server::StaticServer) {
    let site = server::StaticServer::start(dist_dir(), vec![]);
    let browser = browser::Browser::start(width, height).await;
    browser.goto(&format!("{}{query}", site.url)).await;
    browser.wait_chart().await;
    (browser, site)
}

/// The site at `root` on loopback and a fresh browser (1280 × 900) on
/// `query`, once `ready` (a CSS selector) is on the page.
pub async fn open_until(
    root: PathBuf,
    query: &str,
    ready: &str,
) -> (server::StaticServer, browser::Browser) {
    let site = server::StaticServer::start(root, vec![]);
    let browser = browser::Browser::start(1280, 900).await;
    browser.goto(&format!("{}{query}", site.url)).await;
    browser
        .wait_until(&format!("return !!document.querySelector({ready:?})"), 30)
        .await;
    (site, browser)
}

/// Copies a folder and everything in it (a site to add test files beside).
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A fresh copy of the built site under a temporary folder of its own, to
/// add test files beside it.
pub fn site_copy(tag: &str) -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let root = std::env::temp_dir().join(format!("lamtheobac-{tag}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    copy_dir(&dist_dir(), &root);
    root
}

/// [`site_copy`] with `files` (a package, say) written into its folder `folder`.
pub fn site_with(tag: &str, folder: &str, files: Vec<(&str, String)>) -> PathBuf {
    let root = site_copy(tag);
    std::fs::create_dir_all(root.join(folder)).unwrap();
    for (name, text) in files {
        std::fs::write(root.join(folder).join(name), text).unwrap();
    }
    root
}

/// A table of `data/places/` (the committed CSV files), a map of column to
/// cell per row: read here, not through the library's own reader.
pub fn places_table(name: &str) -> Vec<std::collections::HashMap<String, String>> {
    let path = format!("{}/data/places/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    lines
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            assert_eq!(cells.len(), header.len(), "{name}: {l}");
            header
                .iter()
                .zip(cells)
                .map(|(h, c)| (h.to_string(), c.to_string()))
                .collect()
        })
        .collect()
}
