//! What `GLOSSARY.md` asks of every string a reader sees, checked where a
//! test can check it: the interface's strings in both languages and at the
//! former-district level, the dataset's own texts, every place the search
//! can name, the Sources' headings, the "now part of" lines and the
//! template's guide.
//!
//! - the city that bears the President's name is never bare: "Thành phố Hồ
//!   Chí Minh" ("Hồ Chí Minh City"); the name stands alone only in the
//!   movement's own words ("phong cách Hồ Chí Minh") and the President's;
//! - no Vietnamese type word inside an English string ("An Giang province",
//!   not "Tỉnh An Giang");
//! - the sources are articles: no "báo cáo", no "report";
//! - a level that no longer exists is named with "(cũ)" / "former".

use lamtheobac::data::{self, Level};
use lamtheobac::format::Locale;
use lamtheobac::i18n;
use lamtheobac::place_search::{Place, PlaceIndex};
use lamtheobac::tools::template;

/// Every text of the interface's strings, one a line (from their Debug
/// form: the quoted values, without the field names).
fn all_strings(locale: Locale, level: Level) -> String {
    let debug = format!("{:?}", i18n::strings_at(locale, level));
    let mut values = Vec::new();
    let mut rest = debug.as_str();
    while let Some(start) = rest.find(": \"") {
        rest = &rest[start + 3..];
        let mut end = 0;
        let bytes = rest.as_bytes();
        while end < bytes.len() && !(bytes[end] == b'"' && (end == 0 || bytes[end - 1] != b'\\')) {
            end += 1;
        }
        values.push(rest[..end].to_string());
        rest = &rest[end.min(rest.len())..];
    }
    values.join("\n")
}

fn index() -> PlaceIndex {
    PlaceIndex::parse(&lamtheobac::snapshot::places_index::text().unwrap()).unwrap()
}

/// Every label the place search can show, in `locale`.
fn place_labels(index: &PlaceIndex, locale: Locale) -> Vec<String> {
    (0..index.units.len())
        .map(Place::Unit)
        .chain((0..index.districts.len()).map(Place::District))
        .chain((0..index.communes.len()).map(Place::Commune))
        .map(|p| index.label(p, locale))
        .collect()
}

/// Where `text` writes "Hồ Chí Minh" in none of the forms the glossary allows.
fn bare_city(text: &str) -> Vec<String> {
    const ALLOWED_BEFORE: [&str; 2] = ["Thành phố ", "phong cách "];
    let mut found = Vec::new();
    for (at, _) in text.match_indices("Hồ Chí Minh") {
        let before = &text[..at];
        let after = &text[at + "Hồ Chí Minh".len()..];
        if !ALLOWED_BEFORE.iter().any(|w| before.ends_with(w)) && !after.starts_with(" City") {
            let start = before.char_indices().rev().nth(30).map_or(0, |(i, _)| i);
            found.push(format!("…{}…", &text[start..(at + 20).min(text.len())]));
        }
    }
    found
}

/// Vietnamese type words as an English text must not carry them.
fn vietnamese_type_words(text: &str) -> Vec<String> {
    const WORDS: [&str; 9] = [
        "Tỉnh ",
        "tỉnh ",
        "Thành phố ",
        "thành phố ",
        "Xã ",
        "Phường ",
        "Huyện ",
        "Đặc khu ",
        "Thị trấn ",
    ];
    WORDS
        .iter()
        .filter(|w| text.contains(*w))
        .map(|w| format!("“{}” in {text:?}", w.trim()))
        .collect()
}

#[test]
fn the_city_of_the_presidents_name_is_never_bare() {
    let data = data::shipped().unwrap();
    let mut texts = vec![
        all_strings(Locale::Vi, Level::FormerDistrict),
        all_strings(Locale::En, Level::FormerDistrict),
        data.title.vi.clone(),
        data.title.en.clone(),
        data.notes.vi.clone(),
        data.notes.en.clone(),
    ];
    let index = index();
    texts.extend(place_labels(&index, Locale::Vi));
    texts.extend(place_labels(&index, Locale::En));
    for (name, text) in template::files(data) {
        if name == "index.html" {
            texts.push(text);
        }
    }
    let hcm = template::by_province(data)
        .unwrap()
        .into_iter()
        .find(|p| p.province == "Hồ Chí Minh")
        .expect("the city's template");
    assert!(
        hcm.text.contains(",Thành phố Hồ Chí Minh,"),
        "{}",
        &hcm.text[..400]
    );
    texts.push(hcm.text);
    let bare: Vec<String> = texts.iter().flat_map(|t| bare_city(t)).collect();
    assert!(bare.is_empty(), "{} bare: {bare:#?}", bare.len());
}

