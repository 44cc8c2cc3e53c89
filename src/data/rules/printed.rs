//! Reading a number the way a Vietnamese report prints it.
//!
//! Validation uses this to prove that each figure's `value` is what its
//! `printed` text says, so a slip between "1,17" and 117 or "12.000" and 12
//! cannot enter the dataset unnoticed.

/// A number read from its printed form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Printed {
    /// The value in plain notation, scale words applied ("2,1 tỷ" → 2.1e9).
    pub value: f64,
    /// Decimals as printed, before any scale word: the report's rounding.
    pub decimals: u32,
    /// The number after a "/" ("905/909", "6,06/10.000"), if any.
    pub over: Option<f64>,
}

/// Reads the first number in `text`, in Vietnamese notation: a comma is the
/// decimal mark, a dot groups thousands (and must be followed by exactly
/// three digits). A following "tỷ", "triệu" or "nghìn"/"ngàn" scales it.
pub fn parse(text: &str) -> Option<Printed> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let (first, rest) = take_number(&text[start..])?;
    let (value, decimals) = first;
    let over = rest
        .strip_prefix('/')
        .and_then(take_number)
        .map(|((v, _), _)| v);
    let scale = scale_of(rest.trim_start());
    Some(Printed {
        value: value * scale,
        decimals,
        over,
    })
}

/// One number at the start of `text`: its value, its printed decimals, and
/// what follows it.
fn take_number(text: &str) -> Option<((f64, u32), &str)> {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(text.len());
    // A trailing mark is punctuation ("12.000." ends a sentence), not part of the number.
    let token = text[..end].trim_end_matches(['.', ',']);
    if token.is_empty() || !token.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rest = &text[token.len()..];
    let (int_part, frac_part) = match token.split_once(',') {
        Some((i, f)) => (i, Some(f)),
        None => (token, None),
    };
    let mut groups = int_part.split('.');
    let mut digits = groups.next()?.to_string();
    for group in groups {
        if group.len() != 3 || !group.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push_str(group);
    }
    let decimals = match frac_part {
        Some(f) if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) => return None,
        Some(f) => {
            digits.push('.');
            digits.push_str(f);
            f.len() as u32
        }
        None => 0,
    };
    let value = digits.parse::<f64>().ok()?;
    Some(((value, decimals), rest))
}

fn scale_of(rest: &str) -> f64 {
    const SCALES: [(&str, f64); 4] = [("tỷ", 1e9), ("triệu", 1e6), ("nghìn", 1e3), ("ngàn", 1e3)];
    SCALES
        .iter()
        .find(|(word, _)| rest.starts_with(word))
        .map_or(1.0, |&(_, scale)| scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Option<f64> {
        parse(text).map(|p| p.value)
    }

    #[test]
    fn comma_is_the_decimal_mark_and_dot_groups_thousands() {
        assert_eq!(value("1,17%"), Some(1.17));
        assert_eq!(value("12.000"), Some(12000.0));
        assert_eq!(value("17.939"), Some(17939.0));
        assert_eq!(value("hơn 12.000 thành viên"), Some(12000.0));
    }

    #[test]
    fn scale_words_multiply() {
        assert_eq!(value("2,1 tỷ đồng"), Some(2_100_000_000.0));
        assert_eq!(value("73,5 triệu đồng"), Some(73_500_000.0));
        assert_eq!(value("21 tỷ đồng"), Some(21_000_000_000.0));
    }

    #[test]
    fn a_slash_gives_the_second_number_without_dividing() {
        let rate = parse("6,06/10.000 dân").unwrap();
        assert_eq!((rate.value, rate.over), (6.06, Some(10000.0)));
        let fraction = parse("4.530/4.560").unwrap();
        assert_eq!((fraction.value, fraction.over), (4530.0, Some(4560.0)));
    }

    #[test]
    fn leading_zeros_and_decimals_are_kept_as_printed() {
        assert_eq!(value("04"), Some(4.0));
        assert_eq!(parse("99,34%").unwrap().decimals, 2);
        assert_eq!(parse("98,1%").unwrap().decimals, 1);
    }

    #[test]
    fn english_grouping_and_bad_groups_are_not_vietnamese_numbers() {
        // "3,716" in Vietnamese is 3.716, never three thousand.
        assert_eq!(value("3,716"), Some(3.716));
        assert_eq!(value("12.00"), None);
        assert_eq!(value("1,2,3"), None);
        assert_eq!(value("no digits"), None);
    }

    #[test]
    fn sentence_punctuation_after_a_number_is_not_part_of_it() {
        assert_eq!(value("7.040."), Some(7040.0));
        assert_eq!(value("40, 5"), Some(40.0));
    }
}
