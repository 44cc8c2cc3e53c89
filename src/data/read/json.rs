//! What the JSON parser found wrong, said once and in the reader's language.
//!
//! serde_json writes its messages in English and appends "at line L column C";
//! the load message already gives the line and column in the reader's words,
//! so the position is cut and, for Vietnamese readers, the phrase translated.

use crate::locale::Locale;

/// serde_json's message for `e` without its position, in `locale`.
pub fn describe(e: &serde_json::Error, locale: Locale) -> String {
    let full = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&position).unwrap_or(&full);
    match locale {
        Locale::En => message.to_string(),
        Locale::Vi => vietnamese(message),
    }
}

/// The Vietnamese of one serde_json or serde message. Every message serde_json
/// writes is covered; one not known here gets a plain description rather than
/// English inside a Vietnamese sentence.
fn vietnamese(message: &str) -> String {
    const FIXED: [(&str, &str); 20] = [
        (
            "EOF while parsing a list",
            "tệp kết thúc giữa chừng một danh sách (thiếu “]”)",
        ),
        (
            "EOF while parsing an object",
            "tệp kết thúc giữa chừng một đối tượng (thiếu “}”)",
        ),
        (
            "EOF while parsing a string",
            "tệp kết thúc giữa chừng một chuỗi (thiếu dấu ngoặc kép đóng)",
        ),
        (
            "EOF while parsing a value",
            "tệp kết thúc giữa chừng, còn thiếu một giá trị",
        ),
        ("expected `:`", "thiếu dấu “:”"),
        ("expected `,` or `]`", "thiếu dấu “,” hoặc “]”"),
        ("expected `,` or `}`", "thiếu dấu “,” hoặc “}”"),
        (
            "expected ident",
            "có một từ không hợp lệ (chỉ được dùng true, false, null)",
        ),
        ("expected value", "ở đây phải có một giá trị"),
        ("invalid escape", "chuỗi có ký tự thoát không hợp lệ"),
        ("invalid number", "số không hợp lệ"),
        ("number out of range", "số vượt quá phạm vi"),
        ("invalid unicode code point", "mã Unicode không hợp lệ"),
        (
            "control character (\\u0000-\\u001F) found while parsing a string",
            "chuỗi chứa ký tự điều khiển",
        ),
        ("key must be a string", "tên trường phải là chuỗi"),
        ("trailing comma", "thừa dấu phẩy ở cuối"),
        (
            "trailing characters",
            "còn ký tự thừa sau khi đã hết dữ liệu",
        ),
        ("recursion limit exceeded", "dữ liệu lồng nhau quá sâu"),
        (
            "lone leading surrogate in hex escape",
            "mã thoát Unicode không hợp lệ",
        ),
        (
            "unexpected end of hex escape",
            "mã thoát Unicode bị cắt giữa chừng",
        ),
    ];
    if let Some((_, vi)) = FIXED.iter().find(|(en, _)| *en == message) {
        return (*vi).to_string();
    }
    if let Some(field) = between(message, "missing field `", "`") {
        return format!("thiếu trường “{field}”");
    }
    if let Some(field) = between(message, "unknown field `", "`") {
        return format!("trường “{field}” không có trong định dạng này");
    }
    if let Some(field) = between(message, "duplicate field `", "`") {
        return format!("trường “{field}” xuất hiện hai lần");
    }
    if let Some(value) = between(message, "unknown variant `", "`") {
        return format!("“{value}” không phải một giá trị được phép ở đây");
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!(
            "sai kiểu dữ liệu: nhận được {}, cần {}",
            found_vi(found),
            expected_vi(expected)
        );
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        let (n, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!("độ dài {n} không đúng, cần {}", expected_vi(expected));
    }
    if message.starts_with("invalid value: ") {
        return "giá trị không hợp lệ".to_string();
    }
    "cú pháp JSON không hợp lệ".to_string()
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(start)?;
    rest.split_once(end).map(|(inside, _)| inside)
}

/// serde's "unexpected" side: `string "abc"`, `integer `5``, `map`, …
fn found_vi(found: &str) -> String {
    if let Some(text) = found.strip_prefix("string ") {
        return format!("chuỗi “{}”", text.trim_matches('"'));
    }
    for (en, vi) in [
        ("integer `", "số nguyên "),
        ("floating point `", "số "),
        ("boolean `", "giá trị đúng/sai "),
    ] {
        if let Some(value) = found.strip_prefix(en) {
            return format!("{vi}{}", value.trim_end_matches('`'));
        }
    }
    match found {
        "null" => "null (trống)".to_string(),
        "map" => "một đối tượng".to_string(),
        "sequence" => "một danh sách".to_string(),
        _ => "một giá trị khác".to_string(),
    }
}

/// serde's "expected" side: `f64`, `a string`, `struct Figure`, …
fn expected_vi(expected: &str) -> &'static str {
    match expected {
        "f64" | "f32" => "một số",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" => "một số nguyên",
        "a string" | "a borrowed string" => "một chuỗi",
        "a boolean" => "true hoặc false",
        "a sequence" => "một danh sách",
        _ if expected.starts_with("struct ") || expected.starts_with("a map") => "một đối tượng",
        _ if expected.starts_with("a sequence of") || expected.starts_with("an array") => {
            "một danh sách"
        }
        _ => "kiểu khác",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(json: &str) -> serde_json::Error {
        serde_json::from_str::<Vec<f64>>(json).unwrap_err()
    }

    #[test]
    fn the_position_is_said_once_and_the_phrase_in_the_readers_language() {
        let e = error("[1, 2");
        assert_eq!(describe(&e, Locale::En), "EOF while parsing a list");
        assert_eq!(
            describe(&e, Locale::Vi),
            "tệp kết thúc giữa chừng một danh sách (thiếu “]”)"
        );
    }

    #[test]
    fn type_errors_read_in_vietnamese() {
        let e = error("[\"abc\"]");
        let vi = describe(&e, Locale::Vi);
        assert_eq!(vi, "sai kiểu dữ liệu: nhận được chuỗi “abc”, cần một số");
        assert!(!vi.contains("expected"), "{vi}");
    }

    #[test]
    fn every_fixed_syntax_message_is_translated() {
        for json in [
            "[1 2]",
            "[1,]",
            "{1:2}",
            "[tru]",
            "[1] x",
            "[\"\\q\"]",
            "[-]",
            "{\"a\" 1}",
        ] {
            let e = serde_json::from_str::<serde_json::Value>(json).unwrap_err();
            let vi = describe(&e, Locale::Vi);
            assert_ne!(vi, "cú pháp JSON không hợp lệ", "{json}: {e}");
            assert!(!vi.contains(" at line "), "{vi}");
        }
    }
}
