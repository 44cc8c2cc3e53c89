//! Bringing other data: a broken file gets a message naming each bad record
//! and field in the reader's language while the page keeps working; 50 MB of
//! junk is refused unread; a label full of HTML stays text; a valid dataset of
//! another province (the An Giang subset of the real data) is explored by
//! link and left again.

mod support;

use fantoccini::Locator;
use serde_json::{Value, json};
use support::browser::Browser;
use support::server::StaticServer;

fn shipped() -> Value {
    serde_json::from_str(lamtheobac::data::SHIPPED_JSON).unwrap()
}

/// The real data cut to An Giang's districts: a valid dataset of another province, nothing invented.
fn an_giang() -> Value {
    let mut d = shipped();
    let keep = ["phu-tan", "thoai-son"];
    let kept = |v: &Value| keep.contains(&v["district"].as_str().unwrap_or_default());
    for list in ["reports", "figures", "initiatives"] {
        d[list].as_array_mut().unwrap().retain(kept);
    }
    d["districts"]
        .as_array_mut()
        .unwrap()
        .retain(|v| keep.contains(&v["id"].as_str().unwrap()));
    d["title"] = json!({"vi": "An Giang: hai huyện (tập con của dữ liệu gốc)", "en": "An Giang: two districts (a subset of the shipped data)"});
    d
}

