//! Mô hình / Initiatives: every named initiative, searchable and filterable
//! by theme and district, with counts per district and theme: the one
//! comparison all five reports support.

use leptos::prelude::*;

use super::context::Ctx;
use super::more_rows::{FirstFrame, MoreRows, page_size};
use super::province_rows::{back_to_provinces, by_province};
use crate::data::{District, Initiative};
use crate::i18n::fill;
use crate::{query, rollup};

#[component]
pub fn InitiativesView() -> impl IntoView {
    let ctx = Ctx::get();
    let on_search = move |ev| {
        let text = event_target_value(&ev);
        ctx.set(|s| s.search = text);
    };
    let on_theme = move |ev| {
        let id = event_target_value(&ev);
        ctx.set(|s| s.theme = (!id.is_empty()).then_some(id));
    };
    // Built once, bound by properties: typing never rebuilds the search box.
    let theme = Memo::new(move |_| ctx.state.with(|s| s.theme.clone()).unwrap_or_default());
    let theme_options = move || {
        let locale = ctx.locale();
        ctx.data
            .themes
            .iter()
            .map(|th| {
                let id = th.id.clone();
                view! { <option value=th.id.clone() prop:selected=move || theme.get() == id>{th.label.get(locale).to_string()}</option> }
            })
            .collect_view()
    };
    let controls = view! {
        <div class="initiative-tools">
            <label class="field">
                <span>{move || ctx.t().search}</span>
                <input type="search" id="initiative-search" placeholder=move || ctx.t().search_placeholder
                    prop:value=move || ctx.state.with(|s| s.search.clone()) on:input=on_search />
            </label>
            <label class="field">
                <span>{move || ctx.t().theme}</span>
                <select id="theme" on:change=on_theme>
                    <option value="" prop:selected=move || theme.get().is_empty()>{move || ctx.t().all_themes}</option>
                    {theme_options}
                </select>
            </label>
        </div>
    };
    let shown = page_size();
    let found = Memo::new(move |_| ctx.state.with(|s| query::initiatives(ctx.data, s)));
    // A tap builds the counts and a screenful of initiatives; the rest come
    // a task after its frame (ui/table_view.rs does the same).
    let parts = FirstFrame::screenful();
    let card = move |i: &Initiative| {
        let locale = ctx.locale();
        let t = ctx.t();
        let themes = &ctx.data.themes;
        let district = ctx
            .data
            .district(&i.district)
            .map_or(String::new(), |d| d.name.clone());
        let theme = themes
            .iter()
            .find(|th| th.id == i.theme)
            .map_or(String::new(), |th| th.label.get(locale).to_string());
        // A name the article gives mid-sentence starts in lower case: shown
        // as a name, with its capital.
        let (name, original) = match locale {
            crate::format::Locale::Vi => (crate::place_names::capitalised(&i.name), None),
            crate::format::Locale::En => (i.english_name().to_string(), Some(i.name.clone())),
        };
        // An article that writes only "(Thị trấn)" means the district's own
        // township: "thị trấn Bát Xát", not a commune named "Thị trấn".
        let place = match i.commune.as_deref() {
            Some("Thị trấn") => match locale {
                crate::format::Locale::Vi => format!("thị trấn {district}"),
                crate::format::Locale::En => format!("{district} township"),
            },
            Some(commune) => format!("{district} · {commune}"),
            None => district,
        };
        view! {
            <li class="initiative" data-initiative=i.id.clone()>
                <p class="initiative-name">{name}{original.map(|o| view! { <span class="original" lang="vi">{format!(" “{o}”")}</span> })}</p>
                <p class="initiative-meta">
                    <span class="theme-tag">{theme}</span>
                    {place}
                    {i.runner.clone().map(|r| format!(" · {}: {r}", t.runner))}
                </p>
                {i.printed.as_ref().map(|p| {
                    // The correction is of the runner where the article's words are not the name.
                    let of_runner = crate::query::fold(p) != crate::query::fold(&i.name);
                    view! { <p class="initiative-note printed">{fill(if of_runner { t.printed_runner } else { t.printed_as }, &[p])}</p> }
                })}
                {i.note.as_ref().map(|n| view! { <p class="initiative-note">{n.get(locale).to_string()}</p> })}
                <p class="figure-source">{format!("{}: {}", t.source, ctx.data.report(&i.report).map_or("", |r| r.title.as_str()))}</p>
            </li>
        }
    };
    let results = move || {
        let state = ctx.state.get();
        let locale = state.lang;
        let t = ctx.t();
        let listed = found.get();
        let counts = query::initiative_counts(ctx.data, &state, &listed);
        let themes = &ctx.data.themes;
        let head = themes
            .iter()
            .map(|th| view! { <th scope="col" class="num">{th.label.get(locale).to_string()}</th> })
            .collect_view();
        let units: Vec<&District> = counts.iter().map(|r| r.0).collect();
        let (first_column, rows) = if rollup::province_first(&state, &units) {
            // The total column is summed as one more count.
            let with_totals: Vec<(&District, Vec<usize>)> = counts
                .into_iter()
                .map(|(d, mut c)| {
                    c.push(c.iter().sum());
                    (d, c)
                })
                .collect();
            by_province(&with_totals, state.province_mode)
        } else {
            let rows = counts
                .iter()
                .map(|(d, per_theme)| {
                    let total: usize = per_theme.iter().sum();
                    let cells = per_theme.iter().map(|n| view! { <td class="num">{if *n == 0 { "·".to_string() } else { n.to_string() }}</td> }).collect_view();
                    view! { <tr><th scope="row">{d.name.clone()}</th>{cells}<td class="num total">{total}</td></tr> }
                })
                .collect_view();
            (
                view! { <th scope="col">{t.col_district}</th> }.into_any(),
                rows.into_any(),
            )
        };
        view! {
            <div class="table-wrap scroll-x">
                <table class="initiative-counts">
                    <caption>{crate::i18n::fill_counted(t.initiatives_count, &[], listed.len(), locale)}" "{back_to_provinces()}</caption>
                    <thead><tr>{first_column}{head}<th scope="col" class="num">{t.total}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <ul class="initiatives">
                {parts.first(listed.iter(), shown.get()).map(|i| card(i)).collect_view()}
                {move || found.with(|f| parts.rest(f.iter(), shown.get()).map(|later| later.map(|i| card(i)).collect_view()))}
            </ul>
        }
    };
    let more = view! { <MoreRows shown total=Signal::derive(move || found.with(Vec::len)) /> };
    view! { <div class="initiatives-view">{controls}{results}{more}</div> }
}
