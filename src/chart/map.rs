//! The map: Vietnam's provinces in the page's boundary choice, coloured by
//! their figures (a choropleth with classes that read as numbers, no figure
//! hatched), or, for a few units below a province, the provinces that hold
//! them marked and each unit numbered with its value in the key. The spec is
//! built here; `map_draw` draws it on any plotters backend.

use crate::format::{self, Locale, period_label};
use crate::i18n::fill;
use crate::map::shapes::{Point, Province, Shapes};
use crate::map::values::{Rollup, Shown, key, shown};
use crate::query::Chosen;
use crate::state::ProvinceMode;

use super::map_words::words;

/// How a ring is filled.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fill {
    /// The legend's class, 0 the lowest.
    Class(usize),
    /// No figure: hatched, never coloured as a value.
    NoData,
    /// Holds a unit the map points at.
    Holds,
    Plain,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    pub province: usize,
    pub fill: Fill,
    pub ring: Vec<Point>,
}

/// Something a pointer or the keyboard picks: a province or a unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub province: usize,
    pub at: Point,
    /// The figure shown, when it is one of the dataset's.
    pub figure: Option<String>,
    /// What the tooltip says otherwise.
    pub note: String,
    /// A unit's number in the key.
    pub number: Option<usize>,
    /// Its place among the units of its province, and how many there are:
    /// their markers stand side by side.
    pub slot: (usize, usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    pub fill: Option<Fill>,
    pub number: Option<usize>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapChart {
    pub title: String,
    pub headline: String,
    pub summary: String,
    pub locale: Locale,
    pub grid: i32,
    /// West, south, east, north, in grid units.
    pub extent: (i32, i32, i32, i32),
    pub areas: Vec<Area>,
    /// Units pointed at (a locator map) rather than provinces coloured.
    pub pointers: bool,
    pub marks: Vec<Mark>,
    pub legend: Vec<Key>,
    /// The archipelagos' names, and the sea's, where they go.
    pub names: Vec<(Point, Vec<String>)>,
    pub sea: (Point, String),
    /// Which boundaries are drawn, and the map's sources.
    pub note: String,
    pub credit: String,
    /// The provinces with no figure, listed (the hatching's words).
    pub missing: Vec<String>,
    /// The data table's rows: name, period or how, value.
    pub rows: Vec<[String; 3]>,
}

impl MapChart {
    /// Its size as exported with an attribution of `lines` lines.
    pub fn export_size(&self, lines: usize) -> (u32, u32) {
        super::export::export_size(|w| self.height(w), lines)
    }

    pub fn label(&self) -> String {
        format!("{}. {}", self.title, self.summary)
    }

    /// The height the map wants at `width` CSS pixels: the country's shape,
    /// and the key under it.
    pub fn height(&self, width: f64) -> f64 {
        let (w, s, e, n) = self.extent;
        let ratio = f64::from(n - s) / (f64::from(e - w) * COS_LAT);
        let map = (width * ratio).clamp(280.0, 760.0);
        let rows = if self.pointers {
            self.legend.len() as f64
        } else {
            // Two or three entries a row on a phone, all in one or two on a desktop.
            (self.legend.len() as f64 / (width / 150.0).floor().max(1.0)).ceil()
        };
        map + 16.0 + 20.0 * rows.max(1.0)
    }
}

/// The map's east–west scale at Vietnam's middle latitude (16°): a degree of
/// longitude is this much of a degree of latitude.
pub const COS_LAT: f64 = 0.961;

/// The classes' colours, light to dark (ColorBrewer's Blues).
pub const CLASSES: [(u8, u8, u8); 5] = [
    (0xC6, 0xDB, 0xEF),
    (0x9E, 0xCA, 0xE1),
    (0x6B, 0xAE, 0xD6),
    (0x31, 0x82, 0xBD),
    (0x08, 0x51, 0x9C),
];

/// The bounds of at most five classes of equal, round width from `lo` to
/// `hi` ("90 – 92", "92 – 94" …): classes a reader can read as numbers, as
/// many as fit in five (the smallest round width that needs no more).
pub fn classes(lo: f64, hi: f64) -> Vec<f64> {
    // Also NaN, where no province has a figure.
    if hi.partial_cmp(&lo) != Some(std::cmp::Ordering::Greater) {
        return vec![lo, lo];
    }
    let power = 10f64.powi(((hi - lo) / CLASSES.len() as f64).log10().floor() as i32 - 1);
    let count = |step: f64| ((hi / step).ceil() - (lo / step).floor()).max(1.0);
    let step = [1, 10, 100]
        .into_iter()
        .flat_map(|p| [1.0, 1.5, 2.0, 2.5, 5.0].map(|m| m * f64::from(p) * power))
        .find(|&step| count(step) <= CLASSES.len() as f64)
        .unwrap_or((hi - lo).max(f64::MIN_POSITIVE));
    let first = (lo / step).floor();
    (0..=count(step) as usize)
        .map(|i| (first + i as f64) * step)
        .collect()
}

/// The class of `v` among `bounds`: the last whose lower bound it reaches.
pub fn class_of(v: f64, bounds: &[f64]) -> usize {
    let classes = bounds.len().saturating_sub(1).max(1);
    (1..classes).rev().find(|&i| v >= bounds[i]).unwrap_or(0)
}

/// The boundaries the map draws: the page's choice for former districts;
/// the 34 for the units of 2025 (communes, wards, special zones), whose
/// province at the time of their articles is one of the 34 already; for
/// provinces, the set their names come from (63 or 34), the choice where
/// both fit as well.
pub fn boundaries(chosen: &Chosen, shapes: &Shapes, mode: ProvinceMode) -> ProvinceMode {
    use crate::data::Level;
    match chosen.level {
        Level::FormerDistrict => mode,
        Level::Commune | Level::Ward | Level::SpecialZone => ProvinceMode::Current,
        Level::Province => {
            let units: Vec<&str> = chosen
                .rows
                .iter()
                .map(|(d, _)| d.name.as_str())
                .chain(chosen.not_reported.iter().map(|d| d.name.as_str()))
                .collect();
            let fits = |m: ProvinceMode| {
                let keys: Vec<String> = shapes.provinces(m).iter().map(|p| key(&p.name)).collect();
                units.iter().filter(|u| keys.contains(&key(u))).count()
            };
            let other = match mode {
                ProvinceMode::AtReport => ProvinceMode::Current,
                ProvinceMode::Current => ProvinceMode::AtReport,
            };
            if fits(other) > fits(mode) {
                other
            } else {
                mode
            }
        }
    }
}

pub fn spec(chosen: &Chosen, shapes: &Shapes, mode: ProvinceMode, locale: Locale) -> MapChart {
    let w = words(locale);
    let s = crate::i18n::strings_at(locale, chosen.level);
    let mode = boundaries(chosen, shapes, mode);
    let provinces = shapes.provinces(mode);
    let current: Vec<&str> = shapes.units.iter().map(|u| u.now.as_str()).collect();
    // A province that is no more is marked "(cũ)".
    let province_name = |p: &Province| {
        let name = crate::place_names::alone(&p.name, locale);
        if current.contains(&p.name.as_str()) {
            name
        } else {
            format!("{name} {}", w.former)
        }
    };
    let unit = chosen.metric.unit;
    let value_label = |v: f64| format::value(v, unit, locale);
    let shown = shown(chosen, &provinces, mode);
    let mut fills = vec![Fill::Plain; provinces.len()];
    let mut marks = Vec::new();
    let mut legend = Vec::new();
    let mut missing = Vec::new();
    let mut rows = Vec::new();
    let pointers = matches!(shown, Shown::Units(_));
    let summary = match &shown {
        Shown::Units(located) => {
            let mut said = Vec::new();
            let mut at: Vec<usize> = Vec::new();
            for (i, l) in located.iter().enumerate() {
                let number = i + 1;
                let place = l.province.map(|p| province_name(&provinces[p]));
                let value = l.figure.map_or(w.no_data_after.to_string(), |f| {
                    format!(
                        "{} ({})",
                        format::qualified(f.value, f.unit, f.qualifier, locale),
                        period_label(&f.period)
                    )
                });
                let name = match &place {
                    Some(p) => format!("{}, {p}", l.unit.name),
                    None => format!("{} ({})", l.unit.name, w.not_placed),
                };
                legend.push(Key {
                    fill: None,
                    number: Some(number),
                    text: format!("{name}: {value}"),
                });
                if l.figure.is_some() {
                    said.push(format!("{name}: {value}"));
                }
                if let Some(f) = l.figure {
                    rows.push([
                        name.clone(),
                        period_label(&f.period),
                        format::qualified(f.value, f.unit, f.qualifier, locale),
                    ]);
                }
                if let Some(p) = l.province {
                    fills[p] = Fill::Holds;
                    let before = at.iter().filter(|&&q| q == p).count();
                    at.push(p);
                    let of = located.iter().filter(|o| o.province == Some(p)).count();
                    marks.push(Mark {
                        province: p,
                        at: provinces[p].label,
                        figure: l.figure.map(|f| f.id.clone()),
                        note: format!("{name}: {value}"),
                        number: Some(number),
                        slot: (before, of),
                    });
                }
            }
            if said.is_empty() {
                s.none_in_scope.to_string()
            } else {
                fill(w.units_summary, &[&said.join("; ")])
            }
        }
        Shown::Provinces {
            rollup,
            coloured,
            missing: none,
            unplaced,
        } => {
            // Highest first, in the table and for the keyboard, as the summary reads.
            let mut coloured: Vec<_> = coloured.iter().collect();
            crate::order::sort_by(&mut coloured, |a, b| b.value.total_cmp(&a.value));
            let (hi, lo) = match (coloured.first(), coloured.last()) {
                (Some(h), Some(l)) => (h.value, l.value),
                _ => (f64::NAN, f64::NAN),
            };
            let bounds = classes(lo, hi);
            for &c in &coloured {
                let class = class_of(c.value, &bounds);
                fills[c.province] = Fill::Class(class);
                let name = province_name(&provinces[c.province]);
                let units = || format::count(c.units, locale);
                let made = match rollup {
                    Rollup::Own => c
                        .figure
                        .map(|f| period_label(&f.period))
                        .unwrap_or_default(),
                    Rollup::Sum => fill(w.sum_of, &[&units()]),
                    Rollup::Median => fill(w.median_of, &[&units()]),
                };
                let shown_value = match (c.figure, rollup) {
                    (Some(f), Rollup::Own) => {
                        format::qualified(f.value, f.unit, f.qualifier, locale)
                    }
                    _ => value_label(c.value),
                };
                marks.push(Mark {
                    province: c.province,
                    at: provinces[c.province].label,
                    figure: c
                        .figure
                        .filter(|_| *rollup == Rollup::Own)
                        .map(|f| f.id.clone()),
                    note: format!("{name}: {shown_value} ({made})"),
                    number: None,
                    slot: (0, 1),
                });
                rows.push([name, made, shown_value]);
            }
            for &p in none {
                fills[p] = Fill::NoData;
                let name = province_name(&provinces[p]);
                marks.push(Mark {
                    province: p,
                    at: provinces[p].label,
                    figure: None,
                    note: format!("{name}: {}", w.no_data),
                    number: None,
                    slot: (0, 1),
                });
                missing.push(name);
            }
            missing.extend(
                unplaced
                    .iter()
                    .map(|d| format!("{} ({})", d.name, w.not_placed)),
            );
            let classes_shown = bounds.len().saturating_sub(1).max(1);
            for i in 0..classes_shown {
                let text = if bounds[0] == bounds[bounds.len() - 1] {
                    value_label(bounds[0])
                } else {
                    format!(
                        "{} – {}",
                        value_label(bounds[i]),
                        value_label(bounds[i + 1])
                    )
                };
                legend.push(Key {
                    fill: Some(Fill::Class(i)),
                    number: None,
                    text,
                });
            }
            if !none.is_empty() {
                legend.push(Key {
                    fill: Some(Fill::NoData),
                    number: None,
                    text: format!("{} ({})", w.no_data, format::count(none.len(), locale)),
                });
            }
            let (high, low) = (coloured.first(), coloured.last());
            match (high, low) {
                (Some(h), Some(l)) => fill(
                    w.provinces_summary,
                    &[
                        &format::count(coloured.len(), locale),
                        &format::count(provinces.len(), locale),
                        w.made_of[*rollup as usize],
                        &province_name(&provinces[h.province]),
                        &value_label(h.value),
                        &province_name(&provinces[l.province]),
                        &value_label(l.value),
                    ],
                ),
                _ => s.none_in_scope.to_string(),
            }
        }
    };
    let mut areas = Vec::with_capacity(shapes.rings.len());
    for (p, province) in provinces.iter().enumerate() {
        for ring in shapes.rings_in(mode, province) {
            areas.push(Area {
                province: p,
                fill: fills[p],
                ring: ring.clone(),
            });
        }
    }
    let g = shapes.grid;
    let at = |lon: f64, lat: f64| ((lon * f64::from(g)) as i32, (lat * f64::from(g)) as i32);
    let note = match mode {
        ProvinceMode::AtReport => w.boundaries_then,
        ProvinceMode::Current => w.boundaries_now,
    };
    let headline = summary.clone();
    MapChart {
        title: chosen.metric.label.get(locale).to_string(),
        headline,
        summary: format!("{summary} {note}"),
        locale,
        grid: g,
        extent: {
            let (w, s, e, n) = shapes.extent();
            // Room for the archipelagos' names east and south of them.
            (w - g / 4, s - g, e + g, n + g / 4)
        },
        areas,
        pointers,
        marks,
        legend,
        names: vec![
            (
                at(112.0, 15.55),
                w.hoang_sa.iter().map(|t| t.to_string()).collect(),
            ),
            (
                at(114.6, 9.3),
                w.truong_sa.iter().map(|t| t.to_string()).collect(),
            ),
        ],
        sea: (at(112.6, 13.2), w.sea.to_string()),
        note: note.to_string(),
        credit: w.credit.to_string(),
        missing,
        rows,
    }
}
