//! Any file: loading never panics; it gives a dataset that passes validation,
//! or the reasons it does not, each describable in both languages.
#![no_main]

use lamtheobac::data;
use lamtheobac::format::Locale;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    match data::load(&text) {
        Ok(dataset) => assert!(data::validate(&dataset).is_empty()),
        Err(e) => {
            let _ = (e.lines(Locale::Vi), e.lines(Locale::En), e.to_string());
        }
    }
});
