//! What a reader keeps: the embed snippet of the current view, and the chart
//! and its data as PNG, SVG, CSV and JSON, each opened and checked.

mod support;

use lamtheobac::{data, url};
use serde_json::json;

#[tokio::test(flavor = "multi_thread")]
async fn the_embed_dialog_gives_the_snippet_of_the_current_view() {
    let (browser, site) = support::open(
        "?view=trend&metric=study_participation_rate&lang=en",
        1280,
        900,
    )
    .await;
    browser.click("#embed-open").await;
    // The dialog is built on the first ask, with its part (`ui::later`).
    browser
        .wait_until(
            "return !!document.querySelector('dialog.embed-dialog')?.open",
            10,
        )
        .await;
    let snippet = browser
        .js("return document.getElementById('embed-snippet').value")
        .await;
    let state = url::decode(
        "view=trend&metric=study_participation_rate&lang=en",
        data::shipped().unwrap(),
    )
    .0;
    let expected = url::embed_snippet(
        &site.url,
        &state,
        data::shipped().unwrap(),
        "Following Ho Chi Minh's example: a figures explorer · Share of Party members at study-theme conferences",
    );
    assert_eq!(snippet.as_str().unwrap(), expected);
    browser
        .js("document.querySelector('dialog.embed-dialog').close()")
        .await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_chart_downloads_as_png_svg_csv_and_json_each_with_its_attribution() {
    let (browser, _site) = support::open("?metric=poverty_rate", 1280, 900).await;

    browser.click(".download-bar button[data-format=png]").await;
    let png = browser.downloaded(".png").await;
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let (width, height) = (
        u32::from_be_bytes(png[16..20].try_into().unwrap()),
        u32::from_be_bytes(png[20..24].try_into().unwrap()),
    );
    assert_eq!(
        width,
        2 * lamtheobac::chart::export::EXPORT_WIDTH,
        "the PNG is drawn at twice the export size"
    );
    assert!(height > 300, "{height}");

    browser.click(".download-bar button[data-format=svg]").await;
    let svg = String::from_utf8(browser.downloaded(".svg").await).unwrap();
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    for text in [
        "1,32% · 2023",
        "Học tập và làm theo Bác: tra cứu số liệu · dữ liệu tổng hợp ngày 22/11/2026",
        "Nguồn: “Huyện Mỹ Xuyên học tập và làm theo Bác”; “Huyện Thoại Sơn (tỉnh An Giang) học tập và làm theo Bác bằng những việc làm thiết thực”",
    ] {
        assert!(svg.contains(text), "{text:?} not in the SVG");
    }

    browser.click(".download-bar button[data-format=csv]").await;
    let csv = String::from_utf8(browser.downloaded(".csv").await).unwrap();
    let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(rows.len(), 3, "header and the two figures shown");
    assert!(
        rows[1..]
            .iter()
            .all(|r| r.ends_with(&format!("{},2026-11-22", data::EXPLORER)))
    );

    browser
        .click(".download-bar button[data-format=json]")
        .await;
    let json: serde_json::Value =
        serde_json::from_slice(&browser.downloaded(".json").await).unwrap();
    assert_eq!(json["figures"].as_array().unwrap().len(), 2);
    assert_eq!(json["attribution"]["dataset_built"], "2026-11-22");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn copy_link_puts_the_current_views_address_on_the_clipboard() {
    let query = "?v=1&view=trend&metric=study_participation_rate&lang=en";
    let (browser, site) = support::open(query, 1280, 900).await;
    browser
        .cdp(
            "Browser.grantPermissions",
            json!({
                "origin": site.origin,
                "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"],
            }),
        )
        .await;
    // A change first, so the link copied is the view as it is now, not as opened.
    browser.click("#lang-switch").await;
    browser
        .wait_until("return document.documentElement.lang === 'vi'", 10)
        .await;
    browser.click("#copy-link").await;
    browser
        .wait_until(
            "return document.querySelector('.share-tools .status').textContent !== ''",
            10,
        )
        .await;
    let status = browser
        .js("return document.querySelector('.share-tools .status').textContent")
        .await;
    assert_eq!(
        status,
        json!(lamtheobac::i18n::strings(lamtheobac::format::Locale::Vi).copied)
    );
    let copied = browser
        .js("return navigator.clipboard.readText().catch(e => 'failed: ' + e)")
        .await;
    let copied = copied.as_str().unwrap_or_default().to_string();
    let expected = format!(
        "{}?{}",
        site.url,
        url::encode(
            &url::decode(
                "view=trend&metric=study_participation_rate",
                data::shipped().unwrap()
            )
            .0,
            data::shipped().unwrap()
        )
    );
    assert_eq!(
        copied, expected,
        "the clipboard holds the current view's link"
    );
    // The link reproduces the view it was copied from.
    browser
        .client
        .goto(&copied)
        .await
        .expect("the copied link opens");
    browser.wait_chart().await;
    let title = browser
        .js("return document.querySelector('.chart-title').textContent")
        .await;
    assert_eq!(
        title,
        json!("Tỷ lệ đảng viên dự học chuyên đề"),
        "the copied link opens the same view"
    );
    browser.close().await;
}
