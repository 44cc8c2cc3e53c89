//! The built site behind Debian's nginx with the README's recipe: the
//! compressed copies are what travels, with the right type, and the page works.

mod support;

use serde_json::json;
use support::browser::Browser;
use support::nginx::Nginx;

#[tokio::test(flavor = "multi_thread")]
async fn nginx_sends_the_precompressed_files_and_the_page_works() {
    let dist = support::dist_dir();
    let nginx = Nginx::start(&dist);
    let wasm = std::fs::read_dir(&dist)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        // The page's own, not the dataset reader's (fetched only on demand).
        .find(|n| n.starts_with("lamtheobac-") && n.ends_with("_bg.wasm"))
        .expect("the page's .wasm in dist");
    let raw = std::fs::metadata(dist.join(&wasm)).unwrap().len() as usize;

    for (encoding, suffix) in [("gzip", "gz"), ("br", "br")] {
        let (head, length) = nginx.get(&wasm, encoding);
        assert!(head.starts_with("http/1.1 200"), "{head}");
        assert!(head.contains("content-type: application/wasm"), "{head}");
        assert!(
            head.contains(&format!("content-encoding: {encoding}")),
            "{head}"
        );
        let on_disk = std::fs::metadata(dist.join(format!("{wasm}.{suffix}")))
            .unwrap()
            .len() as usize;
        assert_eq!(
            length, on_disk,
            "{encoding}: the file written at build time is sent"
        );
        assert!(length * 2 < raw, "{encoding}: {length} of {raw} bytes");
    }
    let (head, _) = nginx.get("", "gzip");
    assert!(head.contains("content-type: text/html"), "{head}");
    assert!(head.contains("content-encoding: gzip"), "{head}");
    // Without Accept-Encoding the raw file is sent.
    let (head, length) = nginx.get(&wasm, "identity");
    assert!(!head.contains("content-encoding"), "{head}");
    assert_eq!(length, raw);

    let browser = Browser::start(1280, 900).await;
    browser.client.goto(&nginx.url).await.expect("page loads");
    browser.wait_chart().await;
    browser.assert_no_fatal().await;
    let sizes = browser
        .js("const e = performance.getEntriesByType('resource').find(r => r.name.includes('lamtheobac-') && r.name.endsWith('.wasm')); \
             return [e.encodedBodySize, e.decodedBodySize]")
        .await;
    assert_eq!(sizes[1], json!(raw));
    assert!(
        sizes[0].as_u64().unwrap() * 2 < raw as u64,
        "the browser got the .wasm compressed: {sizes}"
    );
    browser.close().await;
}
