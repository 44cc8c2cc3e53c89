//! `.ci/versions` pins every tool; what must agree with it elsewhere does:
//! the crates in `Cargo.lock` that a tool must match, Trunk's own check in
//! `Trunk.toml`, and the tools installed, which the build runs.

use lamtheobac::snapshot::tools::{self, Tool};

const LOCK: &str = include_str!("../Cargo.lock");
const TRUNK_TOML: &str = include_str!("../Trunk.toml");

/// The version of the crate `name` in Cargo.lock (one version only).
fn locked(name: &str) -> String {
    let versions: Vec<&str> = LOCK
        .split("[[package]]")
        .filter(|p| p.lines().any(|l| l == format!("name = \"{name}\"")))
        .filter_map(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")))
        .map(|v| v.trim_end_matches('"'))
        .collect();
    assert_eq!(versions.len(), 1, "Cargo.lock holds {name} {versions:?}");
    versions[0].to_string()
}

fn pinned(name: &str) -> &'static str {
    tools::pinned(name).unwrap_or_else(|| panic!(".ci/versions pins no {name}"))
}

#[test]
fn the_wasm_bindgen_cli_is_the_crates_version() {
    assert_eq!(
        pinned("WASM_BINDGEN"),
        locked("wasm-bindgen"),
        "wasm-bindgen in .ci/versions (the CLI) and in Cargo.lock (the crate)"
    );
}

#[test]
fn the_splitter_is_the_one_for_leptoss_split_helpers() {
    assert_eq!(
        pinned("WASM_SPLIT_HELPERS"),
        locked("wasm_split_helpers"),
        "Leptos now uses another wasm_split_helpers: check that wasm-split-cli {} splits it \
         (or pin the splitter that does), then set WASM_SPLIT_HELPERS in .ci/versions",
        pinned("WASM_SPLIT_CLI")
    );
}

#[test]
fn trunk_checks_the_pinned_version() {
    let wanted = format!("trunk-version = \"={}\"", pinned("TRUNK"));
    assert!(
        TRUNK_TOML.lines().any(|l| l == wanted),
        "Trunk.toml must say {wanted}"
    );
}

/// The tools the build runs, installed at the pinned versions: `find` is
/// what the build's hook calls, and it checks each version.
#[test]
fn the_installed_tools_are_the_pinned_ones() {
    for tool in [
        Tool::WasmBindgen,
        Tool::WasmOpt,
        Tool::WasmSplit,
        Tool::Terser,
    ] {
        if let Err(e) = tools::find(tool) {
            panic!("{e}");
        }
    }
}
