//! The post-build step that cuts the page's WebAssembly into parts, so the
//! first tap fetches only what it needs (`ui::later` names the parts).
//!
//! Trunk 0.21 cannot run a splitter between cargo and wasm-bindgen, so this
//! step does that part of its work again: it reads cargo's own `.wasm` (linked
//! with `--emit-relocs`, see `build.rs`), splits it with `wasm-split-cli`
//! (`wasm_split_cli_support`, the splitter of the `wasm_split_helpers` that
//! Leptos uses), runs `wasm-bindgen` on the first part and `wasm-opt` on
//! every part, and puts the results in place of Trunk's files, under Trunk's
//! hashed name. The tools are found by `tools`, at their pinned versions.
//!
//! What the tools write is placed, not edited: the splitter's loader and the
//! later parts go, under the names it gave them, into a folder named with
//! the app's hash (`<stem>_parts/`), the loader finds the first part's JS
//! one level up (its `--out-name`), and the first part imports the loader
//! from that folder (its import's module, renamed in the `.wasm` before
//! wasm-bindgen reads it). A browser never mixes a cached part with a newer
//! app, and no tool's text is matched.
//!
//! The steps that do match a tool's text, [`Rewrites`], save bytes and time
//! and can all be switched off (`LAMTHEOBAC_REWRITES=off`): the page works
//! without them, larger.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::tools::{self, Tool};
use super::wasm_bytes::leb128;
use crate::page_names as names;

/// The page's binary, as cargo names its `.wasm`.
const APP: &str = "lamtheobac";

/// The module the splitter's `.wasm` imports its loader as.
const SPLIT_MODULE: &str = "./__wasm_split.js";

/// The splitter's loader, as it names it.
const LOADER: &str = "__wasm_split.js";

/// Whether the steps that edit another tool's output run.
///
/// On, `dead_classes` and `short_imports` trim wasm-bindgen's JS and the
/// first part (about 4.8 and 1.4 KB brotli), the loader fetches each part
/// through `boot.js` (its `.gz` where a server sends it raw), and `boot.js`
/// is told which parts a tap before the app needs (`data-views-part`,
/// `data-english-part`), read from the loader's comments. Off, none of these
/// runs: an upgrade of Leptos, wasm-bindgen or Trunk can ship before they
/// are mended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rewrites {
    On,
    Off,
}

impl Rewrites {
    /// `LAMTHEOBAC_REWRITES=off` switches them off; anything else leaves them on.
    pub fn from_env() -> Self {
        match std::env::var("LAMTHEOBAC_REWRITES") {
            Ok(v) if v.trim().eq_ignore_ascii_case("off") => Rewrites::Off,
            _ => Rewrites::On,
        }
    }
}

/// What the split left beside the first part.
#[derive(Debug, PartialEq)]
pub struct Parts {
    /// Trunk's hashed name of the app (`lamtheobac-0123abcd`).
    pub stem: String,
    /// The parts' files, in the site's folder.
    pub files: Vec<String>,
}

/// The folder of the later parts and their loader, in the site's folder.
fn parts_folder(stem: &str) -> String {
    format!("{stem}_parts")
}

