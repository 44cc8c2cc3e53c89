//! Other datasets in the same format: fetched from the `data=` URL, chosen
//! as a file, or dropped on the page. Every one goes through the same
//! parsing and validation as the shipped data, in the dataset reader (a web
//! worker, `reader.rs`); one that fails is described (record, field, reason,
//! in the reader's language) and the data on screen stays as it was.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::later::{Part, Unavailable};
use crate::data::{self, Dataset, MAX_DATASET_BYTES};
use crate::format::Locale;

/// Why another dataset is not on screen.
#[derive(Debug)]
pub enum Failure {
    /// The dataset reader refused the file: why, in both languages.
    Refused { vi: Vec<String>, en: Vec<String> },
    /// Over [`MAX_DATASET_BYTES`]: refused before it is read.
    TooLarge(usize),
    /// The request failed (network, HTTP status, a server that does not allow it).
    Fetch(String),
    /// A file the reader chose or dropped could not be read (moved, deleted,
    /// or no longer allowed): its name.
    LocalFile(String),
    /// The dataset reader could not be started or did not answer.
    Reader(String),
    /// The part of the page that loads datasets could not be fetched.
    Unavailable,
}

impl Failure {
    pub fn lines(&self, locale: Locale) -> Vec<String> {
        match (self, locale) {
            (Failure::Refused { vi, .. }, Locale::Vi) => vi.clone(),
            (Failure::Refused { en, .. }, Locale::En) => en.clone(),
            (Failure::TooLarge(bytes), _) => vec![data::too_large(*bytes, locale)],
            (Failure::Reader(why), Locale::Vi) => vec![format!(
                "Trình duyệt không chạy được phần đọc dữ liệu ({why}). Vui lòng dùng trình duyệt phiên bản mới hơn."
            )],
            (Failure::Reader(why), Locale::En) => vec![format!(
                "The browser could not run the dataset reader ({why}). Try a newer browser."
            )],
            (Failure::Fetch(why), Locale::Vi) => vec![format!(
                "Không tải được tệp: {why}. Máy chủ cần cho phép trang này đọc tệp (cùng nguồn, hoặc CORS)."
            )],
            (Failure::LocalFile(name), Locale::Vi) => vec![format!(
                "Không đọc được tệp “{name}” trên máy của bạn. Vui lòng kiểm tra tệp vẫn còn ở đó rồi chọn lại."
            )],
            (Failure::LocalFile(name), Locale::En) => vec![format!(
                "The file “{name}” on your device could not be read. Please check it is still there and choose it again."
            )],
            (Failure::Unavailable, _) => vec![crate::i18n::strings(locale).view_unavailable.into()],
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
    /// What the places table said of the loaded data's unit names.
    pub names: RwSignal<Option<Arc<super::reader::Names>>>,
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
        match super::reader::read(files, base).await {
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

    fn fail(&self, source: String, failure: Failure) {
        self.failure.set(Some((source, Arc::new(failure))));
    }

    /// Fetches the dataset at `url` and shows it (or why not).
    pub fn fetch(self, url: String) {
        self.load(url.clone(), Source::Url(url));
    }

    /// Reads the files the reader chose or dropped: one dataset JSON file,
    /// or the files of a package (its CSV files, `datapackage.json`).
    pub fn read(self, files: Vec<web_sys::File>) {
        if files.is_empty() {
            return;
        }
        let name = files
            .iter()
            .map(|f| f.name())
            .collect::<Vec<_>>()
            .join(", ");
        self.load(name, Source::Files(files));
    }

    /// Loading is a part of its own (`ui::later`): few readers bring data.
    fn load(self, name: String, source: Source) {
        leptos::task::spawn_local(async move {
            // The whole part first: what shows the loaded data's status
            // (`data_panel`, `level_choice`) is then there when it is.
            if !LOADING.with(Part::clone).ready().await {
                return self.fail(name, Failure::Unavailable);
            }
            match loading(self, name.clone(), source).await {
                Ok(work) => work.await,
                Err(Unavailable) => self.fail(name, Failure::Unavailable),
            }
        });
    }

    async fn fetch_now(self, url: String) {
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

    async fn read_now(self, name: String, files: Vec<web_sys::File>) {
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

/// Where a dataset comes from.
enum Source {
    Url(String),
    Files(Vec<web_sys::File>),
}

thread_local! {
    /// Loading other data, and what says which data is on screen.
    pub static LOADING: Part = Part::new(&[|| Box::pin(fetch_loading()), || Box::pin(fetch_status())]);
}

/// What says which data is on screen: only other data has any.
#[derive(Clone, Copy)]
pub enum Status {
    /// Which data, the names the places table does not know, a load's problems.
    Data,
    /// The choice of level, in data that mixes them.
    Levels,
}

/// `which` status, in the loading part.
#[leptos::wasm_split::wasm_split(
    loading,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(fetch_status)
)]
pub(super) fn status(which: Status) -> Result<AnyView, Unavailable> {
    Ok(match which {
        Status::Data => view! { <super::data_panel::OtherDataStatus /> }.into_any(),
        Status::Levels => view! { <super::level_choice::MixedLevels /> }.into_any(),
    })
}

/// The work of loading `source`, in the loading part.
#[leptos::wasm_split::wasm_split(
    loading,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(fetch_loading)
)]
fn loading(
    loader: Loader,
    name: String,
    source: Source,
) -> Result<Pin<Box<dyn Future<Output = ()>>>, Unavailable> {
    Ok(match source {
        Source::Url(url) => Box::pin(loader.fetch_now(url)),
        Source::Files(files) => Box::pin(loader.read_now(name, files)),
    })
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
