//! Why another dataset is not on screen, in both languages.

use crate::data;
use crate::format::Locale;

/// Why another dataset is not on screen.
#[derive(Debug)]
pub enum Failure {
    /// The dataset reader refused the file: why, in both languages.
    Refused { vi: Vec<String>, en: Vec<String> },
    /// Over [`MAX_DATASET_BYTES`]: refused before it is read.
    TooLarge(usize),
    /// The request failed (network, HTTP status, a server that does not allow it).
    Fetch(String),
    /// A file the reader chose or dropped could not be read (moved, deleted,
    /// or no longer allowed): its name.
    LocalFile(String),
    /// The dataset reader could not be started or did not answer.
    Reader(String),
    /// The part of the page that loads datasets could not be fetched.
    Unavailable,
}

impl Failure {
    pub fn lines(&self, locale: Locale) -> Vec<String> {
        match (self, locale) {
            (Failure::Refused { vi, .. }, Locale::Vi) => vi.clone(),
            (Failure::Refused { en, .. }, Locale::En) => en.clone(),
            (Failure::TooLarge(bytes), _) => vec![data::too_large(*bytes, locale)],
            (Failure::Reader(why), Locale::Vi) => vec![format!(
                "Trình duyệt không chạy được phần đọc dữ liệu ({why}). Vui lòng dùng trình duyệt phiên bản mới hơn."
            )],
            (Failure::Reader(why), Locale::En) => vec![format!(
                "The browser could not run the dataset reader ({why}). Try a newer browser."
            )],
            (Failure::Fetch(why), Locale::Vi) => vec![format!(
                "Không tải được tệp: {why}. Máy chủ cần cho phép trang này đọc tệp (cùng nguồn, hoặc CORS)."
            )],
            (Failure::LocalFile(name), Locale::Vi) => vec![format!(
                "Không đọc được tệp “{name}” trên máy của bạn. Vui lòng kiểm tra tệp vẫn còn ở đó rồi chọn lại."
            )],
            (Failure::LocalFile(name), Locale::En) => vec![format!(
                "The file “{name}” on your device could not be read. Please check it is still there and choose it again."
            )],
            (Failure::Unavailable, _) => vec![crate::i18n::strings(locale).view_unavailable.into()],
            (Failure::Fetch(why), Locale::En) => vec![format!(
                "The file could not be fetched: {why}. The server must let this page read it (same origin, or CORS)."
            )],
        }
    }
}
