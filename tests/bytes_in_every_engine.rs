//! Compressed by what the server says, in every engine: behind Debian's
//! nginx as installed (which sends `.wasm` raw) each engine fetches the
//! `.gz` of every WebAssembly file, never the raw file; behind the README's
//! recipe it takes each file as the server compresses it, never its `.gz`.
//! A repeat visit, with the browser's cache, never fetches more than the
//! first. (WebKit reports no sizes for files from its memory cache: the
//! page once took that for a server that compresses, and fetched every
//! `.wasm` raw on a repeat visit.)

mod support;

use support::browser::{Browser, Engine};
use support::nginx::Nginx;
use support::visits::{Visit, visit};

/// The file that tells the page how the server sends files: fetched raw
/// from a stock server, by design (it is 3,000 bytes).
const PROBE: &str = "compression-probe.wasm";

fn describe(visit: &Visit) -> String {
    visit
        .all()
        .map(|(path, status, bytes)| format!("{status} {bytes:>8} {path}"))
        .collect::<Vec<_>>()
        .join("\n")
}

async fn first_and_repeat(engine: Engine, nginx: &Nginx) -> (Visit, Visit) {
    let browser = Browser::start_in(engine, 390, 844).await;
    let first = visit(&browser, nginx).await;
    let repeat = visit(&browser, nginx).await;
    browser.assert_no_fatal().await;
    browser.close().await;
    let total = |v: &Visit| v.bytes_before_tap() + v.bytes_after_tap();
    assert!(
        total(&repeat) <= total(&first),
        "{engine:?}: the repeat visit fetched {} bytes, the first {}:\nfirst:\n{}\nrepeat:\n{}",
        total(&repeat),
        total(&first),
        describe(&first),
        describe(&repeat)
    );
    for v in [&first, &repeat] {
        for (path, status, _) in v.all() {
            assert!(
                *status == 200 || *status == 304,
                "{engine:?}: {status} for {path}"
            );
        }
    }
    (first, repeat)
}

/// The paths of a visit's requests that `keep` picks.
fn fetched(visit: &Visit, keep: impl Fn(&str) -> bool) -> Vec<&String> {
    visit
        .all()
        .map(|(path, _, _)| path)
        .filter(|p| keep(p))
        .collect()
}

async fn stock(engine: Engine) {
    let nginx = Nginx::start_stock(&support::dist_dir());
    let (first, repeat) = first_and_repeat(engine, &nginx).await;
    for (name, v) in [("first", &first), ("repeat", &repeat)] {
        let raw = fetched(v, |p| p.ends_with(".wasm") && !p.ends_with(PROBE));
        assert!(
            raw.is_empty(),
            "{engine:?}, {name} visit: WebAssembly fetched raw from a server that sends it raw: {raw:?}\n{}",
            describe(v)
        );
    }
    assert!(
        first.all().any(|(p, _, _)| p.ends_with(".wasm.gz")),
        "{engine:?}: {}",
        describe(&first)
    );
}

async fn recipe(engine: Engine) {
    let nginx = Nginx::start(&support::dist_dir());
    let (first, repeat) = first_and_repeat(engine, &nginx).await;
    for (name, v) in [("first", &first), ("repeat", &repeat)] {
        let gz = fetched(v, |p| p.ends_with(".gz"));
        assert!(
            gz.is_empty(),
            "{engine:?}, {name} visit: a .gz fetched from a server that compresses: {gz:?}\n{}",
            describe(v)
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn chromium_fetches_each_file_compressed_from_either_nginx() {
    stock(Engine::Chromium).await;
    recipe(Engine::Chromium).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn firefox_fetches_each_file_compressed_from_either_nginx() {
    stock(Engine::Firefox).await;
    recipe(Engine::Firefox).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn webkit_fetches_each_file_compressed_from_either_nginx() {
    stock(Engine::WebKit).await;
    recipe(Engine::WebKit).await;
}
