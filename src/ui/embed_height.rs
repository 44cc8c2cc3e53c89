//! In embed mode, tells the parent page the page's height whenever it changes,
//! and again when the parent's `embed.js` asks (the messages are in
//! `crate::embed`). The ask is the only message read from the parent, and it
//! only repeats the height.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::embed::{ASK_HEIGHT_TYPE, height_messages};

thread_local! {
    static STARTED: Cell<bool> = const { Cell::new(false) };
}

pub fn start(id: String) {
    // The app is mounted again for each dataset it loads; the body and the
    // parent stay the same, so one observer and one listener serve them all.
    if STARTED.with(|s| s.replace(true)) {
        return;
    }
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
    let observed = body.clone();
    let last = Rc::new(Cell::new(0u32));
    let tell = {
        let parent = parent.clone();
        move |force: bool| {
            let height = body.get_bounding_client_rect().height().ceil().max(0.0) as u32;
            if force || height != last.get() {
                last.set(height);
                for message in height_messages(&id, height) {
                    if let Ok(value) = js_sys::JSON::parse(&message) {
                        let _ = parent.post_message(&value, "*");
                    }
                }
            }
        }
    };
    let on_resize = {
        let tell = tell.clone();
        Closure::<dyn FnMut(js_sys::Array)>::new(move |_| tell(false))
    };
    // embed.js may start after the first height was posted (it loads async):
    // it then asks, and the answer is the same height messages.
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let from_parent = event
                .source()
                .is_some_and(|source| js_sys::Object::is(&source, &parent));
            if from_parent && is_ask(&event.data()) {
                tell(true);
            }
        });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&observed);
        // Both live as long as the page.
        std::mem::forget(observer);
    }
    on_resize.forget();
    on_message.forget();
}

/// `{"type": "lamtheobac:ask-height", "version": 1}`; anything else is ignored.
fn is_ask(data: &wasm_bindgen::JsValue) -> bool {
    let field = |name: &str| js_sys::Reflect::get(data, &name.into()).ok();
    data.is_object()
        && field("type").and_then(|t| t.as_string()).as_deref() == Some(ASK_HEIGHT_TYPE)
        && field("version").and_then(|v| v.as_f64()) == Some(1.0)
}
