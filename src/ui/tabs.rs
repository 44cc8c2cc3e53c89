//! The views as tabs. Each tab is a link to its own URL, so a view can be
//! opened in a new tab or shared; a plain click switches in place.

use leptos::prelude::*;

use super::context::Ctx;
use crate::i18n::view_name;
use crate::state::View;
use crate::url;

#[component]
pub fn Tabs() -> impl IntoView {
    let ctx = Ctx::get();
    let tabs = View::ALL
        .into_iter()
        .map(|v| {
            let href = move || {
                let mut s = ctx.state.get();
                s.view = v;
                let q = url::encode(&s, ctx.data);
                if q.is_empty() {
                    "./".to_string()
                } else {
                    format!("?{q}")
                }
            };
            let on_click = move |ev: leptos::ev::MouseEvent| {
                if !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0) {
                    ev.prevent_default();
                    ctx.set(|s| s.view = v);
                }
            };
            let current = move || ctx.state.with(|s| s.view == v);
            view! {
                <a class="tab" href=href data-view=v.code() on:click=on_click
                    aria-current=move || current().then_some("page") class:active=current>
                    {move || view_name(v, ctx.locale())}
                </a>
            }
        })
        .collect_view();
    view! { <nav class="tabs" aria-label=move || ctx.t().views_label>{tabs}</nav> }
}
