//! The overview chart: figures and named initiatives per district, the one
//! comparison every district has data for.

use leptos::prelude::*;

use super::chart_canvas::ChartCanvas;
use super::context::Ctx;
use crate::chart::{bars, overview};
use crate::format;

#[component]
pub fn OverviewChart() -> impl IntoView {
    let ctx = Ctx::get();
    let spec = Memo::new(move |_| overview::spec(ctx.data, ctx.locale()));
    let label = Signal::derive(move || {
        let s = spec.get();
        let parts: Vec<String> = s
            .categories
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let values: Vec<String> = s
                    .series
                    .iter()
                    .map(|x| {
                        format!(
                            "{} {}",
                            x.name,
                            format::number(x.values.get(i).copied().unwrap_or(0.0), s.locale, 0)
                        )
                    })
                    .collect();
                format!("{name}: {}", values.join(", "))
            })
            .collect();
        parts.join("; ")
    });
    view! {
        <ChartCanvas
            height=|width| (width * 0.5).clamp(240.0, 380.0)
            draw=move |area, scale| spec.with(|s| bars::draw(s, area, scale).ok().map(|()| Vec::new()))
            label=label
        />
    }
}
