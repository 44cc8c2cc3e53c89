//! "Find where you live": the places index (`places.txt`, written by
//! `Places::index` at build time and fetched when a reader starts to search),
//! read, searched by the name a reader knows, and answered with the former
//! districts whose land a place was on.
//!
//! Plain Rust: the page and the tests call the same code, and a fuzz target
//! feeds it any text.

use std::collections::BTreeMap;

use crate::data::{Dataset, Level};
use crate::format::Locale;
use crate::places::{COMMUNE_KINDS, INDEX_HEADER, UnitKind};
use crate::query::fold;

/// A unit of 2025.
#[derive(Debug, Clone)]
pub struct Unit {
    pub name: String,
    pub kind: UnitKind,
    pub province: usize,
}

/// A former district (huyện, quận, thị xã, thành phố).
#[derive(Debug, Clone)]
pub struct District {
    /// Its type word, lower case: "huyện".
    pub kind: String,
    pub name: String,
    /// Among the former provinces.
    pub province: usize,
    /// Units that took land of it as a whole, with no commune between.
    whole: Vec<usize>,
}

/// A former commune (xã, phường, thị trấn).
#[derive(Debug, Clone)]
pub struct Commune {
    /// 'x' xã, 'p' phường, 't' thị trấn.
    pub kind: char,
    pub name: String,
    pub district: usize,
    /// The units of 2025 its land went to.
    pub units: Vec<usize>,
}

/// One place of the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    Unit(usize),
    District(usize),
    Commune(usize),
}

/// The index, read.
#[derive(Debug, Default)]
pub struct PlaceIndex {
    /// Provinces and cities of 2025, with their type word.
    pub provinces: Vec<String>,
    /// Provinces before 2025, without it.
    pub former_provinces: Vec<String>,
    pub units: Vec<Unit>,
    pub districts: Vec<District>,
    pub communes: Vec<Commune>,
    /// Each place's words, folded, for the search: its own name first.
    words: Vec<(Place, Vec<String>, usize)>,
    /// For each unit, the former districts whose land it took.
    unit_districts: Vec<Vec<usize>>,
    /// For each former district, the units that took its land, with "in part".
    district_units: Vec<Vec<(usize, bool)>>,
    /// Each place's key in the link: units, then districts, then communes.
    keys: Vec<String>,
}

/// What the page shows for a chosen place.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// "Xã Óc Eo, tỉnh An Giang".
    pub title: String,
    /// What the place is: "xã, phường, đặc khu từ ngày 1/7/2025", …
    pub what: &'static str,
    /// The former districts its land was on: (label, the dataset's district
    /// id when the dataset reports it).
    pub districts: Vec<(String, Option<String>)>,
    /// For a former place, the 2025 units that took its land, by province.
    pub now: Vec<String>,
    /// The place is a former district itself.
    pub is_district: bool,
    /// The dataset's own unit for a 2025 place, when it has one (a portal's
    /// data by commune and ward).
    pub own: Option<String>,
}

/// Most matches a search lists.
pub const SHOWN: usize = 20;

fn unit_kind(k: char) -> Option<UnitKind> {
    match k {
        'x' => Some(UnitKind::Commune),
        'p' => Some(UnitKind::Ward),
        'd' => Some(UnitKind::SpecialZone),
        _ => None,
    }
}

/// The first character of `line` and the rest.
fn split_kind(line: &str) -> Option<(char, &str)> {
    let mut chars = line.chars();
    let k = chars.next()?;
    Some((k, chars.as_str()))
}

fn numbers(list: &str) -> Option<Vec<i64>> {
    list.split(',').map(|n| n.parse::<i64>().ok()).collect()
}

