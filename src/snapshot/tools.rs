//! The tools the post-build hook runs, found where `.ci/setup` installs them
//! and checked against the versions `.ci/versions` pins, so `trunk build`
//! and `trunk serve` work in any shell (no `PATH` set up first) and a wrong
//! version stops the build with what to do, instead of breaking the page.
//!
//! npm's tools live in the clone (`.tools/`), cargo's in `$CARGO_HOME/bin`;
//! `PATH` is the last place looked, and what is found there must be the
//! pinned version too: Debian's binaryen 108, first on `PATH`, breaks the
//! page, and Dioxus's crate installs a `wasm-split-cli` that is not ours.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// `.ci/versions`, the one file that pins every tool.
const VERSIONS: &str = include_str!("../../.ci/versions");

/// The version `.ci/versions` pins for `name` (`WASM_BINDGEN`).
pub fn pinned(name: &str) -> Option<&'static str> {
    pinned_in(VERSIONS, name)
}

fn pinned_in<'a>(versions: &'a str, name: &str) -> Option<&'a str> {
    versions
        .lines()
        .filter_map(|line| line.split_once('='))
        .find(|(key, _)| key.trim() == name)
        .map(|(_, value)| value.trim())
}

/// A tool the hook runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    WasmBindgen,
    WasmOpt,
    WasmSplit,
    Terser,
}

impl Tool {
    fn command(self) -> &'static str {
        match self {
            Tool::WasmBindgen => "wasm-bindgen",
            Tool::WasmOpt => "wasm-opt",
            Tool::WasmSplit => "wasm-split-cli",
            Tool::Terser => "terser",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Tool::WasmBindgen => "WASM_BINDGEN",
            Tool::WasmOpt => "BINARYEN",
            Tool::WasmSplit => "WASM_SPLIT_CLI",
            Tool::Terser => "TERSER",
        }
    }

    /// Where `.ci/setup` puts it, before `PATH`.
    fn installed(self) -> PathBuf {
        match self {
            Tool::WasmOpt => repo().join(".tools/binaryen/node_modules/.bin/wasm-opt"),
            Tool::Terser => repo().join(".tools/terser/node_modules/.bin/terser"),
            Tool::WasmBindgen | Tool::WasmSplit => cargo_home().join("bin").join(self.command()),
        }
    }

    /// The version of the tool at `path`, as it says it.
    fn version_of(self, path: &Path) -> Option<String> {
        if self == Tool::WasmSplit {
            // It has no --version: cargo's list of what it installed says.
            // Only the one in $CARGO_HOME/bin is listed there.
            if path != self.installed() {
                return None;
            }
            let list = std::fs::read_to_string(cargo_home().join(".crates.toml")).ok()?;
            return list.lines().find_map(|line| {
                let rest = line.strip_prefix("\"wasm_split_cli_support ")?;
                Some(rest.split_once(' ')?.0.to_string())
            });
        }
        let out = Command::new(path).arg("--version").output().ok()?;
        let text = String::from_utf8_lossy(&out.stdout);
        // "wasm-bindgen 0.2.130", "terser 5.51.4", "wasm-opt version 132 (version_132)"
        let words: Vec<&str> = text.split_whitespace().collect();
        match self {
            Tool::WasmOpt => words.get(2).map(|v| v.to_string()),
            _ => words.get(1).map(|v| v.to_string()),
        }
    }
}

/// The tool to run: the pinned version, from where `.ci/setup` installs it
/// or else from `PATH`; or what is wrong and how to mend it. Looked up once
/// a build: asking `wasm-opt` its version starts node on a 10 MB script
/// (a quarter of a second), and a release runs it on twenty files.
pub fn find(tool: Tool) -> Result<PathBuf, String> {
    static FOUND: [OnceLock<Result<PathBuf, String>>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    FOUND[tool as usize].get_or_init(|| look_for(tool)).clone()
}

fn look_for(tool: Tool) -> Result<PathBuf, String> {
    let wanted = pinned(tool.key()).ok_or_else(|| format!(".ci/versions has no {}", tool.key()))?;
    let mut seen = Vec::new();
    for path in [Some(tool.installed()), on_path(tool.command())]
        .into_iter()
        .flatten()
    {
        if !path.is_file() {
            continue;
        }
        match tool.version_of(&path) {
            Some(v) if v == wanted => return Ok(path),
            found => seen.push(format!(
                "{} is {}",
                path.display(),
                found.as_deref().unwrap_or("of an unknown version")
            )),
        }
    }
    let seen = if seen.is_empty() {
        "none is installed".to_string()
    } else {
        seen.join("; ")
    };
    Err(format!(
        "the build needs {} {wanted} (.ci/versions), and {seen}: run `bash .ci/setup`",
        tool.command()
    ))
}

/// The clone: Trunk names it to its hooks; `cargo run` built us from it.
fn repo() -> PathBuf {
    std::env::var_os("TRUNK_SOURCE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default()
}

fn on_path(command: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(command))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_is_read_by_its_whole_name() {
        let versions = "# TRUNK=9\nTRUNK=0.21.14\nWASM_SPLIT_CLI=0.2.4\nWASM_SPLIT_HELPERS=0.2.3\n";
        assert_eq!(pinned_in(versions, "TRUNK"), Some("0.21.14"));
        assert_eq!(pinned_in(versions, "WASM_SPLIT_HELPERS"), Some("0.2.3"));
        assert_eq!(pinned_in(versions, "WASM_SPLIT"), None);
    }

    #[test]
    fn every_tool_the_hook_runs_is_pinned() {
        for tool in [
            Tool::WasmBindgen,
            Tool::WasmOpt,
            Tool::WasmSplit,
            Tool::Terser,
        ] {
            assert!(pinned(tool.key()).is_some(), "{tool:?}");
        }
    }
}
