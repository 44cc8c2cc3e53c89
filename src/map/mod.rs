//! The map's shapes and what the map shows: plain Rust, tested natively.
//!
//! `shapes` reads `data/map/vietnam.txt` (the 63 former provinces and the two
//! archipelagos, and the 34 provinces of 2025 as one shape each, written by
//! `data/map/build.py`); `values` decides, from the figures in view, whether
//! the map colours provinces or points at the units that report.
//! The page reaches all of it only from the map's own part (`ui::map_view`).

pub mod shapes;
pub mod values;

pub use shapes::{Point, Shapes};
