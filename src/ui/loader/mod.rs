//! Other datasets in the same format: fetched from the `data=` URL, chosen
//! as a file, or dropped on the page. Every one goes through the same
//! parsing and validation as the shipped data, in the dataset reader (a web
//! worker, `reader.rs`); one that fails is described (record, field, reason,
//! in the reader's language) and the data on screen stays as it was.
//!
//! Who asks whom, each module asking only those below it:
//! - the page's panels (`ui::data_panel`, `ui::level_choice`, and
//!   `ui::root` for a `data=` link) ask [`part`] to load or to show a status;
//! - [`part`], the loading part of the app (`ui::later`), fetched when first
//!   needed, runs the work of [`Loader`] and shows [`status`];
//! - [`status`] shows what [`Loader`] holds: which data, its failures;
//! - [`Loader`] holds the state and asks the dataset reader ([`reader`]);
//! - [`failure`] says why a load failed, for all of them.

pub mod failure;
pub mod part;
pub mod reader;
pub mod status;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::data::{Dataset, MAX_DATASET_BYTES};
pub use failure::Failure;

#[derive(Clone, Copy)]
pub struct Loader {
    pub shipped: &'static Dataset,
    pub current: RwSignal<&'static Dataset>,
    /// Where the current dataset came from, when it is not the shipped one.
    pub source: RwSignal<Option<String>>,
    /// The last load that failed: where from, and why.
    pub failure: RwSignal<Option<(String, Arc<Failure>)>>,
    /// What the places table said of the loaded data's unit names.
    pub names: RwSignal<Option<Arc<reader::Names>>>,
}

impl Loader {
    pub fn get() -> Loader {
        expect_context()
    }

    /// Has the dataset reader parse and validate `files` (names and
    /// `ArrayBuffer`s); shows the dataset if sound, describes it if not.
    async fn accept(
        self,
        source: String,
        files: Vec<(String, wasm_bindgen::JsValue)>,
        base: Option<String>,
    ) {
        // The benchmark's load time runs from here to `dataset-loaded`: the
        // reader fetching a package's files beside it, parsing, validating,
        // and the page decoding its answer.
        if let Some(perf) = window().performance() {
            let _ = perf.mark("dataset-read-start");
        }
        match reader::read(files, base).await {
            // Each dataset a reader loads lives as long as the page: loads are
            // few and user-initiated, and every view borrows it for 'static.
            Ok((dataset, names)) => {
                if let Some(perf) = window().performance() {
                    let _ = perf.mark("dataset-loaded");
                }
                self.failure.set(None);
                self.names
                    .set((!names.0.is_empty()).then(|| Arc::new(names)));
                self.source.set(Some(source));
                self.current.set(Box::leak(Box::new(dataset)));
            }
            Err(failure) => self.fail(source, failure),
        }
    }

    pub(super) fn fail(&self, source: String, failure: Failure) {
        self.failure.set(Some((source, Arc::new(failure))));
    }

    pub(super) async fn fetch_now(self, url: String) {
        // Absolute, so the reader can fetch a package's CSV files beside it.
        let base = window()
            .location()
            .href()
            .ok()
            .and_then(|page| web_sys::Url::new_with_base(&url, &page).ok())
            .map(|u| u.href());
        match fetch_bytes(&url).await {
            Ok(bytes) => self.accept(url.clone(), vec![(url, bytes)], base).await,
            Err(failure) => self.fail(url, failure),
        }
    }

    pub(super) async fn read_now(self, name: String, files: Vec<web_sys::File>) {
        let total: f64 = files.iter().map(|f| f.size()).sum();
        if total > MAX_DATASET_BYTES as f64 {
            return self.fail(name, Failure::TooLarge(total as usize));
        }
        let mut read = Vec::new();
        for file in files {
            match JsFuture::from(file.array_buffer()).await {
                Ok(bytes) => read.push((file.name(), bytes)),
                Err(_) => {
                    return self.fail(name, Failure::LocalFile(file.name()));
                }
            }
        }
        self.accept(name, read, None).await;
    }

    /// Back to the shipped data, dropping `data=` from the address first so
    /// the app does not fetch it again.
    pub fn reset(&self) {
        let query = crate::ui::url_sync::current_query();
        let (state, _) = crate::url::decode(&query, self.current.get_untracked());
        let q = crate::url::encode(
            &crate::state::State {
                data: None,
                ..state
            },
            self.current.get_untracked(),
        );
        let href = if q.is_empty() {
            window().location().pathname().unwrap_or_default()
        } else {
            format!("?{q}")
        };
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
        }
        self.source.set(None);
        self.failure.set(None);
        self.current.set(self.shipped);
    }
}

/// The body at `url`, as an `ArrayBuffer`: it goes to the dataset reader
/// as bytes, never through this page's WebAssembly memory.
async fn fetch_bytes(url: &str) -> Result<wasm_bindgen::JsValue, Failure> {
    let why = |e: wasm_bindgen::JsValue| Failure::Fetch(js_sys::Error::from(e).message().into());
    let response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(why)?;
    let response: web_sys::Response = response.dyn_into().map_err(why)?;
    if !response.ok() {
        return Err(Failure::Fetch(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|b| *b > MAX_DATASET_BYTES) {
        return Err(Failure::TooLarge(bytes));
    }
    JsFuture::from(response.array_buffer().map_err(why)?)
        .await
        .map_err(why)
}
