//! How the page writes the names of provinces and cities, as a Vietnamese
//! government portal writes them (Nghị định 30/2020/NĐ-CP; `GLOSSARY.md`):
//!
//! - mid-phrase, with its type word in lower case: "tỉnh An Giang",
//!   "thành phố Cần Thơ" ("An Giang province", "Cần Thơ city");
//! - alone, in a list or a cell: as the data writes it ("An Giang");
//! - the city that bears the President's name never stands bare, anywhere:
//!   "Thành phố Hồ Chí Minh", with its capital, mid-phrase too ("Hồ Chí Minh
//!   City" in English).

use crate::format::Locale;

/// The city's name without its type word, as data and the places table write it.
pub const HCM: &str = "Hồ Chí Minh";

/// The centrally-run cities since 1 July 2025 (Nghị quyết 202/2025/QH15);
/// `tests/places_table.rs` checks the list against `data/places/`.
pub const CITIES_2025: [&str; 6] = ["Hà Nội", HCM, "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế"];

/// The centrally-run cities just before 1 July 2025, among the 63 former
/// provinces (Huế since 1 January 2025, formerly Thừa Thiên Huế province).
pub const CITIES_BEFORE_2025: [&str; 6] = ["Hà Nội", HCM, "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế"];

/// Which map a province's name belongs to (the lists of cities differ in
/// other years: Thừa Thiên Huế was a province until 2025).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Era {
    Before2025,
    Since2025,
}

/// `name` without a leading type word ("Tỉnh An Giang" → "An Giang"), and
/// whether that word said it is a city.
fn bare(name: &str) -> (&str, Option<bool>) {
    for (word, city) in [
        ("Thành phố ", true),
        ("thành phố ", true),
        ("Tỉnh ", false),
        ("tỉnh ", false),
    ] {
        if let Some(rest) = name.strip_prefix(word) {
            return (rest, Some(city));
        }
    }
    (name, None)
}

fn is_city(name: &str, said: Option<bool>, era: Era) -> bool {
    said.unwrap_or_else(|| match era {
        Era::Before2025 => CITIES_BEFORE_2025.contains(&name),
        Era::Since2025 => CITIES_2025.contains(&name),
    })
}

/// A province's name where it stands alone (a list, a cell, a chart's
/// label): as the data writes it, but the city's whole name.
pub fn alone(name: &str, locale: Locale) -> String {
    match (bare(name).0 == HCM, locale) {
        (true, Locale::Vi) => format!("Thành phố {HCM}"),
        (true, Locale::En) => format!("{HCM} City"),
        (false, _) => name.to_string(),
    }
}

/// A province's name with its type word, inside a sentence: "tỉnh An Giang",
/// "thành phố Cần Thơ", "Thành phố Hồ Chí Minh"; "An Giang province",
/// "Cần Thơ city", "Hồ Chí Minh City".
pub fn in_phrase(name: &str, era: Era, locale: Locale) -> String {
    let (name, said) = bare(name);
    if name == HCM {
        return alone(name, locale);
    }
    let city = is_city(name, said, era);
    match (city, locale) {
        (true, Locale::Vi) => format!("thành phố {name}"),
        (false, Locale::Vi) => format!("tỉnh {name}"),
        (true, Locale::En) => format!("{name} city"),
        (false, Locale::En) => format!("{name} province"),
    }
}

/// `phrase` as the start of a sentence or a label: its first letter a
/// capital ("xã Óc Eo" → "Xã Óc Eo"; an initiative the article names in
/// mid-sentence, "ủng hộ…" → "Ủng hộ…"). Vietnamese letters are written out
/// here, so that Unicode's case tables do not come into the page.
pub fn capitalised(phrase: &str) -> String {
    const SMALL: &str = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
    const CAPITAL: &str = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ";
    let mut chars = phrase.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let capital = SMALL
        .chars()
        .position(|c| c == first)
        .and_then(|i| CAPITAL.chars().nth(i))
        .unwrap_or_else(|| first.to_ascii_uppercase());
    format!("{capital}{}", chars.as_str())
}

