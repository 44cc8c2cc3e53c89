//! So sánh / Compare: one metric, one period, a bar per reporting district.

use leptos::prelude::*;

use super::chart_canvas::ChartCanvas;
use super::context::Ctx;
use super::metric_info::MetricInfo;
use super::not_reported::NotReported;
use crate::chart::compare;
use crate::i18n::fill;
use crate::query;

#[component]
pub fn CompareView() -> impl IntoView {
    let ctx = Ctx::get();
    let model = Memo::new(move |_| {
        let state = ctx.state.get();
        let c = query::compare(ctx.data, &state)?;
        let only = (c.reported_anywhere == 1)
            .then(|| c.rows.first().map(|(d, _)| d.name.clone()))
            .flatten();
        let missing: Vec<String> = c.not_reported.iter().map(|d| d.name.clone()).collect();
        Some((compare::spec(&c, ctx.data, state.lang), missing, only))
    });
    let chart = Memo::new(move |_| model.get().map(|(chart, _, _)| chart));
    let label = Signal::derive(move || {
        chart
            .get()
            .map(|c| format!("{}. {}", c.title, c.summary))
            .unwrap_or_default()
    });
    view! {
        <div class="chart-layout">
            <div class="chart-main">
                {move || chart.get().map(|c| view! { <h2 class="chart-title">{c.title}</h2> })}
                {move || model.get().and_then(|(_, _, only)| only).map(|name| view! {
                    <p class="only-one">{fill(ctx.t().only_one_reports, &[&name])}</p>
                })}
                <ChartCanvas
                    height=move |_| chart.with(|c| c.as_ref().map_or(160.0, |c| c.height()))
                    draw=move |area, scale| chart.with(|c| c.as_ref().and_then(|c| compare::draw(c, area, scale).ok()))
                    label=label
                />
                <p class="chart-summary">{move || chart.get().map(|c| c.headline)}</p>
                <NotReported names=Signal::derive(move || model.get().map(|(_, m, _)| m).unwrap_or_default()) />
                {move || chart.get().map(|c| {
                    let t = ctx.t();
                    let rows = c.bars.into_iter().map(|b| view! {
                        <tr><th scope="row">{b.district}</th><td class="num">{b.value_label}</td><td>{b.period_label}</td></tr>
                    }).collect_view();
                    view! {
                        <details class="data-table">
                            <summary>{t.chart_data_table}</summary>
                            <table>
                                <thead><tr><th scope="col">{t.col_district}</th><th scope="col" class="num">{t.col_value}</th><th scope="col">{t.col_period}</th></tr></thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </details>
                    }
                })}
            </div>
            <MetricInfo />
        </div>
    }
}
