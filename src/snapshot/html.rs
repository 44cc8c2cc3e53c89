//! Text and attribute values made safe for HTML: every word of the static
//! page comes from the dataset or the strings, never from markup.

/// `text` with `&`, `<`, `>` and both quotes escaped: safe as element text
/// and as a double-quoted attribute value.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_in_data_stays_text() {
        assert_eq!(
            super::esc("<img src=x onerror=\"a()\"> & 'b'"),
            "&lt;img src=x onerror=&quot;a()&quot;&gt; &amp; &#39;b&#39;"
        );
    }
}
