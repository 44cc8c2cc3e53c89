//! The compare and trend charts drawn into SVG from the real dataset, by the
//! code that draws the canvas: what a reader would see.

use lamtheobac::chart::{compare, trend};
use lamtheobac::data::{self, Dataset};
use lamtheobac::format::Locale;
use lamtheobac::{query, url};
use plotters::prelude::*;
use support::svg::texts;

mod support;

fn data() -> &'static Dataset {
    data::shipped().expect("shipped dataset loads")
}

/// Polylines in Thoại Sơn's colour of the given stroke width (3: a join, 6: a span).
fn strokes(svg: &str, width: &str) -> usize {
    let tail = format!(" stroke=\"#007356\" stroke-width=\"{width}\"");
    svg.lines()
        .filter(|l| l.starts_with("<polyline") && l.contains(&tail))
        .count()
}

fn compare_svg(query: &str, locale: Locale) -> (compare::CompareChart, String, usize) {
    let state = url::decode(query, data()).0;
    let chart = compare::spec(&query::compare(data(), &state).unwrap(), data(), locale);
    let mut out = String::new();
    let hits = {
        let root =
            SVGBackend::with_string(&mut out, (720, chart.height() as u32)).into_drawing_area();
        compare::draw(&chart, &root, 1.0).expect("draws")
    };
    (chart, out, hits.len())
}

fn trend_svg(query: &str, locale: Locale) -> (trend::TrendChart, String) {
    let state = url::decode(query, data()).0;
    let chart = trend::spec(&query::trend(data(), &state).unwrap(), data(), locale);
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (720, 360)).into_drawing_area();
        trend::draw(&chart, &root, 1.0).expect("draws");
    }
    (chart, out)
}

#[test]
fn poverty_draws_a_bar_for_each_reporting_district_only() {
    let (chart, svg, hits) = compare_svg("metric=poverty_rate", Locale::Vi);
    let t = texts(&svg);
    assert_eq!(hits, 2, "one hit box per bar");
    assert!(
        t.contains(&"Thoại Sơn".to_string()) && t.contains(&"Mỹ Xuyên".to_string()),
        "{t:?}"
    );
    assert!(
        t.contains(&"1,32% · 2023".to_string()) && t.contains(&"1,17% · 2023".to_string()),
        "{t:?}"
    );
    // The districts that did not report are not drawn, as bars or names.
    for absent in ["Phú Tân", "Bát Xát", "Cần Đước"] {
        assert!(!t.iter().any(|s| s == absent), "{absent} drawn: {t:?}");
    }
    assert_eq!(
        chart.summary,
        "Thoại Sơn: 1,32% (2023); Mỹ Xuyên: 1,17% (2023). Lưu ý khi so sánh: Bài viết về Thoại Sơn ghi tỷ lệ “theo chuẩn mới” (chuẩn nghèo đa chiều); bài viết về Mỹ Xuyên không ghi theo chuẩn nghèo nào. Bài viết về Phú Tân, Bát Xát và Cần Đước không nêu số liệu này.",
        "the standards differ, so the rates are listed with the caveat, not ranked; \
         what the articles do not give is not called unreported"
    );
    // The line under the chart is the values alone: the page shows the caveat
    // beside it, and a longer line would outgrow the chart as the largest paint.
    assert_eq!(
        chart.headline,
        "Thoại Sơn: 1,32% (2023); Mỹ Xuyên: 1,17% (2023)."
    );
}

#[test]
fn english_uses_english_notation() {
    let (chart, svg, _) = compare_svg("metric=poverty_rate", Locale::En);
    assert!(texts(&svg).contains(&"1.32% · 2023".to_string()));
    assert_eq!(
        chart.summary,
        "Thoại Sơn: 1.32% (2023); Mỹ Xuyên: 1.17% (2023). Note on comparability: The article on Thoại Sơn gives the rate “by the new standard” (the multidimensional poverty line); the article on Mỹ Xuyên does not say which standard. Not given in the articles on Phú Tân, Bát Xát and Cần Đước."
    );
    let (_, svg, _) = compare_svg("metric=study_promotion_funds_raised", Locale::En);
    assert!(
        texts(&svg).contains(&"VND 21 billion · 2024".to_string()),
        "{:?}",
        texts(&svg)
    );
}