/// A copy of the built site with the test datasets under `fixtures/`.
fn site() -> std::path::PathBuf {
    let root = support::site_copy("own-data");
    let fixtures = root.join("fixtures");
    std::fs::create_dir_all(&fixtures).unwrap();
    let mut broken = shipped();
    let i = broken["figures"]
        .as_array()
        .unwrap()
        .iter()
        .position(|f| f["id"] == "mx-poverty-rate")
        .unwrap();
    broken["figures"][i]["value"] = json!(117);
    broken["figures"][0]["metric"] = json!("no_such_metric");
    let mut html = shipped();
    let m = html["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .position(|x| x["id"] == "poverty_rate")
        .unwrap();
    html["metrics"][m]["label"]["vi"] =
        json!("<img src=x onerror=\"window.pwned=1\">Tỷ lệ <b>hộ nghèo</b>");
    for (name, value) in [
        ("an-giang.json", an_giang()),
        ("broken.json", broken),
        ("html-label.json", html),
    ] {
        std::fs::write(fixtures.join(name), value.to_string()).unwrap();
    }
    std::fs::write(fixtures.join("not-json.json"), "<html>not a dataset</html>").unwrap();
    let junk = std::fs::File::create(fixtures.join("junk.json")).unwrap();
    junk.set_len(50 * 1024 * 1024).unwrap();
    root
}

async fn choose_file(browser: &Browser, path: &std::path::Path) {
    let input = browser
        .client
        .find(Locator::Css("#dataset-file"))
        .await
        .expect("the file field");
    input
        .send_keys(&path.display().to_string())
        .await
        .expect("file chosen");
}

async fn failure_text(browser: &Browser) -> String {
    browser
        .wait_until("return !!document.querySelector('.load-failure')", 20)
        .await;
    browser
        .js("return document.querySelector('.load-failure').innerText")
        .await
        .as_str()
        .unwrap()
        .to_string()
}

/// A copy of the site with the fixtures, a browser on `query`, and `ready`
/// (a CSS selector) on the page.
async fn open(query: &str, ready: &str) -> (StaticServer, std::path::PathBuf, Browser) {
    let root = site();
    let (site, browser) = support::open_until(root.clone(), query, ready).await;
    (site, root, browser)
}

#[tokio::test(flavor = "multi_thread")]
async fn broken_files_are_described_record_by_record_and_the_page_keeps_working() {
    let (_site, root, browser) = open("?view=sources", "#dataset-file").await;

    choose_file(&browser, &root.join("fixtures/broken.json")).await;
    let text = failure_text(&browser).await;
    assert!(
        text.contains("Không dùng được dữ liệu từ broken.json"),
        "{text}"
    );
    assert!(
        text.contains("mx-poverty-rate · value: tỷ lệ 117% lớn hơn 100%"),
        "{text}"
    );
    assert!(
        text.contains("· metric: không có chỉ tiêu nào mang mã “no_such_metric”"),
        "{text}"
    );
    assert!(
        text.contains("Dữ liệu đang hiển thị không thay đổi."),
        "{text}"
    );
    // In English, the same problems in English.
    browser
        .client
        .find(Locator::Css("#lang-switch"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_until("return document.querySelector('.load-failure').innerText.includes('a rate of 117% is above 100%')", 10).await;
    // The shipped data is still on screen and still works.
    assert_eq!(
        browser
            .js("return document.querySelectorAll('article.source').length")
            .await,
        5
    );
    browser
        .client
        .find(Locator::Css("a.tab[data-view=compare]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_chart().await;

    // 50 MB of junk is refused without being read; a file that is not JSON says so.
    browser
        .client
        .find(Locator::Css("a.tab[data-view=sources]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait_until("return !!document.querySelector('#dataset-file')", 10)
        .await;
    choose_file(&browser, &root.join("fixtures/junk.json")).await;
    browser.wait_until("return document.querySelector('.load-failure')?.innerText.includes('52,428,800 bytes')", 10).await;
    choose_file(&browser, &root.join("fixtures/not-json.json")).await;
    browser.wait_until("return document.querySelector('.load-failure')?.innerText.includes('is not valid JSON (line 1, column 1)')", 10).await;
    browser.assert_no_fatal().await;
    browser.close().await;
    let _ = std::fs::remove_dir_all(root);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_label_full_of_html_is_shown_as_text_and_a_dropped_file_loads() {
    let (_site, root, browser) = open("?view=sources", ".drop-zone").await;
    let text = std::fs::read_to_string(root.join("fixtures/html-label.json")).unwrap();
    // Drop the file on the drop zone, as a reader drags it from their desktop.
    browser.js(&format!(
        "const dt = new DataTransfer(); dt.items.add(new File([{}], 'html-label.json', {{type: 'application/json'}})); \
         document.querySelector('.drop-zone').dispatchEvent(new DragEvent('drop', {{dataTransfer: dt, bubbles: true, cancelable: true}}));",
        serde_json::to_string(&text).unwrap()
    )).await;
    browser
        .wait_until("return !!document.querySelector('.data-banner')", 20)
        .await;
    browser
        .client
        .find(Locator::Css("a.tab[data-view=compare]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_chart().await;
    let title = browser
        .js("return document.querySelector('.chart-title').innerText")
        .await;
    assert_eq!(
        title,
        "<img src=x onerror=\"window.pwned=1\">Tỷ lệ <b>hộ nghèo</b>"
    );
    assert_eq!(
        browser
            .js("return window.pwned === undefined && !document.querySelector('main img, main b')")
            .await,
        true
    );
    browser.close().await;
    let _ = std::fs::remove_dir_all(root);
}

#[tokio::test(flavor = "multi_thread")]
async fn another_provinces_dataset_is_explored_by_link_and_left_again() {
    let (_site, root, browser) = open(
        "?metric=poverty_rate&data=fixtures/an-giang.json",
        ".data-banner",
    )
    .await;
    browser.wait_chart().await;
    assert_eq!(
        browser
            .js("return document.querySelectorAll('input[name=district]').length")
            .await,
        2
    );
    assert!(
        browser
            .js("return document.querySelector('h1').innerText")
            .await
            .as_str()
            .unwrap()
            .starts_with("An Giang: hai huyện")
    );
    // Thoại Sơn is the only An Giang district with a poverty rate.
    assert_eq!(browser.js("return document.querySelector('canvas.chart-canvas').dataset.marks.split(' ').length").await, 1);
    assert!(
        browser
            .query_string()
            .await
            .contains("data=fixtures%2Fan-giang.json")
    );

    browser
        .client
        .find(Locator::Css("#dataset-reset"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait_until(
            "return document.querySelectorAll('input[name=district]').length === 5",
            20,
        )
        .await;
    assert_eq!(browser.js("return !!document.querySelector('.data-banner') || location.search.includes('data=')").await, false);
    browser.close().await;
    let _ = std::fs::remove_dir_all(root);
}

#[tokio::test(flavor = "multi_thread")]
async fn when_the_dataset_reader_cannot_run_the_reader_is_told_and_the_data_stays() {
    // The reader is a second WebAssembly in a web worker, fetched on demand:
    // a portal that forgot to upload it, or a browser that refuses it, must
    // give a message, not a page that waits for ever.
    let (_site, root, browser) = open("?view=sources&lang=en", "#dataset-file").await;
    // Its .wasm and the compressed copies beside it (the page fetches the
    // .gz from a server that sends files as they are): none was uploaded.
    let copies: Vec<_> = ["", ".gz", ".br"]
        .iter()
        .map(|suffix| root.join(format!("dataset_reader_bg.wasm{suffix}")))
        .collect();
    let kept: Vec<Vec<u8>> = copies
        .iter()
        .map(|f| std::fs::read(f).expect("the build has the reader"))
        .collect();
    for f in &copies {
        std::fs::remove_file(f).unwrap();
    }
    choose_file(&browser, &root.join("fixtures/an-giang.json")).await;
    let text = failure_text(&browser).await;
    assert!(
        text.contains("The browser could not run the dataset reader"),
        "{text}"
    );
    assert_eq!(
        browser
            .js("return document.querySelectorAll('article.source').length")
            .await,
        5,
        "the shipped data stays"
    );
    // Uploaded again, the same file loads: nothing was left half-done.
    for (f, bytes) in copies.iter().zip(kept) {
        std::fs::write(f, bytes).unwrap();
    }
    choose_file(&browser, &root.join("fixtures/an-giang.json")).await;
    browser
        .wait_until("return !!document.querySelector('.data-banner')", 20)
        .await;
    browser.assert_no_fatal().await;
    browser.close().await;
    let _ = std::fs::remove_dir_all(root);
}
