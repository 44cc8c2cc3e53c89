//! The dataset reader: a web worker with its own, separate WebAssembly
//! (`src/bin/dataset_reader.rs`). Everything only a reader loading their own
//! data needs (the JSON and CSV parsers, the rules and their messages) lives
//! here, so the page that every reader downloads carries none of it, and a
//! large file is parsed without freezing the page.
//!
//! The protocol, one request per worker: the worker posts `{ready: true}`;
//! the page posts `{files: [{name, bytes}], base}` (the bytes as
//! `ArrayBuffer`s, transferred; `base` the address a `data=` link named, to
//! fetch a package's CSV files beside its `datapackage.json`); the worker
//! answers `{dataset: Uint8Array}` (the validated dataset in binary form,
//! `data::encode`) or `{vi: [lines], en: [lines]}` (why not, in both
//! languages, so the reader can switch language afterwards).

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::data::read::csv::{Spot, say};
use crate::data::read::package as package_read;
use crate::data::{self, LoadError, MAX_DATASET_BYTES};
use crate::format::Locale;

type Files = Vec<(String, Vec<u8>)>;

/// The request's files, with the package's CSV files fetched beside its
/// descriptor when it came by address.
async fn gather(request: &JsValue) -> Result<Files, LoadError> {
    let mut files: Files = Array::from(&get(request, "files"))
        .iter()
        .map(|f| {
            let name = get(&f, "name").as_string().unwrap_or_default();
            (name, Uint8Array::new(&get(&f, "bytes")).to_vec())
        })
        .collect();
    let Some(base) = get(request, "base").as_string() else {
        return Ok(files);
    };
    let mut total: usize = files.iter().map(|(_, b)| b.len()).sum();
    for path in package_read::missing_resources(&files) {
        let bytes = fetch(&path, &base).await.map_err(|why| {
            LoadError::Package(vec![Spot {
                file: path.clone(),
                row: None,
                column: None,
                message: say(
                    format!("không tải được tệp này cạnh datapackage.json ({why})"),
                    format!("this file could not be fetched beside datapackage.json ({why})"),
                ),
            }])
        })?;
        total += bytes.len();
        if total > MAX_DATASET_BYTES {
            return Err(LoadError::TooLarge(total));
        }
        files.push((path, bytes));
    }
    Ok(files)
}

/// The bytes at `path`, relative to `base`.
async fn fetch(path: &str, base: &str) -> Result<Vec<u8>, String> {
    let why = |e: JsValue| -> String { js_sys::Error::from(e).message().into() };
    let url = web_sys::Url::new_with_base(path, base).map_err(why)?;
    let scope: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
    let response: web_sys::Response = JsFuture::from(scope.fetch_with_str(&url.href()))
        .await
        .map_err(why)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let body = JsFuture::from(response.array_buffer().map_err(why)?)
        .await
        .map_err(why)?;
    Ok(Uint8Array::new(&body).to_vec())
}

/// What the worker answers for one request.
async fn answer(request: JsValue) -> Object {
    let reply = Object::new();
    let read = match gather(&request).await {
        Ok(files) => data::read_files(&files),
        Err(e) => Err(e),
    };
    match read {
        Ok(dataset) => {
            let encoded = data::encode(&dataset);
            set(&reply, "dataset", &Uint8Array::from(&encoded[..]));
            let names = unit_names(&dataset).await;
            for (key, pick) in [("names_vi", true), ("names_en", false)] {
                let lines: Array = names
                    .iter()
                    .map(|t| JsValue::from(if pick { &t.vi } else { &t.en }))
                    .collect();
                set(&reply, key, &lines);
            }
        }
        Err(e) => {
            for (key, locale) in [("vi", Locale::Vi), ("en", Locale::En)] {
                let lines: Array = e.lines(locale).iter().map(JsValue::from).collect();
                set(&reply, key, &lines);
            }
        }
    }
    reply
}

/// What the places table says of the dataset's unit names (`place_check`),
/// fetched beside the page as the search fetches it; a failed fetch is said,
/// and the data loads all the same.
async fn unit_names(dataset: &data::Dataset) -> Vec<data::Text> {
    let index = fetch_places_index();
    match index.await {
        Ok(index) => crate::place_check::check(&index, dataset),
        Err(why) => vec![data::Text {
            vi: format!("Không kiểm tra được tên đơn vị với danh sách đơn vị hành chính ({why})."),
            en: format!(
                "The unit names could not be checked against the list of administrative units ({why})."
            ),
        }],
    }
}

/// The places index beside the page (`places.txt`, the bake writes it),
/// read. Through compressed_fetch.js's `lamtheobacFetchText`, which takes the `.gz`
/// where a server sends text raw; the page's search calls it too.
pub(crate) async fn fetch_places_index() -> Result<crate::place_search::PlaceIndex, String> {
    let fetch = Reflect::get(&js_sys::global(), &crate::page_names::FETCH_TEXT.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or("compressed_fetch.js is missing")?;
    let promise: js_sys::Promise = fetch
        .call2(&JsValue::NULL, &"places.txt".into(), &"#".into())
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    let text = JsFuture::from(promise)
        .await
        .map_err(|e| String::from(js_sys::Error::from(e).message()))?
        .as_string()
        .ok_or("not text")?;
    crate::place_search::PlaceIndex::parse(&text)
}

/// A property of a message (the page's side, `ui/reader.rs`, reads them too).
pub(crate) fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Sets a property of a message being built.
pub(crate) fn set(object: &Object, key: &str, value: &JsValue) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(object, &key.into(), value);
}

/// Listens for requests, then tells the page it is ready.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let replies = replies.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let reply = answer(event.data()).await;
            // The dataset's buffer is handed over, not copied.
            let transfer = Array::new();
            if let Some(dataset) = get(&reply, "dataset").dyn_ref::<Uint8Array>() {
                transfer.push(&dataset.buffer());
            }
            let _ = replies.post_message_with_transfer(&reply, &transfer);
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives for one request; the handler lives as long as it.
    on_message.forget();
    let ready = Object::new();
    set(&ready, "ready", &JsValue::TRUE);
    let _ = scope.post_message(&ready);
}
