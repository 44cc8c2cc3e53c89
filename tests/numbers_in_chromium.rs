//! Every date and count a reader sees is written as the reader's language
//! writes it, that is through `format`: no raw ISO date ("2026-11-22") and no
//! ungrouped count ("3321"), in every view, in Vietnamese and in English, for
//! the shipped data and for the whole country (3,321 units, where counts run
//! into the thousands). What is read is what a reader meets: the page's text,
//! and the accessible names and tooltips of what is drawn.

mod support;

use support::browser::{APP_SHOWN, Browser};
use support::server::StaticServer;

/// The page's text and every accessible name and title on it.
const READ: &str = "return [document.body.innerText, \
    ...[...document.querySelectorAll('[aria-label], [title], [alt]')] \
      .map(e => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('alt')] \
        .filter(Boolean).join(' '))].join('\\n')";

/// What in `text` is a date or count not written through `format`, once the
/// names in `names` (which may hold digits: "Giả lập 0042") are taken out.
fn unformatted(text: &str, names: &[&str]) -> Vec<String> {
    let mut text = text.to_string();
    for name in names {
        text = text.replace(name, " ");
    }
    let mut found = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let digits = |from: usize, n: usize| {
        from + n <= chars.len() && chars[from..from + n].iter().all(char::is_ascii_digit)
    };
    for i in 0..chars.len() {
        let starts = i == 0 || !chars[i - 1].is_alphanumeric();
        if starts
            && digits(i, 4)
            && chars.get(i + 4) == Some(&'-')
            && digits(i + 5, 2)
            && chars.get(i + 7) == Some(&'-')
            && digits(i + 8, 2)
        {
            found.push(chars[i..i + 10].iter().collect());
        }
    }
    // A token of digits and nothing else between non-word characters:
    // grouped numbers hold separators, so a bare run of five digits or more,
    // or of four that is not a year, was never grouped.
    for token in text.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == ',')) {
        let token = token.trim_matches(|c| c == '.' || c == ',');
        if token.is_empty() || !token.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let year = token.len() == 4 && (1900..=2100).contains(&token.parse::<u32>().unwrap_or(0));
        if token.len() >= 5 || (token.len() == 4 && !year) {
            found.push(token.to_string());
        }
    }
    found
}

#[test]
fn the_check_finds_what_it_is_for() {
    assert_eq!(
        unformatted("dữ liệu tổng hợp ngày 2026-11-22: 3321 số liệu", &[]),
        ["2026-11-22", "3321"]
    );
    assert!(
        unformatted(
            "ngày 22/11/2026: 3.321 xã, 42,260 figures, 5/2021–3/2023, 6,06/10.000 dân, 000_3e4c7f99b2038cb1.txt",
            &[]
        )
        .is_empty()
    );
    assert_eq!(
        unformatted("Giả lập 0042 · 12000", &["Giả lập 0042"]),
        ["12000"]
    );
}

async fn check_every_view(site: &StaticServer, data: &str, names: &[&str], footer: [&str; 2]) {
    let browser = Browser::start(1280, 900).await;
    let mut problems = Vec::new();
    for (lang, counted) in ["vi", "en"].into_iter().zip(footer) {
        for view in support::VIEWS {
            browser
                .goto(&format!("{}?{data}view={view}&lang={lang}", site.url))
                .await;
            browser.wait_until(APP_SHOWN, 30).await;
            // The data has arrived and the view is drawn: the footer counts it.
            browser
                .wait_until(
                    &format!(
                        "const f = document.querySelector('.footer'); \
                         return !!f && f.textContent.includes({counted:?}) \
                           && !!document.querySelector('section.view') \
                           && document.querySelector('section.view').innerText.length > 40"
                    ),
                    60,
                )
                .await;
            browser.assert_no_fatal().await;
            let text = browser.js(READ).await;
            for bad in unformatted(text.as_str().unwrap_or_default(), names) {
                problems.push(format!("{lang} {view}: “{bad}”"));
            }
        }
    }
    browser.close().await;
    assert!(
        problems.is_empty(),
        "dates and counts not written through format:\n{}",
        problems.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_shipped_data_writes_its_dates_and_counts_as_each_language_does() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    check_every_view(
        &site,
        "",
        &[],
        [
            "ngày 22/11/2026: 47 số liệu",
            "on 22 November 2026: 47 figures",
        ],
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_whole_country_groups_its_thousands_in_every_view() {
    let country =
        lamtheobac::tools::synthetic::generate(42, lamtheobac::tools::synthetic::COMMUNES);
    let names: Vec<String> = country
        .districts
        .iter()
        .map(|d| d.name.clone())
        .chain(country.reports.iter().map(|r| r.title.clone()))
        .collect();
    let mut names: Vec<&str> = names.iter().map(String::as_str).collect();
    // Longest first, so no name is cut by a shorter one inside it.
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let root = support::site_with(
        "numbers-country",
        "country",
        lamtheobac::data::write::open_data::lean_package(&country),
    );
    let site = StaticServer::start(root, vec![]);
    check_every_view(
        &site,
        "data=country%2Fdatapackage.json&",
        &names,
        ["từ 3.321 bài viết", "from 3,321 undated articles"],
    )
    .await;
}
