//! The reader's state as a URL query: a public interface, since links are
//! shared and must keep working as the app grows.
//!
//! Format version 1 (`v=1`), every parameter optional, defaults omitted:
//!
//! | key | value | default |
//! |---|---|---|
//! | `v` | format version, `1` | `1` |
//! | `view` | `compare`, `trend`, `table`, `coverage`, `initiatives`, `sources` | `compare` |
//! | `metric` | a metric id of the dataset | the metric most districts report |
//! | `group` | a metric group id (table filter) | all groups |
//! | `d` | district ids, comma-separated | every district |
//! | `dx` | district ids left out, every other chosen (written instead of `d` when more than half are chosen) | none left out |
//! | `prov` | a province name | every province |
//! | `provmode` | `report` (province at report time) or `2025` (since 1 July 2025) | `report` |
//! | `from`, `to` | years, inclusive | the dataset's first and last year |
//! | `period` | compare view: `latest` or a period key (`2023`, `2021-05_2023-03`) | `latest` |
//! | `lang` | `vi` or `en` | `vi` |
//! | `q` | initiatives search text | empty |
//! | `theme` | an initiative theme id | every theme |
//! | `sort` | table column `district`, `metric`, `value`, `period`, `report`; a leading `-` sorts descending | dataset order |
//! | `data` | the URL of another dataset in the same format (relative, or `http(s)://`; the server must allow it) | the shipped dataset |
//! | `level` | the level compared in a dataset of several: `commune`, `ward`, `special_zone`, `province`, `former_district` | the level most units have |
//! | `place` | a place found by "find where you live", as `{type}-{name}.{province}` folded (`xa-oc-eo.tinh-an-giang`; a former commune adds its district: `thi-tran-oc-eo.huyen-thoai-son.an-giang`) | none |
//! | `embed` | embed mode; the frame's id (1–64 of `A-Z a-z 0-9 _ -`), echoed in height messages | not embedded |
//!
//! Decoding never fails: a value that is unknown or malformed is dropped (its
//! default used) and reported as a [`Notice`]; unknown keys are ignored so
//! portals can add their own (`utm_source`, ...). Later versions may add keys
//! but will not change the meaning of these.

use crate::data::{Dataset, YEARS};
use crate::format::Locale;
use crate::state::{Column, PeriodChoice, ProvinceMode, Sort, State, View};

pub const FORMAT_VERSION: &str = "1";

/// Every key of the link format. Any other key is ignored (a portal's own,
/// a chat app's tracking tag), so a link with none of these but `v=1` shows
/// the default view: `boot.js` reads this list (baked into the page) to
/// decide, before the first paint, whether the static default view may show.
pub const KEYS: [&str; 19] = [
    "v", "view", "metric", "group", "d", "dx", "prov", "provmode", "from", "to", "period", "lang",
    "q", "theme", "sort", "data", "embed", "level", "place",
];
/// Longest value quoted back in a notice; the rest of a long junk value is cut.
const NOTICE_VALUE_CHARS: usize = 40;

/// A part of the URL that was ignored, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    UnsupportedVersion(String),
    UnknownView(String),
    UnknownMetric(String),
    UnknownGroup(String),
    UnknownDistrict(String),
    UnknownProvince(String),
    UnknownProvinceMode(String),
    /// `key` was not a year, or one outside the dataset's years.
    BadYear {
        key: &'static str,
        value: String,
    },
    /// `from` was after `to`; the two were swapped.
    SwappedYears,
    UnknownPeriod(String),
    UnknownLanguage(String),
    UnknownTheme(String),
    UnknownSort(String),
    /// A level code unknown, or one the dataset has no unit of.
    UnknownLevel(String),
    /// An embed id with characters outside `A-Z a-z 0-9 _ -` or too long.
    BadEmbedId(String),
    /// A dataset address that is not a relative or http(s) URL.
    BadDataUrl(String),
    /// A place key that is not one (`place_search` checks that it names a
    /// place once the places index has arrived).
    BadPlace(String),
}

/// Folded words joined by `-`, places by `.`, as `place_search` writes them.
fn is_place_key(key: &str) -> bool {
    (1..=200).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
}

