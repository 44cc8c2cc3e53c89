//! Xu hướng / Trend: one metric over time, one series per district.

use leptos::prelude::*;

use super::chart_canvas::ChartCanvas;
use super::context::Ctx;
use super::metric_info::MetricInfo;
use super::not_reported::NotReported;
use crate::chart::trend;
use crate::i18n::fill;
use crate::query;

#[component]
pub fn TrendView() -> impl IntoView {
    let ctx = Ctx::get();
    let model = Memo::new(move |_| {
        let state = ctx.state.get();
        let t = query::trend(ctx.data, &state)?;
        let only = (t.reported_anywhere == 1)
            .then(|| t.series.first().map(|(d, _)| d.name.clone()))
            .flatten();
        let missing: Vec<String> = t.not_reported.iter().map(|d| d.name.clone()).collect();
        Some((trend::spec(&t, ctx.data, state.lang), missing, only))
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
                    height=move |width| (width * 0.55).clamp(260.0, 420.0)
                    draw=move |area, scale| chart.with(|c| c.as_ref().and_then(|c| trend::draw(c, area, scale).ok()))
                    label=label
                />
                <p class="chart-note">{move || ctx.t().trend_ranges_note}</p>
                <p class="chart-summary">{move || chart.get().map(|c| c.headline)}</p>
                <NotReported names=Signal::derive(move || model.get().map(|(_, m, _)| m).unwrap_or_default()) />
                {move || chart.get().map(|c| {
                    let t = ctx.t();
                    let rows = c.series.into_iter().flat_map(|s| {
                        let district = s.district.clone();
                        s.marks.into_iter().map(move |m| view! {
                            <tr><th scope="row">{district.clone()}</th><td>{m.period_label}</td><td class="num">{m.value_label}</td></tr>
                        })
                    }).collect_view();
                    view! {
                        <details class="data-table">
                            <summary>{t.chart_data_table}</summary>
                            <table>
                                <thead><tr><th scope="col">{t.col_district}</th><th scope="col">{t.col_period}</th><th scope="col" class="num">{t.col_value}</th></tr></thead>
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
