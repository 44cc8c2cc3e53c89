//! What the map shows of the figures in view, honestly for their level:
//! - figures of whole provinces: a value for each province's shape;
//! - many units below a province (a national dataset of communes): each
//!   province's units taken together, a sum of counts and money, the median
//!   of rates, said as such;
//! - a few units (the shipped five): no province coloured by one unit's
//!   figure; the units are pointed at where they are, their values beside.

use crate::data::{District, Figure, Level, Unit};
use crate::query::{Chosen, fold};
use crate::state::ProvinceMode;

use super::shapes::Province;

/// Up to this many units, the map points at each; above, it adds them up by province.
pub const POINTED_AT: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rollup {
    /// Each province reports its own figure.
    Own,
    /// The sum of its units' figures (counts, money).
    Sum,
    /// The median of its units' figures (rates: a sum of rates means nothing).
    Median,
}

/// One province's value on the choropleth.
#[derive(Debug, Clone, PartialEq)]
pub struct Coloured<'a> {
    /// Its index in the provinces the map draws.
    pub province: usize,
    pub value: f64,
    /// The figure itself, when the province reports it (`Rollup::Own`).
    pub figure: Option<&'a Figure>,
    /// How many of its units the value takes in.
    pub units: usize,
}

/// A unit the map points at: where it is (its province), and its figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<'a> {
    pub unit: &'a District,
    pub figure: Option<&'a Figure>,
    /// Its province among those the map draws; `None` if no shape has its name.
    pub province: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Shown<'a> {
    Provinces {
        rollup: Rollup,
        coloured: Vec<Coloured<'a>>,
        /// Provinces with no value: hatched, and listed.
        missing: Vec<usize>,
        /// Units whose province no shape is named after.
        unplaced: Vec<&'a District>,
    },
    Units(Vec<Located<'a>>),
}

/// A province's name as the map matches it: no type word, no accents, no
/// spaces or dashes ("Thành phố Hồ Chí Minh" and "Hồ Chí Minh" agree, and
/// "Bà Rịa - Vũng Tàu" and "Bà Rịa-Vũng Tàu").
pub fn key(name: &str) -> String {
    let folded = fold(name);
    let bare = ["thanh pho ", "tinh ", "tp. ", "tp "]
        .iter()
        .find_map(|w| folded.strip_prefix(w))
        .unwrap_or(&folded);
    let bare: String = bare.chars().filter(char::is_ascii_alphanumeric).collect();
    // The province's name since 2025, and before it (the places table says "Huế").
    match bare.as_str() {
        "thuathienhue" => "hue".into(),
        _ => bare,
    }
}

/// What the map shows of `chosen`, on `provinces` drawn in `mode`.
pub fn shown<'a>(chosen: &Chosen<'a>, provinces: &[Province], mode: ProvinceMode) -> Shown<'a> {
    let keys: Vec<String> = provinces.iter().map(|p| key(&p.name)).collect();
    let place = |d: &District| {
        let name = if chosen.level == Level::Province {
            &d.name
        } else {
            mode.province_of(d)
        };
        keys.iter().position(|k| *k == key(name))
    };
    let units = chosen.rows.len() + chosen.not_reported.len();
    if chosen.level != Level::Province && units <= POINTED_AT {
        let mut located: Vec<Located<'a>> = chosen
            .rows
            .iter()
            .map(|&(unit, f)| (unit, Some(f)))
            .chain(chosen.not_reported.iter().map(|&unit| (unit, None)))
            .map(|(unit, figure)| Located {
                unit,
                figure,
                province: place(unit),
            })
            .collect();
        // North to south, as a reader's eye runs down the country.
        crate::order::sort_by(&mut located, |a, b| {
            let y = |l: &Located| l.province.map_or(i32::MIN, |p| provinces[p].label.1);
            y(b).cmp(&y(a))
        });
        return Shown::Units(located);
    }
    let rollup = match (chosen.level, chosen.metric.unit) {
        (Level::Province, _) => Rollup::Own,
        (_, Unit::Count | Unit::Vnd) => Rollup::Sum,
        _ => Rollup::Median,
    };
    let mut values: Vec<Vec<&'a Figure>> = vec![Vec::new(); provinces.len()];
    let mut unplaced = Vec::new();
    for &(unit, f) in &chosen.rows {
        match place(unit) {
            Some(p) => values[p].push(f),
            None => unplaced.push(unit),
        }
    }
    unplaced.extend(chosen.not_reported.iter().filter(|d| place(d).is_none()));
    let mut coloured = Vec::new();
    let mut missing = Vec::new();
    for (province, figures) in values.into_iter().enumerate() {
        let Some(&first) = figures.first() else {
            missing.push(province);
            continue;
        };
        let mut numbers: Vec<f64> = figures.iter().map(|f| f.value).collect();
        let value = match rollup {
            Rollup::Own => first.value,
            Rollup::Sum => numbers.iter().sum(),
            Rollup::Median => median(&mut numbers),
        };
        coloured.push(Coloured {
            province,
            value,
            figure: (rollup == Rollup::Own || figures.len() == 1).then_some(first),
            units: figures.len(),
        });
    }
    Shown::Provinces {
        rollup,
        coloured,
        missing,
        unplaced,
    }
}

/// The middle value (the mean of the two middle ones for an even count).
pub fn median(values: &mut Vec<f64>) -> f64 {
    crate::order::sort_by(values, |a: &f64, b: &f64| a.total_cmp(b));
    let n = values.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}
