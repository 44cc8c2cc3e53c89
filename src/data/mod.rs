//! The dataset: its model, its rules, and the ways in and out of it, each
//! in a room of its own. `model` and `schema` depend on nothing; `rules`
//! on the model; `read` (JSON, CSV, zip, package) on the model, the schema
//! and the rules; `write` (CSV, JSON, the open-data package) on the model
//! and the schema. Reading never uses writing, nor writing reading.

mod binary;
pub mod english;
mod model;
pub mod read;
pub mod rules;
pub mod schema;
mod text_pairs;
pub mod write;

pub use binary::{SHIPPED_BIN, decode, encode};
pub use model::*;
pub use read::{LoadError, load, read, read_files, too_large};
pub use rules::printed::{Printed, parse as parse_printed};
pub use rules::{MAX_EVIDENCE_WORDS, Problem, Record, YEARS, YearMonth, validate};
pub use write::{EXPLORER, figures_csv, figures_json};

use std::sync::OnceLock;

/// The dataset compiled into the app; the same file is copied into the site.
pub const SHIPPED_JSON: &str = include_str!("../../public/data/dataset.json");

/// The largest dataset file the app reads (10 MiB); the national-scale
/// benchmark dataset is well under it.
pub const MAX_DATASET_BYTES: usize = 10 * 1024 * 1024;

/// Each id's position in its list, for lookups by id in one step. Always
/// this one map type, which the page already has, rather than a map to
/// each record type (each would be more generic code in the page).
pub fn positions<'a>(
    ids: impl Iterator<Item = &'a str>,
) -> std::collections::HashMap<&'a str, usize> {
    ids.enumerate().map(|(i, id)| (id, i)).collect()
}

/// The shipped dataset. Natively (the bake, the command, the tests) it is
/// parsed and validated from its JSON; the page decodes the binary form
/// build.rs made of the same file, without the English texts that travel
/// apart (`english`), and tests check that both make the JSON's dataset.
pub fn shipped() -> Result<&'static Dataset, &'static str> {
    static SHIPPED: OnceLock<Result<Dataset, String>> = OnceLock::new();
    SHIPPED
        .get_or_init(|| {
            #[cfg(all(target_arch = "wasm32", not(feature = "reader")))]
            return decode(english::PAGE_BIN).map_err(|e| e.to_string());
            #[cfg(all(target_arch = "wasm32", feature = "reader"))]
            return decode(SHIPPED_BIN).map_err(|e| e.to_string());
            #[cfg(not(target_arch = "wasm32"))]
            return load(SHIPPED_JSON).map_err(|e| e.to_string());
        })
        .as_ref()
        .map_err(String::as_str)
}

impl Text {
    pub fn get(&self, locale: crate::locale::Locale) -> &str {
        match locale {
            crate::locale::Locale::Vi => &self.vi,
            crate::locale::Locale::En => self.en(),
        }
    }

    /// The English, wherever it travels (`english`).
    pub fn en(&self) -> &str {
        english::or(&self.en, &self.vi)
    }
}

impl Initiative {
    /// The name in English, wherever it travels (`english`).
    pub fn english_name(&self) -> &str {
        english::or(&self.name_en, &self.name)
    }
}

impl Dataset {
    pub fn district(&self, id: &str) -> Option<&District> {
        self.districts.iter().find(|d| d.id == id)
    }

    pub fn metric(&self, id: &str) -> Option<&Metric> {
        self.metrics.iter().find(|m| m.id == id)
    }

    pub fn report(&self, file: &str) -> Option<&Report> {
        self.reports.iter().find(|r| r.file == file)
    }
}
