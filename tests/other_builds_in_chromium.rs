//! The two builds besides the release: a developer's debug build (what plain
//! `trunk serve` builds) and the release with `LAMTHEOBAC_REWRITES=off`, the
//! build an upgrade of Leptos, wasm-bindgen or Trunk ships with before the
//! steps that edit those tools' output are mended (`snapshot::split`). A
//! reader must not tell them from the release: the app takes over, a later
//! part and English arrive, a link to another view opens it.
//!
//! `.ci/test` builds them into `target/dist-debug` and `target/dist-plain`
//! (`$LAMTHEOBAC_DIST_DEBUG`, `$LAMTHEOBAC_DIST_PLAIN`).

mod support;

use std::path::PathBuf;

use support::browser::Browser;
use support::server::StaticServer;

fn built(var: &str, folder: &str, command: &str) -> PathBuf {
    let dir = std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(folder));
    assert!(
        dir.join("index.html").is_file(),
        "no build at {}: run `{command}` first (`bash .ci/test` does)",
        dir.display()
    );
    dir
}

/// What a reader does first on a page: the tabs, a later part, English, a
/// link to another view in English.
async fn reader_paths(site: PathBuf) {
    let server = StaticServer::start(site, vec![]);
    let browser = Browser::start(390, 844).await;
    browser.goto(&server.url).await;
    browser.wait_app().await;
    browser.click(".tabs a.tab[data-view=trend]").await;
    browser.wait_until(support::TREND_DRAWN, 60).await;
    browser.to_english().await;
    browser.click(".tabs a.tab[data-view=table]").await;
    browser
        .wait_until(
            "return !!document.querySelector('#view[data-view=table] table')",
            60,
        )
        .await;
    browser.assert_no_fatal().await;
    browser.close().await;

    let browser = Browser::start(1280, 900).await;
    browser
        .goto(&format!("{}?lang=en&view=trend", server.url))
        .await;
    browser.wait_until(support::TREND_DRAWN, 60).await;
    assert_eq!(
        browser.js("return document.documentElement.lang").await,
        "en"
    );
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_debug_build_works_as_the_release_does() {
    let site = built(
        "LAMTHEOBAC_DIST_DEBUG",
        "target/dist-debug",
        "trunk build --dist target/dist-debug",
    );
    reader_paths(site).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_build_without_rewrites_works_as_the_release_does() {
    let site = built(
        "LAMTHEOBAC_DIST_PLAIN",
        "target/dist-plain",
        "LAMTHEOBAC_REWRITES=off trunk build --release --dist target/dist-plain",
    );
    // None of the rewrites ran: boot.js is told no parts to fetch ahead, and
    // the splitter's loader fetches the parts itself.
    let page = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(
        !page.contains("data-views-part"),
        "boot.js was told the parts"
    );
    let loader = support::later_parts(&site)
        .first()
        .map(|p| p.rsplit_once('/').unwrap().0.to_string())
        .unwrap();
    let loader = std::fs::read_to_string(site.join(loader).join("__wasm_split.js")).unwrap();
    assert!(!loader.contains("lamtheobacFetchWasm"), "{loader}");
    // Another binary than the release's (build.rs), so its files have other
    // names: a browser never mixes a cached file of one with the other.
    let release = support::dist_dir();
    let stem = |dir: &std::path::Path| {
        support::later_parts(dir)[0]
            .split_once("_parts/")
            .map(|(stem, _)| stem.to_string())
            .unwrap()
    };
    assert_ne!(
        stem(&site),
        stem(&release),
        "the two builds share file names"
    );
    let server = StaticServer::start(site.clone(), vec![]);
    let browser = Browser::start(390, 844).await;
    browser.goto(&server.url).await;
    browser.wait_app().await;
    assert_eq!(
        browser
            .js("return document.documentElement.dataset.build")
            .await,
        "plain"
    );
    browser.close().await;
    reader_paths(site).await;
}
