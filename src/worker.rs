//! The dataset reader: a web worker with its own, separate WebAssembly
//! (`src/bin/dataset_reader.rs`). Everything only a reader loading their own
//! data needs (the JSON parser, the rules and their messages) lives here, so
//! the page that every reader downloads carries none of it, and a large
//! file is parsed without freezing the page.
//!
//! The protocol, one file per worker: the worker posts `{ready: true}`; the
//! page posts the file's bytes (an `ArrayBuffer`, transferred); the worker
//! answers `{dataset: Uint8Array}` (the validated dataset in binary form,
//! `data::encode`) or `{vi: [lines], en: [lines]}` (why not, in both
//! languages, so the reader can switch language afterwards).

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::data;
use crate::format::Locale;

/// What the worker answers for one file's bytes.
fn answer(bytes: &[u8]) -> Object {
    let reply = Object::new();
    match data::read(bytes) {
        Ok(dataset) => {
            let encoded = data::encode(&dataset);
            set(&reply, "dataset", &Uint8Array::from(&encoded[..]));
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

fn set(object: &Object, key: &str, value: &JsValue) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(object, &key.into(), value);
}

/// Listens for files, then tells the page it is ready.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let bytes = Uint8Array::new(&event.data()).to_vec();
        let reply = answer(&bytes);
        // The dataset's buffer is handed over, not copied.
        let transfer = Array::new();
        if let Ok(dataset) = Reflect::get(&reply, &"dataset".into())
            && let Some(dataset) = dataset.dyn_ref::<Uint8Array>()
        {
            transfer.push(&dataset.buffer());
        }
        let _ = replies.post_message_with_transfer(&reply, &transfer);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives for one file; the handler lives as long as it.
    on_message.forget();
    let ready = Object::new();
    set(&ready, "ready", &JsValue::TRUE);
    let _ = scope.post_message(&ready);
}
