//! CSV as spreadsheet programs save it, in a Vietnamese locale or any other:
//! UTF-8 with or without a byte-order mark, CRLF or LF, `;`, `,` or tab
//! between cells, quoted cells with line breaks in them, and numbers with a
//! decimal comma where that cannot be misread.

use crate::data::Text;

/// One CSV file: its header and its rows, as text.
pub struct Table {
    pub file: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Each row's number as a spreadsheet shows it (the header is row 1).
    pub row_numbers: Vec<usize>,
    /// `;` between cells: the file comes from a locale that writes a
    /// decimal comma (Vietnamese, most of Europe).
    pub decimal_comma: bool,
}

/// Something wrong at a place in a file: its row as a spreadsheet numbers it
/// (the header is row 1) and its column, where known.
#[derive(Debug, Clone, PartialEq)]
pub struct Spot {
    pub file: String,
    pub row: Option<usize>,
    pub column: Option<String>,
    pub message: Text,
}

impl Spot {
    pub fn line(&self, locale: crate::locale::Locale) -> String {
        use crate::locale::Locale;
        let vi = locale == Locale::Vi;
        let mut place = self.file.clone();
        if let Some(row) = self.row {
            place.push_str(&if vi {
                format!(", dòng {row}")
            } else {
                format!(", row {row}")
            });
        }
        if let Some(column) = &self.column {
            place.push_str(&if vi {
                format!(", cột {column}")
            } else {
                format!(", column {column}")
            });
        }
        format!("{place}: {}", self.message.get(locale))
    }
}

pub(crate) fn say(vi: impl Into<String>, en: impl Into<String>) -> Text {
    Text {
        vi: vi.into(),
        en: en.into(),
    }
}

/// Reads `bytes` as a CSV table.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Table, Spot> {
    let spot = |row: Option<usize>, message: Text| Spot {
        file: file.to_string(),
        row,
        column: None,
        message,
    };
    let content = std::str::from_utf8(bytes).map_err(|e| {
        spot(
            None,
            say(
                format!("không phải văn bản UTF-8 (byte thứ {} không hợp lệ); khi lưu, vui lòng chọn bảng mã UTF-8 (Unicode)", e.valid_up_to() + 1),
                format!("not UTF-8 text (byte {} is not valid); save it choosing the UTF-8 (Unicode) character set", e.valid_up_to() + 1),
            ),
        )
    })?;
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let delimiter = delimiter(content);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(content.as_bytes());
    let mut records = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            spot(
                Some(i + 1),
                say(
                    format!("không đọc được dòng này như CSV ({e})"),
                    format!("this row cannot be read as CSV ({e})"),
                ),
            )
        })?;
        records.push(record.iter().map(str::to_string).collect::<Vec<_>>());
    }
    let mut records = records.into_iter().enumerate();
    let header: Vec<String> = records
        .next()
        .ok_or_else(|| {
            spot(
                None,
                say(
                    "tệp trống, không có dòng tiêu đề",
                    "the file is empty: no header row",
                ),
            )
        })?
        .1
        .into_iter()
        .map(|h| h.trim().to_string())
        .collect();
    // A spreadsheet saves rows left blank below the table as empty cells.
    let (row_numbers, rows) = records
        .filter(|(_, row)| row.iter().any(|cell| !cell.trim().is_empty()))
        .map(|(i, row)| (i + 1, row))
        .unzip();
    Ok(Table {
        file: file.to_string(),
        header,
        rows,
        row_numbers,
        decimal_comma: delimiter == b';',
    })
}

/// The separator the header row uses: the most frequent of `;`, `,` and tab
/// outside quotes (a header cell may itself be quoted and hold a comma).
fn delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ';' if !quoted => counts[0] += 1,
            ',' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], i == 1)).unwrap_or(1);
    [b';', b',', b'\t'][best]
}

/// Undoes the CSV-injection guard the export writes (`csv::guard`): a cell
/// that starts with `'` followed by what a spreadsheet would take for a
/// formula, or by another `'`, loses the first `'`.
pub fn unguard(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) => rest.to_string(),
        _ => cell.to_string(),
    }
}

