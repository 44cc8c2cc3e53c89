//! A dataset as a reader gives it: one JSON file (`json` words its
//! errors), or the CSV files of a package (`csv`, `package`), loose or in a
//! `.zip` (`zip`). Everything read is checked by the dataset's `rules`.

pub mod csv;
mod json;
pub mod package;
pub mod zip;

use std::fmt;

use super::rules::{Problem, validate};
use super::{Dataset, MAX_DATASET_BYTES};

/// Why a dataset could not be used.
#[derive(Debug)]
pub enum LoadError {
    /// Larger than [`MAX_DATASET_BYTES`]: refused before it is parsed.
    TooLarge(usize),
    /// Not UTF-8 text: the offset of the first byte that is not.
    NotText(usize),
    /// Not JSON, or JSON of the wrong shape: the first place it failed, as a
    /// path ("figures[3].value"), and serde's error.
    Parse(String, serde_json::Error),
    /// Well-formed but breaking the dataset's rules: every problem found.
    Invalid(Vec<Problem>),
    /// A package of CSV files with problems, each at its file, row and column.
    Package(Vec<csv::Spot>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::TooLarge(bytes) => write!(
                f,
                "the file is {} bytes; the largest dataset read is {} bytes",
                crate::format::count(*bytes, crate::locale::Locale::En),
                crate::format::count(MAX_DATASET_BYTES, crate::locale::Locale::En)
            ),
            LoadError::NotText(at) => write!(f, "the file is not UTF-8 text (byte {at})"),
            LoadError::Parse(path, e) => {
                write!(
                    f,
                    "the file is not a dataset in the expected format: {path}: {e}"
                )
            }
            LoadError::Invalid(problems) => {
                write!(f, "the dataset breaks {} rule(s):", problems.len())?;
                problems.iter().try_for_each(|p| write!(f, "\n- {p}"))
            }
            LoadError::Package(spots) => {
                write!(f, "the package has {} problem(s):", spots.len())?;
                spots
                    .iter()
                    .try_for_each(|s| write!(f, "\n- {}", s.line(crate::locale::Locale::En)))
            }
        }
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    /// What went wrong, one line per problem, in the reader's language. Each
    /// rule broken names its record and field; text from the file is quoted,
    /// never interpreted.
    pub fn lines(&self, locale: crate::locale::Locale) -> Vec<String> {
        use crate::locale::Locale;
        let vi = locale == Locale::Vi;
        match self {
            LoadError::TooLarge(bytes) => vec![too_large(*bytes, locale)],
            LoadError::NotText(at) => vec![if vi {
                format!(
                    "Tệp không phải văn bản UTF-8 (byte thứ {} không hợp lệ). Vui lòng lưu lại tệp với bảng mã UTF-8.",
                    at + 1
                )
            } else {
                format!(
                    "The file is not UTF-8 text (byte {} is not valid). Save it again with the UTF-8 encoding.",
                    at + 1
                )
            }],
            LoadError::Parse(path, e) => {
                let what = match e.classify() {
                    serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                        if vi {
                            "không phải JSON hợp lệ"
                        } else {
                            "is not valid JSON"
                        }
                    }
                    _ => {
                        if vi {
                            "là JSON nhưng không đúng cấu trúc dữ liệu"
                        } else {
                            "is JSON but not shaped like a dataset"
                        }
                    }
                };
                // The path names the record and field; "." is the whole file,
                // "?" a place the reader could not tell (a file cut in a key).
                let place = if path == "." || path == "?" {
                    String::new()
                } else {
                    format!("{path}: ")
                };
                let said = json::describe(e, locale);
                vec![if vi {
                    format!(
                        "Tệp {what} (dòng {}, cột {}): {place}{said}",
                        e.line(),
                        e.column()
                    )
                } else {
                    format!(
                        "The file {what} (line {}, column {}): {place}{said}",
                        e.line(),
                        e.column()
                    )
                }]
            }
            LoadError::Invalid(problems) => problems
                .iter()
                .map(|p| format!("{} · {}: {}", p.record, p.field, p.message.get(locale)))
                .collect(),
            LoadError::Package(spots) => spots.iter().map(|s| s.line(locale)).collect(),
        }
    }
}

/// Why a file over [`MAX_DATASET_BYTES`] is not read, in `locale`.
pub fn too_large(bytes: usize, locale: crate::locale::Locale) -> String {
    use crate::format::{self, Locale};
    let (size, limit) = (
        format::number(bytes as f64, locale, 0),
        format::number(MAX_DATASET_BYTES as f64, locale, 0),
    );
    match locale {
        Locale::Vi => {
            format!("Tệp có dung lượng {size} byte, vượt giới hạn {limit} byte nên không được đọc.")
        }
        Locale::En => format!("The file is {size} bytes, over the {limit} byte limit: not read."),
    }
}

/// Reads a dataset file as the page and the command do: size first, then
/// UTF-8 (a byte-order mark is allowed, as spreadsheet programs write one),
/// then [`load`].
pub fn read(bytes: &[u8]) -> Result<Dataset, LoadError> {
    if bytes.len() > MAX_DATASET_BYTES {
        return Err(LoadError::TooLarge(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::NotText(e.valid_up_to()))?;
    load(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Reads what a reader gave: one dataset JSON file, or the files of a
/// package (its CSV files, with or without `datapackage.json`), loose or in
/// a `.zip`.
pub fn read_files(files: &[(String, Vec<u8>)]) -> Result<Dataset, LoadError> {
    if !files.iter().any(|(name, bytes)| zip::is_zip(name, bytes)) {
        return read_unzipped(files);
    }
    let mut expanded = Vec::new();
    for (name, bytes) in files {
        if zip::is_zip(name, bytes) {
            let entries = zip::entries(name, bytes).map_err(|s| LoadError::Package(vec![s]))?;
            expanded.extend(entries);
        } else {
            expanded.push((name.clone(), bytes.clone()));
        }
    }
    read_unzipped(&expanded)
}

fn read_unzipped(files: &[(String, Vec<u8>)]) -> Result<Dataset, LoadError> {
    match files {
        [(_, bytes)] if !package::is_package(files) => read(bytes),
        _ => package::read_package(files),
    }
}

/// Parses and validates a dataset; only a dataset with no problem is returned.
pub fn load(json: &str) -> Result<Dataset, LoadError> {
    if json.len() > MAX_DATASET_BYTES {
        return Err(LoadError::TooLarge(json.len()));
    }
    let reader = &mut serde_json::Deserializer::from_str(json);
    let data: Dataset = serde_path_to_error::deserialize(reader)
        .map_err(|e| LoadError::Parse(e.path().to_string(), e.into_inner()))?;
    let problems = validate(&data);
    if problems.is_empty() {
        Ok(data)
    } else {
        Err(LoadError::Invalid(problems))
    }
}
