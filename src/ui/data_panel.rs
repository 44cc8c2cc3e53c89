//! Dùng dữ liệu khác / Use other data: a file, a dropped file, or an address;
//! and, above every view, which data is on screen and any load that failed.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::context::Ctx;
use super::later::shown;
use super::loader::{Failure, LOADING, Loader, Status, status};
use crate::i18n::fill;

/// At most this many problems are listed; the count of the rest follows.
const SHOWN_PROBLEMS: usize = 100;

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
            loader.read(all(&files));
        }
        if let Some(i) = input {
            i.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            loader.read(all(&files));
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let url = address.get_untracked().trim().to_string();
        if !url.is_empty() {
            ctx.set(|s| s.data = Some(url.clone()));
            loader.fetch(url);
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
/// the messages come with the loading part (`loader::LOADING`), but for one:
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

/// [`DataStatus`] for other data, in the loading part (`loader::status`).
#[component]
pub(super) fn OtherDataStatus() -> impl IntoView {
    let ctx = Ctx::get();
    let loader = Loader::get();
    let banner = move || {
        loader.source.get().map(|source| {
            view! {
                <div class="data-banner" role="status">
                    {fill(ctx.t().own_data_showing, &[ctx.data.title.get(ctx.locale()), &source])}
                    " "
                    <button type="button" class="link-button" id="dataset-reset" on:click=move |_| loader.reset()>{ctx.t().own_data_back}</button>
                </div>
            }
        })
    };
    let failure = move || {
        loader.failure.get().map(|(source, failure)| {
            failure_box(
                ctx,
                loader,
                &source,
                problems(ctx, failure.lines(ctx.locale())),
            )
        })
    };
    // Names the places table does not know as written: the data is shown as
    // it is, and these say what the official names are.
    let names = move || {
        loader.source.get()?;
        loader.names.get().map(|names| {
            let lines = if ctx.locale() == crate::format::Locale::Vi {
                &names.0
            } else {
                &names.1
            };
            view! {
                <div class="unit-names" role="status">
                    <p>{ctx.t().own_data_names}</p>
                    {problems(ctx, lines.clone())}
                </div>
            }
        })
    };
    view! { {banner} {names} {failure} }
}

/// A load that failed: from where, why (`why`), and that the data on
/// screen stayed. The first part shows it when the loading part could not
/// arrive; that part, for every other failure.
fn failure_box(ctx: Ctx, loader: Loader, source: &str, why: AnyView) -> AnyView {
    view! {
        <div class="load-failure" role="alert">
            <p>{fill(ctx.t().own_data_failed, &[source])}</p>
            {why}
            <p>{ctx.t().own_data_kept}</p>
            <button type="button" class="link-button" on:click=move |_| loader.failure.set(None)>{ctx.t().dismiss}</button>
        </div>
    }
    .into_any()
}

/// `lines` as a list of the first [`SHOWN_PROBLEMS`], and the count of the rest.
fn problems(ctx: Ctx, lines: Vec<String>) -> AnyView {
    let more = lines.len().saturating_sub(SHOWN_PROBLEMS);
    let items = lines
        .into_iter()
        .take(SHOWN_PROBLEMS)
        .map(|l| view! { <li>{l}</li> })
        .collect_view();
    view! {
        <ul>{items}</ul>
        {(more > 0).then(|| view! { <p>{crate::i18n::fill_counted(ctx.t().own_data_more, &[], more, ctx.locale())}</p> })}
    }
    .into_any()
}