#[test]
fn a_qualified_figure_keeps_its_qualifier_on_the_bar() {
    let (_, svg, _) = compare_svg("metric=social_group_members", Locale::Vi);
    assert!(
        texts(&svg).contains(&"hơn 12.000 · 2023".to_string()),
        "{:?}",
        texts(&svg)
    );
}

#[test]
fn thoai_sons_participation_is_two_joined_points_and_a_span() {
    let (chart, svg) = trend_svg("view=trend&metric=study_participation_rate", Locale::Vi);
    assert_eq!(chart.series.len(), 1);
    let marks = &chart.series[0].marks;
    assert_eq!(marks.iter().filter(|m| m.is_point()).count(), 2);
    assert_eq!(marks.iter().filter(|m| !m.is_point()).count(), 1);
    let t = texts(&svg);
    for label in ["98,1%", "99,34%", "99,75%", "2022", "2023", "Thoại Sơn"] {
        assert!(t.contains(&label.to_string()), "{label} missing: {t:?}");
    }
    // Years are never grouped like numbers.
    assert!(!t.iter().any(|s| s == "2.023"), "{t:?}");
    // One line joins 2022 and 2023; the span is a thick stroke of its own.
    assert_eq!(strokes(&svg, "3"), 1, "joins");
    assert_eq!(strokes(&svg, "6"), 1, "spans");
    assert!(
        chart
            .summary
            .starts_with("Thoại Sơn: 5/2021–2024 99,75%; 2022 98,1%; 2023 99,34%."),
        "{}",
        chart.summary
    );
}

#[test]
fn years_apart_are_not_joined() {
    // Thoại Sơn's conferences: the 2022, 2023 and 2024 themes are consecutive
    // and joined; the term-wide span is not a point and joins nothing.
    let (chart, svg) = trend_svg("view=trend&metric=study_conferences", Locale::Vi);
    assert_eq!(chart.series[0].marks.len(), 4);
    assert_eq!(
        (strokes(&svg, "3"), strokes(&svg, "6")),
        (2, 1),
        "two joins and one span"
    );
}

/// plotters' SVG backend writes a font of size s as `font-size="s / 1.24"`;
/// the canvas draws it at s CSS pixels. Sizes here are the canvas's.
fn size(attribute: &str) -> Option<f64> {
    attribute
        .parse::<f64>()
        .ok()
        .map(|s| (s * 1.24 * 10.0).round() / 10.0)
}

/// The font size of every `<text>`.
fn every_font_size(svg: &str) -> Vec<f64> {
    svg.split("font-size=\"")
        .skip(1)
        .filter_map(|t| size(t.split_once('"')?.0))
        .collect()
}

/// The font size of each `<text>` whose content is `text`.
fn font_sizes(svg: &str, text: &str) -> Vec<f64> {
    svg.split("<text")
        .skip(1)
        .filter(|t| {
            t.split_once('>')
                .is_some_and(|(_, rest)| rest.trim_start().starts_with(text))
        })
        .filter_map(|t| {
            let (_, rest) = t.split_once("font-size=\"")?;
            size(rest.split_once('"')?.0)
        })
        .collect()
}

#[test]
fn names_and_values_are_drawn_as_large_as_the_pages_text_and_axes_no_smaller_than_12() {
    let (_, svg, _) = compare_svg("metric=poverty_rate", Locale::Vi);
    for text in ["Thoại Sơn", "1,32% · 2023"] {
        let sizes = font_sizes(&svg, text);
        assert!(
            !sizes.is_empty() && sizes.iter().all(|&s| (14.0..=15.0).contains(&s)),
            "{text}: {sizes:?}"
        );
    }
    let every = every_font_size(&svg);
    assert!(every.iter().all(|&s| s >= 12.0), "{every:?}");

    let (_, svg) = trend_svg("view=trend&metric=study_participation_rate", Locale::Vi);
    let every = every_font_size(&svg);
    assert!(every.iter().all(|&s| s >= 13.0), "{every:?}");
    assert!(
        font_sizes(&svg, "Thoại Sơn").iter().all(|&s| s >= 14.0),
        "legend names"
    );
}

