//! Dùng dữ liệu khác / Use other data: a file, a dropped file, or an address;
//! and, above every view, which data is on screen and any load that failed.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::context::Ctx;
use super::later::shown;
use super::loader::part::{self, LOADING, Status, status};
use super::loader::status::failure_box;
use super::loader::{Failure, Loader};

#[component]
pub fn DataPanel() -> impl IntoView {
    let ctx = Ctx::get();
    let loader = Loader::get();
    let address = RwSignal::new(String::new());
    let on_file = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(files) = input.as_ref().and_then(|i| i.files()) {
            part::read(loader, all(&files));
        }
        if let Some(i) = input {
            i.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            part::read(loader, all(&files));
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let url = address.get_untracked().trim().to_string();
        if !url.is_empty() {
            ctx.set(|s| s.data = Some(url.clone()));
            part::fetch(loader, url);
        }
    };
    view! {
        <section class="data-panel" id="own-data" aria-labelledby="own-data-title">
            <h2 id="own-data-title">{move || ctx.t().own_data_title}</h2>
            <p>{move || ctx.t().own_data_help}" "<a href="data/dataset.schema.json">{move || ctx.t().own_data_schema}</a>" · "<a href="data/template/index.html">{move || ctx.t().own_data_template}</a></p>
            <div class="drop-zone" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
                <label class="field">
                    <span>{move || ctx.t().own_data_file}</span>
                    <input type="file" id="dataset-file" multiple accept=".json,.csv,.zip,application/json,text/csv,application/zip" on:change=on_file />
                </label>
            </div>
            <form class="data-url" on:submit=on_submit>
                <label class="field field-wide">
                    <span>{move || ctx.t().own_data_url}</span>
                    <input type="url" id="dataset-url" placeholder="https://…/dataset.json" prop:value=move || address.get()
                        on:input=move |ev| address.set(event_target_value(&ev)) />
                </label>
                <button type="submit" class="button">{move || ctx.t().own_data_load}</button>
            </form>
        </section>
    }
}

fn all(files: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// Which data is on screen when it is not the shipped data, and the last
/// load that failed. Only readers who bring data see more than nothing, so
/// the messages come with the loading part (`loader::part`), but for one:
/// that the part itself could not arrive.
#[component]
pub fn DataStatus() -> impl IntoView {
    let ctx = Ctx::get();
    let loader = Loader::get();
    move || {
        let lost = loader.failure.with(|f| {
            f.as_ref()
                .filter(|(_, why)| matches!(**why, Failure::Unavailable))
                .map(|(source, _)| source.clone())
        });
        if let Some(source) = lost {
            let why = view! { <ul><li>{ctx.t().view_unavailable}</li></ul> };
            return failure_box(ctx, loader, &source, why.into_any());
        }
        if loader.source.with(Option::is_none) && loader.failure.with(Option::is_none) {
            return ().into_any();
        }
        LOADING.with(|part| shown(part, status(Status::Data)))
    }
}