impl PlaceIndex {
    /// Reads the index's text; an error when it is not one (a failed fetch
    /// that returned a page, a file cut off in the middle).
    pub fn parse(text: &str) -> Result<PlaceIndex, String> {
        let mut lines = text.lines();
        let head = lines.next().unwrap_or_default();
        if !head.starts_with(INDEX_HEADER) {
            return Err("not a places index".into());
        }
        if !text.ends_with('\n') {
            return Err("the file ends in the middle".into());
        }
        let mut index = PlaceIndex::default();
        let mut last: i64 = 0;
        for (n, line) in lines.enumerate() {
            let bad = || format!("line {}", n + 2);
            if let Some(name) = line.strip_prefix("P\t") {
                index.provinces.push(name.to_string());
            } else if let Some(name) = line.strip_prefix("F\t") {
                index.former_provinces.push(name.to_string());
            } else if let Some(rest) = line.strip_prefix("D\t") {
                let mut cells = rest.split('\t');
                let kind = cells.next().ok_or_else(bad)?;
                let name = cells.next().ok_or_else(bad)?;
                let whole = match cells.next() {
                    None => Vec::new(),
                    Some(list) => numbers(list)
                        .ok_or_else(bad)?
                        .into_iter()
                        .map(|n| usize::try_from(n).map_err(|_| bad()))
                        .collect::<Result<_, _>>()?,
                };
                let province = index
                    .former_provinces
                    .len()
                    .checked_sub(1)
                    .ok_or_else(bad)?;
                index.districts.push(District {
                    kind: kind.to_string(),
                    name: name.to_string(),
                    province,
                    whole,
                });
            } else if !index.former_provinces.is_empty() {
                let (k, rest) = split_kind(line).ok_or_else(bad)?;
                if !COMMUNE_KINDS.iter().any(|(_, letter)| *letter == k) {
                    return Err(bad());
                }
                let district = index.districts.len().checked_sub(1).ok_or_else(bad)?;
                let (name, list) = rest.split_once('\t').unwrap_or((rest, ""));
                let units = match list {
                    "." => Vec::new(),
                    "" => vec![usize::try_from(last).map_err(|_| bad())?],
                    list => {
                        let mut units = Vec::new();
                        for step in numbers(list).ok_or_else(bad)? {
                            last = last.checked_add(step).ok_or_else(bad)?;
                            units.push(usize::try_from(last).map_err(|_| bad())?);
                        }
                        units
                    }
                };
                index.communes.push(Commune {
                    kind: k,
                    name: name.to_string(),
                    district,
                    units,
                });
            } else {
                let (k, name) = split_kind(line).ok_or_else(bad)?;
                let kind = unit_kind(k).ok_or_else(bad)?;
                let province = index.provinces.len().checked_sub(1).ok_or_else(bad)?;
                index.units.push(Unit {
                    name: name.to_string(),
                    kind,
                    province,
                });
            }
        }
        index.link()?;
        Ok(index)
    }

    /// Works out what the file leaves to order: which districts each unit
    /// took land of, and the words each place is searched by.
    fn link(&mut self) -> Result<(), String> {
        let units = self.units.len();
        let mut pairs: BTreeMap<(usize, usize), bool> = BTreeMap::new();
        for c in &self.communes {
            for &u in &c.units {
                if u >= units {
                    return Err(format!("a unit beyond the list: {u}"));
                }
                *pairs.entry((c.district, u)).or_default() |= c.units.len() > 1;
            }
        }
        for (d, district) in self.districts.iter().enumerate() {
            for &u in &district.whole {
                if u >= units {
                    return Err(format!("a unit beyond the list: {u}"));
                }
                pairs.entry((d, u)).or_default();
            }
        }
        self.unit_districts = vec![Vec::new(); units];
        self.district_units = vec![Vec::new(); self.districts.len()];
        for &(d, u) in pairs.keys() {
            self.unit_districts[u].push(d);
        }
        for (&(d, u), &split) in &pairs {
            // In part: a commune split between units, or a unit that also
            // took land of another former district (as `Places::successors`).
            let partly = split || self.unit_districts[u].len() > 1;
            self.district_units[d].push((u, partly));
        }
        let words = |text: &str| -> Vec<String> { tokens(text) };
        let mut all = Vec::with_capacity(units + self.districts.len() + self.communes.len());
        for (i, u) in self.units.iter().enumerate() {
            let own = words(&u.name);
            let n = own.len();
            let mut w = own;
            w.extend(words(unit_word(u.kind, Locale::Vi)));
            w.extend(words(&self.provinces[u.province]));
            all.push((Place::Unit(i), w, n));
        }
        for (i, d) in self.districts.iter().enumerate() {
            let own = words(&d.name);
            let n = own.len();
            let mut w = own;
            w.extend(words(&d.kind));
            w.extend(words(&self.former_provinces[d.province]));
            all.push((Place::District(i), w, n));
        }
        for (i, c) in self.communes.iter().enumerate() {
            let own = words(&c.name);
            let n = own.len();
            let mut w = own;
            w.extend(words(commune_word(c.kind)));
            let d = &self.districts[c.district];
            w.extend(words(&d.name));
            w.extend(words(&self.former_provinces[d.province]));
            all.push((Place::Commune(i), w, n));
        }
        self.words = all;
        let mut seen = std::collections::HashMap::new();
        self.keys = self
            .places()
            .map(|p| {
                let key = self.folded_key(p);
                let n = seen.entry(key.clone()).or_insert(0);
                *n += 1;
                if *n == 1 { key } else { format!("{key}-{n}") }
            })
            .collect();
        Ok(())
    }

