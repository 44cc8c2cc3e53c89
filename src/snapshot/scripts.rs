//! The site's scripts, minified: `public/*.js` (which Trunk copies as they
//! are) and the app's wasm-bindgen JS and split loader (which arrive after
//! Trunk, `split`). `boot.js` blocks the first paint and the app's JS is
//! part of the first tap; their comments, indentation and long local names
//! were a third of their brotli bytes. `terser` (npm, pinned in
//! `.ci/versions`, found by `tools`) minifies them: compress and mangle, no
//! option that changes what the code does.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// The scripts this project writes, each a classic script (not a module).
const OURS: [&str; 4] = [
    "boot.js",
    "compressed_fetch.js",
    "embed.js",
    "dataset_reader_loader.js",
];

/// The files of `boot.js` as the page gets it, each a job of its own: the
/// fetching of compressed files first (the dataset reader's worker loads it
/// alone), then the hand-over. One request for both, before the first paint.
const BOOT: [&str; 2] = ["compressed_fetch.js", "boot.js"];

/// Puts [`BOOT`] together into `boot.js` and minifies each of [`OURS`] in `dir`.
pub fn minify_in(dir: &Path) -> Result<(), String> {
    let parts: Vec<String> = BOOT
        .iter()
        .filter_map(|name| std::fs::read_to_string(dir.join(name)).ok())
        .collect();
    if parts.len() == BOOT.len() {
        let path = dir.join("boot.js");
        std::fs::write(&path, parts.join("\n")).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    for name in OURS {
        let path = dir.join(name);
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        std::fs::write(&path, minified(&source, Kind::Script)?)
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// How the browser runs a script: its top-level names are global in a
/// classic script (kept), local in a module (mangled).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Script,
    Module,
}

/// `js` through `terser --compress --mangle`.
pub fn minified(js: &str, kind: Kind) -> Result<String, String> {
    let mut command = Command::new(super::tools::find(super::tools::Tool::Terser)?);
    command.args(["--compress", "--mangle"]);
    if kind == Kind::Module {
        command.arg("--module");
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("terser: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("terser: no stdin")?;
    let source = js.to_string();
    // Written from a thread: terser may fill its stdout before it has read all of stdin.
    let writer = std::thread::spawn(move || stdin.write_all(source.as_bytes()));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("terser: {e}"))?;
    writer
        .join()
        .map_err(|_| "terser: the writer panicked".to_string())?
        .map_err(|e| format!("terser: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "terser: {}: {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("terser: {e}"))
}

/// Whether `c` can stand in a JS identifier.
pub fn in_identifier(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// Where `word` stands in `js` as a whole identifier (not inside a longer one).
pub fn word_positions<'a>(js: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let part = |c: Option<char>| c.is_some_and(in_identifier);
    js.match_indices(word).map(|(at, _)| at).filter(move |&at| {
        !part(js[..at].chars().next_back()) && !part(js[at + word.len()..].chars().next())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_script_keeps_its_globals_and_a_module_its_exports() {
        let script = "// Why.\nfunction keptGlobal(longName) {\n  return longName + 1;\n}\nself.alsoKept = keptGlobal;\n";
        let out = minified(script, Kind::Script).unwrap();
        assert!(
            out.contains("keptGlobal") && out.contains("self.alsoKept"),
            "{out}"
        );
        assert!(!out.contains("longName") && !out.contains("Why"), "{out}");
        let module = "import { a } from \"./b.js\";\nfunction local(x) { return a(x); }\nexport function shown(value) { return local(value); }\n";
        let out = minified(module, Kind::Module).unwrap();
        assert!(
            out.contains("export") && out.contains("shown") && out.contains("./b.js"),
            "{out}"
        );
        assert!(!out.contains("value"), "{out}");
    }

    #[test]
    fn a_script_terser_cannot_read_stops_the_build() {
        assert!(minified("function (", Kind::Script).is_err());
    }
}