/// A unit as the Sources view heads it: its name with its type word and
/// its province, then, for a former district, where it is since 2025:
/// "Huyện Mỹ Xuyên (cũ), tỉnh Sóc Trăng · Từ ngày 1/7/2025 thuộc thành phố
/// Cần Thơ"; a province the article does not name says "(suy ra)".
pub fn unit_heading(d: &crate::data::District, locale: Locale) -> String {
    use crate::data::{Basis, Level};
    let inferred = match (d.province.basis, locale) {
        (Basis::Inferred, Locale::Vi) => " (suy ra)",
        (Basis::Inferred, Locale::En) => " (inferred)",
        _ => "",
    };
    if d.level != Level::FormerDistrict {
        let noun = crate::i18n::unit_nouns(d.level, locale)[0];
        let named = match locale {
            Locale::Vi => capitalised(&format!("{noun} {}", d.name)),
            Locale::En => format!("{} {noun}", d.name),
        };
        return format!(
            "{named}, {}{inferred}",
            in_phrase(&d.province_2025.name, Era::Since2025, locale)
        );
    }
    let then = in_phrase(&d.province.name, Era::Before2025, locale);
    let now = in_phrase(&d.province_2025.name, Era::Since2025, locale);
    match locale {
        Locale::Vi => format!(
            "Huyện {} (cũ), {then}{inferred} · Từ ngày 1/7/2025 thuộc {now}",
            d.name
        ),
        Locale::En => format!(
            "{} former district, {then}{inferred} · Since 1 July 2025 part of {now}",
            d.name
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sources_head_each_former_district_as_an_editor_would() {
        let data = crate::data::shipped().unwrap();
        let heading = |id: &str, locale| unit_heading(data.district(id).unwrap(), locale);
        assert_eq!(
            heading("my-xuyen", Locale::Vi),
            "Huyện Mỹ Xuyên (cũ), tỉnh Sóc Trăng · Từ ngày 1/7/2025 thuộc thành phố Cần Thơ"
        );
        assert_eq!(
            heading("bat-xat", Locale::Vi),
            "Huyện Bát Xát (cũ), tỉnh Lào Cai (suy ra) · Từ ngày 1/7/2025 thuộc tỉnh Lào Cai"
        );
        assert_eq!(
            heading("can-duoc", Locale::En),
            "Cần Đước former district, Long An province · Since 1 July 2025 part of Tây Ninh province"
        );
    }

    #[test]
    fn provinces_read_with_their_type_word_in_lower_case_mid_phrase() {
        assert_eq!(
            in_phrase("An Giang", Era::Since2025, Locale::Vi),
            "tỉnh An Giang"
        );
        assert_eq!(
            in_phrase("Tỉnh An Giang", Era::Since2025, Locale::Vi),
            "tỉnh An Giang"
        );
        assert_eq!(
            in_phrase("Cần Thơ", Era::Since2025, Locale::Vi),
            "thành phố Cần Thơ"
        );
        assert_eq!(
            in_phrase("Sóc Trăng", Era::Before2025, Locale::Vi),
            "tỉnh Sóc Trăng"
        );
        assert_eq!(in_phrase("Huế", Era::Since2025, Locale::En), "Huế city");
        assert_eq!(
            in_phrase("Tỉnh An Giang", Era::Since2025, Locale::En),
            "An Giang province"
        );
    }

    #[test]
    fn the_city_of_the_presidents_name_is_never_bare() {
        for era in [Era::Before2025, Era::Since2025] {
            assert_eq!(in_phrase(HCM, era, Locale::Vi), "Thành phố Hồ Chí Minh");
            assert_eq!(
                in_phrase("Thành phố Hồ Chí Minh", era, Locale::Vi),
                "Thành phố Hồ Chí Minh"
            );
            assert_eq!(in_phrase(HCM, era, Locale::En), "Hồ Chí Minh City");
        }
        assert_eq!(alone(HCM, Locale::Vi), "Thành phố Hồ Chí Minh");
        assert_eq!(
            alone("Thành phố Hồ Chí Minh", Locale::En),
            "Hồ Chí Minh City"
        );
        assert_eq!(alone("An Giang", Locale::Vi), "An Giang");
        assert_eq!(alone("Cần Thơ", Locale::En), "Cần Thơ");
    }

    #[test]
    fn a_phrase_starts_with_a_capital() {
        assert_eq!(capitalised("xã Óc Eo"), "Xã Óc Eo");
        assert_eq!(capitalised("đặc khu Phú Quốc"), "Đặc khu Phú Quốc");
        assert_eq!(capitalised("ủng hộ quỹ"), "Ủng hộ quỹ");
        assert_eq!(capitalised("Hũ gạo"), "Hũ gạo");
        assert_eq!(capitalised(""), "");
    }

    #[test]
    fn every_vietnamese_small_letter_has_the_capital_unicode_gives_it() {
        for c in "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ".chars()
        {
            let word = format!("{c}x");
            assert_eq!(capitalised(&word), format!("{}x", c.to_uppercase()), "{c}");
        }
    }
}
