//! A package sent as one `.zip`: its CSV and JSON entries, read with the
//! care an archive from anyone needs. Nothing is expanded before the sizes
//! the archive declares are added up and found under the dataset limit; the
//! expanding itself stops at that limit whatever the archive declared; an
//! entry named with `..` or an absolute path, a duplicate name, or a method
//! other than stored or deflated refuses the whole archive; each entry's
//! size and CRC are checked. Entries in folders are read by their file name
//! (a zip made of a folder holds `folder/figures.csv`).

use super::csv::{Spot, say};
use super::package::base_name;
use crate::data::MAX_DATASET_BYTES;

/// Whether `bytes` look like a zip archive (a local file header, or the
/// end record of an empty one).
pub fn is_zip(name: &str, bytes: &[u8]) -> bool {
    name.to_ascii_lowercase().ends_with(".zip")
        || bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(b"PK\x05\x06")
}

/// The archive's `.csv` and `.json` entries, named `archive.zip/entry`.
pub fn entries(archive_name: &str, bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>, Spot> {
    let refuse = |message| Spot {
        file: base_name(archive_name).to_string(),
        row: None,
        column: None,
        message,
    };
    let archive = rawzip::ZipArchive::from_slice(bytes).map_err(|e| {
        refuse(say(
            format!("không đọc được như tệp nén zip ({e})"),
            format!("cannot be read as a zip archive ({e})"),
        ))
    })?;
    // First the central directory alone: names and declared sizes.
    let mut wanted: Vec<(String, _, u64, rawzip::CompressionMethod)> = Vec::new();
    let mut declared: u64 = 0;
    let mut list = archive.entries();
    loop {
        let header = match list.next_entry() {
            Ok(Some(header)) => header,
            Ok(None) => break,
            Err(e) => {
                return Err(refuse(say(
                    format!("mục lục của tệp nén bị hỏng ({e})"),
                    format!("the archive's directory is damaged ({e})"),
                )));
            }
        };
        let raw = String::from_utf8_lossy(header.file_path().as_ref()).to_string();
        if header.is_dir() {
            continue;
        }
        if escapes(&raw) {
            return Err(refuse(say(
                format!(
                    "mục “{raw}” trỏ ra ngoài thư mục của tệp nén (.. hoặc đường dẫn tuyệt đối): không đọc tệp nén này"
                ),
                format!(
                    "the entry “{raw}” points outside the archive's folder (.. or an absolute path): the archive is not read"
                ),
            )));
        }
        let lower = raw.to_ascii_lowercase();
        // macOS's Finder adds resource forks under __MACOSX/ beside each file.
        if lower.starts_with("__macosx/") || !(lower.ends_with(".csv") || lower.ends_with(".json"))
        {
            continue;
        }
        if wanted
            .iter()
            .any(|(name, ..)| base_name(name).eq_ignore_ascii_case(base_name(&raw)))
        {
            return Err(refuse(say(
                format!("có hai mục cùng tên “{}”", base_name(&raw)),
                format!("two entries are named “{}”", base_name(&raw)),
            )));
        }
        declared = declared.saturating_add(header.uncompressed_size_hint());
        if declared > MAX_DATASET_BYTES as u64 {
            use crate::format::{Locale, count};
            let bytes = |n: u64, l: Locale| count(usize::try_from(n).unwrap_or(usize::MAX), l);
            return Err(refuse(say(
                format!(
                    "giải nén sẽ ra hơn {} byte, vượt giới hạn {} byte nên không giải nén",
                    bytes(declared, Locale::Vi),
                    count(MAX_DATASET_BYTES, Locale::Vi)
                ),
                format!(
                    "would expand to more than {} bytes, over the {} byte limit: not expanded",
                    bytes(declared, Locale::En),
                    count(MAX_DATASET_BYTES, Locale::En)
                ),
            )));
        }
        wanted.push((
            raw,
            header.wayfinder(),
            header.compressed_size_hint(),
            header.compression_method(),
        ));
    }
    // Then each entry, never past what is left of the limit.
    let mut budget = MAX_DATASET_BYTES;
    let mut out = Vec::new();
    for (raw, wayfinder, compressed, method) in wanted {
        let damaged = |why: String| {
            refuse(say(
                format!("mục “{raw}” bị hỏng ({why})"),
                format!("the entry “{raw}” is damaged ({why})"),
            ))
        };
        let entry = archive
            .get_entry(wayfinder)
            .map_err(|e| damaged(e.to_string()))?;
        let claim = entry.claim_verifier();
        let compressed = usize::try_from(compressed).map_err(|e| damaged(e.to_string()))?;
        let data = entry
            .data()
            .get(..compressed)
            .ok_or_else(|| damaged("cut short".into()))?;
        let expanded = if method == rawzip::CompressionMethod::STORE {
            if data.len() > budget {
                return Err(over(&refuse));
            }
            data.to_vec()
        } else if method == rawzip::CompressionMethod::DEFLATE {
            miniz_oxide::inflate::decompress_to_vec_with_limit(data, budget).map_err(|e| {
                if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                    over(&refuse)
                } else {
                    damaged(format!("{:?}", e.status))
                }
            })?
        } else {
            return Err(refuse(say(
                format!(
                    "mục “{raw}” được nén theo cách {method:?}; vui lòng nén lại theo cách thông thường (deflate)"
                ),
                format!(
                    "the entry “{raw}” is compressed with method {method:?}; compress it again the usual way (deflate)"
                ),
            )));
        };
        if expanded.len() as u64 != claim.uncompressed_size || rawzip::crc32(&expanded) != claim.crc
        {
            return Err(damaged("size or CRC".into()));
        }
        budget -= expanded.len();
        out.push((format!("{}/{raw}", base_name(archive_name)), expanded));
    }
    Ok(out)
}

fn over(refuse: &impl Fn(crate::data::Text) -> Spot) -> Spot {
    use crate::format::{Locale, count};
    refuse(say(
        format!(
            "giải nén ra hơn {} byte, vượt giới hạn nên đã dừng giải nén",
            count(MAX_DATASET_BYTES, Locale::Vi)
        ),
        format!(
            "expands to more than {} bytes, over the limit: expanding stopped",
            count(MAX_DATASET_BYTES, Locale::En)
        ),
    ))
}

/// A name that would land outside the folder it is expanded into.
fn escapes(name: &str) -> bool {
    name.starts_with(['/', '\\'])
        || name.contains(':')
        || name.split(['/', '\\']).any(|part| part == "..")
}