#[test]
fn a_narrow_phone_keeps_room_for_the_bars_by_drawing_names_one_step_smaller() {
    let state = url::decode("metric=poverty_rate", data()).0;
    let chart = compare::spec(&query::compare(data(), &state).unwrap(), data(), Locale::Vi);
    let mut out = String::new();
    {
        let root =
            SVGBackend::with_string(&mut out, (250, chart.height() as u32)).into_drawing_area();
        compare::draw(&chart, &root, 1.0).expect("draws");
    }
    let sizes = font_sizes(&out, "Thoại Sơn");
    assert!(sizes.iter().all(|&s| s == 14.0), "{sizes:?}");
}

#[test]
fn a_single_year_gets_an_axis_of_that_year_alone() {
    let (chart, svg) = trend_svg(
        "view=trend&metric=study_participation_rate&from=2023&to=2023",
        Locale::Vi,
    );
    assert_eq!(chart.x_range, (2023.0, 2024.0));
    let t = texts(&svg);
    assert!(t.contains(&"2023".to_string()), "{t:?}");
    for other in ["2021", "2022", "2024"] {
        assert!(
            !t.contains(&other.to_string()),
            "{other} on the axis: {t:?}"
        );
    }
}

#[test]
fn at_the_scale_of_the_whole_country_long_names_are_cut_so_the_bars_keep_their_room() {
    // 3,321 communes and wards: past the bar cap each name carries its
    // province, which on a phone would leave the bars a sliver.
    let d = lamtheobac::tools::synthetic::generate(42, lamtheobac::tools::synthetic::COMMUNES);
    let state = url::decode("metric=gl_metric_18", &d).0;
    let chart = compare::spec(&query::compare(&d, &state).unwrap(), &d, Locale::Vi);
    let mut out = String::new();
    let hits = {
        let root =
            SVGBackend::with_string(&mut out, (366, chart.height() as u32)).into_drawing_area();
        compare::draw(&chart, &root, 1.0).expect("draws")
    };
    let widest = hits.iter().map(|h| h.right).max().unwrap();
    let left = hits[0].left;
    // The plot keeps 90 px; the highest bar (19.979 on an axis to 20.000)
    // spans nearly all of it. Uncut, the names left it about 25 px.
    assert!(
        widest - left >= 85,
        "the bars keep their room: {left}..{widest}"
    );
    let t = texts(&out);
    assert!(t.iter().any(|s| s.ends_with('…')), "{t:?}");
    // The axis labels ("0", "5.000" … "20.000") stand apart: as many as fit.
    let mut ticks: Vec<(f64, usize)> = out
        .split("<text")
        .skip(1)
        .filter_map(|t| {
            let x: f64 = t.split_once("x=\"")?.1.split_once('"')?.0.parse().ok()?;
            let label = t.split_once('>')?.1.split_once("</text>")?.0.trim();
            let numeric =
                !label.is_empty() && label.chars().all(|c| c.is_ascii_digit() || c == '.');
            numeric.then(|| (x, label.chars().count()))
        })
        .collect();
    ticks.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert!(ticks.len() >= 2, "{ticks:?}");
    // 13 px digits are about 8 px wide each; centred labels must not touch.
    assert!(
        ticks
            .windows(2)
            .all(|w| w[1].0 - w[0].0 >= 4.0 * (w[0].1 + w[1].1) as f64),
        "axis labels overlap: {ticks:?}"
    );
    // The full names, with their provinces, are still in the chart's description.
    assert!(chart.bars.iter().all(|b| {
        d.districts.iter().any(|x| {
            let province = lamtheobac::place_names::alone(&x.province.name, Locale::Vi);
            b.district == format!("{} · {province}", x.name)
        })
    }));
}
