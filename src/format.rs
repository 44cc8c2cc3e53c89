//! Numbers and periods for readers, in their locale and with their unit.
//!
//! Vietnamese writes a decimal comma and a thousands dot (1,17% · 12.000 ·
//! 73,5 triệu đồng); English the reverse (1.17% · 12,000 · VND 73.5 million).
//! Every number the app shows goes through here, so the two never mix.

use crate::data::{Period, Qualifier, Unit};
// Where every caller has always found it.
pub use crate::locale::Locale;

/// A count with thousands grouped: 42260 → "42.260" (vi), "42,260" (en).
pub fn count(n: usize, locale: Locale) -> String {
    number(n as f64, locale, 0)
}

/// A day as a reader writes it: "2026-11-22" → "22/11/2026" (vi),
/// "22 November 2026" (en). Anything that is not a YYYY-MM-DD date is
/// returned as it came, so a portal's odd value is still shown, not hidden.
pub fn date(iso: &str, locale: Locale) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    let (Ok(year), Ok(month), Ok(day)) = (y.parse::<u16>(), m.parse::<usize>(), d.parse::<u8>())
    else {
        return iso.to_string();
    };
    if y.len() != 4 || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return iso.to_string();
    }
    match locale {
        Locale::Vi => format!("{day}/{month}/{year}"),
        Locale::En => format!("{day} {} {year}", MONTHS[month - 1]),
    }
}

/// `value` with thousands grouped and at most `max_decimals` decimals,
/// trailing zeros dropped: 12000 → "12.000", 99.34 → "99,34", 98.10 → "98,1".
pub fn number(value: f64, locale: Locale, max_decimals: usize) -> String {
    let fixed = format!("{:.*}", max_decimals, value.abs());
    let (int_part, frac_part) = match fixed.split_once('.') {
        Some((i, f)) => (i, f.trim_end_matches('0')),
        None => (fixed.as_str(), ""),
    };
    let (decimal, thousands) = locale.separators();
    let mut out = String::with_capacity(fixed.len() + int_part.len() / 3 + 1);
    let negative = value < 0.0 && (int_part != "0" || !frac_part.is_empty());
    if negative {
        out.push('-');
    }
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(digit);
    }
    if !frac_part.is_empty() {
        out.push(decimal);
        out.push_str(frac_part);
    }
    out
}

/// A value with its unit, as a reader would write it.
pub fn value(value: f64, unit: Unit, locale: Locale) -> String {
    match (unit, locale) {
        (Unit::Count, _) => number(value, locale, 2),
        (Unit::Percent, _) => format!("{}%", number(value, locale, 2)),
        (Unit::Per10000, Locale::Vi) => format!("{}/10.000 dân", number(value, locale, 2)),
        (Unit::Per10000, Locale::En) => format!("{} per 10,000 people", number(value, locale, 2)),
        (Unit::Vnd, _) => money(value, locale),
    }
}

/// A value with its unit and its qualifier: "hơn 12.000" / "more than 12,000".
pub fn qualified(v: f64, unit: Unit, qualifier: Option<Qualifier>, locale: Locale) -> String {
    let shown = value(v, unit, locale);
    match qualifier {
        None => shown,
        Some(q) => format!("{} {shown}", qualifier_word(q, locale)),
    }
}

pub fn qualifier_word(qualifier: Qualifier, locale: Locale) -> &'static str {
    match (qualifier, locale) {
        (Qualifier::MoreThan, Locale::Vi) => "hơn",
        (Qualifier::MoreThan, Locale::En) => "more than",
        (Qualifier::AtLeast, Locale::Vi) => "ít nhất",
        (Qualifier::AtLeast, Locale::En) => "at least",
        (Qualifier::LessThan, Locale::Vi) => "dưới",
        (Qualifier::LessThan, Locale::En) => "less than",
        (Qualifier::About, Locale::Vi) => "khoảng",
        (Qualifier::About, Locale::En) => "about",
    }
}

/// The scales large numbers are read in: "2,1 tỷ", "73.5 million".
const SCALES: [(f64, &str, &str); 2] = [(1e9, "tỷ", "billion"), (1e6, "triệu", "million")];

/// A label on a chart's axis whose largest label is `top`: in that label's
/// scale, so "73,5 triệu" stands where "73.500.000" would not fit ("1,2 tỷ",
/// "73.5 million"). The unit is the chart's title's; the full value stays in
/// the tooltip, the summary and the table.
pub fn axis(value: f64, top: f64, locale: Locale) -> String {
    let Some((size, vi, en)) = SCALES.into_iter().find(|(size, ..)| top.abs() >= *size) else {
        return number(value, locale, 2);
    };
    if value == 0.0 {
        return "0".to_string();
    }
    let scaled = number(value / size, locale, 2);
    match locale {
        Locale::Vi => format!("{scaled} {vi}"),
        Locale::En => format!("{scaled} {en}"),
    }
}

/// Money in the scale a reader uses: "2,1 tỷ đồng", "VND 73.5 million".
fn money(value: f64, locale: Locale) -> String {
    for (size, vi, en) in SCALES {
        if value.abs() >= size {
            let scaled = number(value / size, locale, 2);
            return match locale {
                Locale::Vi => format!("{scaled} {vi} đồng"),
                Locale::En => format!("VND {scaled} {en}"),
            };
        }
    }
    match locale {
        Locale::Vi => format!("{} đồng", number(value, locale, 0)),
        Locale::En => format!("VND {}", number(value, locale, 0)),
    }
}

