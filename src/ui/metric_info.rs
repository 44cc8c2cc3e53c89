//! The chosen metric's definition and comparability note, shown beside its chart.

use leptos::prelude::*;

use super::context::Ctx;
use crate::query;

#[component]
pub fn MetricInfo() -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let state = ctx.state.get();
        let metric = query::chosen_metric(ctx.data, &state)?;
        let locale = state.lang;
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