    /// The places whose words hold every word of `query` (a word of the query
    /// matches the start of a word of the place: "thoai s" finds Thoại Sơn),
    /// best first: the place's own name exactly, then its name's start, then
    /// the rest; units of 2025 before former districts before former communes.
    /// Also the number of matches in all.
    pub fn search(&self, query: &str) -> (Vec<Place>, usize) {
        let wanted = tokens(query);
        if wanted.is_empty() {
            return (Vec::new(), 0);
        }
        let mut found: Vec<(u8, u8, usize, Place)> = Vec::new();
        for (place, words, own) in &self.words {
            let mut used = vec![false; words.len()];
            let all = wanted.iter().all(|w| {
                let hit = words
                    .iter()
                    .enumerate()
                    .position(|(i, word)| !used[i] && word == w)
                    .or_else(|| {
                        words
                            .iter()
                            .enumerate()
                            .position(|(i, word)| !used[i] && word.starts_with(w.as_str()))
                    });
                hit.map(|i| used[i] = true).is_some()
            });
            if !all {
                continue;
            }
            let rank = if used[..*own].iter().all(|u| *u) {
                0
            } else if used[0] {
                1
            } else {
                2
            };
            let kind = match place {
                Place::Unit(_) => 0,
                Place::District(_) => 1,
                Place::Commune(_) => 2,
            };
            let length: usize = words[..*own].iter().map(String::len).sum();
            found.push((rank, kind, length, *place));
        }
        crate::order::sort_by(&mut found, Ord::cmp);
        let total = found.len();
        (
            found.into_iter().take(SHOWN).map(|(.., p)| p).collect(),
            total,
        )
    }

    /// The place's name with its type word and where it is, as a label
    /// starts: "Xã Óc Eo, tỉnh An Giang"; "Huyện Thoại Sơn, tỉnh An Giang";
    /// "Óc Eo commune, An Giang province" (`place_names`).
    pub fn label(&self, place: Place, locale: Locale) -> String {
        use crate::place_names::{capitalised, in_phrase};
        let district_named = |d: &District| named(district_word(&d.kind, locale), &d.name, locale);
        let text = match place {
            Place::Unit(u) => {
                let unit = &self.units[u];
                format!(
                    "{}, {}",
                    named(unit_word(unit.kind, locale), &unit.name, locale),
                    in_phrase(&self.provinces[unit.province], locale)
                )
            }
            Place::District(d) => {
                let district = &self.districts[d];
                format!(
                    "{}, {}",
                    district_named(district),
                    in_phrase(&self.former_provinces[district.province], locale)
                )
            }
            Place::Commune(c) => {
                let commune = &self.communes[c];
                let district = &self.districts[commune.district];
                format!(
                    "{}, {}, {}",
                    named(commune_word_in(commune.kind, locale), &commune.name, locale),
                    district_named(district),
                    in_phrase(&self.former_provinces[district.province], locale)
                )
            }
        };
        capitalised(&text)
    }

    /// The place's key in the link: its folded name and where it is, from
    /// the place out ("xa-oc-eo.tinh-an-giang"). Stable across versions of the
    /// table, unlike positions, and readable. Folding can make two names one
    /// (Xã Thạnh An and Xã Thanh An, Hồ Chí Minh): the second in the index's
    /// order gets "-2".
    pub fn key(&self, place: Place) -> String {
        let at = match place {
            Place::Unit(u) => u,
            Place::District(d) => self.units.len() + d,
            Place::Commune(c) => self.units.len() + self.districts.len() + c,
        };
        self.keys.get(at).cloned().unwrap_or_default()
    }

