//! The whole country since 1 July 2025 (3,321 communes, wards and special
//! zones; generated, every name marked synthetic) loaded as a portal would,
//! by `?data=…/datapackage.json`: the coverage and initiative tables go by
//! province until the reader picks one, and the long lists (figures,
//! initiatives, reports) grow on request.

mod support;

#[tokio::test(flavor = "multi_thread")]
async fn the_whole_country_goes_by_province_first_and_lists_grow_on_request() {
    use lamtheobac::data::Level;
    let country =
        lamtheobac::tools::synthetic::generate(42, lamtheobac::tools::synthetic::COMMUNES);
    let root = support::site_with(
        "country",
        "country",
        lamtheobac::data::write::open_data::lean_package(&country),
    );
    let (_site, browser) = support::open_until(
        root.clone(),
        "?data=country%2Fdatapackage.json&view=coverage",
        "table.coverage tr[data-province]",
    )
    .await;
    // Communes, the most common level, by province: 34 rows, not 2,621.
    assert_eq!(browser.count("table.coverage tr[data-province]").await, 34);
    assert_eq!(browser.count("table.coverage tr[data-district]").await, 0);
    let intro = browser.text(".coverage-view .intro").await;
    assert!(
        intro.starts_with("Có 2.621 xã, quá nhiều để liệt kê trong một bảng."),
        "{intro}"
    );
    // The reader picks a province: its communes, one row each.
    let province = browser
        .text("table.coverage tr[data-province] th button")
        .await;
    let communes = country
        .districts
        .iter()
        .filter(|d| d.level == Level::Commune && d.province.name == province)
        .count();
    assert!(communes > 0, "{province}");
    browser
        .click("table.coverage tr[data-province] th button")
        .await;
    browser
        .wait_until(
            "return document.querySelectorAll('table.coverage tr[data-district]').length > 0",
            10,
        )
        .await;
    assert_eq!(
        browser.count("table.coverage tr[data-district]").await,
        communes as u64
    );
    assert_eq!(
        browser
            .js("return document.querySelector('#province').value")
            .await,
        province.as_str()
    );
    assert!(browser.query_string().await.contains("prov="));
    // The unit picker offers that province's communes (60 at a time), not its wards.
    let offered = browser
        .js("return [...document.querySelectorAll('fieldset.districts input[type=checkbox]')].map(c => c.value)")
        .await;
    let offered: Vec<&str> = offered
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(offered.len(), communes.min(60));
    assert!(offered.iter().all(|id| {
        let unit = country.district(id).unwrap();
        unit.level == Level::Commune && unit.province.name == province
    }));
    // A keyboard reader's place is kept: on the way back, then, once back,
    // on the province left.
    browser
        .wait_until(
            "return document.activeElement.classList.contains('back-to-provinces')",
            10,
        )
        .await;
    browser.click(".coverage-view .back-to-provinces").await;
    browser
        .wait_until(
            "return document.querySelectorAll('table.coverage tr[data-province]').length == 34",
            10,
        )
        .await;
    browser
        .wait_until(
            &format!(
                "return document.activeElement.closest('tr')?.dataset.province === {province:?}"
            ),
            10,
        )
        .await;
    assert!(!browser.query_string().await.contains("prov="));
    // The table shows a hundred rows of the whole country at a time.
    browser.click("a.tab[data-view=table]").await;
    browser
        .wait_until(
            "return document.querySelectorAll('table.figures tr[data-figure]').length >= 100",
            20,
        )
        .await;
    assert_eq!(browser.count("table.figures tr[data-figure]").await, 100);
    let more = browser.text(".table-view .more-rows").await;
    assert!(more.starts_with("Đang hiện 100 trong "), "{more}");
    browser.click(".table-view .more-rows button").await;
    browser
        .wait_until(
            "return document.querySelectorAll('table.figures tr[data-figure]').length == 200",
            10,
        )
        .await;
    // The CSV holds every filtered row, not only the 200 on screen.
    let total = country
        .figures
        .iter()
        .filter(|f| country.district(&f.district).unwrap().level == Level::Commune)
        .count();
    let shown_total = lamtheobac::format::count(total, lamtheobac::format::Locale::Vi);
    assert!(more.contains(&shown_total), "{more} ({total})");
    browser.click(".table-view .download-bar button").await;
    let csv = String::from_utf8(browser.downloaded(".csv").await).unwrap();
    assert_eq!(csv.lines().filter(|l| l.starts_with("gl-")).count(), total);
    // Initiatives: counts by province, and a hundred of them.
    browser.click("#lang-switch").await;
    browser.click("a.tab[data-view=initiatives]").await;
    browser
        .wait_until("return document.querySelectorAll('table.initiative-counts tr[data-province]').length == 34", 20)
        .await;
    assert_eq!(browser.count("ul.initiatives li.initiative").await, 100);
    let more = browser.text(".initiatives-view .more-rows").await;
    assert!(more.starts_with("Showing 100 of 2,621."), "{more}");
    let head = browser.text("table.initiative-counts thead").await;
    assert!(
        head.contains("Province or city") && head.contains("Communes"),
        "{head}"
    );
    // Sources: a hundred reports at a time.
    browser.click("a.tab[data-view=sources]").await;
    browser
        .wait_until(
            "return document.querySelectorAll('article.source').length == 100",
            20,
        )
        .await;
    let more = browser.text(".more-rows").await;
    assert!(more.starts_with("Showing 100 of 2,621."), "{more}");
    browser.assert_no_fatal().await;
    let _ = std::fs::remove_dir_all(&root);
}