/// Reads a query string (with or without its leading `?`) against `data`.
pub fn decode(query: &str, data: &Dataset) -> (State, Vec<Notice>) {
    let mut state = State::default();
    let mut notices = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    let (first_year, last_year) = year_span(data);
    // Districts named by `d`, and those left out by `dx` (every other one is chosen).
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut excluded: Option<std::collections::HashSet<String>> = None;
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let value = value.trim();
        let quoted = || shorten(value);
        match key.as_ref() {
            "v" if value != FORMAT_VERSION => notices.push(Notice::UnsupportedVersion(quoted())),
            "view" => match View::from_code(value) {
                Some(v) => state.view = v,
                None => notices.push(Notice::UnknownView(quoted())),
            },
            "metric" => match data.metric(value) {
                Some(m) => state.metric = Some(m.id.clone()),
                None => notices.push(Notice::UnknownMetric(quoted())),
            },
            "group" => match data.groups.iter().find(|g| g.id == value) {
                Some(g) => state.group = Some(g.id.clone()),
                None => notices.push(Notice::UnknownGroup(quoted())),
            },
            "d" => {
                for id in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    match data.district(id) {
                        Some(d) if seen.insert(d.id.clone()) => state.districts.push(d.id.clone()),
                        Some(_) => {}
                        None => notices.push(Notice::UnknownDistrict(shorten(id))),
                    }
                }
            }
            "dx" => {
                let left_out = excluded.get_or_insert_with(std::collections::HashSet::new);
                for id in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    match data.district(id) {
                        Some(d) => {
                            left_out.insert(d.id.clone());
                        }
                        None => notices.push(Notice::UnknownDistrict(shorten(id))),
                    }
                }
            }
            "prov" => state.province = Some(value.to_string()),
            "provmode" => match value {
                "report" => state.province_mode = ProvinceMode::AtReport,
                "2025" => state.province_mode = ProvinceMode::Current,
                _ => notices.push(Notice::UnknownProvinceMode(quoted())),
            },
            key @ ("from" | "to") => match value
                .parse::<u16>()
                .ok()
                .filter(|y| (first_year..=last_year).contains(y))
            {
                Some(year) if key == "from" => state.from = Some(year),
                Some(year) => state.to = Some(year),
                None => notices.push(Notice::BadYear {
                    key: if key == "from" { "from" } else { "to" },
                    value: quoted(),
                }),
            },
            "period" => {
                state.period = if value == "latest" {
                    PeriodChoice::Latest
                } else {
                    PeriodChoice::Exactly(value.to_string())
                }
            }
            "lang" => match value {
                "vi" => state.lang = Locale::Vi,
                "en" => state.lang = Locale::En,
                _ => notices.push(Notice::UnknownLanguage(quoted())),
            },
            // Cut, then trim: a cut can end in spaces, which the next decode would trim.
            "q" => {
                state.search = value
                    .chars()
                    .take(200)
                    .collect::<String>()
                    .trim()
                    .to_string()
            }
            "level" => match crate::data::Level::from_code(value)
                .filter(|l| data.districts.iter().any(|d| d.level == *l))
            {
                Some(level) => state.level = Some(level),
                None => notices.push(Notice::UnknownLevel(quoted())),
            },
            "theme" => match data.themes.iter().find(|t| t.id == value) {
                Some(t) => state.theme = Some(t.id.clone()),
                None => notices.push(Notice::UnknownTheme(quoted())),
            },
            "sort" => {
                let (descending, code) = match value.strip_prefix('-') {
                    Some(code) => (true, code),
                    None => (false, value),
                };
                match Column::from_code(code) {
                    Some(column) => state.sort = Some(Sort { column, descending }),
                    None => notices.push(Notice::UnknownSort(quoted())),
                }
            }
            "data" => match value {
                v if is_dataset_url(v) => state.data = Some(v.to_string()),
                _ => notices.push(Notice::BadDataUrl(quoted())),
            },
            "place" => match value {
                key if is_place_key(key) => state.place = Some(key.to_string()),
                _ => notices.push(Notice::BadPlace(quoted())),
            },
            "embed" => match value {
                id if (1..=64).contains(&id.len())
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') =>
                {
                    state.embed = Some(id.to_string())
                }
                _ => notices.push(Notice::BadEmbedId(quoted())),
            },
            _ => {}
        }
    }
    // Provinces and periods are checked once the mode and metric are known.
    if let Some(province) = &state.province
        && !provinces(data, state.province_mode).contains(&province.as_str())
    {
        notices.push(Notice::UnknownProvince(shorten(province)));
        state.province = None;
    }
    if let PeriodChoice::Exactly(key) = &state.period
        && !data
            .figures
            .iter()
            .any(|f| crate::query::period_key(&f.period) == *key)
    {
        notices.push(Notice::UnknownPeriod(shorten(key)));
        state.period = PeriodChoice::Latest;
    }
    if let (Some(from), Some(to)) = (state.from, state.to)
        && from > to
    {
        state.from = Some(to);
        state.to = Some(from);
        notices.push(Notice::SwappedYears);
    }
    if let Some(left_out) = excluded {
        for d in &data.districts {
            if !left_out.contains(&d.id) && seen.insert(d.id.clone()) {
                state.districts.push(d.id.clone());
            }
        }
    }
    // Dataset order, through an index: a link may name hundreds of districts.
    let order = crate::data::positions(data.districts.iter().map(|d| d.id.as_str()));
    crate::order::sort_by_key(&mut state.districts, |id| order.get(id.as_str()).copied());
    (state, notices)
}

