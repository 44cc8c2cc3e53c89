//! A dataset written out: figures as CSV (`csv`, for the download button and
//! spreadsheets) and JSON (`json`), and the whole dataset as an open-data
//! package (`open_data`: its CSV files and `datapackage.json`).

pub mod csv;
mod json;
pub mod open_data;

pub use csv::{EXPLORER, figures_csv};
pub use json::figures_json;
