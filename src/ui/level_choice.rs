//! When a dataset mixes levels (communes, wards, special zones, former
//! districts), the reader is told, and chooses which level the views
//! compare. Nothing shows for a dataset of one level, such as the shipped one.

use leptos::prelude::*;

use super::context::Ctx;
use super::later::shown;
use super::loader::{LOADING, Loader, Status, status};
use crate::data::Level;
use crate::format;
use crate::i18n::{fill, level_name};

/// Only data a reader brought can mix levels: the choice comes with the
/// loading part (`loader::LOADING`), which is here once such data is.
#[component]
pub fn LevelChoice() -> impl IntoView {
    let loader = Loader::get();
    move || {
        loader
            .source
            .with(Option::is_some)
            .then(|| LOADING.with(|part| shown(part, status(Status::Levels))))
    }
}

/// [`LevelChoice`] itself, in the loading part (`loader::status`).
#[component]
pub(super) fn MixedLevels() -> impl IntoView {
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
