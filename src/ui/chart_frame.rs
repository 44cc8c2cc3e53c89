//! What every single-metric chart view shows around its canvas: the title,
//! a plain word when only one district reports, the text summary, who did not
//! report, a data table, and the metric's definition beside it all.

use leptos::prelude::*;

use super::context::{Ctx, baking};
use super::download_bar::DownloadBar;
use super::metric_info::MetricInfo;
use super::not_reported::NotReported;
use crate::chart::export::AnyChart;
use crate::i18n::fill;

/// The parts of a chart view that are not the chart itself.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Frame {
    pub title: String,
    pub headline: String,
    pub not_reported: Vec<String>,
    /// The one district that reports the metric, when only one does anywhere.
    pub only: Option<String>,
    /// Column headings and rows of the chart's data table.
    pub head: [&'static str; 3],
    pub rows: Vec<[String; 3]>,
    /// Which data-table columns hold numbers.
    pub numeric: [bool; 3],
}

/// What a chart view passes around from its model: the chart and its frame
/// as memos, so that each of the frame's many readers borrows one copy
/// instead of cloning the whole model (at national scale, hundreds of
/// names); the downloads' file name; the chart's accessible name.
pub struct Parts<C: Send + Sync + 'static> {
    pub chart: Memo<Option<C>>,
    pub frame: Memo<Option<Frame>>,
    pub name: Signal<String>,
    pub label: Signal<String>,
}

impl<C: Clone + PartialEq + Send + Sync + 'static> Parts<C> {
    /// `model`, the view's chart and frame, and `label`, the chart's one sentence.
    pub fn of(model: Memo<Option<(C, Frame)>>, label: fn(&C) -> String) -> Self {
        let ctx = Ctx::get();
        let chart = Memo::new(move |_| model.with(|m| m.as_ref().map(|(chart, _)| chart.clone())));
        Parts {
            chart,
            frame: Memo::new(move |_| model.with(|m| m.as_ref().map(|(_, frame)| frame.clone()))),
            name: Signal::derive(move || {
                ctx.state
                    .with(|s| format!("{}-{}", s.view.code(), s.metric.clone().unwrap_or_default()))
            }),
            label: Signal::derive(move || {
                chart.with(|c| c.as_ref().map(label).unwrap_or_default())
            }),
        }
    }
}

#[component]
pub fn ChartFrame(
    #[prop(into)] frame: Signal<Option<Frame>>,
    /// The chart, for its downloads.
    #[prop(into)]
    chart: Signal<Option<AnyChart>>,
    /// The downloaded files' name, without extension.
    #[prop(into)]
    name: Signal<String>,
    children: Children,
) -> impl IntoView {
    let ctx = Ctx::get();
    let part =
        move |f: fn(&Frame) -> Option<String>| move || frame.with(|x| x.as_ref().and_then(f));
    view! {
        <div class="chart-layout">
            <div class="chart-main">
                <h2 class="chart-title">{part(|f| Some(f.title.clone()))}</h2>
                {move || part(|f| f.only.clone())().map(|name| view! { <p class="only-one">{fill(ctx.t().only_one_reports, &[&name])}</p> })}
                {children()}
                <p class="chart-summary">{part(|f| Some(f.headline.clone()))}</p>
                // Under the chart, so that when it shows (the app could not
                // start) the chart the reader is looking at does not move.
                {baking().map(|b| (b.under_summary)())}
                <DownloadBar chart=chart name=name />
                <NotReported names=Signal::derive(move || frame.with(|f| f.as_ref().map(|f| f.not_reported.clone()).unwrap_or_default())) />
                {move || frame.get().map(|f| {
                    let cell = move |i: usize, text: String| if f.numeric[i] { view! { <td class="num">{text}</td> }.into_any() } else { view! { <td>{text}</td> }.into_any() };
                    let rows = f.rows.into_iter().map(|[a, b, c]| view! { <tr><th scope="row">{a}</th>{cell(1, b)}{cell(2, c)}</tr> }).collect_view();
                    view! {
                        <details class="data-table">
                            <summary>{ctx.t().chart_data_table}</summary>
                            <table>
                                <thead><tr>{f.head.into_iter().enumerate().map(|(i, h)| view! { <th scope="col" class:num=f.numeric[i]>{h}</th> }).collect_view()}</tr></thead>
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
