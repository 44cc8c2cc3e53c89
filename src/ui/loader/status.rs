//! What the loading part shows (`part::status`): which data is on screen,
//! the unit names the places table does not know, a load that failed, and
//! the choice of level in data that mixes them.

use leptos::prelude::*;

use super::Loader;
use crate::data::Level;
use crate::format;
use crate::i18n::{fill, level_name};
use crate::ui::context::Ctx;

/// At most this many problems are listed; the count of the rest follows.
const SHOWN_PROBLEMS: usize = 100;

/// `ui::data_panel::DataStatus` for other data.
#[component]
pub fn OtherDataStatus() -> impl IntoView {
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
pub fn failure_box(ctx: Ctx, loader: Loader, source: &str, why: AnyView) -> AnyView {
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

/// `ui::level_choice::LevelChoice` itself.
#[component]
pub fn MixedLevels() -> impl IntoView {
    let ctx = Ctx::get();
    let levels = crate::query::levels(ctx.data);
    if levels.len() < 2 {
        return ().into_any();
    }
    let listed = levels.clone();
    let counts = move || {
        let locale = ctx.locale();
        listed
            .iter()
            .map(|(l, n)| format!("{} {}", format::count(*n, locale), level_name(*l, locale)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(level) = Level::from_code(&event_target_value(&ev)) {
            // Chosen units of another level mean nothing at this one.
            ctx.set(|s| {
                s.level = Some(level);
                s.districts.clear();
            });
        }
    };
    let options = levels
        .into_iter()
        .map(|(level, n)| {
            view! {
                <option value=level.code() prop:selected=move || ctx.level.get() == level>
                    {move || format!("{} ({})", level_name(level, ctx.locale()), format::count(n, ctx.locale()))}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="level-choice" role="note">
            <p>{move || fill(ctx.t().levels_mixed, &[&counts()])}</p>
            <label class="field">
                <span>{move || ctx.t().level_label}</span>
                <select id="level" on:change=on_change>{options}</select>
            </label>
        </div>
    }
    .into_any()
}
