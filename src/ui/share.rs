//! Sharing the current view: copy its link, or get the snippet that embeds
//! it (a dialog in the dialogs' part, `later`).

use leptos::html::Dialog;
use leptos::prelude::*;

use super::context::{Ctx, baked, static_disabled};
use super::later::{Part, Unavailable, shown};
use crate::i18n::view_name;
use crate::query;
use crate::url;

/// The explorer's own address, without query: what links and snippets start from.
fn base_url() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

#[component]
pub fn ShareTools() -> impl IntoView {
    let ctx = Ctx::get();
    let baked = baked();
    let status = RwSignal::new(None::<&'static str>);
    // The embed dialog is built the first time it is asked for, by code that
    // arrives after the app (`later`); each ask opens it again.
    let asked = RwSignal::new(0u32);
    let built = Memo::new(move |_| asked.get() > 0);
    let copy_link = move |_| {
        copy(
            window().location().href().unwrap_or_default(),
            ctx.t().copied,
            status,
        )
    };
    let open = move |_| {
        status.set(None);
        asked.update(|n| *n += 1);
    };
    let dialog = move || {
        (!baked && built.get())
            .then(|| EMBED_DIALOG.with(|part| shown(part, embed_dialog(asked, status))))
    };
    view! {
        <div class="share-tools">
            <button type="button" class="button" id="copy-link" disabled=static_disabled() on:click=copy_link>{move || ctx.t().copy_link}</button>
            <button type="button" class="button" id="embed-open" disabled=static_disabled() on:click=open>{move || ctx.t().embed}</button>
            <span class="status" role="status">{move || status.get()}</span>
            {dialog}
        </div>
    }
}

/// Copies `text`, then says `done` (or that it could not) in `status`.
fn copy(text: String, done: &'static str, status: RwSignal<Option<&'static str>>) {
    let failed = Ctx::get().t().copy_failed;
    let clipboard = window().navigator().clipboard();
    leptos::task::spawn_local(async move {
        let copied = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
            .await
            .is_ok();
        status.set(Some(if copied { done } else { failed }));
    });
}

thread_local! {
    /// The embed snippet, in the dialogs' part (with `place_finder::FINDER`).
    pub static EMBED_DIALOG: Part = Part::new(&[|| Box::pin(fetch_embed_dialog())]);
}

/// The dialog with the snippet that embeds the current view, opened each
/// time `asked` counts up.
#[leptos::wasm_split::wasm_split(
    dialogs,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(fetch_embed_dialog)
)]
pub(super) fn embed_dialog(
    asked: RwSignal<u32>,
    status: RwSignal<Option<&'static str>>,
) -> Result<AnyView, Unavailable> {
    let ctx = Ctx::get();
    let dialog = NodeRef::<Dialog>::new();
    let snippet = Memo::new(move |_| {
        let state = ctx.state.get();
        let locale = state.lang;
        let what =
            match query::chosen_metric(ctx.data, &state).filter(|_| state.view.needs_metric()) {
                Some(m) => m.label.get(locale).to_string(),
                None => view_name(state.view, locale).to_string(),
            };
        url::embed_snippet(
            &base_url(),
            &state,
            ctx.data,
            &format!("{} · {what}", ctx.t().app_name),
        )
    });
    Effect::new(move |_| {
        if asked.get() > 0
            && let Some(d) = dialog.get()
            && !d.open()
        {
            let _ = d.show_modal();
        }
    });
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    Ok(view! {
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-title">
            <h2 id="embed-title">{move || ctx.t().embed_title}</h2>
            <p>{move || ctx.t().embed_help}</p>
            <label class="field">
                <span>"HTML"</span>
                <textarea id="embed-snippet" readonly rows="5" prop:value=move || snippet.get()></textarea>
            </label>
            <div class="dialog-actions">
                <button type="button" class="button" id="embed-copy" on:click=move |_| copy(snippet.get_untracked(), ctx.t().copied, status)>{move || ctx.t().copy_snippet}</button>
                <button type="button" class="button" on:click=close>{move || ctx.t().close}</button>
                <span class="status" role="status">{move || status.get()}</span>
            </div>
        </dialog>
    }
    .into_any())
}
