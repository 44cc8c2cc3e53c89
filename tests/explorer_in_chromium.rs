//! The explorer driven as a reader drives it, in headless Chromium against
//! the release build: views, metric, URL, history, language, tooltips,
//! hostile links, phones and accessibility.

mod support;

use fantoccini::Locator;
use fantoccini::actions::{InputSource, MouseActions, PointerAction};
use serde_json::json;
use support::browser::Browser;
use support::server::StaticServer;

struct Page {
    browser: Browser,
    site: StaticServer,
}

impl Page {
    async fn open(query: &str, width: u32, height: u32) -> Page {
        let site = StaticServer::start(support::dist_dir(), vec![]);
        let browser = Browser::start(width, height).await;
        let page = Page { browser, site };
        page.go(query).await;
        page
    }

    async fn go(&self, query: &str) {
        self.browser
            .goto(&format!("{}{query}", self.site.url))
            .await;
        self.browser
            .wait_until(support::browser::APP_SHOWN, 30)
            .await;
    }

    async fn js(&self, script: &str) -> serde_json::Value {
        self.browser.js(script).await
    }

    async fn text(&self, selector: &str) -> String {
        let script =
            format!("const e = document.querySelector({selector:?}); return e ? e.innerText : ''");
        self.js(&script)
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    async fn query(&self) -> String {
        self.browser.query_string().await
    }

    async fn wait_chart(&self) {
        self.browser.wait_chart().await;
    }

    async fn click(&self, selector: &str) {
        self.browser.click(selector).await;
    }

    /// Chooses `value` in the `<select>` found by `selector`, as a reader does.
    async fn choose(&self, selector: &str, value: &str) {
        self.click(&format!("{selector} option[value=\"{value}\"]"))
            .await;
    }

    async fn close(self) {
        self.browser.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn switching_view_and_metric_redraws_and_writes_the_url_which_reproduces_the_view() {
    let page = Page::open("", 1280, 900).await;
    page.wait_chart().await;
    assert_eq!(page.text(".chart-title").await, "Tỷ lệ hộ nghèo");

    page.click("a.tab[data-view=trend]").await;
    page.wait_chart().await;
    assert_eq!(page.query().await, "?v=1&view=trend");
    page.choose("select#metric", "study_participation_rate")
        .await;
    page.browser.wait_until("return document.querySelector('.chart-title')?.innerText === 'Tỷ lệ đảng viên dự học chuyên đề'", 10).await;
    assert_eq!(
        page.query().await,
        "?v=1&view=trend&metric=study_participation_rate"
    );
    assert!(
        page.text(".chart-summary")
            .await
            .contains("2022 98,1%; 2023 99,34%")
    );

    // The same URL, loaded afresh, gives the same view.
    page.go("?v=1&view=trend&metric=study_participation_rate")
        .await;
    page.wait_chart().await;
    assert_eq!(
        page.js("return document.querySelector('section.view').dataset.view")
            .await,
        "trend"
    );
    assert_eq!(
        page.js("return document.querySelector('select#metric').value")
            .await,
        "study_participation_rate"
    );

    // Back and forward move through the reader's choices.
    page.go("").await;
    page.click("a.tab[data-view=table]").await;
    page.browser
        .wait_until("return location.search === '?v=1&view=table'", 10)
        .await;
    page.js("history.back()").await;
    page.browser
        .wait_until(
            "return document.querySelector('section.view').dataset.view === 'compare'",
            10,
        )
        .await;
    page.js("history.forward()").await;
    page.browser
        .wait_until(
            "return document.querySelector('section.view').dataset.view === 'table'",
            10,
        )
        .await;
    page.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_language_switch_changes_every_string_the_notation_and_html_lang() {
    let page = Page::open("", 1280, 900).await;
    page.wait_chart().await;
    assert_eq!(page.js("return document.documentElement.lang").await, "vi");
    assert!(page.text(".chart-summary").await.contains("1,32%"));
    page.click("#lang-switch").await;
    page.browser
        .wait_until("return document.documentElement.lang === 'en'", 10)
        .await;
    assert_eq!(page.query().await, "?v=1&lang=en");
    assert_eq!(page.text(".chart-title").await, "Poverty rate (households)");
    assert_eq!(page.text("a.tab[data-view=compare]").await, "Compare");
    let summary = page.text(".chart-summary").await;
    assert!(
        summary.contains("1.32%") && !summary.contains("1,32%"),
        "{summary}"
    );
    assert!(page.text(".not-reported").await.starts_with("No figure:"));
    page.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn hovering_a_bar_and_moving_by_keyboard_show_its_value_quote_and_report() {
    let page = Page::open("?metric=poverty_rate", 1280, 900).await;
    page.wait_chart().await;
    let marks = page
        .js("return document.querySelector('canvas.chart-canvas').dataset.marks")
        .await;
    let marks = marks.as_str().unwrap().to_string();
    let (figure, at) = marks
        .split(' ')
        .next()
        .and_then(|m| m.split_once('@'))
        .expect("a mark");
    assert_eq!(
        figure, "ts-poverty-rate",
        "the highest bar comes first: {marks}"
    );
    let (x, y) = at
        .split_once(',')
        .map(|(x, y)| (x.parse::<f64>().unwrap(), y.parse::<f64>().unwrap()))
        .unwrap();
    let size = page.js("const c = document.querySelector('canvas.chart-canvas'); return [c.clientWidth, c.clientHeight]").await;
    let (w, h) = (size[0].as_f64().unwrap(), size[1].as_f64().unwrap());
    let canvas = page
        .browser
        .client
        .find(Locator::Css("canvas.chart-canvas"))
        .await
        .unwrap();
    let hover = MouseActions::new("mouse".into()).then(PointerAction::MoveToElement {
        element: canvas,
        duration: None,
        x: x - w / 2.0,
        y: y - h / 2.0,
    });
    page.browser
        .client
        .perform_actions(hover)
        .await
        .expect("pointer moves");
    page.browser
        .wait_until("return !!document.querySelector('.tooltip')", 10)
        .await;
    let tip = page.text(".tooltip").await;
    for part in [
        "1,32%",
        "2023",
        "Thoại Sơn",
        "tỷ lệ hộ nghèo theo chuẩn mới giảm còn 1,32%",
        "Huyện Thoại Sơn (tỉnh An Giang) học tập và làm theo Bác",
    ] {
        assert!(tip.contains(part), "{part:?} not in tooltip {tip:?}");
    }
    // The article by its title: its file name is for downloads and the open data.
    assert!(!tip.contains("002_f5bcca32013dedc3.txt"), "{tip:?}");
    // Which 2025 units the district's land went to, as the places table says.
    let data = lamtheobac::data::shipped().unwrap();
    let ts = data.district("thoai-son").unwrap();
    let now = lamtheobac::now_part_of::line(
        lamtheobac::now_part_of::successors(ts).unwrap(),
        lamtheobac::format::Locale::Vi,
    );
    assert!(tip.contains(&now), "{now:?} not in tooltip {tip:?}");

    // Keyboard: the chart takes focus (keeping the shown bar), and the arrow keys step through the bars.
    let canvas = page
        .browser
        .client
        .find(Locator::Css("canvas.chart-canvas"))
        .await
        .unwrap();
    canvas.send_keys("\u{E014}").await.expect("arrow right");
    page.browser
        .wait_until(
            "return (document.querySelector('.tooltip')?.innerText ?? '').includes('1,17%')",
            10,
        )
        .await;
    let tip = page.text(".tooltip").await;
    assert!(
        tip.contains("Nay thuộc: phường Mỹ Xuyên (một phần), xã "),
        "Mỹ Xuyên's ward also took land of Sóc Trăng city: {tip:?}"
    );
    assert_eq!(
        page.js("return document.activeElement.tagName").await,
        "CANVAS"
    );
    canvas.send_keys("\u{E014}").await.expect("arrow right");
    page.browser
        .wait_until(
            "return (document.querySelector('.tooltip')?.innerText ?? '').includes('1,32%')",
            10,
        )
        .await;
    page.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_hostile_query_leaves_a_working_page_shows_notices_and_runs_no_script() {
    let hostile = "?view=pie&d=my-xuyen,%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E&from=abc&metric=%3Cscript%3Ewindow.pwned%3D2%3C%2Fscript%3E";
    let page = Page::open(hostile, 1280, 900).await;
    page.wait_chart().await;
    let notices = page.text(".notices").await;
    assert!(
        notices.contains("<img src=x onerror=\"window.pwned=1\">"),
        "{notices}"
    );
    assert!(
        notices.contains("“abc”") && notices.contains("“pie”"),
        "{notices}"
    );
    assert_eq!(page.js("return window.pwned === undefined && !document.querySelector('.notices img, .notices script')").await, true);
    // The rest of the link still applies: only Mỹ Xuyên is chosen.
    assert_eq!(page.js("return [...document.querySelectorAll('input[name=district]:checked')].map(e => e.value)").await, json!(["my-xuyen"]));
    page.browser.assert_no_fatal().await;
    page.close().await;
}

/// Every view at the page's width: nothing scrolls sideways, and each chart's
/// canvas holds `density` device pixels per CSS pixel.
async fn every_view_fits(page: &Page, width: u32, density: u32) {
    for view in support::VIEWS {
        page.go(&format!("?view={view}")).await;
        if matches!(view, "compare" | "trend" | "coverage") {
            page.wait_chart().await;
            let ratio = page.js("const c = document.querySelector('canvas.chart-canvas'); return Math.round(100 * c.width / c.clientWidth)").await;
            assert_eq!(
                ratio,
                100 * density,
                "{view}: the canvas is not drawn at the device resolution"
            );
        }
        let overflow = page.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
        assert_eq!(
            overflow, 0,
            "{view} scrolls sideways by {overflow}px at {width}px"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn at_320px_and_three_device_pixels_per_css_pixel_no_view_scrolls_and_charts_are_sharp() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start_with(320, 700, &["--force-device-scale-factor=3"]).await;
    let page = Page { browser, site };
    assert_eq!(page.js("return devicePixelRatio").await, 3);
    every_view_fits(&page, 320, 3).await;
    page.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn at_390px_no_view_scrolls_sideways() {
    let page = Page::open("", 390, 844).await;
    every_view_fits(&page, 390, 1).await;
    page.close().await;
}

/// Taps `view`'s tab and waits until all `total` of `items` are there;
/// returns how many the frame that first showed the view held. The app
/// builds the view in the microtasks after the click, so a callback asked
/// for in the same task runs in that frame.
async fn first_frame_then_all(
    page: &Page,
    view: &str,
    items: &str,
    total: usize,
) -> serde_json::Value {
    // The views other than Compare arrive after the app (src/ui/later.rs);
    // this measures a tap once they are there, as a reader's after the
    // first seconds: the Trend tab shows when they are.
    page.js("document.querySelector('a.tab[data-view=trend]').click()")
        .await;
    page.browser.wait_until(support::TREND_DRAWN, 30).await;
    page.js(&format!(
        "window.__firstFrame = undefined; \
         document.querySelector('a.tab[data-view={view}]').click(); \
         requestAnimationFrame(() => {{ window.__firstFrame = document.querySelectorAll('{items}').length; }});"
    ))
    .await;
    page.browser
        .wait_until(
            &format!(
                "return window.__firstFrame !== undefined && document.querySelectorAll('{items}').length === {total}"
            ),
            10,
        )
        .await;
    page.js("return window.__firstFrame").await
}

/// On a phone a tap on the table builds the rows a screen holds in its
/// frame (a tap answered within 200 ms on a slow phone), laid out once, and
/// every other row a task later: what looks ready is the whole table. The
/// same for the sources and the initiatives.
#[tokio::test(flavor = "multi_thread")]
async fn on_a_phone_long_views_show_a_screenful_first_then_every_row() {
    use lamtheobac::query::{FIRST_ROWS_PHONE, PAGE_ROWS};
    let data = lamtheobac::data::shipped().unwrap();
    let state = lamtheobac::state::State {
        view: lamtheobac::state::View::Table,
        ..Default::default()
    };
    let rows = lamtheobac::query::table(data, &state, state.lang)
        .len()
        .min(PAGE_ROWS);
    let initiatives = data.initiatives.len().min(PAGE_ROWS);
    assert!(
        rows > FIRST_ROWS_PHONE && initiatives > FIRST_ROWS_PHONE && data.reports.len() > 1,
        "the shipped lists are longer than a screen"
    );

    let page = Page::open("", 390, 844).await;
    let first = first_frame_then_all(&page, "table", "tr[data-figure]", rows).await;
    assert_eq!(first, json!(FIRST_ROWS_PHONE));
    // The rows the tap built are laid out with it; only those after them wait
    // until scrolled to.
    let skipping = page
        .js("return [...document.querySelectorAll('tr[data-figure]')].map(r => getComputedStyle(r).contentVisibility)")
        .await;
    let skipping: Vec<&str> = skipping
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        skipping[..FIRST_ROWS_PHONE].iter().all(|v| *v == "visible"),
        "{skipping:?}"
    );
    assert!(
        skipping[FIRST_ROWS_PHONE..].iter().all(|v| *v == "auto"),
        "{skipping:?}"
    );

    // The sources and the initiatives are built the same way: a screenful
    // with the tap, every other report and initiative after its frame.
    let first = first_frame_then_all(&page, "sources", "article.source", data.reports.len()).await;
    assert_eq!(first, json!(1));
    let first = first_frame_then_all(&page, "initiatives", "li.initiative", initiatives).await;
    assert_eq!(first, json!(FIRST_ROWS_PHONE));
    page.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_table_sorts_by_a_column_and_coverage_opens_a_selection() {
    let page = Page::open("?view=table&group=poverty_living", 1280, 900).await;
    page.browser
        .wait_until(
            "return document.querySelectorAll('tr[data-figure]').length === 4",
            10,
        )
        .await;
    page.click("button.sort[data-column=value]").await;
    page.click("button.sort[data-column=value]").await;
    page.browser
        .wait_until("return location.search.includes('sort=-value')", 10)
        .await;
    let first = page
        .js("return document.querySelector('tr[data-figure]').dataset.figure")
        .await;
    assert_eq!(first, "ts-income-2023");
    assert_eq!(
        page.js("return document.querySelector('th[aria-sort=descending] button').dataset.column")
            .await,
        "value"
    );

    page.go("?view=coverage").await;
    page.click("tr[data-district=bat-xat] button.cell[data-group=dialogue_petitions]")
        .await;
    page.browser
        .wait_until(
            "return document.querySelector('section.view').dataset.view === 'table'",
            10,
        )
        .await;
    assert_eq!(
        page.query().await,
        "?v=1&view=table&group=dialogue_petitions&d=bat-xat"
    );
    assert_eq!(
        page.js("return document.querySelectorAll('tr[data-figure]').length")
            .await,
        4
    );
    page.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn initiatives_search_without_diacritics_and_sources_show_disagreements() {
    let page = Page::open("?view=initiatives", 1280, 900).await;
    assert_eq!(
        page.js("return document.querySelectorAll('li.initiative').length")
            .await,
        51
    );
    let search = page
        .browser
        .client
        .find(Locator::Css("#initiative-search"))
        .await
        .unwrap();
    search.send_keys("quy khuyen hoc").await.unwrap();
    page.browser
        .wait_until(
            "return document.querySelectorAll('li.initiative').length === 1",
            10,
        )
        .await;
    assert!(
        page.text("li.initiative")
            .await
            .contains("Quỹ Khuyến học - Khuyến tài")
    );

    // Every district with its province then and since 1 July 2025.
    page.go("?view=sources").await;
    let sources = page.text("section.view").await;
    for d in &lamtheobac::data::shipped()
        .expect("shipped dataset")
        .districts
    {
        for name in [&d.name, &d.province.name, &d.province_2025.name] {
            assert!(
                sources.contains(name.as_str()),
                "{name} is not in the sources view"
            );
        }
    }

    page.go("?view=sources&d=thoai-son").await;
    assert_eq!(
        page.js("return document.querySelectorAll('article.source').length")
            .await,
        1
    );
    assert_eq!(
        page.js("return document.querySelectorAll('[data-disagreement]').length")
            .await,
        3
    );
    assert!(
        page.text("[data-disagreement=ts-attendance-total]")
            .await
            .contains("17.489")
    );
    page.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn axe_core_finds_no_violations_in_any_view() {
    let page = Page::open("", 1280, 900).await;
    let mut found = Vec::new();
    for query in [
        "",
        "?view=trend&metric=study_participation_rate",
        "?view=table",
        "?view=coverage",
        "?view=initiatives",
        "?view=sources",
        "?lang=en",
        "?view=pie",
    ] {
        page.go(query).await;
        if !query.contains("table")
            && !query.contains("coverage")
            && !query.contains("initiatives")
            && !query.contains("sources")
        {
            page.wait_chart().await;
        }
        for v in support::axe::violations(&page.browser).await {
            found.push(format!("{query}: {v}"));
        }
    }
    assert!(
        found.is_empty(),
        "axe-core violations:\n{}",
        found.join("\n")
    );
    page.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn filters_say_what_they_mean_in_words_and_each_control_has_its_own_label() {
    let page = Page::open("?view=trend", 1280, 900).await;
    let open_ends =
        "return ['year-from', 'year-to'].map(id => document.getElementById(id).options[0].text)";
    assert_eq!(
        page.js(open_ends).await,
        json!(["năm đầu tiên (2021)", "năm gần nhất (2024)"])
    );
    // Every select of the filters has a visible label of its own; the province
    // pair sits under one legend that asks the question.
    let labels = "return [...document.querySelectorAll('.controls select')].map(s => \
                  [s.id, s.labels.length === 1 ? s.labels[0].querySelector('span').textContent : null])";
    assert_eq!(
        page.js(labels).await,
        json!([
            ["metric", "Chỉ tiêu"],
            ["province", "Tỉnh, thành phố"],
            ["province-mode", "Tỉnh, thành phố tính theo"],
            ["year-from", "Từ năm"],
            ["year-to", "Đến năm"]
        ])
    );
    assert_eq!(
        page.text(".province-filter legend").await,
        "Lọc theo tỉnh, thành phố"
    );
    page.browser.click("#lang-switch").await;
    page.browser
        .wait_until("return document.documentElement.lang === 'en'", 10)
        .await;
    assert_eq!(
        page.js(open_ends).await,
        json!(["the first year (2021)", "the latest year (2024)"])
    );
    assert_eq!(
        page.js("return [...document.getElementById('province-mode').options].map(o => o.text)")
            .await,
        json!(["the time of the article", "1 July 2025 (current)"])
    );
    page.browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_page_has_an_icon_so_no_request_goes_to_a_missing_favicon() {
    let page = Page::open("", 1280, 900).await;
    let icon = page
        .js("const l = document.querySelector('link[rel=icon]'); \
             return l ? fetch(l.href).then(r => [r.status, r.headers.get('content-type')]) : null")
        .await;
    assert_eq!(icon, json!([200, "image/svg+xml"]));
    page.browser.close().await;
}