/// Writes `state` as a query string (no leading `?`); empty for the default state.
/// Chosen districts are written as the shorter of the two lists: those chosen
/// (`d`), or, when more than half are, those left out (`dx`), so a reader who
/// unticks one of 700 districts gets a link of one id, not 699.
pub fn encode(state: &State, data: &Dataset) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if state.view != View::Compare {
        pairs.push(("view", state.view.code().into()));
    }
    if let Some(m) = &state.metric {
        pairs.push(("metric", m.clone()));
    }
    if let Some(g) = &state.group {
        pairs.push(("group", g.clone()));
    }
    if !state.districts.is_empty() {
        if state.districts.len() * 2 > data.districts.len() {
            let chosen: std::collections::HashSet<&str> =
                state.districts.iter().map(String::as_str).collect();
            let left_out: Vec<&str> = data
                .districts
                .iter()
                .map(|d| d.id.as_str())
                .filter(|id| !chosen.contains(id))
                .collect();
            pairs.push(("dx", left_out.join(",")));
        } else {
            pairs.push(("d", state.districts.join(",")));
        }
    }
    if state.province_mode == ProvinceMode::Current {
        pairs.push(("provmode", "2025".into()));
    }
    if let Some(p) = &state.province {
        pairs.push(("prov", p.clone()));
    }
    if let Some(y) = state.from {
        pairs.push(("from", y.to_string()));
    }
    if let Some(y) = state.to {
        pairs.push(("to", y.to_string()));
    }
    if let PeriodChoice::Exactly(key) = &state.period {
        pairs.push(("period", key.clone()));
    }
    if state.lang == Locale::En {
        pairs.push(("lang", "en".into()));
    }
    if !state.search.is_empty() {
        pairs.push(("q", state.search.clone()));
    }
    if let Some(t) = &state.theme {
        pairs.push(("theme", t.clone()));
    }
    if let Some(level) = state.level {
        pairs.push(("level", level.code().into()));
    }
    if let Some(s) = state.sort {
        pairs.push((
            "sort",
            format!("{}{}", if s.descending { "-" } else { "" }, s.column.code()),
        ));
    }
    if let Some(key) = &state.place {
        pairs.push(("place", key.clone()));
    }
    if let Some(url) = &state.data {
        pairs.push(("data", url.clone()));
    }
    if let Some(id) = &state.embed {
        pairs.push(("embed", id.clone()));
    }
    if pairs.is_empty() {
        return String::new();
    }
    out.append_pair("v", FORMAT_VERSION);
    for (k, v) in pairs {
        out.append_pair(k, &v);
    }
    out.finish()
}

