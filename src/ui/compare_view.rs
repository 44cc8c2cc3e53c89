//! So sánh / Compare: one metric, one period, a bar per reporting district.

use leptos::prelude::*;

use super::chart_canvas::ChartCanvas;
use super::chart_frame::{ChartFrame, Frame, Parts};
use super::context::{Ctx, baking};
use crate::chart::compare;
use crate::chart::export::AnyChart;
use crate::query;

#[component]
pub fn CompareView() -> impl IntoView {
    let ctx = Ctx::get();
    let model = Memo::new(move |_| {
        let state = ctx.state.get();
        let c = query::compare(ctx.data, &state)?;
        let chart = compare::spec(&c, ctx.data, state.lang);
        let t = ctx.t();
        let frame = Frame {
            title: chart.title.clone(),
            headline: chart.headline.clone(),
            not_reported: c.not_reported.iter().map(|d| d.name.clone()).collect(),
            only: c.only_reporter().map(String::from),
            head: [t.col_district, t.col_value, t.col_period],
            rows: chart
                .bars
                .iter()
                .map(|b| {
                    [
                        b.district.clone(),
                        b.value_label.clone(),
                        b.period_label.clone(),
                    ]
                })
                .collect(),
            numeric: [false, true, false],
        };
        Some((chart, frame))
    });
    let parts = Parts::of(model, compare::CompareChart::label);
    let chart = parts.chart;
    // Past the bar cap, a search adds districts to the chart by name.
    let capped = Memo::new(move |_| {
        model.with(|m| {
            m.as_ref()
                .is_some_and(|(c, _)| c.bars.len() >= crate::query::EDGE_BARS * 2)
        }) || ctx.state.with(|s| !s.search.is_empty())
    });
    let on_search = move |ev| {
        let text = event_target_value(&ev);
        ctx.set(|s| s.search = text);
    };
    view! {
        <Show when=move || capped.get()>
            <label class="field">
                <span>{move || ctx.t().find_district}</span>
                <input type="search" id="district-search" prop:value=move || ctx.state.with(|s| s.search.clone()) on:input=on_search />
            </label>
        </Show>
        <ChartFrame frame=parts.frame chart=Signal::derive(move || chart.get().map(AnyChart::Compare)) name=parts.name>
            {match baking() {
                Some(baked) => chart.with_untracked(|c| c.as_ref().map(baked.chart)).into_any(),
                None => view! {
                    <ChartCanvas
                        height=move |_| chart.with(|c| c.as_ref().map_or(160.0, |c| c.height()))
                        draw=move |area, scale| chart.with(|c| c.as_ref().and_then(|c| compare::draw(c, area, scale).ok()))
                        label=parts.label
                    />
                }
                .into_any(),
            }}
        </ChartFrame>
    }
}
