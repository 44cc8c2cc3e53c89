//! The places index beside the page (`places.txt`), which the page fetches
//! when a reader starts to search for where they live (`place_search`). It is
//! written from the committed tables in `data/places/` at each build, so it
//! cannot drift from them.

use std::path::Path;

use crate::places::Places;

/// The file's name in the built site.
pub const FILE: &str = "places.txt";

/// The index's text.
pub fn text() -> Result<String, String> {
    Ok(Places::read(crate::places::committed)?.index())
}

/// Writes the index into the built site `dir`.
pub fn write_in(dir: &Path) -> Result<(), String> {
    std::fs::write(dir.join(FILE), text()?).map_err(|e| format!("{FILE}: {e}"))
}
