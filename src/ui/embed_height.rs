//! In embed mode, tells the parent page the page's height whenever it changes
//! (the messages are in `crate::embed`). Nothing is ever read from the parent.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::embed::height_messages;

pub fn start(id: String) {
    let window = window();
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if js_sys::Object::is(&parent, &window) {
        return; // Opened on its own, not in a frame: nobody to tell.
    }
    let Some(body) = document().body() else {
        return;
    };
    let last = Rc::new(Cell::new(0u32));
    let measured = body.clone();
    let report = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| {
        let height = measured.get_bounding_client_rect().height().ceil().max(0.0) as u32;
        if height != last.get() {
            last.set(height);
            for message in height_messages(&id, height) {
                if let Ok(value) = js_sys::JSON::parse(&message) {
                    let _ = parent.post_message(&value, "*");
                }
            }
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // Both live as long as the page.
        std::mem::forget(observer);
        report.forget();
    }
}
