//! No chart cuts its own words: every axis label, value label, name and
//! legend entry the charts draw stands inside the chart, for every metric of
//! the shipped dataset and of the generated national ones, at the widths a
//! phone, a tablet and a desktop give a chart, in both languages. Measured
//! through the SVG backend, whose layout is the canvas's (the same drawing
//! code asks the backend how wide each text is).

use lamtheobac::chart::export::AnyChart;
use lamtheobac::chart::svg::TrueSizeSvg;
use lamtheobac::chart::{compare, overview, trend};
use lamtheobac::data::{self, Dataset};
use lamtheobac::format::Locale;
use lamtheobac::tools::synthetic;
use lamtheobac::{query, url};
use plotters::prelude::*;
use support::svg::text_boxes;

mod support;

/// Chart widths in CSS pixels: the chart on a 320 px phone (inside the
/// page's padding), the phone widths themselves, a tablet and a desktop.
const WIDTHS: [u32; 5] = [280, 320, 390, 768, 1280];

fn drawn(chart: &AnyChart, width: u32) -> String {
    let height = chart.height(f64::from(width)).round() as u32;
    let mut out = String::new();
    {
        let root =
            TrueSizeSvg(SVGBackend::with_string(&mut out, (width, height))).into_drawing_area();
        chart.draw(&root, 1.0).expect("draws");
    }
    out
}

/// Every text of `chart` drawn at every width that does not stand wholly
/// inside the drawing, as "width: text (box)".
fn overflows(chart: &AnyChart) -> Vec<String> {
    let mut found = Vec::new();
    for width in WIDTHS {
        let svg = drawn(chart, width);
        let height = chart.height(f64::from(width)).round();
        for b in text_boxes(&svg) {
            if b.left < 0.0 || b.top < 0.0 || b.right > f64::from(width) || b.bottom > height {
                found.push(format!(
                    "{width} px: “{}” at ({:.0}, {:.0})–({:.0}, {:.0}) in {width} × {height}",
                    b.text, b.left, b.top, b.right, b.bottom
                ));
            }
        }
    }
    found
}

/// The compare and trend charts of every metric of `data`, in both languages.
fn every_chart(data: &Dataset) -> Vec<(String, AnyChart)> {
    let mut charts = Vec::new();
    for locale in [Locale::Vi, Locale::En] {
        for metric in &data.metrics {
            let state = url::decode(&format!("metric={}", metric.id), data).0;
            if let Some(c) = query::compare(data, &state) {
                charts.push((
                    format!("compare {} {locale:?}", metric.id),
                    AnyChart::Compare(compare::spec(&c, data, locale)),
                ));
            }
            if let Some(t) = query::trend(data, &state) {
                charts.push((
                    format!("trend {} {locale:?}", metric.id),
                    AnyChart::Trend(trend::spec(&t, data, locale)),
                ));
            }
        }
    }
    charts
}

fn assert_all_fit(data: &Dataset) {
    let mut failures = Vec::new();
    let charts = every_chart(data);
    assert!(
        charts.len() >= 2 * data.metrics.len(),
        "{} charts",
        charts.len()
    );
    for (name, chart) in &charts {
        for overflow in overflows(chart) {
            failures.push(format!("{name}: {overflow}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} labels cut:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_label_of_the_shipped_charts_fits() {
    let data = data::shipped().expect("shipped dataset loads");
    assert_all_fit(data);
    for locale in [Locale::Vi, Locale::En] {
        let overflow = overflows(&AnyChart::Bars(overview::spec(data, locale)));
        assert!(overflow.is_empty(), "overview {locale:?}: {overflow:#?}");
    }
}

#[test]
fn every_label_of_the_national_charts_fits() {
    assert_all_fit(&synthetic::generate(42, synthetic::NATIONAL));
}

#[test]
fn every_label_of_the_commune_charts_fits() {
    assert_all_fit(&synthetic::generate(7, synthetic::COMMUNES));
}

#[test]
fn the_income_trend_reads_its_axis_in_millions() {
    let data = data::shipped().expect("shipped dataset loads");
    let state = url::decode("view=trend&metric=income_per_capita", data).0;
    let t = query::trend(data, &state).expect("a trend");
    for (locale, word) in [(Locale::Vi, "triệu"), (Locale::En, "million")] {
        let svg = drawn(&AnyChart::Trend(trend::spec(&t, data, locale)), 390);
        let texts: Vec<String> = text_boxes(&svg).into_iter().map(|b| b.text).collect();
        assert!(
            texts.iter().any(|t| t.ends_with(word) && t != "0"),
            "{locale:?}: {texts:?}"
        );
        assert!(
            !texts.iter().any(|t| t.contains("000.000")),
            "{locale:?}: a label in đồng: {texts:?}"
        );
    }
}
