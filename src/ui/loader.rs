//! Other datasets in the same format: fetched from the `data=` URL, chosen
//! as a file, or dropped on the page. Every one goes through the same
//! parsing and validation as the shipped data; one that fails is described
//! (record, field, reason, in the reader's language) and the data on screen
//! stays as it was.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::data::{self, Dataset, LoadError, MAX_DATASET_BYTES};
use crate::format::Locale;

/// Why another dataset is not on screen.
#[derive(Debug)]
pub enum Failure {
    Load(LoadError),
    /// The request failed (network, HTTP status, a server that does not allow it).
    Fetch(String),
}

impl Failure {
    pub fn lines(&self, locale: Locale) -> Vec<String> {
        match (self, locale) {
            (Failure::Load(e), _) => e.lines(locale),
            (Failure::Fetch(why), Locale::Vi) => vec![format!(
                "Không tải được tệp: {why}. Máy chủ cần cho phép trang này đọc tệp (cùng nguồn, hoặc CORS)."
            )],
            (Failure::Fetch(why), Locale::En) => vec![format!(
                "The file could not be fetched: {why}. The server must let this page read it (same origin, or CORS)."
            )],
        }
    }
}

#[derive(Clone, Copy)]
pub struct Loader {
    pub shipped: &'static Dataset,
    pub current: RwSignal<&'static Dataset>,
    /// Where the current dataset came from, when it is not the shipped one.
    pub source: RwSignal<Option<String>>,
    /// The last load that failed: where from, and why.
    pub failure: RwSignal<Option<(String, Arc<Failure>)>>,
}

impl Loader {
    pub fn get() -> Loader {
        expect_context()
    }

    /// Parses and validates `text`; shows it if sound, describes it if not.
    pub fn accept(&self, source: String, text: &str) {
        match data::load(text) {
            // Each dataset a reader loads lives as long as the page: loads are
            // few and user-initiated, and every view borrows it for 'static.
            Ok(dataset) => {
                if let Some(perf) = window().performance() {
                    let _ = perf.mark("dataset-loaded");
                }
                self.failure.set(None);
                self.source.set(Some(source));
                self.current.set(Box::leak(Box::new(dataset)));
            }
            Err(e) => self.failure.set(Some((source, Arc::new(Failure::Load(e))))),
        }
    }

    fn fail(&self, source: String, failure: Failure) {
        self.failure.set(Some((source, Arc::new(failure))));
    }

    /// Fetches the dataset at `url` and shows it (or why not).
    pub fn fetch(self, url: String) {
        leptos::task::spawn_local(async move {
            match fetch_text(&url).await {
                Ok(text) => self.accept(url, &text),
                Err(failure) => self.fail(url, failure),
            }
        });
    }

    /// Reads a file the reader chose or dropped.
    pub fn read(self, file: web_sys::File) {
        let name = file.name();
        if file.size() > MAX_DATASET_BYTES as f64 {
            self.fail(
                name,
                Failure::Load(LoadError::TooLarge(file.size() as usize)),
            );
            return;
        }
        leptos::task::spawn_local(async move {
            let read = JsFuture::from(file.array_buffer())
                .await
                .map_err(|_| Failure::Fetch("the file could not be read".into()));
            match read.and_then(utf8) {
                Ok(text) => self.accept(name, &text),
                Err(failure) => self.fail(name, failure),
            }
        });
    }

    /// Back to the shipped data, dropping `data=` from the address first so
    /// the app does not fetch it again.
    pub fn reset(&self) {
        let query = super::url_sync::current_query();
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

async fn fetch_text(url: &str) -> Result<String, Failure> {
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
        return Err(Failure::Load(LoadError::TooLarge(bytes)));
    }
    let body = JsFuture::from(response.array_buffer().map_err(why)?)
        .await
        .map_err(why)?;
    utf8(body)
}

/// The bytes of a file as text. Read as bytes, not as a JS string: converting
/// a large JS string reserves up to three bytes per character in WebAssembly
/// memory before shrinking, and that memory is never given back.
fn utf8(buffer: wasm_bindgen::JsValue) -> Result<String, Failure> {
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    String::from_utf8(bytes).map_err(|e| Failure::Fetch(format!("not UTF-8 text ({e})")))
}
