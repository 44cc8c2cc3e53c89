//! At national scale (generated, synthetic data) the views stay readable:
//! compare keeps the extremes and what the reader asks for, trend caps its
//! series, and both say so.

use lamtheobac::chart::{compare, trend};
use lamtheobac::format::Locale;
use lamtheobac::query::{self, EDGE_BARS, MAX_BARS, MAX_SERIES};
use lamtheobac::tools::synthetic;
use lamtheobac::{data, url};
use std::sync::OnceLock;

fn national() -> &'static data::Dataset {
    static DATA: OnceLock<data::Dataset> = OnceLock::new();
    DATA.get_or_init(|| synthetic::generate(42, synthetic::NATIONAL))
}

#[test]
fn the_generated_national_dataset_is_valid_and_loads_through_the_own_data_path() {
    let json = serde_json::to_string(national()).unwrap();
    assert!(json.len() < data::MAX_DATASET_BYTES, "{} bytes", json.len());
    let loaded = data::load(&json).expect("valid");
    assert_eq!(loaded.districts.len(), 700);
    let provinces: std::collections::HashSet<&str> = loaded
        .districts
        .iter()
        .map(|d| d.province.name.as_str())
        .collect();
    assert_eq!((provinces.len(), loaded.metrics.len()), (63, 40));
}

#[test]
fn compare_keeps_the_top_and_bottom_and_the_districts_asked_for() {
    let d = national();
    let state = url::decode("metric=gl_metric_02&period=2020", d).0;
    let c = query::compare(d, &state).unwrap();
    assert_eq!(c.rows.len(), 2 * EDGE_BARS);
    assert!(c.omitted > 0);
    let values: Vec<f64> = c.rows.iter().map(|(_, f)| f.value).collect();
    assert!(
        values.windows(2).all(|w| w[0] >= w[1]),
        "sorted highest first"
    );
    // A district found by search is added among the extremes.
    let middle = {
        let all = query::compare(d, &url::decode("metric=gl_metric_02&period=2020", d).0).unwrap();
        let _ = all;
        let mut every: Vec<_> = d
            .figures
            .iter()
            .filter(|f| f.metric == "gl_metric_02" && f.period.start == "2020")
            .collect();
        every.sort_by(|a, b| b.value.partial_cmp(&a.value).unwrap());
        every[every.len() / 2].district.clone()
    };
    let name = d.district(&middle).unwrap().name.clone();
    let searched = url::decode(
        &format!(
            "metric=gl_metric_02&period=2020&q={}",
            name.replace(' ', "+")
        ),
        d,
    )
    .0;
    let c = query::compare(d, &searched).unwrap();
    assert!(
        c.rows.iter().any(|(x, _)| x.id == middle),
        "{name} not added"
    );
    assert!(c.rows.len() <= MAX_BARS + EDGE_BARS);
    let chart = compare::spec(&c, d, Locale::Vi);
    assert!(
        chart
            .headline
            .starts_with(&format!("Hiện {} trong số", c.rows.len())),
        "{}",
        chart.headline
    );
    assert!(
        chart.bars[0].district.contains(" · Tỉnh giả lập "),
        "province named on each bar"
    );
    assert!(
        chart.summary.contains("Bài viết về ")
            && chart
                .summary
                .ends_with(" huyện (cũ) không nêu số liệu này."),
        "{}",
        chart.summary
    );
}

#[test]
fn trend_caps_its_series_and_says_so() {
    let d = national();
    let t = query::trend(d, &url::decode("view=trend&metric=gl_metric_02", d).0).unwrap();
    assert_eq!(t.series.len(), MAX_SERIES);
    assert!(t.omitted > 0);
    let chart = trend::spec(&t, d, Locale::En);
    assert!(
        chart
            .headline
            .starts_with(&format!("Showing {MAX_SERIES} of")),
        "{}",
        chart.headline
    );
}