    fn folded_key(&self, place: Place) -> String {
        let slug = |text: &str| tokens(text).join("-");
        match place {
            Place::Unit(u) => {
                let unit = &self.units[u];
                format!(
                    "{}-{}.{}",
                    slug(unit_word(unit.kind, Locale::Vi)),
                    slug(&unit.name),
                    slug(&self.provinces[unit.province])
                )
            }
            Place::District(d) => {
                let district = &self.districts[d];
                format!(
                    "{}-{}.{}",
                    slug(&district.kind),
                    slug(&district.name),
                    slug(&self.former_provinces[district.province])
                )
            }
            Place::Commune(c) => {
                let commune = &self.communes[c];
                format!(
                    "{}-{}.{}",
                    slug(commune_word(commune.kind)),
                    slug(&commune.name),
                    self.folded_key(Place::District(commune.district))
                )
            }
        }
    }

    /// The place a link's key names.
    pub fn find_key(&self, key: &str) -> Option<Place> {
        let at = self.keys.iter().position(|k| k == key)?;
        let (units, districts) = (self.units.len(), self.districts.len());
        Some(if at < units {
            Place::Unit(at)
        } else if at < units + districts {
            Place::District(at - units)
        } else {
            Place::Commune(at - units - districts)
        })
    }

    /// Every place, in the order of `keys`.
    fn places(&self) -> impl Iterator<Item = Place> + use<> {
        let (u, d, c) = (self.units.len(), self.districts.len(), self.communes.len());
        (0..u)
            .map(Place::Unit)
            .chain((0..d).map(Place::District))
            .chain((0..c).map(Place::Commune))
    }

    /// The units of 2025 that took former district `d`'s land.
    pub fn district_successors(&self, d: usize) -> Vec<usize> {
        self.district_units[d].iter().map(|(u, _)| *u).collect()
    }

    /// The former districts whose land `place` was on.
    pub fn former_districts(&self, place: Place) -> Vec<usize> {
        match place {
            Place::Unit(u) => self.unit_districts[u].clone(),
            Place::District(d) => vec![d],
            Place::Commune(c) => vec![self.communes[c].district],
        }
    }

    /// What the page says about `place`, with the dataset's districts that
    /// report figures for its land.
    pub fn answer(&self, place: Place, data: &Dataset, locale: Locale) -> Answer {
        let districts = self
            .former_districts(place)
            .into_iter()
            .map(|d| {
                let district = &self.districts[d];
                let province = &self.former_provinces[district.province];
                let reported = data
                    .districts
                    .iter()
                    .find(|x| {
                        x.level == Level::FormerDistrict
                            && x.name == district.name
                            && x.province.name == *province
                    })
                    .map(|x| x.id.clone());
                (self.label(Place::District(d), locale), reported)
            })
            .collect();
        let now_units: Vec<(usize, bool)> = match place {
            Place::Unit(_) => Vec::new(),
            Place::District(d) => self.district_units[d].clone(),
            Place::Commune(c) => {
                let units = &self.communes[c].units;
                units.iter().map(|&u| (u, units.len() > 1)).collect()
            }
        };
        let part = if locale == Locale::Vi {
            " (một phần)"
        } else {
            " (part)"
        };
        // Grouped by province, as the "now part of" line of a shipped
        // district: "xã Óc Eo, xã Định Mỹ (tỉnh An Giang)".
        let mut grouped: Vec<(usize, Vec<String>)> = Vec::new();
        for (u, partly) in now_units {
            let unit = &self.units[u];
            let mut label = named(unit_word(unit.kind, locale), &unit.name, locale);
            if partly {
                label.push_str(part);
            }
            match grouped.iter_mut().find(|(p, _)| *p == unit.province) {
                Some((_, labels)) => labels.push(label),
                None => grouped.push((unit.province, vec![label])),
            }
        }
        let now = grouped
            .into_iter()
            .map(|(p, labels)| {
                let province = crate::place_names::in_phrase(&self.provinces[p], locale);
                format!("{} ({province})", labels.join(", "))
            })
            .collect();
        let own = match place {
            Place::Unit(u) => {
                let unit = &self.units[u];
                let province = tokens(&self.provinces[unit.province]);
                data.districts
                    .iter()
                    .find(|x| {
                        x.level == crate::now_part_of::level(unit.kind)
                            && x.name == unit.name
                            && province.ends_with(&tokens(&x.province.name))
                    })
                    .map(|x| x.id.clone())
            }
            _ => None,
        };
        Answer {
            title: self.label(place, locale),
            what: what(place, locale),
            districts,
            now,
            own,
            is_district: matches!(place, Place::District(_)),
        }
    }

