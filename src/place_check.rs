//! A portal's unit names checked against the places table: an exact match is
//! silent; a near miss, a unit in another province, a former commune's or
//! district's name, or a name the table lacks is said, with the official
//! names to use. Nothing is renamed: the data loads as it is, with these
//! notices (the dataset reader, `src/worker.rs`) or, from the data command's
//! `check`, with a non-zero exit unless told to allow them.

use std::collections::HashMap;

use crate::data::{Dataset, District, Level, Text};
use crate::format::Locale;
use crate::now_part_of::level as unit_level;
use crate::place_search::{Place, PlaceIndex, tokens};

/// Type words a name may start with, folded: "Xã Óc Eo" is "Óc Eo".
const TYPE_WORDS: [&[&str]; 10] = [
    &["xa"],
    &["phuong"],
    &["dac", "khu"],
    &["thi", "tran"],
    &["huyen"],
    &["quan"],
    &["thi", "xa"],
    &["thanh", "pho"],
    &["tinh"],
    &["tp"],
];

/// A name's folded words without the type word before it.
fn bare(name: &str) -> String {
    let words = tokens(name);
    let mut rest: &[String] = &words;
    if let Some(word) = TYPE_WORDS
        .iter()
        .find(|w| words.len() > w.len() && w.iter().zip(&words).all(|(a, b)| *a == b.as_str()))
    {
        rest = &words[word.len()..];
    }
    rest.join(" ")
}

/// The index's places by their bare name.
struct Names {
    units: HashMap<String, Vec<usize>>,
    districts: HashMap<String, Vec<usize>>,
    communes: HashMap<String, Vec<usize>>,
}

impl Names {
    fn of(index: &PlaceIndex) -> Names {
        let mut names = Names {
            units: HashMap::new(),
            districts: HashMap::new(),
            communes: HashMap::new(),
        };
        for (i, u) in index.units.iter().enumerate() {
            names.units.entry(bare(&u.name)).or_default().push(i);
        }
        for (i, d) in index.districts.iter().enumerate() {
            names.districts.entry(bare(&d.name)).or_default().push(i);
        }
        for (i, c) in index.communes.iter().enumerate() {
            names.communes.entry(bare(&c.name)).or_default().push(i);
        }
        names
    }
}

fn say(vi: String, en: String) -> Text {
    Text { vi, en }
}

/// The notices for `data`'s units, in dataset order; none when every unit is
/// named as the table names it.
pub fn check(index: &PlaceIndex, data: &Dataset) -> Vec<Text> {
    let names = Names::of(index);
    data.districts
        .iter()
        .filter_map(|d| match d.level {
            Level::Commune | Level::Ward | Level::SpecialZone => unit(index, &names, d),
            Level::FormerDistrict => former_district(index, &names, d),
            Level::Province => None,
        })
        .collect()
}