/// The HTML a portal pastes to embed the view `state` shows: a frame of the
/// explorer at `base` (its URL, ending in `/`) in embed mode, and the script
/// beside the app that fits the frame's height to its content.
pub fn embed_snippet(base: &str, state: &State, data: &Dataset, title: &str) -> String {
    let metric = state.metric.as_deref().unwrap_or(state.view.code());
    let id: String = format!("lamtheobac-{}-{metric}", state.view.code())
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .take(64)
        .collect();
    let query = encode(
        &State {
            embed: Some(id),
            ..state.clone()
        },
        data,
    );
    let attr = |text: &str| {
        text.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    format!(
        "<iframe {} src=\"{}\" title=\"{}\" width=\"100%\" height=\"480\" frameborder=\"0\" loading=\"lazy\"></iframe>\n<script src=\"{}\" async></script>",
        crate::page_names::EMBED_FRAME,
        attr(&format!("{base}?{query}")),
        attr(title),
        attr(&format!("{base}embed.js")),
    )
}

/// The first and last year any figure or report of `data` covers.
pub fn year_span(data: &Dataset) -> (u16, u16) {
    let years = data
        .figures
        .iter()
        .map(|f| &f.period)
        .chain(data.reports.iter().map(|r| &r.period))
        .flat_map(|p| [p.start.get(..4), p.end.get(..4)])
        .flatten()
        .filter_map(|y| y.parse::<u16>().ok())
        .filter(|y| YEARS.contains(y));
    let (lo, hi) = years.fold((u16::MAX, u16::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
    if lo > hi {
        (*YEARS.start(), *YEARS.end())
    } else {
        (lo, hi)
    }
}

/// Province names in `mode`, in dataset order, each once.
pub fn provinces(data: &Dataset, mode: ProvinceMode) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for d in &data.districts {
        let name = match mode {
            ProvinceMode::AtReport => d.province.name.as_str(),
            ProvinceMode::Current => d.province_2025.name.as_str(),
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// A dataset address the app will fetch: relative, or http(s), at most 2,000
/// characters, no spaces or control characters (so never `javascript:` or `data:`).
fn is_dataset_url(value: &str) -> bool {
    let scheme = value
        .split_once(':')
        .map(|(s, _)| s)
        .filter(|s| !s.contains('/'));
    !value.is_empty()
        && value.len() <= 2000
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
        && scheme.is_none_or(|s| s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https"))
}

fn shorten(value: &str) -> String {
    let mut out: String = value.chars().take(NOTICE_VALUE_CHARS).collect();
    if value.chars().count() > NOTICE_VALUE_CHARS {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> &'static Dataset {
        crate::data::shipped().expect("shipped dataset")
    }

    #[test]
    fn the_default_state_is_the_empty_query() {
        assert_eq!(encode(&State::default(), data()), "");
        assert_eq!(decode("", data()), (State::default(), vec![]));
        assert_eq!(decode("?", data()), (State::default(), vec![]));
    }

    #[test]
    fn keys_lists_exactly_the_keys_decode_reads() {
        // Each listed key changes the state or says why not; any other is ignored.
        for key in KEYS {
            let read = decode(&format!("{key}=zz-not-a-value"), data());
            assert_ne!(read, (State::default(), vec![]), "{key} is not read");
        }
        for key in ["utm_source", "fbclid", "zarsrc", "V", "views"] {
            assert_eq!(
                decode(&format!("{key}=1"), data()),
                (State::default(), vec![])
            );
        }
    }

    #[test]
    fn a_place_key_is_checked_for_its_shape() {
        let (state, notices) = decode("place=thi-tran-oc-eo.huyen-thoai-son.an-giang", data());
        assert_eq!(
            state.place.as_deref(),
            Some("thi-tran-oc-eo.huyen-thoai-son.an-giang")
        );
        assert!(notices.is_empty());
        let (state, notices) = decode("place=X%C3%A3%20%C3%93c%20Eo", data());
        assert_eq!(state.place, None);
        assert_eq!(notices, vec![Notice::BadPlace("Xã Óc Eo".into())]);
    }

    #[test]
    fn a_full_state_survives_a_round_trip() {
        let state = State {
            view: View::Table,
            metric: Some("poverty_rate".into()),
            group: Some("poverty_living".into()),
            districts: vec!["my-xuyen".into(), "thoai-son".into()],
            province_mode: ProvinceMode::Current,
            province: Some("An Giang".into()),
            from: Some(2022),
            to: Some(2023),
            period: PeriodChoice::Exactly("2023".into()),
            lang: Locale::En,
            search: "quỹ & rác".into(),
            theme: Some("social_welfare".into()),
            sort: Some(Sort {
                column: Column::Value,
                descending: true,
            }),
            embed: Some("poverty-2023".into()),
            data: Some("https://portal.example/du-lieu/an-giang.json".into()),
            level: Some(crate::data::Level::FormerDistrict),
            place: Some("xa-oc-eo.tinh-an-giang".into()),
        };
        let query = encode(&state, data());
        assert!(
            query.starts_with("v=1&view=table&metric=poverty_rate"),
            "{query}"
        );
        assert_eq!(decode(&query, data()), (state, vec![]));
    }

    #[test]
    fn districts_come_back_in_dataset_order_without_repeats() {
        let (state, notices) = decode("d=thoai-son,my-xuyen,thoai-son", data());
        assert_eq!(state.districts, ["my-xuyen", "thoai-son"]);
        assert!(notices.is_empty());
    }

    #[test]
    fn most_districts_chosen_are_written_as_the_few_left_out() {
        let ids = |state: &State| state.districts.clone();
        // Four of five: the link names the one left out.
        let (four, notices) = decode("d=my-xuyen,phu-tan,thoai-son,bat-xat", data());
        assert!(notices.is_empty());
        let query = encode(&four, data());
        assert_eq!(query, "v=1&dx=can-duoc");
        assert_eq!(decode(&query, data()), (four.clone(), vec![]));
        // Two of five: the link names the two chosen.
        let (two, _) = decode("d=thoai-son,my-xuyen", data());
        assert_eq!(encode(&two, data()), "v=1&d=my-xuyen%2Cthoai-son");
        // Both lists together: the union, in dataset order; unknown ids are said.
        let (both, notices) = decode(
            "dx=phu-tan,thoai-son,bat-xat,can-duoc,nope&d=bat-xat",
            data(),
        );
        assert_eq!(ids(&both), ["my-xuyen", "bat-xat"]);
        assert_eq!(notices, vec![Notice::UnknownDistrict("nope".into())]);
        // Every district listed, written as none left out, still round-trips.
        let (all, _) = decode("d=my-xuyen,phu-tan,thoai-son,bat-xat,can-duoc", data());
        assert_eq!(encode(&all, data()), "v=1&dx=");
        assert_eq!(decode("v=1&dx=", data()), (all, vec![]));
    }

    #[test]
    fn junk_gives_the_defaults_and_a_notice_for_each_bad_value() {
        let (state, notices) = decode(
            "view=pie&metric=nope&d=my-xuyen,<script>alert(1)</script>&from=abc&to=1990&lang=fr&sort=colour&theme=x&provmode=1975&v=9",
            data(),
        );
        assert_eq!(
            state,
            State {
                districts: vec!["my-xuyen".into()],
                ..State::default()
            }
        );
        assert_eq!(
            notices,
            vec![
                Notice::UnknownView("pie".into()),
                Notice::UnknownMetric("nope".into()),
                Notice::UnknownDistrict("<script>alert(1)</script>".into()),
                Notice::BadYear {
                    key: "from",
                    value: "abc".into()
                },
                Notice::BadYear {
                    key: "to",
                    value: "1990".into()
                },
                Notice::UnknownLanguage("fr".into()),
                Notice::UnknownSort("colour".into()),
                Notice::UnknownTheme("x".into()),
                Notice::UnknownProvinceMode("1975".into()),
                Notice::UnsupportedVersion("9".into()),
            ]
        );
    }

    #[test]
    fn reversed_years_are_swapped_and_said_so() {
        let (state, notices) = decode("from=2024&to=2022", data());
        assert_eq!((state.from, state.to), (Some(2022), Some(2024)));
        assert_eq!(notices, vec![Notice::SwappedYears]);
    }

    #[test]
    fn a_province_is_checked_in_its_mode_and_a_period_against_the_data() {
        let (state, notices) = decode("prov=T%C3%A2y+Ninh&provmode=2025&period=2023", data());
        assert_eq!(state.province.as_deref(), Some("Tây Ninh"));
        assert_eq!(state.period, PeriodChoice::Exactly("2023".into()));
        assert!(notices.is_empty(), "{notices:?}");
        let (state, notices) = decode("prov=T%C3%A2y+Ninh&period=1999", data());
        assert_eq!((state.province, state.period), (None, PeriodChoice::Latest));
        assert_eq!(
            notices,
            vec![
                Notice::UnknownProvince("Tây Ninh".into()),
                Notice::UnknownPeriod("1999".into())
            ]
        );
    }

    #[test]
    fn unknown_keys_are_ignored_silently_and_long_junk_is_cut_in_notices() {
        let (state, notices) = decode("utm_source=portal&fbclid=x", data());
        assert_eq!((state, notices), (State::default(), vec![]));
        let long = "x".repeat(5000);
        let (_, notices) = decode(&format!("metric={long}"), data());
        assert_eq!(
            notices,
            vec![Notice::UnknownMetric(format!("{}…", "x".repeat(40)))]
        );
    }

    #[test]
    fn dataset_addresses_are_relative_or_http_only() {
        for ok in [
            "data/other.json",
            "/so-lieu/a.json",
            "https://x.example/a.json",
            "HTTP://x/a.json",
        ] {
            assert_eq!(
                decode(&format!("data={}", ok.replace('/', "%2F")), data())
                    .0
                    .data
                    .as_deref(),
                Some(ok)
            );
        }
        for bad in [
            "javascript:alert(1)",
            "data:application/json,{}",
            "file:///etc/passwd",
            "a b.json",
        ] {
            let (state, notices) = decode(&format!("data={}", bad.replace(' ', "%20")), data());
            assert_eq!(
                (state.data, notices),
                (None, vec![Notice::BadDataUrl(bad.into())]),
                "{bad}"
            );
        }
    }

    #[test]
    fn embed_ids_are_kept_only_when_safe_to_echo() {
        assert_eq!(
            decode("embed=poverty_2023-a", data()).0.embed.as_deref(),
            Some("poverty_2023-a")
        );
        let (state, notices) = decode("embed=%3Cb%3E", data());
        assert_eq!(
            (state.embed, notices),
            (None, vec![Notice::BadEmbedId("<b>".into())])
        );
    }

    #[test]
    fn the_snippet_frames_this_view_in_embed_mode_and_escapes_its_attributes() {
        let state = decode("metric=poverty_rate&lang=en", data()).0;
        let snippet = embed_snippet(
            "https://portal.example/so-lieu/",
            &state,
            data(),
            "Poverty \"rate\" <x>",
        );
        assert_eq!(
            snippet,
            "<iframe data-lamtheobac src=\"https://portal.example/so-lieu/?v=1&amp;metric=poverty_rate&amp;lang=en&amp;embed=lamtheobac-compare-poverty-rate\" \
             title=\"Poverty &quot;rate&quot; &lt;x&gt;\" width=\"100%\" height=\"480\" frameborder=\"0\" loading=\"lazy\"></iframe>\n\
             <script src=\"https://portal.example/so-lieu/embed.js\" async></script>"
        );
    }

    #[test]
    fn a_long_search_cut_at_a_space_still_round_trips() {
        // Found by fuzzing: 199 letters then spaces, cut at 200, ended in a space.
        let query = format!("q={}+++++x", "o".repeat(199));
        let (state, _) = decode(&query, data());
        assert_eq!(state.search, "o".repeat(199));
        assert_eq!(decode(&encode(&state, data()), data()), (state, vec![]));
    }

    #[test]
    fn the_year_span_is_read_from_the_data() {
        assert_eq!(year_span(data()), (2021, 2024));
    }
}
