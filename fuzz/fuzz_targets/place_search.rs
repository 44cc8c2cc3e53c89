//! "Find where you live" with any input: a search of any length and any
//! Unicode against the real places index never panics and lists at most
//! `SHOWN` places, each with a key that finds it again; and reading any text
//! as an index (a cut-off or damaged file) fails with a message, never a panic.
#![no_main]

use std::sync::OnceLock;

use lamtheobac::place_search::{PlaceIndex, SHOWN};
use lamtheobac::places::{Places, committed};
use libfuzzer_sys::fuzz_target;

fn index() -> &'static PlaceIndex {
    static INDEX: OnceLock<PlaceIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let text = Places::read(committed).expect("the committed tables").index();
        PlaceIndex::parse(&text).expect("the index the bake writes")
    })
}

fuzz_target!(|bytes: &[u8]| {
    let Some((first, rest)) = bytes.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    if first % 2 == 0 {
        let index = index();
        let (shown, total) = index.search(&text);
        assert!(shown.len() <= SHOWN && shown.len() <= total);
        for place in shown {
            assert_eq!(index.find_key(&index.key(place)), Some(place));
        }
    } else {
        let _ = PlaceIndex::parse(&text);
    }
});
