//! Xu hướng / Trend: one metric over time, one series per district.

use leptos::prelude::*;

use super::chart_canvas::ChartCanvas;
use super::chart_frame::{ChartFrame, Frame, Parts};
use super::context::Ctx;
use crate::chart::export::AnyChart;
use crate::chart::trend;
use crate::query;

#[component]
pub fn TrendView() -> impl IntoView {
    let ctx = Ctx::get();
    let model = Memo::new(move |_| {
        let state = ctx.state.get();
        let t = query::trend(ctx.data, &state)?;
        let chart = trend::spec(&t, ctx.data, state.lang);
        let s = ctx.t();
        let frame = Frame {
            title: chart.title.clone(),
            headline: chart.headline.clone(),
            not_reported: t.not_reported.iter().map(|d| d.name.clone()).collect(),
            only: t.only_reporter().map(String::from),
            head: [s.col_district, s.col_period, s.col_value],
            rows: chart
                .series
                .iter()
                .flat_map(|x| {
                    x.marks.iter().map(|m| {
                        [
                            x.district.clone(),
                            m.period_label.clone(),
                            m.value_label.clone(),
                        ]
                    })
                })
                .collect(),
            numeric: [false, false, true],
        };
        Some((chart, frame))
    });
    let parts = Parts::of(model, trend::TrendChart::label);
    let chart = parts.chart;
    view! {
        <ChartFrame frame=parts.frame chart=Signal::derive(move || chart.get().map(AnyChart::Trend)) name=parts.name>
            <ChartCanvas
                height=move |width| (width * 0.55).clamp(260.0, 420.0)
                draw=move |area, scale| chart.with(|c| c.as_ref().and_then(|c| trend::draw(c, area, scale).ok()))
                label=parts.label
            />
            <p class="chart-note">{move || ctx.t().trend_ranges_note}</p>
        </ChartFrame>
    }
}
