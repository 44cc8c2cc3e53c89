//! What a reader downloads: every file carries the attribution (explorer,
//! source reports, dataset date), and the chart files are drawn by the same
//! code as the page.

mod support;

use lamtheobac::chart::compare;
use lamtheobac::chart::export::{self, AnyChart};
use lamtheobac::data::{self, Dataset};
use lamtheobac::format::Locale;
use lamtheobac::{i18n, query, url};
use support::svg::texts;

fn data() -> &'static Dataset {
    data::shipped().expect("shipped dataset loads")
}

fn poverty(locale: Locale) -> AnyChart {
    let state = url::decode("metric=poverty_rate", data()).0;
    AnyChart::Compare(compare::spec(
        &query::compare(data(), &state).unwrap(),
        data(),
        locale,
    ))
}

#[test]
fn the_svg_is_the_chart_with_its_attribution_underneath() {
    let chart = poverty(Locale::Vi);
    let shown = chart.figures();
    let reports: Vec<&data::Report> = data()
        .reports
        .iter()
        .filter(|r| {
            data()
                .figures
                .iter()
                .any(|f| f.report == r.file && shown.contains(&f.id))
        })
        .collect();
    let lines = i18n::attribution(data(), &reports, Locale::Vi);
    let svg = export::svg(&chart, &lines);
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    let t = texts(&svg);
    assert!(t.contains(&"1,32% · 2023".to_string()), "{t:?}");
    assert_eq!(t[0], "Tỷ lệ hộ nghèo", "the title comes first");
    assert!(
        t.contains(
            &"Học tập và làm theo Bác: tra cứu số liệu · dữ liệu tổng hợp ngày 22/11/2026"
                .to_string()
        ),
        "{t:?}"
    );
    assert!(
        t.contains(
            &"Nguồn: “Huyện Mỹ Xuyên học tập và làm theo Bác”; “Huyện Thoại Sơn (tỉnh An Giang) học tập và làm theo Bác bằng những việc làm thiết thực”"
                .to_string()
        ),
        "the articles are named by their titles, not their files: {t:?}"
    );
    assert!(!svg.contains(".txt"), "no file name reaches a reader");
    let en = i18n::attribution(data(), &reports, Locale::En);
    assert_eq!(
        en[0],
        "Following Ho Chi Minh's example: a figures explorer · dataset compiled on 22 November 2026"
    );
    let (w, h) = chart.export_size(lines.len());
    assert!(svg.contains(&format!("width=\"{w}\" height=\"{h}\"")));
    // Text at the size the page draws it (plotters' plain SVG backend writes s / 1.24).
    let sizes: Vec<f64> = svg
        .split("font-size=\"")
        .skip(1)
        .filter_map(|t| t.split_once('"')?.0.parse::<f64>().ok())
        .map(|s| (s * 100.0).round() / 100.0)
        .collect();
    assert!(
        sizes.contains(&15.0) && sizes.contains(&17.0),
        "names and values at 15 px, the title at 17: {sizes:?}"
    );
}

#[test]
fn csv_and_json_carry_the_explorer_the_reports_and_the_date() {
    let shown: Vec<_> = data()
        .figures
        .iter()
        .filter(|f| f.metric == "poverty_rate")
        .collect();
    let csv = data::figures_csv(data(), shown.iter().copied());
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 3);
    assert!(rows[0].ends_with(",explorer,dataset_built"));
    for row in &rows[1..] {
        assert!(
            row.ends_with(&format!("{},2026-11-22", data::EXPLORER)),
            "{row}"
        );
    }
    let json: serde_json::Value =
        serde_json::from_str(&data::figures_json(data(), shown.iter().copied())).unwrap();
    assert_eq!(json["attribution"]["explorer"], data::EXPLORER);
    assert_eq!(json["attribution"]["dataset_built"], "2026-11-22");
    assert_eq!(
        json["attribution"]["sources"],
        serde_json::json!(["000_3e4c7f99b2038cb1.txt", "002_f5bcca32013dedc3.txt"])
    );
    assert_eq!(
        json["figures"][0]["evidence"],
        "tỷ lệ hộ nghèo giảm còn 1,17%"
    );
}
