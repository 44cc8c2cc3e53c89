//! Names the page's Rust and its script (`public/boot.js`) both use, written
//! once here. The bake hands them to the script in `data-hand-over`
//! (`snapshot::handover`); a name the script must know before it can read
//! that (the dataset reader's worker has no page) is checked against the
//! script by a test instead.

/// The global through which boot.js lets the app replace the static page:
/// it calls back, synchronously, once nothing of the page is in the reader's
/// hands (no pointer or key pressed on it, no list open).
pub const WHEN_FREE: &str = "lamtheobacWhenFree";

/// The small file that tells whether the server sends the site's files
/// compressed: the bake writes it (`snapshot::probe`) with a `.gz` and a
/// `.br` beside it, and boot.js asks for it once a visit.
pub const COMPRESSION_PROBE: &str = "compression-probe.wasm";