#[test]
fn no_vietnamese_type_word_stands_in_an_english_string() {
    let data = data::shipped().unwrap();
    let mut texts = vec![all_strings(Locale::En, Level::FormerDistrict)];
    for level in [
        Level::Commune,
        Level::Ward,
        Level::SpecialZone,
        Level::Province,
    ] {
        texts.push(all_strings(Locale::En, level));
    }
    texts.extend(place_labels(&index(), Locale::En));
    // The interface's English has Vietnamese only in the switch back to it.
    texts[0] = texts[0].replace("Chuyển sang tiếng Việt", "");
    for d in &data.districts {
        texts.push(lamtheobac::place_names::unit_heading(d, Locale::En));
        if let Some(units) = lamtheobac::now_part_of::successors(d) {
            texts.push(lamtheobac::now_part_of::line(units, Locale::En));
            texts.push(lamtheobac::now_part_of::short(units, Locale::En));
        }
    }
    // Some names hold such a word as a name (Phường Đúc, Tân Xã, Phước Tỉnh):
    // those are names, not type words.
    let index = index();
    let names: Vec<&str> = index
        .units
        .iter()
        .map(|u| u.name.as_str())
        .chain(index.districts.iter().map(|d| d.name.as_str()))
        .chain(index.communes.iter().map(|c| c.name.as_str()))
        .filter(|n| !vietnamese_type_words(&format!("{n} ")).is_empty())
        .collect();
    let found: Vec<String> = texts
        .iter()
        .map(|t| names.iter().fold(t.clone(), |t, n| t.replace(n, "…")))
        .flat_map(|t| vietnamese_type_words(&t))
        .collect();
    assert!(found.is_empty(), "{} found: {found:#?}", found.len());
}

#[test]
fn the_sources_are_articles_not_reports() {
    let vi = all_strings(Locale::Vi, Level::FormerDistrict);
    assert!(
        !vi.to_lowercase().contains("báo cáo"),
        "“báo cáo” in the Vietnamese strings"
    );
    let en = all_strings(Locale::En, Level::FormerDistrict);
    for word in ["report ", "reports ", "report's", "report.", "report)"] {
        assert!(!en.contains(word), "“{word}” in the English strings: {en}");
    }
    // The template's guide, in prose (column and file names stay as they are).
    let data = data::shipped().unwrap();
    let guide = template::files(data)
        .into_iter()
        .find(|(n, _)| *n == "index.html")
        .unwrap()
        .1;
    let prose = guide
        .replace("reports.csv", "")
        .replace("<code>report</code>", "");
    for word in [" report ", " report's", " reports ", "the report"] {
        if let Some(at) = prose.find(word) {
            let start = prose[..at]
                .char_indices()
                .rev()
                .nth(60)
                .map_or(0, |(i, _)| i);
            panic!(
                "“{word}” in the template's guide: …{}…",
                &prose[start..(at + 40).min(prose.len())]
            );
        }
    }
}

#[test]
fn a_level_that_no_longer_exists_is_named_former() {
    let vi = all_strings(Locale::Vi, Level::FormerDistrict);
    for (at, _) in vi.match_indices("huyện") {
        let (before, after) = (&vi[..at], &vi[at + "huyện".len()..]);
        assert!(
            after.starts_with(" (cũ") || before.ends_with("cấp ") || before.ends_with("Cấp "),
            "“huyện” without “(cũ)”: …{}…",
            &vi[at.saturating_sub(40)..(at + 30).min(vi.len())]
        );
    }
    let en = all_strings(Locale::En, Level::FormerDistrict);
    for (at, _) in en.match_indices("district") {
        let (before, after) = (&en[..at], &en[at + "district".len()..]);
        assert!(
            before.ends_with("former ")
                || before.ends_with("Former ")
                || after.starts_with(" level"),
            "“district” without “former”: …{}…",
            &en[at.saturating_sub(40)..(at + 30).min(en.len())]
        );
    }
    assert!(data::shipped().unwrap().title.vi.contains("5 huyện (cũ)"));
}
