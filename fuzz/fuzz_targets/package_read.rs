//! Any file in a package: the shipped open-data package with one of its
//! files (chosen by the first byte) replaced by the input, or the input alone
//! as a .zip. Reading never panics; it gives a dataset that passes
//! validation, or reasons describable in both languages.
#![no_main]

use lamtheobac::data::{self, write::open_data};
use lamtheobac::format::Locale;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Some((&which, content)) = bytes.split_first() else {
        return;
    };
    let shipped = data::shipped().expect("shipped dataset");
    let mut files: Vec<(String, Vec<u8>)> = open_data::package(shipped)
        .into_iter()
        .map(|(n, t)| (n.to_string(), t.into_bytes()))
        .collect();
    let slot = usize::from(which) % (files.len() + 1);
    if slot == files.len() {
        files = vec![("fuzz.zip".to_string(), content.to_vec())];
    } else {
        files[slot].1 = content.to_vec();
    }
    match data::read_files(&files) {
        Ok(dataset) => assert!(data::validate(&dataset).is_empty()),
        Err(e) => {
            let _ = (e.lines(Locale::Vi), e.lines(Locale::En), e.to_string());
        }
    }
});
