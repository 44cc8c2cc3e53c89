//! The built page in real headless Chromium: the whole pipeline (include,
//! parse, validate, draw) ends in a chart with ink and every district shown
//! (the overview chart and the per-district table live in the coverage view).

mod support;

const PALETTE_PIXELS: &str = r#"
    const c = document.querySelector('canvas.chart-canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const want = [[0x00, 0x5A, 0x8C], [0xB3, 0x4A, 0x00]];
    const counts = [0, 0]; let ink = 0;
    for (let i = 0; i < d.length; i += 4) {
        if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200)) ink++;
        want.forEach((w, k) => { if (d[i] === w[0] && d[i + 1] === w[1] && d[i + 2] === w[2]) counts[k]++; });
    }
    return { ink, series: counts, pixels: c.width * c.height };
"#;

#[tokio::test(flavor = "multi_thread")]
async fn the_overview_chart_draws_both_series_and_every_district_has_a_row() {
    let (browser, _site) = support::open("?view=coverage", 1280, 800).await;
    let pixels = browser.js(PALETTE_PIXELS).await;
    let ink = pixels["ink"].as_u64().unwrap();
    assert!(ink > 5_000, "the canvas has almost no ink: {pixels}");
    for (k, n) in pixels["series"].as_array().unwrap().iter().enumerate() {
        assert!(
            n.as_u64().unwrap() > 1_000,
            "series {k} drew no bars: {pixels}"
        );
    }

    let text = browser
        .js("return document.querySelector('main').innerText")
        .await;
    let text = text.as_str().unwrap();
    let dataset = lamtheobac::data::shipped().expect("shipped dataset");
    for d in &dataset.districts {
        assert!(text.contains(&d.name), "{} is not on the page", d.name);
    }
    let rows = browser
        .js("return document.querySelectorAll('tr[data-district]').length")
        .await;
    assert_eq!(rows, dataset.districts.len());
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn on_a_phone_nothing_scrolls_sideways_and_the_canvas_is_sharp() {
    let (browser, _site) = support::open("", 390, 844).await;
    let overflow = browser
        .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        .await;
    assert_eq!(
        overflow, 0,
        "the page scrolls sideways by {overflow}px at 390px"
    );
    // The canvas holds devicePixelRatio pixels per CSS pixel, so it is not blurred.
    let ratio = browser.js("const c = document.querySelector('canvas.chart-canvas'); return Math.round(100 * c.width / c.clientWidth / devicePixelRatio)").await;
    assert_eq!(ratio, 100);
    browser.close().await;
}