/// A number cell. Plain notation ("1234.5", "-3", "2.1e9") always; with a
/// decimal comma ("99,34") in a `;` file, where the comma cannot mean
/// anything else. Digits grouped by dots ("4.530") in such a file could be
/// four thousand or four and a half: refused, with a message saying how to
/// save the column instead.
pub fn number(cell: &str, decimal_comma: bool) -> Result<f64, Text> {
    let cell = cell.trim();
    let plain = |s: &str| s.parse::<f64>().ok().filter(|v| v.is_finite());
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let unsigned = cell.strip_prefix('-').unwrap_or(cell);
    if decimal_comma {
        // "4.530" or "17.939,5": digits grouped in threes by dots.
        let (integral, _) = unsigned.split_once(',').unwrap_or((unsigned, ""));
        let mut groups = integral.split('.');
        let first = groups.next().unwrap_or_default();
        let rest: Vec<&str> = groups.collect();
        if !rest.is_empty()
            && first.len() <= 3
            && digits(first)
            && rest.iter().all(|g| g.len() == 3 && digits(g))
        {
            return Err(say(
                format!(
                    "“{cell}” có thể là số có dấu chấm phân cách hàng nghìn hoặc dấu chấm thập phân: vui lòng định dạng cột là số không có dấu phân cách hàng nghìn"
                ),
                format!(
                    "“{cell}” could be read two ways (a dot between thousands, or a decimal point): format the column as a number with no thousands separator"
                ),
            ));
        }
        if let Some((whole, fraction)) = unsigned.split_once(',')
            && digits(whole)
            && digits(fraction)
        {
            let dotted = format!(
                "{}{whole}.{fraction}",
                if cell.starts_with('-') { "-" } else { "" }
            );
            if let Some(v) = plain(&dotted) {
                return Ok(v);
            }
        }
    }
    if unsigned.contains(',') {
        return Err(say(
            format!(
                "“{cell}” có dấu phẩy trong tệp ngăn cách bằng dấu phẩy: vui lòng ghi số không có dấu phân cách hàng nghìn, phần thập phân sau dấu chấm"
            ),
            format!(
                "“{cell}” has a comma in a comma-separated file: write the number with no thousands separator and a decimal point"
            ),
        ));
    }
    plain(cell).ok_or_else(|| {
        say(
            format!("“{cell}” không phải là số"),
            format!("“{cell}” is not a number"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn libreoffice_in_a_vietnamese_locale() {
        let t = parse(
            "figures.csv",
            "\u{feff}id;value;evidence\r\na;99,34;\"hai dòng\r\nmột ô\"\r\n;;\r\n".as_bytes(),
        )
        .unwrap();
        assert_eq!(t.header, ["id", "value", "evidence"]);
        assert_eq!(t.rows, [["a", "99,34", "hai dòng\r\nmột ô"]]);
        assert!(t.decimal_comma);
        assert_eq!(number("99,34", true), Ok(99.34));
        assert_eq!(number("-0,5", true), Ok(-0.5));
        assert_eq!(number("2100000000", true), Ok(2_100_000_000.0));
        assert_eq!(number("1.5", true), Ok(1.5));
        assert!(number("4.530", true).is_err());
        assert!(number("4.530,5", true).is_err());
    }

    #[test]
    fn excel_and_plain_commas() {
        let t = parse("m.csv", b"id,label_vi\nx,\"a, b\"\n").unwrap();
        assert_eq!(t.rows, [["x", "a, b"]]);
        assert!(!t.decimal_comma);
        assert_eq!(number("0.9934", false), Ok(0.9934));
        assert_eq!(number("2.1e9", false), Ok(2.1e9));
        assert!(number("1,5", false).is_err());
        assert!(number("abc", false).is_err());
        assert!(number("NaN", false).is_err());
    }

    #[test]
    fn the_guard_round_trips() {
        for s in [
            "=HYPERLINK(\"x\")",
            "'=x",
            "''",
            "'tis",
            "-3 hộ",
            "+84",
            "@a",
            "plain",
            "-3",
        ] {
            assert_eq!(
                unguard(&crate::data::write::csv::guard(s.to_string())),
                s,
                "{s}"
            );
        }
        assert_eq!(crate::data::write::csv::guard("-3".into()), "-3");
        assert_eq!(crate::data::write::csv::guard("=1+1".into()), "'=1+1");
    }

    #[test]
    fn places_are_named_in_both_languages() {
        let spot = Spot {
            file: "figures.csv".into(),
            row: Some(4),
            column: Some("value".into()),
            message: say("sai", "wrong"),
        };
        assert_eq!(
            spot.line(crate::locale::Locale::Vi),
            "figures.csv, dòng 4, cột value: sai"
        );
        assert_eq!(
            spot.line(crate::locale::Locale::En),
            "figures.csv, row 4, column value: wrong"
        );
    }
}
