//! A portal's own package in the page: the template package by `?data=…/
//! datapackage.json` (the reader fetches its CSV files beside it), and a
//! package saved by LibreOffice and edited, dropped as files. The new units
//! are in the chart, the table and the coverage view, in both languages.

mod support;

use std::path::Path;

use support::browser::Browser;

async fn text_of(browser: &Browser, selector: &str) -> String {
    browser
        .js(&format!(
            "const e = document.querySelector({selector:?}); return e ? e.innerText + ' ' + (e.getAttribute('aria-label') || '') : ''"
        ))
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The files of `tests/fixtures/{dir}`, by name, in name order.
fn fixture(dir: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap().to_string();
            (name, std::fs::read(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// Drops `files` on the drop zone, as a reader drags them from their desktop.
async fn drop_files(browser: &Browser, files: &[(String, Vec<u8>)]) {
    let files: Vec<serde_json::Value> = files
        .iter()
        .map(|(name, bytes)| serde_json::json!({ "name": name, "text": String::from_utf8_lossy(bytes) }))
        .collect();
    browser
        .js(&format!(
            "const dt = new DataTransfer(); \
             for (const f of {}) dt.items.add(new File([f.text], f.name, {{type: 'text/csv'}})); \
             document.querySelector('.drop-zone').dispatchEvent(new DragEvent('drop', {{dataTransfer: dt, bubbles: true, cancelable: true}}));",
            serde_json::Value::Array(files)
        ))
        .await;
}

async fn show(browser: &Browser, view: &str, ready: &str) {
    browser.click(&format!("a.tab[data-view={view}]")).await;
    browser
        .wait_until(&format!("return !!document.querySelector({ready:?})"), 20)
        .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_template_package_by_link_shows_its_example_commune_everywhere() {
    let (_site, browser) = support::open_until(
        support::dist_dir(),
        "?metric=study_participation_rate&data=data%2Ftemplate%2Fdatapackage.json",
        ".data-banner",
    )
    .await;
    browser.wait_chart().await;
    let banner = text_of(&browser, ".data-banner").await;
    assert!(banner.contains("Mẫu gói dữ liệu (dòng ví dụ)"), "{banner}");
    let marks = browser
        .js("return document.querySelector('canvas.chart-canvas').dataset.marks")
        .await;
    assert!(
        marks
            .as_str()
            .unwrap()
            .starts_with("vi-du-ty-le-du-hoc-2025@"),
        "{marks}"
    );
    let chart = text_of(&browser, "canvas.chart-canvas").await;
    assert!(chart.contains("Ví Dụ A"), "{chart}");

    show(&browser, "table", "table.figures").await;
    let table = text_of(&browser, "table.figures").await;
    assert!(
        table.contains("Ví Dụ A") && table.contains("95,5") && table.starts_with("Xã\t"),
        "{table}"
    );
    show(&browser, "coverage", "table.coverage").await;
    assert!(
        text_of(&browser, "table.coverage")
            .await
            .contains("Ví Dụ A")
    );

    // In English: the same unit, English notation, the package's English title.
    browser.click("#lang-switch").await;
    browser
        .wait_until(
            "return document.querySelector('.data-banner').innerText.includes('Template package (example rows)')",
            10,
        )
        .await;
    assert!(
        text_of(&browser, "table.coverage")
            .await
            .contains("Ví Dụ A")
    );
    show(&browser, "table", "table.figures").await;
    let table = text_of(&browser, "table.figures").await;
    assert!(
        table.contains("Ví Dụ A") && table.contains("95.5") && table.starts_with("Commune\t"),
        "{table}"
    );
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_package_saved_by_libreoffice_and_edited_is_dropped_as_files() {
    let (_site, browser) =
        support::open_until(support::dist_dir(), "?view=sources&lang=en", ".drop-zone").await;
    // The Vietnamese-locale package (`;`, decimal commas), with a unit renamed
    // in the spreadsheet.
    let mut files = fixture("libreoffice-vi");
    let districts = files
        .iter_mut()
        .find(|(n, _)| n == "districts.csv")
        .unwrap();
    districts.1 = String::from_utf8(districts.1.clone())
        .unwrap()
        .replacen(
            "thoai-son;Thoại Sơn;",
            "thoai-son;Thoại Sơn (sửa trong bảng tính);",
            1,
        )
        .into_bytes();
    drop_files(&browser, &files).await;
    browser
        .wait_until("return !!document.querySelector('.data-banner')", 30)
        .await;
    show(
        &browser,
        "compare",
        "canvas.chart-canvas[data-drawn=\"true\"]",
    )
    .await;
    let chart = text_of(&browser, "canvas.chart-canvas").await;
    assert!(chart.contains("Thoại Sơn (sửa trong bảng tính)"), "{chart}");
    show(&browser, "coverage", "table.coverage").await;
    assert!(
        text_of(&browser, "table.coverage")
            .await
            .contains("Thoại Sơn (sửa trong bảng tính)")
    );
    browser.click("#lang-switch").await;
    show(&browser, "table", "table.figures").await;
    let table = text_of(&browser, "table.figures").await;
    assert!(
        table.contains("Thoại Sơn (sửa trong bảng tính)") && table.contains("99,34"),
        "{table}"
    );
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_broken_package_names_file_row_and_column_and_the_data_stays() {
    let (_site, browser) =
        support::open_until(support::dist_dir(), "?view=sources", ".drop-zone").await;
    let mut files = fixture("libreoffice-vi");
    files
        .iter_mut()
        .find(|(n, _)| n == "figures.csv")
        .unwrap()
        .1 = fixture("libreoffice-defaults").remove(0).1;
    drop_files(&browser, &files).await;
    browser
        .wait_until("return !!document.querySelector('.load-failure')", 30)
        .await;
    let failure = text_of(&browser, ".load-failure").await;
    assert!(
        failure
            .contains("figures.csv, dòng 3, cột printed: “11/11/26” không có trong câu trích dẫn"),
        "{failure}"
    );
    assert!(
        failure.contains("Dữ liệu đang hiển thị không thay đổi."),
        "{failure}"
    );
    assert_eq!(
        browser
            .js("return document.querySelectorAll('article.source').length")
            .await,
        5
    );
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_package_in_one_zip_is_chosen_as_a_file() {
    let (_site, browser) =
        support::open_until(support::dist_dir(), "?view=sources", "#dataset-file").await;
    // The package's folder zipped, as a portal would mail it.
    let files = fixture("libreoffice-vi");
    let entries: Vec<(String, &[u8])> = files
        .iter()
        .map(|(n, b)| (format!("goi-du-lieu/{n}"), b.as_slice()))
        .collect();
    let entries: Vec<(&str, &[u8])> = entries.iter().map(|(n, b)| (n.as_str(), *b)).collect();
    let out = support::zip::zip(&entries, true);
    let zip = std::env::temp_dir().join(format!("goi-du-lieu-{}.zip", std::process::id()));
    std::fs::write(&zip, out).unwrap();
    browser
        .client
        .find(fantoccini::Locator::Css("#dataset-file"))
        .await
        .unwrap()
        .send_keys(&zip.display().to_string())
        .await
        .unwrap();
    browser
        .wait_until("return !!document.querySelector('.data-banner')", 30)
        .await;
    let banner = text_of(&browser, ".data-banner").await;
    assert!(banner.contains(".zip"), "{banner}");
    show(
        &browser,
        "compare",
        "canvas.chart-canvas[data-drawn=\"true\"]",
    )
    .await;
    assert!(
        text_of(&browser, "canvas.chart-canvas")
            .await
            .contains("Thoại Sơn")
    );
    browser.assert_no_fatal().await;
    browser.close().await;
    let _ = std::fs::remove_file(zip);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dataset_of_several_levels_says_so_and_the_reader_chooses_the_level() {
    // Synthetic communes and wards (every name says "giả lập"), as a package
    // beside a copy of the site.
    let size = lamtheobac::tools::synthetic::Size {
        provinces: 3,
        districts: 40,
        first_year: 2018,
        years: 8,
        metrics: 6,
        density: 0.5,
        since_2025: true,
    };
    let mixed = lamtheobac::tools::synthetic::generate(5, size);
    let root = support::site_with(
        "levels",
        "mixed",
        lamtheobac::data::write::open_data::package(&mixed),
    );
    let (_site, browser) = support::open_until(
        root.clone(),
        "?data=mixed%2Fdatapackage.json",
        ".level-choice",
    )
    .await;
    browser.wait_chart().await;
    let note = text_of(&browser, ".level-choice").await;
    assert!(
        note.contains("Dữ liệu có đơn vị nhiều cấp (32 xã, 8 phường)"),
        "{note}"
    );
    assert_eq!(
        browser
            .js("return document.querySelector('#level').value")
            .await,
        "commune"
    );
    let page = text_of(&browser, "body").await;
    assert!(page.contains("Mới nhất của mỗi xã"), "{page}");
    // The reader picks the wards: the chart and the link follow.
    browser
        .js("const s = document.querySelector('#level'); s.value = 'ward'; s.dispatchEvent(new Event('change', {bubbles: true}));")
        .await;
    browser
        .wait_until("return location.search.includes('level=ward')", 10)
        .await;
    let after = text_of(&browser, "body").await;
    assert!(after.contains("Mới nhất của mỗi phường"), "{after}");
    assert!(
        after.contains("Chỉ tiêu giả lập 00 (8)"),
        "counts of the wards alone: {after}"
    );
    browser.wait_chart().await;
    let names_at = |level| -> Vec<&str> {
        mixed
            .districts
            .iter()
            .filter(|d| d.level == level)
            .map(|d| d.name.as_str())
            .collect()
    };
    let wards = names_at(lamtheobac::data::Level::Ward);
    let communes = names_at(lamtheobac::data::Level::Commune);
    let chart = text_of(&browser, "canvas.chart-canvas").await;
    assert!(wards.iter().any(|w| chart.contains(w)), "{chart}");
    assert!(
        !communes.iter().any(|c| chart.contains(&format!("{c}:"))),
        "only wards: {chart}"
    );
    // In English, the same choice in English words.
    browser.click("#lang-switch").await;
    browser
        .wait_until("return document.querySelector('.level-choice').innerText.includes('32 communes, 8 wards')", 10)
        .await;
    // The link alone, opened afresh: the wards, and no notice, although the
    // shipped data (read while the package loads) has no wards.
    let link = browser.js("return location.href").await;
    browser.client.goto(link.as_str().unwrap()).await.unwrap();
    browser
        .wait_until("return !!document.querySelector('.level-choice')", 30)
        .await;
    browser.wait_chart().await;
    assert_eq!(
        browser
            .js("return document.querySelector('#level').value")
            .await,
        "ward"
    );
    assert_eq!(
        browser
            .js("return document.querySelectorAll('.notices li, .notice').length")
            .await,
        0
    );
    assert!(browser.query_string().await.contains("level=ward"));
    browser.assert_no_fatal().await;
    browser.close().await;
    let _ = std::fs::remove_dir_all(root);
}
