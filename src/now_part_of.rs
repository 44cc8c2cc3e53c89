//! Which 2025 units took the land of a shipped district ("nay thuộc"), as
//! `build.rs` worked it out from `data/places/`, and how a reader reads it.

use std::sync::OnceLock;

use crate::data::{District, Level};
use crate::format::Locale;
pub use crate::places::{SOURCE, Successor, UnitKind};

const SHIPPED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/now_part_of.bin"));

type Known = Vec<(String, String, Vec<Successor>)>;

/// The 2025 units that took `district`'s land, when it is a former district
/// the places table knows (the shipped ones). A unit of another level is
/// never one: Xã Thoại Sơn (An Giang) is a 2025 commune, not the district.
pub fn successors(district: &District) -> Option<&'static [Successor]> {
    if district.level != Level::FormerDistrict {
        return None;
    }
    static KNOWN: OnceLock<Known> = OnceLock::new();
    let known = KNOWN.get_or_init(|| postcard::from_bytes(SHIPPED).unwrap_or_default());
    known
        .iter()
        .find(|(province, name, _)| *province == district.province.name && *name == district.name)
        .map(|(_, _, units)| units.as_slice())
}

/// The dataset's level of a unit of this kind.
pub fn level(kind: UnitKind) -> Level {
    match kind {
        UnitKind::Commune => Level::Commune,
        UnitKind::Ward => Level::Ward,
        UnitKind::SpecialZone => Level::SpecialZone,
    }
}

/// A unit as a reader names it in a list: "xã Óc Eo" / "Óc Eo commune"
/// (the type word in lower case, as mid-phrase), with "(một phần)" /
/// "(part)" where the district's figures cover only part of it.
pub fn unit_label(unit: &Successor, locale: Locale) -> String {
    let named = match (locale, unit.kind) {
        (Locale::Vi, UnitKind::Commune) => format!("xã {}", unit.name),
        (Locale::Vi, UnitKind::Ward) => format!("phường {}", unit.name),
        (Locale::Vi, UnitKind::SpecialZone) => format!("đặc khu {}", unit.name),
        (Locale::En, UnitKind::Commune) => format!("{} commune", unit.name),
        (Locale::En, UnitKind::Ward) => format!("{} ward", unit.name),
        (Locale::En, UnitKind::SpecialZone) => format!("{} special zone", unit.name),
    };
    match (unit.partly, locale) {
        (false, _) => named,
        (true, Locale::Vi) => format!("{named} (một phần)"),
        (true, Locale::En) => format!("{named} (part)"),
    }
}

/// The whole line: "Nay thuộc: xã Óc Eo, …, xã Định Mỹ (tỉnh An Giang)".
pub fn line(units: &[Successor], locale: Locale) -> String {
    let mut by_province: Vec<(&str, Vec<String>)> = Vec::new();
    for u in units {
        let label = unit_label(u, locale);
        match by_province.iter_mut().find(|(p, _)| *p == u.province) {
            Some((_, labels)) => labels.push(label),
            None => by_province.push((&u.province, vec![label])),
        }
    }
    let parts: Vec<String> = by_province
        .into_iter()
        .map(|(province, labels)| {
            format!(
                "{} ({})",
                labels.join(", "),
                province_label(province, locale)
            )
        })
        .collect();
    let t = crate::i18n::strings(locale);
    crate::i18n::fill(t.now_part_of, &[&parts.join("; ")])
}

/// The line in short, for a table cell: "Nay thuộc 1 phường, 4 xã (thành
/// phố Cần Thơ)" / "Now part of 1 ward, 4 communes (Cần Thơ city)".
pub fn short(units: &[Successor], locale: Locale) -> String {
    let kinds = [UnitKind::Ward, UnitKind::Commune, UnitKind::SpecialZone];
    let counted: Vec<String> = kinds
        .iter()
        .filter_map(|kind| {
            let n = units.iter().filter(|u| u.kind == *kind).count();
            let [one, many, ..] = crate::i18n::unit_nouns(level(*kind), locale);
            (n > 0).then(|| {
                format!(
                    "{} {}",
                    crate::format::count(n, locale),
                    if n == 1 { one } else { many }
                )
            })
        })
        .collect();
    let mut provinces: Vec<String> = Vec::new();
    for u in units {
        let p = province_label(&u.province, locale);
        if !provinces.contains(&p) {
            provinces.push(p);
        }
    }
    let words = match locale {
        Locale::Vi => "Nay thuộc",
        Locale::En => "Now part of",
    };
    format!("{words} {} ({})", counted.join(", "), provinces.join(", "))
}

/// "Tỉnh An Giang" as a phrase says it: "tỉnh An Giang", "An Giang province".
fn province_label(province: &str, locale: Locale) -> String {
    crate::place_names::in_phrase(province, locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_districts_read_as_their_2025_units() {
        let data = crate::data::shipped().unwrap();
        let ts = data.district("thoai-son").unwrap();
        let vi = line(successors(ts).unwrap(), Locale::Vi);
        assert!(vi.starts_with("Nay thuộc: xã "), "{vi}");
        assert!(
            vi.contains("xã Óc Eo") && vi.ends_with(" (tỉnh An Giang)"),
            "{vi}"
        );
        assert!(
            !vi.contains("một phần"),
            "Thoại Sơn's units took only its land: {vi}"
        );
        // A 2025 commune of the same name and province is not the district.
        let mut commune = ts.clone();
        commune.level = Level::Commune;
        assert_eq!(successors(&commune), None);
        let mx = data.district("my-xuyen").unwrap();
        let en = line(successors(mx).unwrap(), Locale::En);
        assert!(en.starts_with("Now part of: "), "{en}");
        assert!(en.contains("Mỹ Xuyên ward (part)"), "{en}");
        assert!(en.ends_with("(Cần Thơ city)"), "{en}");
        assert_eq!(
            short(successors(mx).unwrap(), Locale::Vi),
            "Nay thuộc 1 phường, 4 xã (thành phố Cần Thơ)"
        );
        assert_eq!(
            short(successors(mx).unwrap(), Locale::En),
            "Now part of 1 ward, 4 communes (Cần Thơ city)"
        );
    }
}
