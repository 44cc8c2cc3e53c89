//! The app arrives in parts (src/ui/later.rs, src/snapshot/split.rs): the
//! first holds what a first tap needs; the other views, the downloads and the
//! place search come after it. A part that cannot arrive is said so where it
//! would be, with a way to try again, and breaks nothing else; a reader saving
//! data fetches a part only when they need it.

mod support;

use std::path::{Path, PathBuf};

use support::browser::Browser;
use support::server::StaticServer;

/// The split `name`'s own part (`…_parts/split_{name}.wasm`) and its copies.
fn part_files(site: &Path, name: &str) -> Vec<String> {
    let suffix = format!("/split_{name}.wasm");
    let part = support::later_parts(site)
        .into_iter()
        .find(|p| p.ends_with(&suffix))
        .expect("the part in the site");
    vec![part.clone(), format!("{part}.br"), format!("{part}.gz")]
}

/// A part's files (and their copies) moved out of `site`, as when they
/// cannot arrive; [`SetAside::put_back`] returns them.
struct SetAside {
    site: PathBuf,
    aside: PathBuf,
    files: Vec<String>,
}

fn set_aside(site: &Path, name: &str) -> SetAside {
    let aside = site.join("aside");
    let files = part_files(site, name);
    for f in &files {
        std::fs::create_dir_all(aside.join(f).parent().unwrap()).unwrap();
        std::fs::rename(site.join(f), aside.join(f)).unwrap();
    }
    SetAside {
        site: site.to_path_buf(),
        aside,
        files,
    }
}

impl SetAside {
    fn put_back(&self) {
        for f in &self.files {
            std::fs::rename(self.aside.join(f), self.site.join(f)).unwrap();
        }
    }
}