/// Splits the app in the built site `dir`. `profile` is cargo's ("release"
/// or "debug"); only a release is optimised.
pub fn split_in(
    dir: &Path,
    target: &Path,
    profile: &str,
    rewrites: Rewrites,
) -> Result<Parts, String> {
    let stem = app_stem(dir)?;
    let original = target
        .join("wasm32-unknown-unknown")
        .join(profile)
        .join(format!("{APP}.wasm"));
    let bytes = std::fs::read(&original).map_err(|e| format!("{}: {e}", original.display()))?;
    if !has_section(&bytes, b"reloc.CODE") {
        return Err(format!(
            "{} has no relocations: build.rs passes --emit-relocs to its link",
            original.display()
        ));
    }
    let work = std::env::temp_dir().join(format!("{APP}-split-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let optimise = profile == "release";
    let result = reader_again(dir, target, profile, optimise)
        .and_then(|()| split_with(dir, &original, &work, &stem, optimise, rewrites));
    let _ = std::fs::remove_dir_all(&work);
    result
}

fn split_with(
    dir: &Path,
    original: &Path,
    work: &Path,
    stem: &str,
    optimise: bool,
    rewrites: Rewrites,
) -> Result<Parts, String> {
    let folder = parts_folder(stem);
    let cut = work.join(&folder);
    let bound = work.join("bindgen");
    std::fs::create_dir_all(&cut).map_err(|e| format!("{}: {e}", cut.display()))?;
    // The first part one level above the loader's folder, as on the site.
    run(Command::new(tools::find(Tool::WasmSplit)?)
        .arg("--out-name")
        .arg(format!("../{stem}"))
        .arg(original)
        .arg(&cut))?;
    let first = work.join(format!("{stem}.wasm"));
    let wasm = std::fs::read(&first).map_err(|e| format!("{}: {e}", first.display()))?;
    let wasm = super::wasm_bytes::with_import_module(
        &wasm,
        SPLIT_MODULE,
        &format!("./{folder}/{LOADER}"),
    )?;
    std::fs::write(&first, wasm).map_err(|e| format!("{}: {e}", first.display()))?;
    run(Command::new(tools::find(Tool::WasmBindgen)?)
        .arg("--target=web")
        .arg("--no-typescript")
        // The parts call the first part's functions through its table,
        // which wasm-bindgen would otherwise stop exporting.
        .arg("--keep-lld-exports")
        .arg(format!("--out-name={stem}"))
        .arg("--out-dir")
        .arg(&bound)
        .arg(&first))?;

    let js_path = bound.join(format!("{stem}.js"));
    let wasm_path = bound.join(format!("{stem}_bg.wasm"));
    let mut js = read(&js_path)?;
    if rewrites == Rewrites::On {
        let wasm =
            std::fs::read(&wasm_path).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
        let (wasm, trimmed) = super::dead_classes::removed(&wasm, &js)?;
        let (wasm, shortened) = super::short_imports::shortened(&wasm, &trimmed)?;
        std::fs::write(&wasm_path, wasm).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
        js = shortened;
    }
    // Trunk minified wasm-bindgen's JS; this one arrives after Trunk. A
    // stock server sends it raw.
    write(
        &dir.join(format!("{stem}.js")),
        &super::scripts::minified(&js, super::scripts::Kind::Module)?,
    )?;
    place(&wasm_path, &dir.join(format!("{stem}_bg.wasm")), optimise)?;

    let into = dir.join(&folder);
    let _ = std::fs::remove_dir_all(&into);
    std::fs::create_dir_all(&into).map_err(|e| format!("{}: {e}", into.display()))?;
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&cut).map_err(|e| format!("{}: {e}", cut.display()))? {
        let name = entry
            .map_err(|e| e.to_string())?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.ends_with(".wasm") {
            place(&cut.join(&name), &into.join(&name), optimise)?;
            files.push(format!("{folder}/{name}"));
        }
    }
    let mut glue = read(&cut.join(LOADER))?;
    if rewrites == Rewrites::On {
        glue = fetched_through_boot(&glue)?;
        tell_boot_the_parts(dir, &folder, &glue)?;
    }
    write(
        &into.join(LOADER),
        &super::scripts::minified(&glue, super::scripts::Kind::Module)?,
    )?;
    files.push(format!("{folder}/{LOADER}"));
    files.sort();
    check_reader_holds_no_parts(dir)?;
    Ok(Parts {
        stem: stem.to_string(),
        files,
    })
}

/// A rewrite: the loader fetches each part through `boot.js`, which inflates
/// its `.gz` where the server would send the `.wasm` raw, as it does for the
/// first part, and hands over a part it fetched ahead.
fn fetched_through_boot(glue: &str) -> Result<String, String> {
    replaced(
        glue,
        "fetch(new URL(",
        &format!("self.{}(new URL(", crate::page_names::FETCH_WASM),
    )
}

/// A rewrite: a reader who taps another view before the app has arrived
/// needs its part too; a reader who taps "English", or follows a link in
/// English, needs English (`ui::english`): `boot.js` fetches these beside
/// the app, named on its tag (`data-views-part`, `data-english-part`). Read
/// from the loader's comments, before minifying drops them.
fn tell_boot_the_parts(dir: &Path, folder: &str, glue: &str) -> Result<(), String> {
    let in_folder = |files: Vec<String>| {
        files
            .iter()
            .map(|f| format!("{folder}/{f}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let english = needs(glue, "english");
    if english.is_empty() {
        return Err("the splitter's loader names no part for English".into());
    }
    let views = needs(glue, "views");
    if views.is_empty() {
        return Err("the splitter's loader names no part for the views".into());
    }
    let index = dir.join("index.html");
    let page = read(&index)?;
    // On boot.js's own tag (Trunk.toml's `pattern_script`), not on <html>:
    // the page's first 1,024 bytes must hold its <meta charset> (a server as
    // installed names no charset), and this list grows with the parts.
    let anchor = format!("{}=", names::APP_JS);
    let page = replaced_once(
        &page,
        &anchor,
        &format!(
            "{}=\"{}\" {}=\"{}\" {anchor}",
            names::VIEWS_PART,
            in_folder(views),
            names::ENGLISH_PART,
            in_folder(english)
        ),
    )?;
    write(&index, &page)
}

/// The dataset reader's two files, made again from cargo's `.wasm` of the
/// worker (built by Trunk with the `reader` feature): Trunk's JS minifier
/// orders the worker's declarations differently on every run, so two builds
/// of one commit differed, and wasm-bindgen's output through terser is the
/// same each time. Its `.wasm` goes through `wasm-opt -Oz` here rather than
/// in Trunk, so Trunk needs no wasm-opt of its own (it looks only on `PATH`,
/// where Debian's may be).
fn reader_again(dir: &Path, target: &Path, profile: &str, optimise: bool) -> Result<(), String> {
    let original = target
        .join("wasm32-unknown-unknown")
        .join(profile)
        .join("dataset_reader.wasm");
    let bound = std::env::temp_dir().join(format!("{APP}-reader-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&bound);
    let result = (|| {
        run(Command::new(tools::find(Tool::WasmBindgen)?)
            .arg("--target=no-modules")
            .arg("--no-typescript")
            .arg("--out-name=dataset_reader")
            .arg("--out-dir")
            .arg(&bound)
            .arg(&original))?;
        let js = read(&bound.join("dataset_reader.js"))?;
        let js = if optimise {
            super::scripts::minified(&js, super::scripts::Kind::Script)?
        } else {
            js
        };
        write(&dir.join("dataset_reader.js"), &js)?;
        let wasm = bound.join(READER);
        if optimise {
            run(Command::new(tools::find(Tool::WasmOpt)?)
                .arg("-Oz")
                .arg("--output")
                .arg(dir.join(READER))
                .arg(&wasm))
        } else {
            std::fs::copy(&wasm, dir.join(READER))
                .map(|_| ())
                .map_err(|e| format!("{READER}: {e}"))
        }
    })();
    let _ = std::fs::remove_dir_all(&bound);
    result
}

/// The dataset reader's `.wasm`, Trunk's worker build.
pub const READER: &str = "dataset_reader_bg.wasm";

/// Stops the build if the dataset reader exports a split function:
/// `#[wasm_split]` exports each from every binary that links the library's
/// `ui`, and with them all the parts' code, which the reader must not carry
/// (the `reader` feature leaves `ui` out of its build).
fn check_reader_holds_no_parts(dir: &Path) -> Result<(), String> {
    let path = dir.join(READER);
    let wasm = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let found: Vec<String> = super::wasm_bytes::export_names(&wasm)?
        .into_iter()
        .filter(|n| is_split_export(n))
        .collect();
    if found.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{READER} exports the app's parts ({}): build it with the `reader` feature (index.html)",
            found.join(", ")
        ))
    }
}

/// An export `wasm_split` makes for its splitter: a split function's, or its marker.
pub fn is_split_export(name: &str) -> bool {
    name.starts_with("__wasm_split_") || name.starts_with("_WASM_SPLIT_MARKER_")
}

/// The files the split `name` loads, read from the splitter's loader: each
/// shared chunk follows a comment listing the splits that use it
/// (`/* finder, views */`), each split's own file its `__wasm_split_load_`
/// export.
pub fn needs(glue: &str, name: &str) -> Vec<String> {
    let own = format!("export const __wasm_split_load_{name} ");
    let mut wanted = false;
    let mut files = Vec::new();
    for line in glue.lines().map(str::trim) {
        if let Some(list) = line.strip_prefix("/*").and_then(|l| l.strip_suffix("*/")) {
            wanted = list.split(',').any(|s| s.trim() == name);
        } else if line.starts_with(&own) {
            wanted = true;
        } else if wanted && let Some(at) = line.find("new URL(\"./") {
            let rest = &line[at + "new URL(\"./".len()..];
            if let Some(end) = rest.find('"') {
                files.push(rest[..end].to_string());
            }
            wanted = false;
        }
    }
    files
}

fn replaced_once(text: &str, from: &str, to: &str) -> Result<String, String> {
    if !text.contains(from) {
        return Err(format!("index.html has no {from}"));
    }
    Ok(text.replacen(from, to, 1))
}

/// Trunk's hashed name of the app's files (`lamtheobac-<hash>_bg.wasm`).
fn app_stem(dir: &Path) -> Result<String, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix("_bg.wasm")
            && stem.starts_with(&format!("{APP}-"))
        {
            found.push(stem.to_string());
        }
    }
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(format!("{} holds no {APP}-*_bg.wasm", dir.display())),
        _ => Err(format!(
            "{} holds more than one {APP}-*_bg.wasm",
            dir.display()
        )),
    }
}

