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

/// The centrally-run cities, both among the 34 provinces and cities since
/// 1 July 2025 (Nghị quyết 202/2025/QH15) and among the 63 they replaced
/// (Huế was one from 1 January 2025): `tests/places_table.rs` checks the
/// list against both tables of `data/places/`.
pub const CITIES: [&str; 6] = ["Hà Nội", HCM, "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế"];

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
pub fn in_phrase(name: &str, locale: Locale) -> String {
    let (name, said) = bare(name);
    if name == HCM {
        return alone(name, locale);
    }
    let city = said.unwrap_or_else(|| CITIES.contains(&name));
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
    let inferred = match d.province.basis {
        Basis::Inferred => format!(" ({})", crate::i18n::basis(Basis::Inferred, locale)),
        _ => String::new(),
    };
    if d.level != Level::FormerDistrict {
        let noun = crate::i18n::unit_nouns(d.level, locale)[0];
        let named = match locale {
            Locale::Vi => capitalised(&format!("{noun} {}", d.name)),
            Locale::En => format!("{} {noun}", d.name),
        };
        return format!(
            "{named}, {}{inferred}",
            in_phrase(&d.province_2025.name, locale)
        );
    }
    let then = in_phrase(&d.province.name, locale);
    let now = in_phrase(&d.province_2025.name, locale);
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
        assert_eq!(in_phrase("An Giang", Locale::Vi), "tỉnh An Giang");
        assert_eq!(in_phrase("Tỉnh An Giang", Locale::Vi), "tỉnh An Giang");
        assert_eq!(in_phrase("Cần Thơ", Locale::Vi), "thành phố Cần Thơ");
        assert_eq!(in_phrase("Sóc Trăng", Locale::Vi), "tỉnh Sóc Trăng");
        assert_eq!(in_phrase("Huế", Locale::En), "Huế city");
        assert_eq!(in_phrase("Tỉnh An Giang", Locale::En), "An Giang province");
    }

    #[test]
    fn the_city_of_the_presidents_name_is_never_bare() {
        assert_eq!(in_phrase(HCM, Locale::Vi), "Thành phố Hồ Chí Minh");
        assert_eq!(
            in_phrase("Thành phố Hồ Chí Minh", Locale::Vi),
            "Thành phố Hồ Chí Minh"
        );
        assert_eq!(in_phrase(HCM, Locale::En), "Hồ Chí Minh City");
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