/// The names of the files the page has fetched, as a JSON list.
async fn fetched_files(browser: &Browser) -> String {
    browser
        .js("return performance.getEntriesByType('resource').map(e => e.name.split('/').pop())")
        .await
        .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_view_that_cannot_arrive_says_so_and_can_be_tried_again() {
    let site = support::site_copy("no-views-part");
    let views = set_aside(&site, "views");
    let server = StaticServer::start(site.clone(), vec![]);
    let browser = Browser::start(390, 844).await;
    browser.goto(&server.url).await;
    browser.wait_app().await;
    browser.click(".tabs a.tab[data-view=trend]").await;
    browser
        .wait_until(
            "const p = document.querySelector('#view .view-unavailable'); \
             return !!p && /Không tải được phần này/.test(p.innerText)",
            30,
        )
        .await;
    // The rest goes on: the address, the tabs, the Compare view.
    assert!(browser.query_string().await.contains("view=trend"));
    browser.assert_no_fatal().await;
    browser.click(".tabs a.tab[data-view=compare]").await;
    browser.wait_chart().await;

    // The connection is back: trying again brings the view.
    views.put_back();
    browser.click(".tabs a.tab[data-view=trend]").await;
    browser.click("#view .view-unavailable button").await;
    browser.wait_until(support::TREND_DRAWN, 30).await;
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reader_saving_data_fetches_a_part_only_when_needed() {
    let dist = support::dist_dir();
    let server = StaticServer::start(dist.to_path_buf(), vec![]);
    let browser = Browser::start(390, 844).await;
    browser.save_data().await;
    browser.goto(&server.url).await;
    // Reaching for the Trend tab starts the app, which fetches that view's part.
    browser.click(".tabs a.tab[data-view=trend]").await;
    browser.wait_until(support::TREND_DRAWN, 30).await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let fetched = fetched_files(&browser).await;
    assert!(fetched.contains("split_views.wasm"), "{fetched}");
    // boot.js fetched it beside the app, and the app took that copy.
    assert_eq!(fetched.matches("split_views.wasm").count(), 1, "{fetched}");
    assert!(!fetched.contains("split_dialogs.wasm"), "{fetched}");
    assert!(!fetched.contains("split_saving.wasm"), "{fetched}");
    assert!(!fetched.contains("split_loading.wasm"), "{fetched}");

    // A download fetches its part when asked for, and saves the file.
    browser.click(".download-bar button[data-format=csv]").await;
    let csv = browser.downloaded(".csv").await;
    assert!(csv.starts_with("\u{feff}".as_bytes()), "a CSV with its BOM");
    // The place search, when opened.
    browser.click("#place-search-open").await;
    browser
        .wait_until("return !!document.querySelector('#place-search[open]')", 30)
        .await;
    browser.assert_no_fatal().await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn other_data_comes_with_its_own_part_and_says_when_it_cannot() {
    // Nobody pays for loading other data until a link, a file or an address asks.
    let dist = support::dist_dir();
    let server = StaticServer::start(dist.to_path_buf(), vec![]);
    let browser = Browser::start(390, 844).await;
    browser.goto(&server.url).await;
    browser.wait_app().await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let fetched = fetched_files(&browser).await;
    assert!(!fetched.contains("split_loading.wasm"), "{fetched}");
    browser.close().await;

    // Without that part, a data= link says so and the shipped data stays.
    let site = support::site_copy("no-loading-part");
    let files = part_files(&site, "loading");
    for f in &files {
        std::fs::remove_file(site.join(f)).unwrap();
    }
    let server = StaticServer::start(site.clone(), vec![]);
    let browser = Browser::start(390, 844).await;
    browser
        .goto(&format!(
            "{}?metric=poverty_rate&data=data/dataset.json",
            server.url
        ))
        .await;
    browser
        .wait_until(
            "const p = document.querySelector('.load-failure'); \
             return !!p && /Không tải được phần này/.test(p.innerText)",
            30,
        )
        .await;
    browser.wait_chart().await;
    assert_eq!(
        browser
            .js("return !!document.querySelector('.data-banner')")
            .await,
        false
    );
    browser.assert_no_fatal().await;
    browser.close().await;
    let _ = std::fs::remove_dir_all(site);
}

/// The dataset reader (a worker of its own) does its work with none of the
/// app's parts: `#[wasm_split]` exports them from every binary that links
/// the library, and the build drops them from the reader's `.wasm`.
#[test]
fn the_dataset_reader_carries_none_of_the_apps_parts() {
    use lamtheobac::snapshot::{split, wasm_bytes};
    let dist = support::dist_dir();
    let reader = std::fs::read(dist.join(split::READER)).unwrap();
    let split_exports: Vec<String> = wasm_bytes::export_names(&reader)
        .unwrap()
        .into_iter()
        .filter(|n| split::is_split_export(n))
        .collect();
    assert_eq!(split_exports, Vec::<String>::new());
    let brotli = std::fs::metadata(dist.join(format!("{}.br", split::READER)))
        .unwrap()
        .len();
    assert!(brotli < 200_000, "the reader is {brotli} B brotli");
}

/// The page in English: its title (from the dataset), a tab (an interface
/// string), a figure's metric (the dataset's English, apart from the page's
/// copy) and `<html lang>`.
const IN_ENGLISH: &str = "return document.documentElement.lang === 'en' \
    && /^Following Ho Chi Minh/.test(document.querySelector('.masthead h1')?.innerText ?? '') \
    && document.querySelector('.tabs a.tab[data-view=trend]')?.innerText.trim() === 'Trend' \
    && !!document.querySelector('#view canvas.chart-canvas[data-drawn=\"true\"]') \
    && !/Tỷ lệ|Số /.test(document.querySelector('#metric option:checked')?.innerText ?? 'x') \
    && !document.querySelector('.lang-switch[aria-busy=true]')";

/// English (the interface's strings and the dataset's English texts) is a
/// part of its own: a reader of Vietnamese never fetches it unless a
/// download of figures needs it, a reader who switches or follows a link in
/// English gets the whole page in English, and a part that cannot arrive is
/// said so, with a way to try again.
#[tokio::test(flavor = "multi_thread")]
async fn english_comes_in_its_own_part_to_those_who_read_it() {
    let dist = support::dist_dir();
    let server = StaticServer::start(dist.to_path_buf(), vec![]);

    // In Vietnamese: no English, not even with the parts fetched at idle,
    // until a download of figures (which writes both languages) asks.
    let browser = Browser::start(390, 844).await;
    browser.goto(&server.url).await;
    browser.wait_app().await;
    browser.click(".tabs a.tab[data-view=trend]").await;
    browser.wait_until(support::TREND_DRAWN, 30).await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let fetched = fetched_files(&browser).await;
    assert!(fetched.contains("split_saving.wasm"), "{fetched}");
    assert!(!fetched.contains("split_english.wasm"), "{fetched}");
    browser
        .click("#view .download-bar button[data-format=csv]")
        .await;
    let csv = String::from_utf8(browser.downloaded(".csv").await).unwrap();
    assert!(
        csv.contains("Tỷ lệ hộ nghèo") && csv.contains("Poverty rate (households)"),
        "{csv}"
    );
    let fetched = fetched_files(&browser).await;
    assert_eq!(
        fetched.matches("split_english.wasm").count(),
        1,
        "{fetched}"
    );
    assert_eq!(
        browser.js("return document.documentElement.lang").await,
        "vi"
    );
    browser.assert_no_fatal().await;
    browser.close().await;

    // Saving data: no English until the switch.
    let browser = Browser::start(390, 844).await;
    browser.save_data().await;
    browser.goto(&server.url).await;
    browser.click(".tabs a.tab[data-view=compare]").await;
    browser.wait_app().await;
    browser.wait_chart().await;
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    let fetched = fetched_files(&browser).await;
    assert!(!fetched.contains("split_english.wasm"), "{fetched}");
    browser.click(".masthead .lang-switch").await;
    browser.wait_until(IN_ENGLISH, 30).await;
    let fetched = fetched_files(&browser).await;
    assert_eq!(
        fetched.matches("split_english.wasm").count(),
        1,
        "{fetched}"
    );
    assert!(browser.query_string().await.contains("lang=en"));
    browser.assert_no_fatal().await;
    browser.close().await;

    // A link in English starts in English, English fetched beside the app.
    let browser = Browser::start(1280, 900).await;
    browser.goto(&format!("{}?lang=en", server.url)).await;
    browser.wait_app().await;
    browser.wait_until(IN_ENGLISH, 30).await;
    let fetched = fetched_files(&browser).await;
    assert_eq!(
        fetched.matches("split_english.wasm").count(),
        1,
        "{fetched}"
    );
    browser.assert_no_fatal().await;
    browser.close().await;

    // Without the part: the switch says so and the page stays Vietnamese;
    // a link in English starts in Vietnamese and says so too.
    let site = support::site_copy("no-english-part");
    let english = set_aside(&site, "english");
    let server = StaticServer::start(site.clone(), vec![]);
    const UNAVAILABLE: &str = "const p = document.querySelector('.view-unavailable[role=alert]'); \
        return !!p && /Không tải được phần này/.test(p.innerText) \
        && document.documentElement.lang === 'vi' \
        && document.querySelector('.tabs a.tab[data-view=trend]')?.innerText.trim() === 'Xu hướng'";
    let browser = Browser::start(390, 844).await;
    browser.goto(&format!("{}?lang=en", server.url)).await;
    browser.wait_app().await;
    browser.wait_until(UNAVAILABLE, 30).await;
    browser.wait_chart().await;
    browser.assert_no_fatal().await;
    browser.close().await;

    let browser = Browser::start(390, 844).await;
    browser.goto(&server.url).await;
    browser.wait_app().await;
    browser.click(".masthead .lang-switch").await;
    browser.wait_until(UNAVAILABLE, 30).await;
    assert!(!browser.query_string().await.contains("lang=en"));
    // The connection is back: trying again brings English.
    english.put_back();
    browser.click(".view-unavailable[role=alert] button").await;
    browser.wait_until(IN_ENGLISH, 30).await;
    assert!(browser.query_string().await.contains("lang=en"));
    browser.assert_no_fatal().await;
    browser.close().await;
    let _ = std::fs::remove_dir_all(site);
}

/// The map's code and shapes are a part of their own: not fetched at idle,
/// fetched when a reader opens the map; one that cannot arrive is said so,
/// with a way to try again, and the rest of the page goes on.
#[tokio::test(flavor = "multi_thread")]
async fn the_map_comes_in_its_own_part_when_it_is_opened() {
    let site = support::site_copy("no-map-part");
    let server = StaticServer::start(site.clone(), vec![]);
    let browser = Browser::start(390, 844).await;
    browser.goto(&server.url).await;
    browser.wait_app().await;
    browser.click(".tabs a.tab[data-view=trend]").await;
    browser.wait_until(support::TREND_DRAWN, 30).await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let fetched = fetched_files(&browser).await;
    assert!(fetched.contains("split_dialogs.wasm"), "{fetched}");
    assert!(!fetched.contains("split_map.wasm"), "{fetched}");

    let map = set_aside(&site, "map");
    browser.click(".tabs a.tab[data-view=map]").await;
    browser
        .wait_until(
            "const p = document.querySelector('#view .view-unavailable'); \
             return !!p && /Không tải được phần này/.test(p.innerText)",
            30,
        )
        .await;
    assert!(browser.query_string().await.contains("view=map"));
    browser.assert_no_fatal().await;

    map.put_back();
    browser.click("#view .view-unavailable button").await;
    browser
        .wait_until(
            "return !!document.querySelector('#view[data-view=map] canvas.chart-canvas[data-drawn=\"true\"]')",
            30,
        )
        .await;
    let fetched = fetched_files(&browser).await;
    assert!(fetched.contains("split_map.wasm"), "{fetched}");
    browser.assert_no_fatal().await;
    browser.close().await;
}
