//! The fuzz corpora in the repository are a few hand-made seeds, kept small;
//! the loader's seed is a valid dataset, so mutations start from something
//! that reaches validation.

use std::path::Path;

#[test]
fn the_loader_seed_is_a_valid_dataset() {
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/dataset_load/small-valid.json");
    let text = std::fs::read_to_string(seed).expect("the seed");
    if let Err(e) = lamtheobac::data::load(&text) {
        panic!("the loader's fuzz seed no longer loads: {e}");
    }
}

#[test]
fn the_corpora_stay_small() {
    for target in ["url_state", "dataset_load"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz/corpus")
            .join(target);
        let files: Vec<_> = std::fs::read_dir(&dir).expect("corpus").flatten().collect();
        let bytes: u64 = files
            .iter()
            .filter_map(|f| f.metadata().ok())
            .map(|m| m.len())
            .sum();
        assert!(
            files.len() <= 10 && bytes <= 64 * 1024,
            "{target}: {} files, {bytes} bytes; run campaigns on a scratch copy (DEVELOPERS.md)",
            files.len()
        );
    }
}
