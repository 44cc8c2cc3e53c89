//! Data explorer for what Vietnamese districts report under the movement
//! "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh".
//!
//! Everything but `ui` is plain Rust, tested natively: the dataset and its
//! rules, number formatting, summaries and chart drawing. `ui` wires Leptos
//! signals to that core, in the browser, and natively in the bake, which
//! renders the static page with the same components.

// Leptos's `ssr` view types (the bake renders `ui` natively) nest deeper than
// the default limit.
#![recursion_limit = "512"]

pub mod chart;
pub mod data;
pub mod embed;
pub mod format;
pub mod i18n;
pub mod locale;
pub mod map;
pub mod now_part_of;
pub mod order;
pub mod page_names;
pub mod place_check;
pub mod place_names;
pub mod place_search;
pub mod places;
pub mod query;
pub mod rollup;
#[cfg(all(feature = "bake", not(target_arch = "wasm32")))]
pub mod snapshot;
pub mod state;
pub mod summary;
pub mod url;

/// What only the commands and the tests use: never in the page.
#[cfg(not(target_arch = "wasm32"))]
pub mod tools;
/// The page's components; natively too for the bake, which renders the
/// static page with them.
#[cfg(all(any(target_arch = "wasm32", feature = "bake"), not(feature = "reader")))]
pub mod ui;
#[cfg(any(target_arch = "wasm32", feature = "bake"))]
pub mod worker;
