//! The districts that did not report what a chart shows: listed, never drawn as zero.

use leptos::prelude::*;

use super::context::Ctx;

#[component]
pub fn NotReported(#[prop(into)] names: Signal<Vec<String>>) -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let names = names.get();
        (!names.is_empty()).then(|| {
            view! {
                <p class="not-reported">
                    <span class="label">{format!("{}: ", ctx.t().not_reported)}</span>
                    {crate::i18n::names_or_count(&names.iter().map(String::as_str).collect::<Vec<_>>(), ctx.locale(), ctx.level.get())}
                </p>
            }
        })
    }
}
