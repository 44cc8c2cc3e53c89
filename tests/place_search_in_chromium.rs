//! "Find where you live" as a reader uses it: the button in the masthead,
//! a name typed with or without its marks, the answer, and the way to the
//! figures; the answer in the link; the places index fetched only then.

mod support;

use support::browser::Browser;

/// Opens the search, types `query`, and returns the options as shown.
async fn search(browser: &Browser, query: &str) -> Vec<String> {
    if !browser
        .js("return document.getElementById('place-search')?.open === true")
        .await
        .as_bool()
        .unwrap_or(false)
    {
        browser.click("#place-search-open").await;
    }
    browser
        .wait_until(
            "return document.getElementById('place-search')?.open === true",
            10,
        )
        .await;
    browser.type_into("#place-query", query).await;
    browser
        .wait_until(
            "return document.querySelectorAll('#place-options li').length > 0 \
             || /0|No place|Không tìm/.test(document.getElementById('place-status').innerText)",
            30,
        )
        .await;
    browser
        .js("return [...document.querySelectorAll('#place-options li')].map(l => l.innerText.replace(/\\n+/g, ' | '))")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn oc_eo_with_or_without_marks_leads_to_thoai_sons_figures() {
    let (_site, browser) = support::open_until(support::dist_dir(), "", "#app").await;
    browser.wait_app().await;
    let fetched =
        "return performance.getEntriesByType('resource').some(e => /places\\.txt/.test(e.name))";
    assert_eq!(
        browser.js(fetched).await,
        false,
        "the places index waits until a reader searches"
    );
    for query in ["oc eo", "Óc Eo"] {
        let options = search(&browser, query).await;
        assert!(
            options[0].starts_with("Xã Óc Eo, tỉnh An Giang"),
            "{query}: {options:?}"
        );
        // The keyboard: down to the first option, Enter chooses it.
        let field = browser
            .client
            .find(fantoccini::Locator::Css("#place-query"))
            .await
            .unwrap();
        field.send_keys("\u{E015}").await.unwrap(); // ArrowDown
        assert_eq!(
            browser
                .js("return document.getElementById('place-query').getAttribute('aria-activedescendant')")
                .await,
            "place-option-0"
        );
        field.send_keys("\u{E007}").await.unwrap(); // Enter
        browser
            .wait_until(
                "return !!document.querySelector('.place-answer .place-see')",
                10,
            )
            .await;
        assert!(
            browser
                .query_string()
                .await
                .contains("place=xa-oc-eo.tinh-an-giang")
        );
        let answer = browser.text(".place-answer").await;
        assert!(
            answer.contains("Huyện Thoại Sơn, tỉnh An Giang"),
            "{answer}"
        );
        browser.click(".place-answer .place-see").await;
        browser
            .wait_until(
                "return document.getElementById('place-search')?.open === false",
                10,
            )
            .await;
        let query_string = browser.query_string().await;
        assert!(query_string.contains("d=thoai-son"), "{query_string}");
        assert!(query_string.contains("view=sources"), "{query_string}");
        assert!(!query_string.contains("place="), "{query_string}");
        browser
            .wait_until(
                "return document.querySelectorAll('article.source').length === 1",
                10,
            )
            .await;
        assert!(browser.text("article.source").await.contains("Thoại Sơn"));
    }
    assert_eq!(browser.js(fetched).await, true);
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn my_xuyen_is_both_a_former_district_and_a_ward_and_each_says_what_it_is() {
    let (_site, browser) = support::open_until(support::dist_dir(), "", "#app").await;
    browser.wait_app().await;
    let options = search(&browser, "Mỹ Xuyên").await;
    let find = |start: &str| {
        options
            .iter()
            .find(|o| o.starts_with(start))
            .unwrap_or_else(|| panic!("{start}: {options:?}"))
            .clone()
    };
    assert!(find("Huyện Mỹ Xuyên, tỉnh Sóc Trăng").contains("Huyện (cũ), trước ngày 1/7/2025"));
    assert!(
        find("Phường Mỹ Xuyên, thành phố Cần Thơ")
            .contains("Đơn vị hành chính cấp xã từ ngày 1/7/2025")
    );
    // The ward's land was the district's: it leads there too.
    let at = options
        .iter()
        .position(|o| o.starts_with("Phường Mỹ Xuyên"))
        .unwrap();
    browser.click(&format!("#place-option-{at}")).await;
    browser
        .wait_until("return !!document.querySelector('.place-answer')", 10)
        .await;
    let answer = browser.text(".place-answer").await;
    assert!(
        answer.contains("Huyện Mỹ Xuyên, tỉnh Sóc Trăng"),
        "{answer}"
    );
    assert_eq!(browser.count(".place-answer .place-see").await, 1);
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_place_no_reported_district_covers_says_so_and_the_link_keeps_the_answer() {
    let (site, browser) = support::open_until(support::dist_dir(), "", "#app").await;
    browser.wait_app().await;
    search(&browser, "phuong ba dinh ha noi").await;
    browser.click("#place-option-0").await;
    browser
        .wait_until("return !!document.querySelector('.place-answer')", 10)
        .await;
    let answer = browser.text(".place-answer").await;
    assert!(
        answer.contains("Trang chưa có số liệu của huyện (cũ) nào có địa bàn tại đây."),
        "{answer}"
    );
    assert_eq!(browser.count(".place-answer .place-see").await, 0);
    let query = browser.query_string().await;
    assert!(
        query.contains("place=phuong-ba-dinh.thanh-pho-ha-noi"),
        "{query}"
    );

    // The link, reloaded, and in English.
    for (extra, expected) in [
        ("", "Phường Ba Đình, thành phố Hà Nội"),
        ("&lang=en", "Ba Đình ward, Hà Nội city"),
    ] {
        browser
            .client
            .goto(&format!("{}{query}{extra}", site.url))
            .await
            .unwrap();
        browser
            .wait_until("return !!document.querySelector('.place-answer h3')", 30)
            .await;
        assert!(
            browser
                .js("return document.getElementById('place-search')?.open === true")
                .await
                .as_bool()
                .unwrap()
        );
        assert_eq!(browser.text(".place-answer h3").await, expected);
        if extra.contains("en") {
            assert!(browser.text(".place-answer").await.contains(
                "The page has no figures for any former district that covered this area."
            ));
        }
    }
    // Closing it takes the place out of the link.
    browser.click("#place-search-close").await;
    browser
        .wait_until("return !location.search.includes('place=')", 10)
        .await;
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_no_violations_with_the_search_open_and_a_missing_index_is_said() {
    let (_site, browser) = support::open_until(support::dist_dir(), "", "#app").await;
    browser.wait_app().await;
    search(&browser, "thoai son").await;
    let found = support::axe::violations(&browser).await;
    assert!(
        found.is_empty(),
        "axe-core violations:\n{}",
        found.join("\n")
    );
    browser.close().await;

    // The index cannot arrive: the reader is told, in their language, and
    // the rest of the page goes on working.
    let site = support::site_copy("no-places");
    std::fs::remove_file(site.join("places.txt")).unwrap();
    let _ = std::fs::remove_file(site.join("places.txt.gz"));
    let _ = std::fs::remove_file(site.join("places.txt.br"));
    let (_server, browser) = support::open_until(site, "?lang=en", "#app").await;
    browser.wait_app().await;
    browser.click("#place-search-open").await;
    browser
        .wait_until(
            "return /could not be loaded/.test(document.getElementById('place-status').innerText)",
            30,
        )
        .await;
    browser.click("#place-search-close").await;
    browser.click(".tabs a.tab[data-view=trend]").await;
    browser
        .wait_until("return location.search.includes('view=trend')", 10)
        .await;
    browser.assert_no_fatal().await;
    browser.close().await;
}

/// A portal's data with a misspelled commune, a unit in the wrong province
/// and a former commune's name: it loads, under the names as written, and
/// the page lists what the places table says of each, in either language.
#[tokio::test(flavor = "multi_thread")]
async fn a_portals_unit_names_are_checked_against_the_places_table() {
    let fixture = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/portal-misnamed.json"
    ))
    .unwrap();
    let site = support::site_with("misnamed", "fixtures", vec![("portal.json", fixture)]);
    let (_server, browser) = support::open_until(
        site,
        "?view=table&data=fixtures/portal.json",
        ".unit-names li",
    )
    .await;
    let lines = browser
        .js("return [...document.querySelectorAll('.unit-names li')].map(l => l.innerText)")
        .await;
    let lines: Vec<&str> = lines
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert_eq!(
        lines,
        [
            "vi-du-xa-oc-eo: “Xa Oc Eo” (An Giang): tên chính thức là “Xã Óc Eo, tỉnh An Giang”",
            "vi-du-xa-oc-eo-can-tho: “Óc Eo” (Cần Thơ): không có ở Cần Thơ; tên này có ở “Xã Óc Eo, tỉnh An Giang”",
            "vi-du-xa-nui-sap: “Núi Sập” (An Giang): là tên trước ngày 1/7/2025 (“Thị trấn Núi Sập, huyện Thoại Sơn, tỉnh An Giang”); nay thuộc “Xã Thoại Sơn, tỉnh An Giang”",
        ]
    );
    // The data is on screen, under the names as written.
    assert!(browser.text("table.figures").await.contains("Xa Oc Eo"));
    browser.click("#lang-switch").await;
    browser
        .wait_until(
            "return /official name/.test(document.querySelector('.unit-names').innerText)",
            10,
        )
        .await;
    browser.assert_no_fatal().await;
    browser.close().await;
}
