//! The names the page's Rust, its stylesheet and its scripts share have one
//! source, `src/page_names.rs`: every class, event, global and `data-`
//! attribute a script (`public/*.js`) uses is listed there, each listed name
//! is used by a script (or handed to it in `data-hand-over`), and each the
//! stylesheet reads is there. Rust code uses the constants, so the compiler
//! holds that side; the scripts name no id (the hand-over's list does).

use std::collections::BTreeSet;
use std::path::Path;

use lamtheobac::page_names::{Kind, SHARED};

const SCRIPTS: [&str; 4] = [
    "boot.js",
    "compressed_fetch.js",
    "dataset_reader_loader.js",
    "embed.js",
];

fn scripts() -> String {
    let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("public");
    SCRIPTS
        .iter()
        .map(|name| std::fs::read_to_string(public.join(name)).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The quoted strings that follow `before` in `js`.
fn quoted_after<'a>(js: &'a str, before: &str) -> Vec<&'a str> {
    js.match_indices(before)
        .filter_map(|(at, _)| {
            let rest = &js[at + before.len()..];
            let rest = rest.strip_prefix('"')?;
            Some(&rest[..rest.find('"')?])
        })
        .collect()
}

fn words_starting(js: &str, prefix: &str) -> Vec<String> {
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    js.match_indices(prefix)
        .filter(|(at, _)| !js[..*at].chars().next_back().is_some_and(word))
        .map(|(at, _)| {
            let rest = &js[at..];
            rest[..rest.find(|c: char| !word(c)).unwrap_or(rest.len())].to_string()
        })
        .collect()
}

/// What the scripts use, by kind.
fn used(js: &str, kind: Kind) -> BTreeSet<String> {
    let found: Vec<String> = match kind {
        Kind::Class => [
            "classList.add(",
            "classList.remove(",
            "classList.contains(",
            "classList.toggle(",
        ]
        .iter()
        .flat_map(|call| quoted_after(js, call))
        .map(String::from)
        .collect(),
        Kind::Event => words_starting(js, "lamtheobac-"),
        Kind::Global => words_starting(js, "lamtheobac")
            .into_iter()
            .filter(|w| !w.starts_with("lamtheobac-") && w.len() > "lamtheobac".len())
            .collect(),
        Kind::Attribute => words_starting(js, "data-"),
    };
    found.into_iter().collect()
}

fn listed(kind: Kind) -> BTreeSet<String> {
    SHARED
        .iter()
        .filter(|s| s.kind == kind)
        .map(|s| s.name.to_string())
        .collect()
}

#[test]
fn every_name_a_script_uses_is_listed_and_every_listed_name_used() {
    let js = scripts();
    let handed = lamtheobac::snapshot::handover::json();
    for kind in [Kind::Class, Kind::Event, Kind::Global, Kind::Attribute] {
        let used = used(&js, kind);
        let listed = listed(kind);
        let unlisted: Vec<_> = used.difference(&listed).collect();
        assert!(
            unlisted.is_empty(),
            "{kind:?} names the scripts use that src/page_names.rs does not list: {unlisted:?}"
        );
        let unused: Vec<_> = listed
            .difference(&used)
            .filter(|name| !handed.contains(&format!("\"{name}\"")))
            .collect();
        assert!(
            unused.is_empty(),
            "{kind:?} names src/page_names.rs lists that no script uses: {unused:?}"
        );
    }
}

#[test]
fn the_stylesheet_reads_the_classes_listed_for_it() {
    let css = include_str!("../public/style.css");
    for shared in SHARED.iter().filter(|s| s.kind == Kind::Class) {
        let read = css.contains(&format!(".{} ", shared.name))
            || css.contains(&format!(".{}.", shared.name))
            || css.contains(&format!(".{}:", shared.name))
            || css.contains(&format!(".{},", shared.name))
            || css.contains(&format!(".{})", shared.name))
            || css.contains(&format!(".{}\n", shared.name));
        assert_eq!(
            read,
            shared.in_css,
            "style.css {} the class {}: set `in_css` in src/page_names.rs",
            if read { "reads" } else { "does not read" },
            shared.name
        );
    }
}

#[test]
fn the_scripts_name_no_id() {
    let js = scripts();
    let ids = quoted_after(&js, "getElementById(");
    assert!(
        ids.is_empty(),
        "ids belong in the hand-over's list (src/snapshot/handover.rs): {ids:?}"
    );
}
