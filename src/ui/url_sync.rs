//! Keeps the URL and the state in step: every change of state becomes a
//! history entry (so back and forward work), written just after the frame
//! that shows it, and moving through history sets the state. `<html lang>`
//! follows the language here too.

use leptos::prelude::*;

use super::context::Ctx;
use crate::format::Locale;
use crate::state::State;
use crate::url;

/// The query of the page's URL, without its `?`.
pub fn current_query() -> String {
    let search = window().location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_string()
}

pub fn start(ctx: Ctx) {
    Effect::new(move |previous: Option<State>| {
        let state = ctx.state.get();
        let query = url::encode(&state, ctx.data);
        if query != current_query() {
            let href = if query.is_empty() {
                window().location().pathname().unwrap_or_default()
            } else {
                format!("?{query}")
            };
            // The first write only tidies the address the reader arrived with,
            // and typing in the search box is one change, not one per letter.
            // Embedded, every change replaces: a frame's history entries would
            // otherwise hijack the back button of the portal around it.
            let replace = state.embed.is_some()
                || match &previous {
                    None => true,
                    Some(p) => {
                        State {
                            search: state.search.clone(),
                            ..p.clone()
                        } == state
                    }
                };
            // After the frame that shows the change: the reader waits for the
            // view, not the address, and a history write took 30-80 ms of a
            // tap on a slow phone (the browser answers it across processes).
            let write = move || {
                if let Ok(history) = window().history() {
                    let _ = if replace {
                        history.replace_state_with_url(
                            &wasm_bindgen::JsValue::NULL,
                            "",
                            Some(&href),
                        )
                    } else {
                        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
                    };
                }
            };
            request_animation_frame(move || set_timeout(write, std::time::Duration::ZERO));
        }
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", state.lang.code());
        }
        state
    });
    // Each step through history, counted: a step that waits for English
    // must not land after a later one.
    let steps = StoredValue::new(0u32);
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let (state, notices) = url::decode(&current_query(), ctx.data);
        steps.update_value(|n| *n += 1);
        if state.lang == Locale::En && !super::english::here() {
            // Back to a page in English, whose part a reader who never
            // switched has not fetched: it first. If it cannot arrive, the
            // step is made in Vietnamese.
            let step = steps.get_value();
            leptos::task::spawn_local(async move {
                super::english::ready().await;
                if steps.get_value() != step {
                    return;
                }
                let mut state = state;
                super::english::fall_back(&mut state);
                ctx.notices.set(notices);
                ctx.state.set(state);
            });
        } else {
            ctx.notices.set(notices);
            ctx.state.set(state);
        }
    });
    on_cleanup(move || handle.remove());
}
