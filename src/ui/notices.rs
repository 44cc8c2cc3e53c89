//! What the URL asked for and could not get, said plainly above the view.

use leptos::prelude::*;

use super::context::Ctx;
use crate::i18n;

#[component]
pub fn Notices() -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let notices = ctx.notices.get();
        (!notices.is_empty()).then(|| {
            let locale = ctx.locale();
            let t = ctx.t();
            let items = notices.iter().map(|n| view! { <li>{i18n::notice(n, locale, ctx.level.get())}</li> }).collect_view();
            view! {
                <div class="notices" role="status">
                    <p>{t.notices_title}</p>
                    <ul>{items}</ul>
                    <button type="button" class="link-button" on:click=move |_| ctx.notices.set(Vec::new())>{t.dismiss}</button>
                </div>
            }
        })
    }
}
