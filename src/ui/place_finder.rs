//! "Find where you live": a button in the masthead opens a dialog with a
//! search box (the ARIA combobox pattern) over the places index, fetched the
//! first time a reader opens it; a chosen place says which former districts
//! its land was on and leads to their figures. The choice is kept in the
//! link (`place=`), so the answer survives a reload and can be shared.

use std::sync::Arc;

use leptos::ev::KeyboardEvent;
use leptos::html::Dialog;
use leptos::prelude::*;

use super::context::{Ctx, id, static_disabled};
use super::later::{Part, Unavailable, shown};
use crate::i18n::fill;
use crate::place_search::{Place, PlaceIndex, SHOWN};
use crate::state::View;

type Loaded = Option<Result<Arc<PlaceIndex>, String>>;

#[component]
pub fn PlaceFinder() -> impl IntoView {
    let ctx = Ctx::get();
    // The dialog is built the first time it is asked for, not with the
    // page: at start it cost a phone's main thread about 35 ms (Lighthouse's
    // TBT), for a search most readers never open. Each ask counts, so that
    // reopening after a close opens it again.
    let asked = RwSignal::new(0u32);
    let built = Memo::new(move |_| asked.get() > 0);
    // A link that names a place opens with its answer.
    let named = Memo::new(move |_| ctx.state.with(|s| s.place.is_some()));
    Effect::new(move |_| {
        if named.get() {
            asked.update(|n| *n += 1);
        }
    });
    // Its code arrives after the app's (`later`).
    let dialog = move || {
        built
            .get()
            .then(|| FINDER.with(|part| shown(part, finder_dialog(asked))))
    };
    view! {
        <button type="button" class="button place-open" id=id("place-search-open") disabled=static_disabled() on:click=move |_| asked.update(|n| *n += 1)>
            {move || ctx.t().place_open}
        </button>
        {dialog}
    }
}

thread_local! {
    /// The place search, in the dialogs' part (with `share::EMBED_DIALOG`:
    /// one file, fetched once, whichever asks first).
    pub static FINDER: Part = Part::new(&[|| Box::pin(fetch_dialogs())]);
}