fn labels(index: &PlaceIndex, places: impl IntoIterator<Item = Place>, locale: Locale) -> String {
    places
        .into_iter()
        .map(|p| format!("“{}”", index.label(p, locale)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A unit of 2025, named with its province since 2025.
fn unit(index: &PlaceIndex, names: &Names, d: &District) -> Option<Text> {
    let province = bare(&d.province_2025.name);
    let in_province = |u: usize| bare(&index.provinces[index.units[u].province]) == province;
    let same = names.units.get(&bare(&d.name)).cloned().unwrap_or_default();
    if same.iter().any(|&u| {
        index.units[u].name == d.name
            && in_province(u)
            && unit_level(index.units[u].kind) == d.level
    }) {
        return None;
    }
    let who = Who::of(d, &d.province_2025.name);
    let (here, there): (Vec<usize>, Vec<usize>) = same.iter().partition(|&&u| in_province(u));
    if let Some(said) = same_name(index, &who, here, there, Place::Unit) {
        return Some(said);
    }
    let former: Vec<Place> = names
        .communes
        .get(&bare(&d.name))
        .into_iter()
        .flatten()
        .map(|&c| Place::Commune(c))
        .chain(
            names
                .districts
                .get(&bare(&d.name))
                .into_iter()
                .flatten()
                .map(|&x| Place::District(x)),
        )
        .filter(|&p| {
            // Former places whose land is now in this province.
            now_in(index, p).iter().any(|&u| in_province(u))
        })
        .collect();
    if !former.is_empty() {
        let now: Vec<Place> = {
            let mut all: Vec<usize> = former.iter().flat_map(|&p| now_in(index, p)).collect();
            all.sort_unstable();
            all.dedup();
            all.into_iter()
                .filter(|&u| in_province(u))
                .map(Place::Unit)
                .collect()
        };
        return Some(say(
            format!(
                "{}: là tên trước ngày 1/7/2025 ({}); nay thuộc {}",
                who.vi,
                labels(index, former.clone(), Locale::Vi),
                labels(index, now.clone(), Locale::Vi)
            ),
            format!(
                "{}: a name from before 1 July 2025 ({}); now part of {}",
                who.en,
                labels(index, former, Locale::En),
                labels(index, now, Locale::En)
            ),
        ));
    }
    let nearest: Vec<Place> = index
        .search(&d.name)
        .0
        .into_iter()
        .filter(|p| matches!(p, Place::Unit(u) if in_province(*u)))
        .take(3)
        .collect();
    Some(unknown(index, &who, nearest))
}

/// The record a notice is about, in each language: its id, its name as
/// written and its province ("vi-du-a: “Ví Dụ A” (An Giang)"), and the
/// province alone (`place_names::alone`: the city is never bare).
struct Who {
    vi: String,
    en: String,
    province_vi: String,
    province_en: String,
}

impl Who {
    fn of(d: &District, province: &str) -> Who {
        let [province_vi, province_en] =
            [Locale::Vi, Locale::En].map(|l| crate::place_names::alone(province, l));
        Who {
            vi: format!("{}: “{}” ({province_vi})", d.id, d.name),
            en: format!("{}: “{}” ({province_en})", d.id, d.name),
            province_vi,
            province_en,
        }
    }
}

/// A name the table has, but not as written: folded alike in the same
/// province (`here`: a near miss, the official name given), or only in
/// other provinces (`there`). Units and former districts alike.
fn same_name(
    index: &PlaceIndex,
    who: &Who,
    here: Vec<usize>,
    there: Vec<usize>,
    place: fn(usize) -> Place,
) -> Option<Text> {
    if !here.is_empty() {
        let here: Vec<Place> = here.into_iter().map(place).collect();
        return Some(say(
            format!(
                "{}: tên chính thức là {}",
                who.vi,
                labels(index, here.clone(), Locale::Vi)
            ),
            format!(
                "{}: the official name is {}",
                who.en,
                labels(index, here, Locale::En)
            ),
        ));
    }
    if !there.is_empty() {
        let there: Vec<Place> = there.into_iter().map(place).collect();
        return Some(say(
            format!(
                "{}: không có ở {}; tên này có ở {}",
                who.vi,
                who.province_vi,
                labels(index, there.clone(), Locale::Vi)
            ),
            format!(
                "{}: not in {}; the name is in {}",
                who.en,
                who.province_en,
                labels(index, there, Locale::En)
            ),
        ));
    }
    None
}

/// The units of 2025 that took a former place's land.
fn now_in(index: &PlaceIndex, place: Place) -> Vec<usize> {
    match place {
        Place::Commune(c) => index.communes[c].units.clone(),
        Place::District(d) => index.district_successors(d),
        Place::Unit(u) => vec![u],
    }
}

fn unknown(index: &PlaceIndex, who: &Who, nearest: Vec<Place>) -> Text {
    if nearest.is_empty() {
        return say(
            format!("{}: không có trong danh sách đơn vị hành chính", who.vi),
            format!("{}: not in the list of administrative units", who.en),
        );
    }
    say(
        format!(
            "{}: không có trong danh sách đơn vị hành chính; gần nhất: {}",
            who.vi,
            labels(index, nearest.clone(), Locale::Vi)
        ),
        format!(
            "{}: not in the list of administrative units; nearest: {}",
            who.en,
            labels(index, nearest, Locale::En)
        ),
    )
}

/// A district before 2025, named with its province at the time.
fn former_district(index: &PlaceIndex, names: &Names, d: &District) -> Option<Text> {
    let province = bare(&d.province.name);
    let in_province =
        |x: usize| bare(&index.former_provinces[index.districts[x].province]) == province;
    let same = names
        .districts
        .get(&bare(&d.name))
        .cloned()
        .unwrap_or_default();
    if same
        .iter()
        .any(|&x| index.districts[x].name == d.name && in_province(x))
    {
        return None;
    }
    let who = Who::of(d, &d.province.name);
    let (here, there): (Vec<usize>, Vec<usize>) = same.iter().partition(|&&x| in_province(x));
    if let Some(said) = same_name(index, &who, here, there, Place::District) {
        return Some(said);
    }
    let nearest: Vec<Place> = index
        .search(&d.name)
        .0
        .into_iter()
        .filter(|p| matches!(p, Place::District(x) if in_province(*x)))
        .take(3)
        .collect();
    Some(unknown(index, &who, nearest))
}

#[cfg(all(test, feature = "bake", not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn index() -> PlaceIndex {
        PlaceIndex::parse(&crate::snapshot::places_index::text().unwrap()).unwrap()
    }

    fn unit(id: &str, name: &str, level: Level, province: &str) -> District {
        let mut d = crate::data::shipped().unwrap().districts[0].clone();
        d.id = id.into();
        d.name = name.into();
        d.level = level;
        d.province.name = province.into();
        d.province_2025.name = province.into();
        d
    }

    #[test]
    fn the_shipped_districts_are_named_as_the_table_names_them() {
        assert!(check(&index(), crate::data::shipped().unwrap()).is_empty());
    }

    #[test]
    fn a_near_miss_a_wrong_province_and_a_former_name_are_each_said() {
        let mut data = crate::data::shipped().unwrap().clone();
        data.districts = vec![
            unit("a", "Óc Eo", Level::Commune, "An Giang"),
            unit("b", "Xa Oc Eo", Level::Commune, "An Giang"),
            unit("c", "Óc Eo", Level::Commune, "Cần Thơ"),
            unit("d", "Núi Sập", Level::Commune, "An Giang"),
            unit("e", "Không Có Đâu", Level::Commune, "An Giang"),
        ];
        let said: Vec<String> = check(&index(), &data).into_iter().map(|t| t.vi).collect();
        assert_eq!(said.len(), 4, "{said:#?}");
        assert_eq!(
            said[0],
            "b: “Xa Oc Eo” (An Giang): tên chính thức là “Xã Óc Eo, tỉnh An Giang”"
        );
        assert_eq!(
            said[1],
            "c: “Óc Eo” (Cần Thơ): không có ở Cần Thơ; tên này có ở “Xã Óc Eo, tỉnh An Giang”"
        );
        assert!(
            said[2].starts_with("d: “Núi Sập” (An Giang): là tên trước ngày 1/7/2025 (“Thị trấn Núi Sập, huyện Thoại Sơn, tỉnh An Giang”); nay thuộc “Xã Thoại Sơn, tỉnh An Giang”"),
            "{}",
            said[2]
        );
        assert!(said[3].starts_with("e: “Không Có Đâu” (An Giang): không có trong danh sách"));
    }

    #[test]
    fn the_whole_country_is_named_as_the_table_names_it() {
        let country = crate::tools::synthetic::generate(42, crate::tools::synthetic::COMMUNES);
        assert!(check(&index(), &country).is_empty());
    }
}
