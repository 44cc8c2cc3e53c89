//! The explorer: header, link notices, view tabs, filters, the chosen view, footer.

use leptos::prelude::*;

use super::compare_view::CompareView;
use super::context::Ctx;
use super::controls::Controls;
use super::coverage_view::CoverageView;
use super::initiatives_view::InitiativesView;
use super::notices::Notices;
use super::sources_view::SourcesView;
use super::table_view::TableView;
use super::tabs::Tabs;
use super::trend_view::TrendView;
use super::url_sync;
use crate::data;
use crate::format::Locale;
use crate::i18n::fill;
use crate::state::View;
use crate::url;

#[component]
pub fn App() -> impl IntoView {
    let dataset = match data::shipped() {
        Ok(d) => d,
        Err(error) => {
            return view! {
                <div class="load-error" role="alert">
                    <h1>"Không đọc được dữ liệu / The dataset could not be read"</h1>
                    <pre>{error.to_string()}</pre>
                </div>
            }
            .into_any();
        }
    };
    let (state, notices) = url::decode(&url_sync::current_query(), dataset);
    let ctx = Ctx {
        data: dataset,
        state: RwSignal::new(state),
        notices: RwSignal::new(notices),
    };
    provide_context(ctx);
    url_sync::start(ctx);

    let switch_language = move |_| {
        ctx.set(|s| {
            s.lang = if s.lang == Locale::Vi {
                Locale::En
            } else {
                Locale::Vi
            }
        })
    };
    let body = move || match ctx.state.with(|s| s.view) {
        View::Compare => view! { <CompareView /> }.into_any(),
        View::Trend => view! { <TrendView /> }.into_any(),
        View::Table => view! { <TableView /> }.into_any(),
        View::Coverage => view! { <CoverageView /> }.into_any(),
        View::Initiatives => view! { <InitiativesView /> }.into_any(),
        View::Sources => view! { <SourcesView /> }.into_any(),
    };
    view! {
        <header class="masthead">
            <div class="masthead-text">
                <h1>{move || dataset.title.get(ctx.locale()).to_string()}</h1>
                <p class="subtitle">{move || dataset.notes.get(ctx.locale()).to_string()}</p>
            </div>
            <button type="button" class="button lang-switch" id="lang-switch" on:click=switch_language
                aria-label=move || ctx.t().language_switch_label
                lang=move || if ctx.locale() == Locale::Vi { "en" } else { "vi" }>
                {move || ctx.t().language_switch}
            </button>
        </header>
        <Notices />
        <Tabs />
        <div class="explore">
            <Controls />
            <section class="view" id="view" data-view=move || ctx.state.with(|s| s.view.code())>{body}</section>
        </div>
        <footer class="footer">
            {move || {
                let t = ctx.t();
                fill(t.footer, &[&dataset.built, &dataset.figures.len().to_string(), &dataset.initiatives.len().to_string(), &dataset.reports.len().to_string()])
            }}
            " · "
            <a href="data/dataset.json" download="dataset.json">{move || ctx.t().download_json}</a>
        </footer>
    }
    .into_any()
}
