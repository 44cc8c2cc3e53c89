//! Encodes the shipped dataset once, at build time, in the compact binary
//! form the page decodes (postcard): the page then carries no JSON parser
//! for it and spends no start-up time parsing text. The JSON stays the
//! source of truth; the bake and the tests validate it, and a test checks
//! that the binary decodes to exactly the validated dataset.
//!
//! The page's copy leaves out the English texts (`dataset_page.bin`); they
//! travel apart (`english.bin`, vi → en), in the part of the app a reader
//! who switches to English fetches (`ui::english`): most readers read
//! Vietnamese, and the first part should not carry what they never read.
//!
//! It also works out, from `data/places/`, which 2025 units took the land of
//! each shipped district: a few lines the page carries instead of the table.

#[allow(dead_code)]
#[path = "src/data/model.rs"]
mod model;

#[path = "src/data/text_pairs.rs"]
mod text_pairs;

#[allow(dead_code)]
#[path = "src/places.rs"]
mod places;

fn main() {
    // The page's .wasm keeps its relocations, which the build's split step
    // (src/snapshot/split.rs, wasm-split) needs to cut it into parts.
    let page = std::env::var("TARGET").is_ok_and(|t| t.starts_with("wasm32"));
    if page {
        println!("cargo::rustc-link-arg-bin=lamtheobac=--emit-relocs");
    }
    // A build without the rewrites of other tools' output (src/snapshot/
    // split.rs, LAMTHEOBAC_REWRITES=off) is another binary (ui::start marks
    // its page): Trunk names the files by a hash of what it built, so the
    // two builds of one commit never share a name, and a browser never mixes
    // a cached file of one with the other's.
    println!("cargo::rustc-check-cfg=cfg(plain_build)");
    println!("cargo::rerun-if-env-changed=LAMTHEOBAC_REWRITES");
    if page
        && std::env::var("LAMTHEOBAC_REWRITES").is_ok_and(|v| v.trim().eq_ignore_ascii_case("off"))
    {
        println!("cargo::rustc-cfg=plain_build");
    }
    let source = "public/data/dataset.json";
    println!("cargo::rerun-if-changed={source}");
    println!("cargo::rerun-if-changed=src/data/model.rs");
    let json = std::fs::read_to_string(source).expect("public/data/dataset.json is readable");
    // Only the shape is checked here; the rules are checked by the bake and
    // the tests, with messages meant for people.
    let dataset: model::Dataset =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{source} is not a dataset: {e}"));
    let bytes = postcard::to_allocvec(&dataset).expect("the dataset encodes");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("dataset.bin");
    std::fs::write(out, bytes).expect("OUT_DIR is writable");
    english_apart(&json);
    now_part_of(&dataset);
}

/// (province at report time, district, the units its land went to), for
/// each shipped district the places table knows.
fn now_part_of(dataset: &model::Dataset) {
    println!("cargo::rerun-if-changed=src/places.rs");
    let dir = std::path::Path::new("data/places");
    for file in [
        "provinces.csv",
        "units.csv",
        "former_provinces.csv",
        "former_districts.csv",
        "mapping.csv",
    ] {
        println!("cargo::rerun-if-changed=data/places/{file}");
    }
    let places = places::Places::read(|name| {
        std::fs::read_to_string(dir.join(name)).map_err(|e| format!("data/places/{name}: {e}"))
    })
    .unwrap_or_else(|e| panic!("the places table cannot be read: {e}"));
    let found: Vec<(String, String, Vec<places::Successor>)> = dataset
        .districts
        .iter()
        .filter_map(|d| {
            let code = places.former_district(&d.province.name, &d.name)?;
            Some((
                d.province.name.clone(),
                d.name.clone(),
                places.successors(code),
            ))
        })
        .collect();
    let bytes = postcard::to_allocvec(&found).expect("the list encodes");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("now_part_of.bin");
    std::fs::write(out, bytes).expect("OUT_DIR is writable");
}

/// Writes `dataset_page.bin`, the dataset with each English text that its
/// Vietnamese one names unambiguously left empty, and `english.bin`, those
/// pairs (vi, en) sorted by the Vietnamese. A Vietnamese text with two
/// translations keeps both where they are. Read from the JSON
/// (`text_pairs`), so a new text field needs no change here.
fn english_apart(json: &str) {
    use std::collections::{BTreeMap, BTreeSet};
    let mut value: serde_json::Value = serde_json::from_str(json).expect("the dataset is JSON");
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    text_pairs::each(&mut value, &mut |vi, en| {
        found.entry(vi.to_string()).or_default().insert(en.clone());
    });
    let pairs: BTreeMap<String, String> = found
        .into_iter()
        .filter(|(vi, ens)| !vi.is_empty() && ens.len() == 1)
        .filter_map(|(vi, ens)| Some((vi, ens.into_iter().next()?)))
        .filter(|(_, en)| !en.is_empty())
        .collect();
    text_pairs::each(&mut value, &mut |vi, en| {
        if pairs.get(vi) == Some(en) {
            en.clear();
        }
    });
    let page: model::Dataset = serde_json::from_value(value).expect("the page's copy is a dataset");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let bytes = postcard::to_allocvec(&page).expect("the dataset encodes");
    std::fs::write(out.join("dataset_page.bin"), bytes).expect("OUT_DIR is writable");
    let pairs: Vec<(String, String)> = pairs.into_iter().collect();
    let bytes = postcard::to_allocvec(&pairs).expect("the pairs encode");
    std::fs::write(out.join("english.bin"), bytes).expect("OUT_DIR is writable");
}
