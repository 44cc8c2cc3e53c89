//! The shipped dataset's English texts, apart from it in the page.
//!
//! The page's copy of the shipped dataset (`PAGE_BIN`, made by build.rs)
//! has each English text empty whose Vietnamese text names it
//! unambiguously; the pairs (`ENGLISH_BIN`) come with the part of the app a
//! reader who switches to English fetches (`ui::english`), which hands them
//! here. An empty English text is then found by its Vietnamese one. Data a
//! reader loads is whole (its rules require every English text), and so is
//! the dataset natively, where nothing is apart.

use std::sync::OnceLock;

/// The shipped dataset without the English texts that `ENGLISH_BIN` holds.
pub const PAGE_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset_page.bin"));

/// (Vietnamese, English) pairs, sorted by the Vietnamese.
pub const ENGLISH_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/english.bin"));

static PAIRS: OnceLock<Vec<(String, String)>> = OnceLock::new();

/// Takes the pairs (once; later calls change nothing).
pub fn provide(bytes: &[u8]) {
    PAIRS.get_or_init(|| postcard::from_bytes(bytes).unwrap_or_default());
}

/// `en`, or where it is empty the English of `vi`; `vi` itself if there
/// is none (the pairs have not arrived: the page waits for them before it
/// shows English, so a reader should never see this).
pub fn or<'a>(en: &'a str, vi: &'a str) -> &'a str {
    if !en.is_empty() {
        return en;
    }
    PAIRS
        .get()
        .and_then(|pairs| {
            let at = pairs.binary_search_by(|(v, _)| v.as_str().cmp(vi)).ok()?;
            Some(pairs[at].1.as_str())
        })
        .unwrap_or(vi)
}

/// Fills in `value` (a part of a dataset as JSON, which serde writes field
/// by field) each English text that travels apart.
pub fn fill(value: &mut serde_json::Value) {
    super::text_pairs::each(value, &mut |vi, en| {
        if en.is_empty() {
            *en = or("", vi).to_string();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Dataset, decode, shipped};
    use crate::locale::Locale;

    /// Every (vi, en) pair of `data`, in order.
    fn pairs_of(data: &Dataset) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut value = serde_json::to_value(data).unwrap();
        crate::data::text_pairs::each(&mut value, &mut |vi, en| {
            out.push((vi.to_string(), en.clone()))
        });
        out
    }

    #[test]
    fn the_pages_copy_and_its_english_make_the_shipped_dataset() {
        provide(ENGLISH_BIN);
        let page = decode(PAGE_BIN).unwrap();
        let whole = shipped().unwrap();
        let (apart, kept) = (pairs_of(&page), pairs_of(whole));
        assert_eq!(apart.len(), kept.len());
        let mut left_out = 0;
        for ((vi, en), (whole_vi, whole_en)) in apart.iter().zip(&kept) {
            assert_eq!(vi, whole_vi);
            assert_eq!(or(en, vi), whole_en, "{vi}");
            left_out += usize::from(en.is_empty());
        }
        // Nearly all of them travel apart.
        assert!(
            left_out * 10 > kept.len() * 9,
            "{left_out} of {}",
            kept.len()
        );
        // Through the accessors the page uses, the same words.
        for (p, w) in page.metrics.iter().zip(&whole.metrics) {
            assert_eq!(p.label.get(Locale::En), w.label.en);
            assert_eq!(p.definition.en(), w.definition.en);
        }
        for (p, w) in page.initiatives.iter().zip(&whole.initiatives) {
            assert_eq!(p.english_name(), w.name_en);
        }
        // Apart from the English, the copy is the shipped dataset.
        let without_english = |data: &Dataset| {
            let mut value = serde_json::to_value(data).unwrap();
            crate::data::text_pairs::each(&mut value, &mut |_, en| en.clear());
            value
        };
        assert_eq!(without_english(&page), without_english(whole));
        // And as JSON, as the downloads write it, the English is there.
        let mut filled = serde_json::to_value(&page).unwrap();
        fill(&mut filled);
        assert_eq!(filled, serde_json::to_value(whole).unwrap());
    }

    #[test]
    fn a_text_whose_english_is_not_apart_is_read_as_it_is() {
        assert_eq!(or("Poverty rate", "Tỷ lệ hộ nghèo"), "Poverty rate");
        // Not among the pairs: the Vietnamese, never an empty string.
        assert_eq!(or("", "một câu không có ở đâu"), "một câu không có ở đâu");
    }
}