/// Copies `from` to `to`, through `wasm-opt` for a release.
///
/// `-Os`, not `-Oz`: its output is larger raw but smaller compressed, which
/// is how every part travels (the first part 3 KB less in brotli). Rust's
/// linker puts the stack first, from address 1 MiB down, so the lowest
/// kilobyte of memory is reached only by a stack 1 MiB deep; telling
/// `wasm-opt` so lets it fold address arithmetic into loads and stores.
fn place(from: &Path, to: &Path, optimise: bool) -> Result<(), String> {
    if optimise {
        run(Command::new(tools::find(Tool::WasmOpt)?)
            .arg("-Os")
            .arg("--low-memory-unused")
            .arg("--output")
            .arg(to)
            .arg(from))
    } else {
        std::fs::copy(from, to)
            .map(|_| ())
            .map_err(|e| format!("{}: {e}", to.display()))
    }
}

/// `text` with its one `from` made `to`: a tool's output that changed shape
/// must stop the build, not ship a page that cannot load its parts.
fn replaced(text: &str, from: &str, to: &str) -> Result<String, String> {
    if !text.contains(from) {
        return Err(format!(
            "the splitter's output has no {from}: its version is not the pinned one"
        ));
    }
    Ok(text.replace(from, to))
}

/// Whether the module has a custom section of that name. Reads the section
/// headers only (LEB128 sizes), so a module cargo wrote is never parsed whole.
pub fn has_section(wasm: &[u8], wanted: &[u8]) -> bool {
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let Some((size, after)) = leb128(wasm, at) else {
            return false;
        };
        let end = after.saturating_add(size);
        if id == 0
            && let Some((len, name_at)) = leb128(wasm, after)
            && wasm.get(name_at..name_at.saturating_add(len)) == Some(wanted)
        {
            return true;
        }
        at = end;
    }
    false
}

