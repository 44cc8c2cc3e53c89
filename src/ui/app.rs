//! The explorer: header, link notices, view tabs, filters, the chosen view, footer.

use leptos::prelude::*;

use super::compare_view::CompareView;
use super::context::{Ctx, id, static_disabled, static_word};
use super::controls::Controls;
use super::coverage_view::CoverageView;
use super::data_panel::DataStatus;
use super::initiatives_view::InitiativesView;
use super::later::{Arrival, Part, Unavailable, at_once, shown};
use super::level_choice::LevelChoice;
use super::notices::Notices;
use super::place_finder::PlaceFinder;
use super::share::ShareTools;
use super::sources_view::SourcesView;
use super::table_view::TableView;
use super::tabs::Tabs;
use super::trend_view::TrendView;
use super::url_sync;
use crate::data::Dataset;
use crate::format::Locale;
use crate::i18n::fill;
use crate::state::{State, View};
use crate::url;

#[component]
pub fn App(dataset: &'static Dataset) -> impl IntoView {
    let (mut state, notices) = url::decode(&url_sync::current_query(), dataset);
    // A link in English whose English could not arrive (`ui::start` waited
    // for it): the page in Vietnamese, and the masthead says why.
    provide_context(EnglishLost(super::english::fall_back(&mut state)));
    let ctx = Ctx::new(dataset, state, notices);
    provide_context(ctx);
    url_sync::start(ctx);
    // The parts the first tap does not need, fetched now that the app runs;
    // a reader who asked to save data (boot.js marks <html>) fetches each
    // when it is needed.
    let saving_data = document()
        .document_element()
        .is_some_and(|html| html.class_list().contains(crate::page_names::SAVE_DATA));
    if !saving_data {
        super::later::fetch_in_order(vec![
            OTHER_VIEWS.with(Part::clone),
            super::download_bar::SAVING.with(Part::clone),
            super::place_finder::FINDER.with(Part::clone),
            super::share::EMBED_DIALOG.with(Part::clone),
        ]);
    }

    let embedded = ctx.state.with_untracked(|s| s.embed.clone());
    if let Some(id) = embedded.clone() {
        if let Some(html) = document().document_element() {
            let _ = html.class_list().add_1(crate::page_names::EMBED);
        }
        super::embed_height::start(id);
    }
    if embedded.is_some() {
        // One view, its key controls and its source line, with a way out to the full explorer.
        let full = move || {
            let q = url::encode(
                &ctx.state.with(|s| crate::state::State {
                    embed: None,
                    ..s.clone()
                }),
                ctx.data,
            );
            let path = window().location().pathname().unwrap_or_default();
            if q.is_empty() {
                path
            } else {
                format!("{path}?{q}")
            }
        };
        return view! {
            <Notices />
            <DataStatus />
            <LevelChoice />
            <Explore />
            <p class="embed-source">
                {move || {
                    let state = ctx.state.get();
                    let cited = if state.view == View::Compare {
                        citations(crate::query::compared_reports(dataset, &state))
                    } else {
                        // The other views' sources come with those views; until
                        // then, the view itself says it is on its way.
                        OTHER_VIEWS
                            .with(|part| {
                                (part.arrival() == Arrival::Here)
                                    .then(|| at_once(cited_in_view(dataset, state)))
                            })
                            .flatten()
                            .and_then(Result::ok)
                            .unwrap_or_default()
                    };
                    fill(ctx.t().sources_list, &[&cited.join("; ")])
                }}
                " · "
                {move || crate::i18n::built(dataset, ctx.locale())}
                " · "
                {move || ctx.t().app_name}
                " · "
                <a href=full target="_blank" rel="noopener">{move || ctx.t().open_full}</a>
            </p>
        }
        .into_any();
    }
    view! {
        <Masthead />
        <Notices />
        <DataStatus />
        <Tabs />
        <LevelChoice />
        <Explore />
        <ShareTools />
        <Footer />
    }
    .into_any()
}

/// Whether the app was asked for English and could not get it.
#[derive(Clone, Copy)]
struct EnglishLost(bool);

