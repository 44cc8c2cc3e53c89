//! The figures a reader is looking at, as JSON with their attribution.

use serde::Serialize;

use super::csv::EXPLORER;
use crate::data::model::{Dataset, Figure};

#[derive(Serialize)]
struct Export<'a> {
    attribution: Attribution<'a>,
    figures: Vec<&'a Figure>,
}

#[derive(Serialize)]
struct Attribution<'a> {
    explorer: &'static str,
    dataset_built: &'a str,
    /// The reports the figures come from, by file name.
    sources: Vec<&'a str>,
}

/// `figures` in the dataset's own record format, under `figures`, with the
/// explorer, the dataset date and the source reports under `attribution`.
pub fn figures_json<'a>(
    data: &'a Dataset,
    figures: impl IntoIterator<Item = &'a Figure>,
) -> String {
    let figures: Vec<&Figure> = figures.into_iter().collect();
    let mut sources: Vec<&str> = figures.iter().map(|f| f.report.as_str()).collect();
    crate::order::sort_dedup(&mut sources);
    let export = Export {
        attribution: Attribution {
            explorer: EXPLORER,
            dataset_built: &data.built,
            sources,
        },
        figures,
    };
    // The page's copy of the shipped dataset keeps some English apart.
    let mut value = serde_json::to_value(&export).unwrap_or_default();
    crate::data::english::fill(&mut value);
    serde_json::to_string_pretty(&value).unwrap_or_default()
}