    /// What kind of place it is, in a few words.
    pub fn answer_kind(&self, place: Place, locale: Locale) -> &'static str {
        what(place, locale)
    }
}

/// What kind of place it is, in a few words.
fn what(place: Place, locale: Locale) -> &'static str {
    match (place, locale) {
        (Place::Unit(_), Locale::Vi) => "Đơn vị hành chính cấp xã từ ngày 1/7/2025",
        (Place::Unit(_), Locale::En) => "Commune-level unit since 1 July 2025",
        (Place::District(_), Locale::Vi) => "Huyện (cũ), trước ngày 1/7/2025",
        (Place::District(_), Locale::En) => "Former district, before 1 July 2025",
        (Place::Commune(_), Locale::Vi) => "Xã, phường, thị trấn (cũ), trước ngày 1/7/2025",
        (Place::Commune(_), Locale::En) => "Former commune, ward or township, before 1 July 2025",
    }
}

/// The folded words of `text`: lower case, no diacritics, split at ASCII
/// punctuation and any space. (Not `char::is_alphanumeric`: its Unicode
/// tables would cost the page's WebAssembly kilobytes.)
pub fn tokens(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| c.is_whitespace() || (c.is_ascii() && !c.is_ascii_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// "xã", "commune": the interface's own word for the unit's level.
fn unit_word(kind: UnitKind, locale: Locale) -> &'static str {
    crate::i18n::unit_nouns(crate::now_part_of::level(kind), locale)[0]
}

fn commune_word(k: char) -> &'static str {
    commune_word_in(k, Locale::Vi)
}

fn commune_word_in(k: char, locale: Locale) -> &'static str {
    match (k, locale) {
        ('p', Locale::Vi) => "phường",
        ('t', Locale::Vi) => "thị trấn",
        (_, Locale::Vi) => "xã",
        ('p', Locale::En) => "ward",
        ('t', Locale::En) => "township",
        (_, Locale::En) => "commune",
    }
}

fn district_word(kind: &str, locale: Locale) -> &str {
    match (kind, locale) {
        (_, Locale::Vi) => kind,
        ("quận", Locale::En) => "urban district",
        ("thị xã", Locale::En) => "town",
        ("thành phố", Locale::En) => "city",
        (_, Locale::En) => "district",
    }
}

/// "xã Óc Eo" / "Óc Eo commune": a unit's name with its type word, in lower
/// case mid-phrase (`place_names::capitalised` starts a label with it).
fn named(word: &str, name: &str, locale: Locale) -> String {
    match locale {
        Locale::Vi => format!("{word} {name}"),
        Locale::En => format!("{name} {word}"),
    }
}