fn run(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let status = command.status().map_err(|e| format!("{shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown}: {status}"))
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Cargo's target folder, as the hook sees it.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            std::env::var_os("TRUNK_SOURCE_DIR")
                .map(PathBuf::from)
                .unwrap_or_default()
                .join("target")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(sections: &[(u8, &[u8])]) -> Vec<u8> {
        let mut out = b"\0asm\x01\0\0\0".to_vec();
        for (id, body) in sections {
            out.push(*id);
            out.push(u8::try_from(body.len()).unwrap());
            out.extend_from_slice(body);
        }
        out
    }

    #[test]
    fn a_custom_section_is_found_by_its_name() {
        let wasm = module(&[(1, b"\x00"), (0, b"\x0areloc.CODE\x01\x02")]);
        assert!(has_section(&wasm, b"reloc.CODE"));
        assert!(!has_section(&wasm, b"reloc.DATA"));
    }

    #[test]
    fn a_truncated_module_is_no_match() {
        let mut wasm = module(&[(0, b"\x0areloc.CODE")]);
        wasm.truncate(12);
        assert!(!has_section(&wasm, b"reloc.CODE"));
        assert!(!has_section(b"\0asm", b"reloc.CODE"));
    }

    #[test]
    fn the_files_a_split_loads_are_read_from_the_loader() {
        let glue = r#"
/* finder, saving */
const __chunk_4 = makeLoad(() => {
    const src = fetch(new URL("./a_chunk_4.wasm", import.meta.url));
}
, []);
/* finder, views */
const __chunk_5 = makeLoad(() => {
    const src = fetch(new URL("./a_chunk_5.wasm", import.meta.url));
}
, []);
export const __wasm_split_load_views = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./a_split_views.wasm", import.meta.url));
}
, [__chunk_5]));
export const __wasm_split_load_saving = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./a_split_saving.wasm", import.meta.url));
}
, [__chunk_4]));
"#;
        assert_eq!(
            needs(glue, "views"),
            ["a_chunk_5.wasm", "a_split_views.wasm"]
        );
        assert_eq!(
            needs(glue, "saving"),
            ["a_chunk_4.wasm", "a_split_saving.wasm"]
        );
        assert!(needs(glue, "nothing").is_empty());
    }

    #[test]
    fn a_changed_tool_output_stops_the_build() {
        assert!(replaced("fetch(new URL(x))", "fetch(new URL(", "f(new URL(").is_ok());
        assert!(replaced("fetch(x)", "fetch(new URL(", "f(new URL(").is_err());
    }
}
