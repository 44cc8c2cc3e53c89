//! The site's own scripts (`public/*.js`, which Trunk copies as they are)
//! without their comments: `boot.js` blocks the first paint, and half its
//! bytes are the comments that explain it.

use std::path::Path;

/// The scripts this project writes; Trunk's own are minified already.
const OURS: [&str; 3] = ["boot.js", "embed.js", "dataset_reader_loader.js"];

/// Rewrites each of [`OURS`] in `dir` without comment lines, blank lines and
/// indentation.
pub fn strip_in(dir: &Path) -> Result<(), String> {
    for name in OURS {
        let path = dir.join(name);
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        std::fs::write(&path, without_comments(&source))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// `js` less its whole-line `//` comments, blank lines and indentation.
/// Only whole lines go: the scripts hold no multi-line strings or template
/// literals, so a line that starts with `//` is always a comment, and code
/// is never touched.
pub fn without_comments(js: &str) -> String {
    let mut out = String::with_capacity(js.len());
    let mut in_block = false;
    for line in js.lines().map(str::trim) {
        // A block comment that takes whole lines (wasm-bindgen's JSDoc).
        if in_block || line.starts_with("/*") {
            in_block = !line.ends_with("*/");
            continue;
        }
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// [`without_comments`], for a script this project does not write (the
/// app's wasm-bindgen JS): unless a line holds an odd number of backticks,
/// where a template literal might span lines and its text would change.
pub fn without_comments_if_safe(js: &str) -> String {
    if js.lines().any(|l| l.matches('`').count() % 2 == 1) {
        return js.to_string();
    }
    without_comments(js)
}

#[cfg(test)]
mod tests {
    #[test]
    fn comment_lines_go_and_code_stays() {
        let js = "// Why.\n(function () {\n  // Because.\n  var a = \"//not a comment\"; // kept\n\n})();\n";
        assert_eq!(
            super::without_comments(js),
            "(function () {\nvar a = \"//not a comment\"; // kept\n})();\n"
        );
    }

    #[test]
    fn whole_line_block_comments_go() {
        let js =
            "/**\n * Why.\n */\nexport function f() {\n    /* one line */\n    return `${a}`;\n}\n";
        assert_eq!(
            super::without_comments_if_safe(js),
            "export function f() {\nreturn `${a}`;\n}\n"
        );
        // A template literal that may span lines: left as it is.
        let js = "const a = `one\n    two`;\n// c\n";
        assert_eq!(super::without_comments_if_safe(js), js);
    }

    #[test]
    fn the_shipped_scripts_have_no_multi_line_literals() {
        for name in super::OURS {
            let source = std::fs::read_to_string(format!("public/{name}")).expect(name);
            assert!(
                !super::without_comments(&source).contains('`'),
                "{name}: a template literal could span lines"
            );
        }
    }
}
