//! The built site behind Debian's nginx, with the README's recipe and as
//! installed: compressed copies are what travels, with the right type, and
//! the page works. A stock nginx sends `.wasm` files raw, so the page and the
//! dataset reader fetch the `.gz` beside each and inflate it themselves.

mod support;

use serde_json::json;
use support::browser::Browser;
use support::nginx::Nginx;

#[tokio::test(flavor = "multi_thread")]
async fn nginx_sends_the_precompressed_files_and_the_page_works() {
    let dist = support::dist_dir();
    let nginx = Nginx::start(&dist);
    let wasm = page_wasm(&dist);
    let raw = size(&dist, &wasm);

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
    browser.goto(&nginx.url).await;
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
    // The server compresses: the page takes the .wasm as sent, never its .gz.
    assert_eq!(nginx.sent(&format!("{wasm}.gz")), Vec::<usize>::new());
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stock_nginx_sends_the_wasm_raw_so_the_page_and_the_reader_fetch_the_gz() {
    let dist = support::dist_dir();
    let nginx = Nginx::start_stock(&dist);
    let wasm = page_wasm(&dist);
    let (raw, gz) = (size(&dist, &wasm), size(&dist, &format!("{wasm}.gz")));
    let browser = Browser::start(390, 844).await;
    browser.goto(&nginx.url).await;
    browser.wait_chart().await;
    browser.assert_no_fatal().await;
    // What travelled: the .gz, once, and not a byte of the raw file.
    assert_eq!(nginx.sent(&format!("{wasm}.gz")), vec![gz]);
    assert_eq!(nginx.sent(&wasm), Vec::<usize>::new());
    assert!(gz * 2 < raw, "{gz} of {raw}");

    // The app's later parts (src/ui/later.rs) come the same way, once the
    // app runs: each .gz once, no raw file, and the views they hold work.
    browser.click(".tabs [data-view=trend]").await;
    browser.wait_chart().await;
    browser.wait_until(support::TREND_DRAWN, 30).await;
    // English comes when a reader asks for it (`ui::english`), the map
    // when a reader opens it (`ui::map_view`).
    browser.to_english().await;
    browser.click(".tabs [data-view=map]").await;
    browser
        .wait_until(
            "return !!document.querySelector('#view[data-view=map] canvas.chart-canvas[data-drawn=\"true\"]')",
            30,
        )
        .await;
    // All but the part that loads other data, which comes when it is asked for.
    let (loading, parts): (Vec<String>, Vec<String>) = support::later_parts(&dist)
        .into_iter()
        .partition(|p| p.ends_with("/split_loading.wasm"));
    assert_eq!(loading.len(), 1, "{loading:?}");
    assert!(
        parts.len() >= 5,
        "the views, the downloads, the place search, English, the map: {parts:?}"
    );
    browser
        .wait_until(
            &format!(
                "return performance.getEntriesByType('resource').filter(r => r.name.includes('_parts/') && r.name.includes('.wasm')).length >= {}",
                parts.len()
            ),
            30,
        )
        .await;
    for part in &parts {
        assert_eq!(
            nginx.sent(&format!("{part}.gz")),
            vec![size(&dist, &format!("{part}.gz"))],
            "{part}"
        );
        assert_eq!(nginx.sent(part), Vec::<usize>::new(), "{part}");
    }
    browser.assert_no_fatal().await;

    // The dataset reader's .wasm too, when a reader loads their own data.
    let reader = "dataset_reader_bg.wasm";
    browser
        .goto(&format!("{}?data=data/dataset.json", nginx.url))
        .await;
    browser
        .wait_until("return !!document.querySelector('.data-banner')", 30)
        .await;
    browser.assert_no_fatal().await;
    assert_eq!(
        nginx.sent(&format!("{reader}.gz")),
        vec![size(&dist, &format!("{reader}.gz"))]
    );
    assert_eq!(nginx.sent(reader), Vec::<usize>::new());
    let loading = &loading[0];
    assert_eq!(
        nginx.sent(&format!("{loading}.gz")),
        vec![size(&dist, &format!("{loading}.gz"))]
    );
    assert_eq!(nginx.sent(loading), Vec::<usize>::new());
    browser.close().await;

    // As installed, nginx sends the .wasm as it is, whatever the browser accepts.
    let (head, length) = nginx.get(&wasm, "gzip, deflate, br");
    assert!(head.contains("content-type: application/wasm"), "{head}");
    assert!(!head.contains("content-encoding"), "{head}");
    assert_eq!(length, raw);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_that_labels_gz_files_as_gzip_encoded_still_gives_a_working_page() {
    // As Apache's `AddEncoding gzip .gz` does: the browser inflates the .gz
    // itself, so the page must read what arrives by its bytes, not its name.
    let dist = support::dist_dir();
    let nginx = Nginx::start_with(
        &dist,
        "location /so-lieu/lam-theo-bac/ {\n    alias /var/www/lam-theo-bac/;\n    \
         location ~ \\.gz$ { types { } default_type application/octet-stream; add_header Content-Encoding gzip; }\n}",
    );
    let wasm = page_wasm(&dist);
    let browser = Browser::start(390, 844).await;
    browser.goto(&nginx.url).await;
    browser.wait_chart().await;
    browser.assert_no_fatal().await;
    assert_eq!(
        nginx.sent(&format!("{wasm}.gz")),
        vec![size(&dist, &format!("{wasm}.gz"))],
        "the .gz travelled, once"
    );
    assert_eq!(
        nginx.sent(&wasm),
        Vec::<usize>::new(),
        "no fallback to the raw file"
    );
    browser.close().await;
    let (head, _) = nginx.get(&format!("{wasm}.gz"), "gzip");
    assert!(head.contains("content-encoding: gzip"), "{head}");
}

/// The page's own `.wasm`, not the dataset reader's (fetched only on demand).
fn page_wasm(dist: &std::path::Path) -> String {
    std::fs::read_dir(dist)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .find(|n| n.starts_with("lamtheobac-") && n.ends_with("_bg.wasm"))
        .expect("the page's .wasm in dist")
}

fn size(dist: &std::path::Path, name: &str) -> usize {
    std::fs::metadata(dist.join(name)).unwrap().len() as usize
}