/// The dialog, opened each time `asked` counts up.
#[leptos::wasm_split::wasm_split(
    dialogs,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(fetch_dialogs)
)]
fn finder_dialog(asked: RwSignal<u32>) -> Result<AnyView, Unavailable> {
    let ctx = Ctx::get();
    let dialog = NodeRef::<Dialog>::new();
    let index: RwSignal<Loaded> = RwSignal::new(None);
    let started = StoredValue::new(false);
    let query = RwSignal::new(String::new());
    // The option the arrow keys are on, and whether the list is showing.
    let active = RwSignal::new(None::<usize>);
    let listing = RwSignal::new(false);
    let load = move || {
        if started.get_value() {
            return;
        }
        started.set_value(true);
        leptos::task::spawn_local(async move {
            index.set(Some(
                crate::worker::fetch_places_index().await.map(Arc::new),
            ));
        });
    };
    let show = move || {
        load();
        if let Some(d) = dialog.get_untracked()
            && !d.open()
        {
            let _ = d.show_modal();
        }
    };
    Effect::new(move |_| {
        if asked.get() > 0 && dialog.get().is_some() {
            show();
        }
    });
    let ready = move || index.with(|i| i.as_ref().and_then(|r| r.as_ref().ok()).cloned());
    let results = Memo::new(move |_| {
        let q = query.get();
        index.with(|i| match i {
            Some(Ok(ix)) => ix.search(&q),
            _ => (Vec::new(), 0),
        })
    });
    let chosen = Memo::new(move |_| {
        let key = ctx.state.with(|s| s.place.clone())?;
        index.with(|i| match i {
            Some(Ok(ix)) => Some(ix.find_key(&key)),
            _ => None,
        })
    });
    let choose = move |place: Place| {
        if let Some(ix) = ready() {
            ctx.set(|s| s.place = Some(ix.key(place)));
        }
        listing.set(false);
        active.set(None);
    };
    let close = move || {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    let on_key = move |e: KeyboardEvent| {
        let n = results.with_untracked(|(shown, _)| shown.len());
        match e.key().as_str() {
            "ArrowDown" if n > 0 => {
                e.prevent_default();
                listing.set(true);
                active.update(|a| *a = Some(a.map_or(0, |a| (a + 1).min(n - 1))));
            }
            "ArrowUp" if n > 0 => {
                e.prevent_default();
                active.update(|a| *a = Some(a.map_or(n - 1, |a| a.saturating_sub(1))));
            }
            "Enter" if n > 0 && listing.get_untracked() => {
                e.prevent_default();
                let at = active.get_untracked().unwrap_or(0);
                if let Some(place) = results.with_untracked(|(shown, _)| shown.get(at).copied()) {
                    choose(place);
                }
            }
            _ => {}
        }
    };
    let expanded = move || listing.get() && results.with(|(shown, _)| !shown.is_empty());
    let status = move || {
        let t = ctx.t();
        match index.with(|i| i.as_ref().map(|r| r.as_ref().err().cloned())) {
            None => t.place_loading.to_string(),
            Some(Some(why)) => fill(t.place_failed, &[&why]),
            Some(None) if !listing.get() || query.with(|q| q.trim().is_empty()) => String::new(),
            Some(None) => {
                let (shown, total) = results.get();
                let locale = ctx.locale();
                match total {
                    0 => t.place_none.to_string(),
                    n if n > shown.len() => fill(
                        t.place_count_more,
                        &[
                            &crate::format::count(n, locale),
                            &crate::format::count(SHOWN, locale),
                        ],
                    ),
                    n => crate::i18n::fill_counted(t.place_count, &[], n, locale),
                }
            }
        }
    };
    // Rebuilt whole on each key: twenty plain items cost less, in the page's
    // WebAssembly, than reactive attributes on each.
    let options = move || {
        let ix = ready()?;
        let locale = ctx.locale();
        let on = active.get();
        let (shown, _) = results.get();
        Some(
            shown
                .into_iter()
                .enumerate()
                .map(|(i, place)| {
                    view! {
                        <li role="option" id=format!("place-option-{i}")
                            aria-selected=if on == Some(i) { "true" } else { "false" }
                            on:click=move |_| choose(place)>
                            <span class="place-name">{ix.label(place, locale)}</span>
                            <span class="place-what">{ix.answer_kind(place, locale)}</span>
                        </li>
                    }
                })
                .collect_view(),
        )
    };
    let answer = move || {
        let ix = ready()?;
        let locale = ctx.locale();
        let t = ctx.t();
        let Some(place) = chosen.get()? else {
            let key = ctx.state.with(|s| s.place.clone()).unwrap_or_default();
            return Some(
                view! { <p class="place-answer notice" role="alert">{fill(t.place_unknown, &[&key])}</p> }
                    .into_any(),
            );
        };
        let a = ix.answer(place, ctx.data, locale);
        let any_reported = a.own.is_some() || a.districts.iter().any(|(_, id)| id.is_some());
        // Leads to a unit's figures: its article in the Sources view.
        let see = move |id: String, label: String| {
            view! {
                <button type="button" class="link-button place-see" aria-label=label on:click=move |_| {
                    let id = id.clone();
                    ctx.set(|s| {
                        s.districts = vec![id];
                        s.level = None;
                        s.place = None;
                        s.view = View::Sources;
                    });
                    close();
                }>{t.place_see}</button>
            }
        };
        let own = a
            .own
            .clone()
            .map(|id| see(id, fill(t.place_see_own, &[&a.title])));
        let districts = a
            .districts
            .into_iter()
            .map(|(label, id)| {
                let text = fill(t.place_see_figures, &[&label]);
                let missing = id.is_none().then_some(t.place_not_reported);
                view! { <li>{label}" · "{id.map(|id| see(id, text))}{missing}</li> }
            })
            .collect_view();
        let mut notes = a
            .now
            .is_empty()
            .then(String::new)
            .unwrap_or_else(|| fill(t.now_part_of, &[&a.now.join("; ")]));
        if !any_reported {
            notes = format!("{notes} {}", t.place_none_reported)
                .trim()
                .to_string();
        }
        Some(
            view! {
                <section class="place-answer" aria-labelledby="place-answer-title">
                    <h3 id="place-answer-title">{a.title}</h3>
                    <p class="place-what">{a.what}" "{own}</p>
                    {(!a.is_district).then(|| view! { <p>{t.place_was_in}</p> })}
                    <ul class="place-districts">{districts}</ul>
                    <p class="now-part-of">{notes}</p>
                    <p class="places-source">{fill(t.places_source, &[crate::places::SOURCE])}</p>
                </section>
            }
            .into_any(),
        )
    };
    Ok(view! {
        <dialog node_ref=dialog class="place-dialog" id="place-search" aria-labelledby="place-search-title"
            on:close=move |_| {
                listing.set(false);
                if ctx.state.with_untracked(|s| s.place.is_some()) {
                    ctx.set(|s| s.place = None);
                }
            }>
            <h2 id="place-search-title">{move || ctx.t().place_title}</h2>
            <p id="place-search-hint">{move || ctx.t().place_hint}</p>
            <label class="field" for="place-query">{move || ctx.t().place_label}</label>
            <input id="place-query" type="text" role="combobox" autocomplete="off" spellcheck="false"
                aria-autocomplete="list" aria-controls="place-options" aria-describedby="place-search-hint"
                aria-expanded=move || if expanded() { "true" } else { "false" }
                aria-activedescendant=move || active.get().filter(|_| expanded()).map(|i| format!("place-option-{i}"))
                on:input=move |e| {
                    query.set(event_target_value(&e));
                    active.set(None);
                    listing.set(true);
                }
                on:keydown=on_key />
            <p class="status" id="place-status" role="status">{status}</p>
            <ul id="place-options" class="place-options" role="listbox" aria-label=move || ctx.t().place_results
                hidden=move || !expanded()>
                {options}
            </ul>
            {answer}
            <div class="dialog-actions">
                <button type="button" class="button" id="place-search-close" on:click=move |_| close()>{move || ctx.t().close}</button>
            </div>
        </dialog>
    }
    .into_any())
}