#[cfg(all(test, feature = "bake", not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn index() -> &'static PlaceIndex {
        static INDEX: std::sync::OnceLock<PlaceIndex> = std::sync::OnceLock::new();
        INDEX.get_or_init(|| {
            PlaceIndex::parse(&crate::snapshot::places_index::text().unwrap()).unwrap()
        })
    }

    fn labels(query: &str) -> Vec<String> {
        let index = index();
        index
            .search(query)
            .0
            .iter()
            .map(|p| index.label(*p, Locale::Vi))
            .collect()
    }

    #[test]
    fn the_index_holds_every_place() {
        let index = index();
        assert_eq!(index.provinces.len(), 34);
        assert_eq!(index.units.len(), 3321);
        assert_eq!(index.former_provinces.len(), 63);
        assert!(index.districts.len() >= 696);
        assert!(index.communes.len() >= 10147);
    }

    #[test]
    fn with_or_without_marks_and_type_words() {
        for query in ["oc eo", "Óc Eo", "xa oc eo an giang", "OC EO"] {
            let found = labels(query);
            assert_eq!(
                found.first().map(String::as_str),
                Some("Xã Óc Eo, tỉnh An Giang"),
                "{query}"
            );
        }
        let found = labels("Thoại Sơn");
        assert!(
            found.contains(&"Huyện Thoại Sơn, tỉnh An Giang".to_string()),
            "{found:?}"
        );
        assert!(
            found.contains(&"Xã Thoại Sơn, tỉnh An Giang".to_string()),
            "{found:?}"
        );
    }

    #[test]
    fn a_unit_leads_to_the_district_whose_land_it_took() {
        let data = crate::data::shipped().unwrap();
        let index = index();
        let place = index.search("oc eo").0[0];
        let answer = index.answer(place, data, Locale::Vi);
        assert_eq!(answer.districts.len(), 1);
        assert_eq!(answer.districts[0].0, "Huyện Thoại Sơn, tỉnh An Giang");
        let id = answer.districts[0].1.as_deref().expect("reported");
        assert_eq!(data.district(id).unwrap().name, "Thoại Sơn");
        // Keys survive the link.
        assert_eq!(index.key(place), "xa-oc-eo.tinh-an-giang");
        assert_eq!(index.find_key(&index.key(place)), Some(place));
    }

    #[test]
    fn my_xuyen_is_a_former_district_and_a_ward() {
        let found = labels("Mỹ Xuyên");
        assert!(
            found.contains(&"Phường Mỹ Xuyên, thành phố Cần Thơ".to_string()),
            "{found:?}"
        );
        assert!(
            found.contains(&"Huyện Mỹ Xuyên, tỉnh Sóc Trăng".to_string()),
            "{found:?}"
        );
    }

    #[test]
    fn a_former_district_says_where_its_land_went() {
        let data = crate::data::shipped().unwrap();
        let index = index();
        let place = *index
            .search("huyen thoai son")
            .0
            .iter()
            .find(|p| matches!(p, Place::District(_)))
            .unwrap();
        let answer = index.answer(place, data, Locale::Vi);
        let shipped = crate::now_part_of::successors(
            data.districts
                .iter()
                .find(|d| d.name == "Thoại Sơn")
                .unwrap(),
        )
        .unwrap();
        let labels: Vec<String> = shipped
            .iter()
            .map(|s| {
                let label = format!("xã {}", s.name);
                if s.partly {
                    format!("{label} (một phần)")
                } else {
                    label
                }
            })
            .collect();
        let province = crate::place_names::in_phrase(&shipped[0].province, Locale::Vi);
        let expected = format!("{} ({province})", labels.join(", "));
        assert_eq!(answer.now, [expected]);
    }

    #[test]
    fn a_unit_no_reported_district_covers() {
        let data = crate::data::shipped().unwrap();
        let index = index();
        let place = index.search("phuong ba dinh ha noi").0[0];
        let answer = index.answer(place, data, Locale::Vi);
        assert!(!answer.districts.is_empty());
        assert!(answer.districts.iter().all(|(_, id)| id.is_none()));
    }

    #[test]
    fn every_place_has_a_key_of_its_own() {
        let index = index();
        let keys: std::collections::HashSet<String> =
            index.places().map(|p| index.key(p)).collect();
        assert_eq!(keys.len(), index.places().count());
        for p in index.places().step_by(97) {
            assert_eq!(index.find_key(&index.key(p)), Some(p));
        }
    }

    #[test]
    fn bad_files_are_refused_not_panicked_on() {
        let text = crate::snapshot::places_index::text().unwrap();
        assert!(PlaceIndex::parse("<!doctype html>").is_err());
        assert!(PlaceIndex::parse(&text[..text.len() / 2]).is_err());
        assert!(PlaceIndex::parse("").is_err());
        assert!(PlaceIndex::parse(&format!("{INDEX_HEADER}\nF\tX\nxY\t-5\n")).is_err());
        assert!(PlaceIndex::parse(&format!("{INDEX_HEADER}\nxY\n")).is_err());
    }

    #[test]
    fn queries_of_any_text_are_safe() {
        let index = index();
        for q in [
            "",
            " ",
            "\u{0}",
            "🙂🙂",
            "đđđđ",
            "a",
            &"x ".repeat(500),
            "\u{301}\u{323}",
        ] {
            let (shown, total) = index.search(q);
            assert!(shown.len() <= SHOWN && shown.len() <= total);
        }
    }
}