/// A period as a reader reads it: "2023", "5/2021–3/2023", "2022–2023"
/// (months without a leading zero, as Vietnamese official texts write them).
pub fn period_label(period: &Period) -> String {
    let one = |s: &str| match s.split_once('-') {
        Some((y, m)) => format!("{}/{y}", m.trim_start_matches('0')),
        None => s.to_string(),
    };
    if period.start == period.end {
        one(&period.start)
    } else {
        format!("{}–{}", one(&period.start), one(&period.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Basis;

    fn period(start: &str, end: &str) -> Period {
        Period {
            start: start.into(),
            end: end.into(),
            basis: Basis::Printed,
            note: None,
        }
    }

    #[test]
    fn periods_read_month_first_with_an_en_dash() {
        assert_eq!(period_label(&period("2023", "2023")), "2023");
        assert_eq!(period_label(&period("2021-05", "2023-03")), "5/2021–3/2023");
        assert_eq!(period_label(&period("2022", "2023")), "2022–2023");
        assert_eq!(
            period_label(&period("2021-10", "2021-12")),
            "10/2021–12/2021"
        );
    }

    #[test]
    fn dates_read_day_first_in_vietnamese_and_in_words_in_english() {
        assert_eq!(date("2026-11-22", Locale::Vi), "22/11/2026");
        assert_eq!(date("2025-07-01", Locale::Vi), "1/7/2025");
        assert_eq!(date("2026-11-22", Locale::En), "22 November 2026");
        assert_eq!(date("2025-07-01", Locale::En), "1 July 2025");
        assert_eq!(date("hôm qua", Locale::Vi), "hôm qua");
        assert_eq!(date("2025-13-01", Locale::En), "2025-13-01");
    }

    #[test]
    fn groups_thousands_and_uses_the_locales_decimal_mark() {
        assert_eq!(number(12000.0, Locale::Vi, 2), "12.000");
        assert_eq!(number(12000.0, Locale::En, 2), "12,000");
        assert_eq!(number(1.17, Locale::Vi, 2), "1,17");
        assert_eq!(number(1.17, Locale::En, 2), "1.17");
        assert_eq!(number(1605233.0, Locale::Vi, 0), "1.605.233");
        assert_eq!(number(999.0, Locale::Vi, 0), "999");
        assert_eq!(number(0.0, Locale::Vi, 2), "0");
    }

    #[test]
    fn drops_trailing_zeros_but_keeps_significant_decimals() {
        assert_eq!(number(98.1, Locale::Vi, 2), "98,1");
        assert_eq!(number(99.34, Locale::Vi, 2), "99,34");
        assert_eq!(number(100.0, Locale::En, 2), "100");
    }

    #[test]
    fn negative_numbers_keep_their_sign_and_a_rounded_zero_loses_it() {
        assert_eq!(number(-4530.5, Locale::En, 1), "-4,530.5");
        assert_eq!(number(-0.001, Locale::Vi, 2), "0");
    }

    #[test]
    fn units_read_as_a_reader_writes_them() {
        assert_eq!(value(1.17, Unit::Percent, Locale::Vi), "1,17%");
        assert_eq!(value(1.17, Unit::Percent, Locale::En), "1.17%");
        assert_eq!(value(2_100_000_000.0, Unit::Vnd, Locale::Vi), "2,1 tỷ đồng");
        assert_eq!(
            value(2_100_000_000.0, Unit::Vnd, Locale::En),
            "VND 2.1 billion"
        );
        assert_eq!(
            value(73_500_000.0, Unit::Vnd, Locale::Vi),
            "73,5 triệu đồng"
        );
        assert_eq!(
            value(73_500_000.0, Unit::Vnd, Locale::En),
            "VND 73.5 million"
        );
        assert_eq!(value(500_000.0, Unit::Vnd, Locale::Vi), "500.000 đồng");
        assert_eq!(value(6.06, Unit::Per10000, Locale::Vi), "6,06/10.000 dân");
        assert_eq!(
            value(6.06, Unit::Per10000, Locale::En),
            "6.06 per 10,000 people"
        );
    }

    #[test]
    fn axis_labels_take_the_scale_of_the_axis_top() {
        let top = 80_000_000.0;
        assert_eq!(axis(73_500_000.0, top, Locale::Vi), "73,5 triệu");
        assert_eq!(axis(20_000_000.0, top, Locale::En), "20 million");
        assert_eq!(axis(0.0, top, Locale::Vi), "0");
        // Below the top's scale, a tick still reads in it: 0,5 tỷ, not 500 triệu.
        assert_eq!(axis(500_000_000.0, 2e9, Locale::Vi), "0,5 tỷ");
        assert_eq!(axis(1_200_000_000.0, 2e9, Locale::En), "1.2 billion");
        // Smaller axes keep plain grouped numbers.
        assert_eq!(axis(17_500.0, 20_000.0, Locale::Vi), "17.500");
        assert_eq!(axis(99.5, 100.0, Locale::En), "99.5");
    }

    #[test]
    fn qualifiers_precede_the_value() {
        let q = Some(Qualifier::MoreThan);
        assert_eq!(qualified(12000.0, Unit::Count, q, Locale::Vi), "hơn 12.000");
        assert_eq!(
            qualified(12000.0, Unit::Count, q, Locale::En),
            "more than 12,000"
        );
        assert_eq!(qualified(40.0, Unit::Count, None, Locale::En), "40");
    }
}
