//! The chosen metric's definition and comparability note, shown beside its chart.

use leptos::prelude::*;

use super::context::Ctx;
use crate::query;

#[component]
pub fn MetricInfo() -> impl IntoView {
    let ctx = Ctx::get();
    let metric = Memo::new(move |_| {
        ctx.state
            .with(|s| query::chosen_metric(ctx.data, s).map(|m| m.id.clone()))
    });
    move || {
        let metric = ctx.data.metric(&metric.get()?)?;
        let locale = ctx.locale();
        let t = ctx.t();
        Some(view! {
            <aside class="metric-info">
                <h3>{metric.label.get(locale).to_string()}</h3>
                <p><span class="label">{t.definition}": "</span>{metric.definition.get(locale).to_string()}</p>
                {metric.comparability.as_ref().map(|note| view! {
                    <p class="comparability"><span class="label">{t.comparability}": "</span>{note.get(locale).to_string()}</p>
                })}
            </aside>
        })
    }
}
