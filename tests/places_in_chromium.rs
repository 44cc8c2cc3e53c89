//! "Now part of": each shipped district says which 2025 units took its land
//! (the places table in data/places/), with the table's source, in both
//! languages, in the Sources view and the figures table.

mod support;

use lamtheobac::format::Locale;
use lamtheobac::now_part_of;

#[tokio::test(flavor = "multi_thread")]
async fn every_shipped_district_says_what_it_is_now_part_of() {
    let data = lamtheobac::data::shipped().unwrap();
    let (_site, browser) = support::open_until(
        support::dist_dir(),
        "?view=sources",
        "article.source .now-part-of",
    )
    .await;
    for (lang, locale) in [("vi", Locale::Vi), ("en", Locale::En)] {
        if lang == "en" {
            browser.click("#lang-switch").await;
            browser
                .wait_until("return document.documentElement.lang === 'en'", 10)
                .await;
        }
        browser
            .wait_until(
                "return !!document.querySelector('article.source .now-part-of')",
                30,
            )
            .await;
        let shown = browser
            .js(
                "return [...document.querySelectorAll('article.source')].map(a => \
                 [a.dataset.report, a.querySelector('.now-part-of')?.innerText ?? '', \
                  a.querySelector('.places-source')?.innerText ?? ''])",
            )
            .await;
        let shown = shown.as_array().unwrap();
        assert_eq!(shown.len(), data.reports.len());
        for row in shown {
            let report = data.report(row[0].as_str().unwrap()).unwrap();
            let district = data.district(&report.district).unwrap();
            let expected = now_part_of::line(now_part_of::successors(district).unwrap(), locale);
            assert_eq!(
                row[1].as_str().unwrap(),
                expected,
                "{lang}: {}",
                district.name
            );
            assert!(
                row[2]
                    .as_str()
                    .unwrap()
                    .contains("vietnam-address-converter 1.0.5 (Apache-2.0)"),
                "{lang}: the table's source is named: {row:?}"
            );
        }
    }
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_figures_table_says_it_in_short() {
    let (_site, browser) = support::open_until(
        support::dist_dir(),
        "?view=table&metric=poverty_rate",
        "table.figures th .now-part-of",
    )
    .await;
    browser
        .wait_until(
            "return !!document.querySelector('table.figures th .now-part-of')",
            30,
        )
        .await;
    let cells = browser
        .js("return [...document.querySelectorAll('table.figures tbody th .now-part-of')].map(s => s.innerText)")
        .await;
    let cells: Vec<&str> = cells
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c.as_str())
        .collect();
    assert!(
        cells.contains(&"Nay thuộc 6 xã (tỉnh An Giang)"),
        "{cells:?}"
    );
    assert!(
        cells.contains(&"Nay thuộc 1 phường, 4 xã (thành phố Cần Thơ)"),
        "{cells:?}"
    );
    browser.close().await;
}
