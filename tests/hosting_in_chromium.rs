//! Hosting as a portal does: the release build under a sub-path of a plain
//! static server, sent with a strict Content-Security-Policy, and still
//! working in every view with no violation reported.

mod support;

use support::browser::Browser;
use support::server::StaticServer;

/// The policy the issue names, plus where the browser reports violations.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; report-uri /csp-report";

#[tokio::test(flavor = "multi_thread")]
async fn under_a_deep_sub_path_with_a_strict_csp_every_view_works_without_violations() {
    let site = StaticServer::start_at(
        support::dist_dir(),
        "/so-lieu/lam-theo-bac/",
        vec![("Content-Security-Policy".into(), CSP.into())],
    );
    let browser = Browser::start(1280, 900).await;
    for query in [
        "",
        "?view=trend&metric=study_participation_rate",
        "?view=table",
        "?view=coverage",
        "?view=initiatives",
        "?view=sources&lang=en",
    ] {
        browser.goto(&format!("{}{query}", site.url)).await;
        browser.wait_until(support::browser::APP_SHOWN, 30).await;
        if query.is_empty() || query.contains("trend") || query.contains("coverage") {
            browser.wait_chart().await;
        }
        // Tabs link within the sub-path.
        let href = browser
            .js("return document.querySelector('a.tab[data-view=sources]').href")
            .await;
        assert!(
            href.as_str()
                .unwrap()
                .starts_with(&format!("{}?", site.url)),
            "{href}"
        );
    }
    // A hover draws the tooltip, positioned through the CSSOM, which the policy allows.
    // A dataset by link goes through the dataset reader, a web worker with
    // its own WebAssembly, which the same policy must let run.
    browser
        .goto(&format!("{}?data=data%2Fdataset.json&lang=en", site.url))
        .await;
    browser
        .wait_until("return !!document.querySelector('.data-banner')", 30)
        .await;
    browser.wait_chart().await;
    browser.goto(&site.url).await;
    browser.wait_chart().await;
    browser
        .js("document.querySelector('canvas.chart-canvas').focus()")
        .await;
    let dataset = browser
        .js("return fetch('data/dataset.json').then(r => r.status)")
        .await;
    assert_eq!(dataset, 200, "the dataset is downloadable beside the app");
    // Reports arrive asynchronously; give them a moment.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(
        site.reports().is_empty(),
        "CSP violations:\n{}",
        site.reports().join("\n")
    );
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_policy_is_enforced_so_an_inline_script_would_be_reported() {
    // Guards the test above: if reports did not arrive, "no violations" would mean nothing.
    let site = StaticServer::start_at(
        support::dist_dir(),
        "/x/",
        vec![("Content-Security-Policy".into(), CSP.into())],
    );
    let browser = Browser::start(800, 600).await;
    browser.goto(&site.url).await;
    browser.wait_until(support::browser::APP_SHOWN, 30).await;
    browser.js("const s = document.createElement('div'); s.setAttribute('style', 'color: red'); document.body.append(s);").await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while site.reports().is_empty() && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        site.reports().iter().any(|r| r.contains("style-src")),
        "no report for an inline style: {:?}",
        site.reports()
    );
    browser.close().await;
}
