//! The page's side of the dataset reader (`src/worker.rs`): starts a worker
//! for one file, hands it the bytes, and decodes the dataset it sends back.
//! The worker's files are fetched the first time a reader loads their own
//! data, never on a plain visit.

use js_sys::{Array, Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

use super::Failure;
use crate::data::{self, Dataset};
use crate::worker::{get, set};

/// The worker's loader script, relative to the page, so the site works
/// under any sub-path.
const LOADER: &str = "dataset_reader_loader.js";

/// Reads `files` (names, and bytes as `ArrayBuffer`s handed over to the
/// worker) into a dataset, or says why not. `base` is the address a `data=`
/// link gave, against which a package's other files are fetched.
/// What the places table said of the units' names: (Vietnamese, English) lines.
pub type Names = (Vec<String>, Vec<String>);

pub async fn read(
    files: Vec<(String, JsValue)>,
    base: Option<String>,
) -> Result<(Dataset, Names), Failure> {
    let request = js_sys::Object::new();
    let list = Array::new();
    let transfer = Array::new();
    for (name, bytes) in files {
        let file = js_sys::Object::new();
        set(&file, "name", &name.into());
        set(&file, "bytes", &bytes);
        list.push(&file);
        transfer.push(&bytes);
    }
    set(&request, "files", &list);
    if let Some(base) = base {
        set(&request, "base", &base.into());
    }
    let worker = Worker::new(LOADER).map_err(|e| Failure::Reader(message(&e)))?;
    let result = converse(&worker, request.into(), transfer).await;
    worker.terminate();
    result
}

async fn converse(
    worker: &Worker,
    request: JsValue,
    transfer: Array,
) -> Result<(Dataset, Names), Failure> {
    let ready = next_message(worker).await?;
    if !get(&ready, "ready").is_truthy() {
        return Err(Failure::Reader(
            get(&ready, "failed").as_string().unwrap_or_default(),
        ));
    }
    let answer = next_message(worker);
    worker
        .post_message_with_transfer(&request, &transfer)
        .map_err(|e| Failure::Reader(message(&e)))?;
    let answer = answer.await?;
    let lines = |key: &str| -> Vec<String> {
        Array::from(&get(&answer, key))
            .iter()
            .filter_map(|line| line.as_string())
            .collect()
    };
    if let Some(encoded) = get(&answer, "dataset").dyn_ref::<Uint8Array>() {
        let dataset =
            data::decode(&encoded.to_vec()).map_err(|e| Failure::Reader(e.to_string()))?;
        return Ok((dataset, (lines("names_vi"), lines("names_en"))));
    }
    Err(Failure::Refused {
        vi: lines("vi"),
        en: lines("en"),
    })
}

/// The worker's next message; its `error` event (its script could not be
/// fetched or run) as a failure.
fn next_message(worker: &Worker) -> impl Future<Output = Result<JsValue, Failure>> + use<> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_message = Closure::once_into_js(move |event: MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        // A plain `Event` when the script could not be fetched, an
        // `ErrorEvent` with a message when it threw.
        let on_error = Closure::once_into_js(move |event: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &get(&event, "message"));
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
    });
    async move {
        JsFuture::from(promise)
            .await
            .map_err(|e| Failure::Reader(e.as_string().unwrap_or_default()))
    }
}

fn message(error: &JsValue) -> String {
    js_sys::Error::from(error.clone()).message().into()
}
