//! Encodes the shipped dataset once, at build time, in the compact binary
//! form the page decodes (postcard): the page then carries no JSON parser
//! for it and spends no start-up time parsing text. The JSON stays the
//! source of truth; the bake and the tests validate it, and a test checks
//! that the binary decodes to exactly the validated dataset.

#[allow(dead_code)]
#[path = "src/data/model.rs"]
mod model;

fn main() {
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
}
