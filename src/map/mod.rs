//! The map's shapes and what the map shows: plain Rust, tested natively.
//!
//! `shapes` reads `data/map/vietnam.txt` (the 63 former provinces and the two
//! archipelagos, written by `data/map/build.py`); `outline` draws a group of
//! them as one province; `values` decides, from the figures in view, whether
//! the map colours provinces or points at the units that report.
//! The page reaches all of it only from the map's own part (`ui::map_view`).

pub mod outline;
pub mod shapes;
pub mod values;

pub use shapes::{Point, Shapes};
