//! Any query string: decoding never panics, and the state it gives survives
//! state → URL → state with no notice.
#![no_main]

use lamtheobac::{data, url};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(data) = data::shipped() else { return };
    let query = String::from_utf8_lossy(bytes);
    let (state, _) = url::decode(&query, data);
    let (again, notices) = url::decode(&url::encode(&state, data), data);
    assert_eq!(again, state, "round trip of {query:?}");
    assert!(notices.is_empty(), "{notices:?} for {query:?}");
});