/// The title, subtitle, place search and language switch.
#[component]
pub fn Masthead() -> impl IntoView {
    let ctx = Ctx::get();
    // English comes in a part of its own (`english`): a switch to it waits
    // for that, the button busy meanwhile. Taps while it comes count as
    // taps do (two are back to Vietnamese); the last one asked is applied.
    let asked = RwSignal::new(None::<Locale>);
    let failed = RwSignal::new(use_context::<EnglishLost>().is_some_and(|lost| lost.0));
    let apply = move |lang: Locale| ctx.set(|s| s.lang = lang);
    let switch_language = move || {
        let from = asked
            .get_untracked()
            .unwrap_or_else(|| ctx.state.with_untracked(|s| s.lang));
        let to = if from == Locale::Vi {
            Locale::En
        } else {
            Locale::Vi
        };
        failed.set(false);
        if to == Locale::Vi || super::english::here() {
            asked.set(None);
            apply(to);
            return;
        }
        asked.set(Some(to));
        leptos::task::spawn_local(async move {
            let arrived = super::english::ready().await;
            if let Some(lang) = asked.get_untracked() {
                asked.set(None);
                if arrived {
                    apply(lang);
                } else {
                    failed.set(true);
                }
            }
        });
    };
    view! {
        // The static page's loading frame holds a masthead in each language;
        // the app's follows `<html lang>`.
        <header class="masthead" lang=static_word(|| ctx.locale().code())>
            <div class="masthead-text">
                <h1>{move || ctx.data.title.get(ctx.locale()).to_string()}</h1>
                <p class="subtitle">{move || ctx.data.notes.get(ctx.locale()).to_string()}</p>
            </div>
            <div class="masthead-tools">
                <PlaceFinder />
                <button type="button" class="button lang-switch" id=id("lang-switch")
                    on:click=move |_| switch_language()
                    disabled=static_disabled()
                    aria-busy=move || asked.with(Option::is_some).then_some("true")
                    aria-label=move || ctx.t().language_switch_label
                    lang=move || if ctx.locale() == Locale::Vi { "en" } else { "vi" }>
                    {move || ctx.t().language_switch}
                </button>
            </div>
        </header>
        {move || failed.get().then(|| view! {
            <p class="loading-line view-unavailable" role="alert">
                {move || ctx.t().view_unavailable}" "
                <button type="button" class="button small" on:click=move |_| switch_language()>
                    {move || ctx.t().try_again}
                </button>
            </p>
        })}
    }
}

/// The filters (embedded, only the primary ones) and the chosen view.
#[component]
pub fn Explore() -> impl IntoView {
    let ctx = Ctx::get();
    let embedded = ctx.state.with_untracked(|s| s.embed.is_some());
    // Keyed on the view alone: reading the whole state here would rebuild the
    // view (canvas, controls, tables) on every change of any filter.
    let current_view = Memo::new(move |_| ctx.state.with(|s| s.view));
    let body = move || match current_view.get() {
        View::Compare => view! { <CompareView /> }.into_any(),
        other => OTHER_VIEWS.with(|part| shown(part, other_view(other))),
    };
    view! {
        <div class="explore">
            <Controls embedded=embedded />
            <section class="view" id="view" data-view=move || current_view.get().code()>{body}</section>
        </div>
    }
}

thread_local! {
    static OTHER_VIEWS: Part = Part::new(&[
        || Box::pin(fetch_other_views()),
        || Box::pin(fetch_cited_in_view()),
    ]);
}

/// The views a reader reaches by a tab: split from the app's first part,
/// which holds Compare, the default (`later`).
#[leptos::wasm_split::wasm_split(
    views,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(fetch_other_views)
)]
fn other_view(view: View) -> Result<AnyView, Unavailable> {
    Ok(match view {
        View::Compare => view! { <CompareView /> }.into_any(),
        View::Trend => view! { <TrendView /> }.into_any(),
        View::Table => view! { <TableView /> }.into_any(),
        View::Coverage => view! { <CoverageView /> }.into_any(),
        View::Initiatives => view! { <InitiativesView /> }.into_any(),
        View::Sources => view! { <SourcesView /> }.into_any(),
        // The map's code and shapes are a part of their own, asked for here
        // (in the views' part, which a tap on another view fetches ahead),
        // so the first part carries nothing of it.
        View::Map => super::map_view::MAP.with(|part| shown(part, super::map_view::map_view())),
    })
}

/// The reports a view other than Compare cites (the embed's source line),
/// in the views' part: only it reaches those views' queries.
#[leptos::wasm_split::wasm_split(
    views,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(fetch_cited_in_view)
)]
fn cited_in_view(data: &'static Dataset, state: State) -> Result<Vec<String>, Unavailable> {
    Ok(citations(crate::query::shown_reports(data, &state)))
}

fn citations(reports: Vec<&crate::data::Report>) -> Vec<String> {
    reports.into_iter().map(crate::i18n::cite).collect()
}

/// Where the figures come from, and the whole dataset to download.
#[component]
pub fn Footer() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <footer class="footer">
            {move || crate::i18n::footer(ctx.data, ctx.locale())}
            " · "
            <a href="data/dataset.json" download="dataset.json">{move || ctx.t().download_json}</a>
        </footer>
    }
}