/// The country since 1 July 2025: 3,321 communes and wards in 34 provinces.
/// As a package without the read-only columns it stays under the size a
/// reader takes, and reads back as the generated dataset.
#[test]
fn the_whole_country_as_a_lean_package_fits_and_reads_back() {
    let communes = synthetic::generate(42, synthetic::COMMUNES);
    assert_eq!(communes.districts.len(), 3321);
    let files: Vec<(String, Vec<u8>)> = data::write::open_data::lean_package(&communes)
        .into_iter()
        .map(|(n, t)| (n.to_string(), t.into_bytes()))
        .collect();
    let total: usize = files.iter().map(|(_, b)| b.len()).sum();
    assert!(total < data::MAX_DATASET_BYTES, "{total} bytes");
    let provinces: std::collections::HashSet<&str> = communes
        .districts
        .iter()
        .map(|d| d.province_2025.name.as_str())
        .collect();
    assert_eq!(provinces.len(), 34);
    assert_eq!(data::read_files(&files).expect("reads back"), communes);
}

/// The country since 2025 mixes communes, wards and special zones: a chart
/// compares one level, the most common unless the link names another, and
/// a level the data lacks is a notice, not an empty page.
#[test]
fn a_chart_compares_units_of_one_level_and_the_link_chooses_which() {
    use lamtheobac::data::Level;
    let d = synthetic::generate(42, synthetic::COMMUNES);
    assert_eq!(
        query::levels(&d),
        vec![
            (Level::Commune, 2621),
            (Level::Ward, 687),
            (Level::SpecialZone, 13)
        ]
    );
    let (state, notices) = url::decode("metric=gl_metric_02", &d);
    assert!(notices.is_empty());
    assert_eq!(query::level_in_view(&d, &state), Level::Commune);
    let c = query::compare(&d, &state).unwrap();
    assert!(c.rows.iter().all(|(u, _)| u.level == Level::Commune));
    let (wards, notices) = url::decode("metric=gl_metric_02&level=ward", &d);
    assert!(notices.is_empty());
    let c = query::compare(&d, &wards).unwrap();
    assert!(c.rows.iter().all(|(u, _)| u.level == Level::Ward));
    assert!(c.rows.len() + c.omitted <= 687);
    let s = compare::spec(&c, &d, Locale::En);
    assert!(
        s.summary.contains("wards") || s.headline.contains("ward"),
        "{}",
        s.summary
    );
    // The shipped data has former districts only.
    let (_, notices) = url::decode("level=ward", data::shipped().unwrap());
    assert_eq!(notices, vec![url::Notice::UnknownLevel("ward".into())]);
}

/// At 3,321 units the tables stay usable: coverage and initiative counts
/// are by province until the reader picks one, and the figures table sorts
/// forty thousand rows by unit name (a scan of the units per comparison
/// once took minutes; this test would not finish).
#[test]
fn the_tables_of_the_whole_country_go_by_province_and_sort_by_name() {
    use lamtheobac::rollup::{self, PROVINCE_FIRST};
    let d = synthetic::generate(42, synthetic::COMMUNES);
    let (state, _) = url::decode("view=coverage", &d);
    let rows = query::coverage(&d, &state);
    let units: Vec<_> = rows.iter().map(|r| r.0).collect();
    assert!(units.len() > PROVINCE_FIRST && rollup::province_first(&state, &units));
    let found = query::initiatives(&d, &state);
    let counts = query::initiative_counts(&d, &state, &found);
    let tallies = rollup::by_province(&counts, state.province_mode);
    assert_eq!(tallies.len(), 34);
    assert_eq!(
        tallies.iter().flat_map(|t| &t.counts).sum::<usize>(),
        found.len()
    );
    let (sorted, notices) = url::decode("view=table&sort=district", &d);
    assert!(notices.is_empty() && sorted.sort.is_some());
    let table = query::table(&d, &sorted, Locale::Vi);
    assert!(table.len() > 10 * query::PAGE_ROWS, "{}", table.len());
    let name = |f: &data::Figure| d.district(&f.district).unwrap().name.as_str();
    assert!(table.windows(2).all(|w| name(w[0]) <= name(w[1])));
    // The sources view: the reports of the communes, their figures grouped once.
    let reports = query::reports_in_scope(&d, &state);
    assert_eq!(reports.len(), units.len());
    let by_report = query::figures_by_report(&d);
    assert_eq!(
        by_report.values().map(Vec::len).sum::<usize>(),
        d.figures.len()
    );
}
