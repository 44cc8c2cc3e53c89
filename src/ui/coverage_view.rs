//! Độ phủ / Coverage: a district × metric-group matrix of how many figures
//! each report gives, so a reader sees at once what can be compared. A cell
//! opens its figures in the table. Thousands of communes are shown by
//! province first (see [`crate::rollup`]).

use leptos::prelude::*;

use super::context::Ctx;
use super::overview_chart::OverviewChart;
use super::province_rows::{back_to_provinces, by_province};
use crate::data::District;
use crate::format;
use crate::i18n::fill;
use crate::state::View;
use crate::{query, rollup};

#[component]
pub fn CoverageView() -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let state = ctx.state.get();
        let locale = state.lang;
        let t = ctx.t();
        let groups = &ctx.data.groups;
        let head = groups
            .iter()
            .map(|g| view! { <th scope="col" class="num">{g.label.get(locale).to_string()}</th> })
            .collect_view();
        let rows = query::coverage(ctx.data, &state);
        let units: Vec<&District> = rows.iter().map(|r| r.0).collect();
        let (intro, first_column, body) = if rollup::province_first(&state, &units) {
            let intro = fill(t.by_province, &[&format::count(units.len(), locale)]);
            let (first, body) = by_province(&rows, state.province_mode);
            (intro, first, body)
        } else {
            let first = view! { <th scope="col">{t.col_district}</th> };
            (
                t.coverage_intro.to_string(),
                first.into_any(),
                unit_rows(rows).into_any(),
            )
        };
        view! {
            <div class="coverage-view">
                <p class="intro">{intro}" "{back_to_provinces()}</p>
                <div class="table-wrap scroll-x coverage-scroll">
                    <table class="coverage">
                        <thead><tr>{first_column}{head}<th scope="col" class="num">{t.col_initiatives}</th></tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
                // Hundreds of districts make no readable bar chart; the matrix scrolls instead.
                {(ctx.data.districts.len() <= crate::query::MAX_BARS).then(|| view! { <OverviewChart /> })}
            </div>
        }
    }
}

/// A row per unit: a cell opens its figures of that group in the table, the
/// last its initiatives.
fn unit_rows(rows: Vec<(&'static District, Vec<usize>)>) -> impl IntoView {
    let ctx = Ctx::get();
    let t = ctx.t();
    let locale = ctx.locale();
    let groups = &ctx.data.groups;
    rows.into_iter()
        .map(|(district, mut counts)| {
            let initiatives = counts.pop().unwrap_or(0);
            let cells = counts
                .into_iter()
                .zip(groups.iter())
                .map(|(n, group)| {
                    let label = crate::i18n::fill_counted(t.coverage_cell, &[&district.name, group.label.get(locale)], n, locale);
                    let (district_id, group_id) = (district.id.clone(), group.id.clone());
                    let open = move |_| {
                        ctx.set(|s| {
                            s.view = View::Table;
                            s.districts = vec![district_id.clone()];
                            s.group = Some(group_id.clone());
                            s.metric = None;
                            s.sort = None;
                        })
                    };
                    if n == 0 {
                        view! { <td class="num cell-empty" aria-label=label>"·"</td> }.into_any()
                    } else {
                        view! {
                            <td class="num">
                                <button type="button" class="cell" data-group=group.id.clone() aria-label=label on:click=open>{n}</button>
                            </td>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            let district_id = district.id.clone();
            let open_initiatives = move |_| {
                ctx.set(|s| {
                    s.view = View::Initiatives;
                    s.districts = vec![district_id.clone()];
                })
            };
            view! {
                <tr data-district=district.id.clone()>
                    <th scope="row">{district.name.clone()}</th>
                    {cells}
                    <td class="num"><button type="button" class="cell" on:click=open_initiatives>{initiatives}</button></td>
                </tr>
            }
        })
        .collect_view()
}
