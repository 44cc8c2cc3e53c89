//! "Showing 100 of 42,260. Show 100 more": a long list grows on request,
//! so a phone never lays out tens of thousands of rows at once.

use leptos::prelude::*;

use super::context::Ctx;
use crate::format;
use crate::i18n::fill;
use crate::query::PAGE_ROWS;

/// How many rows a list shows now; starts at [`PAGE_ROWS`].
pub fn page_size() -> RwSignal<usize> {
    RwSignal::new(PAGE_ROWS)
}

/// The count line and the button, when `total` is more than `shown`.
#[component]
pub fn MoreRows(shown: RwSignal<usize>, #[prop(into)] total: Signal<usize>) -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let (now, total) = (shown.get(), total.get());
        (total > now).then(|| {
            let t = ctx.t();
            let locale = ctx.locale();
            let next = PAGE_ROWS.min(total - now);
            view! {
                <p class="more-rows">
                    {fill(t.shown_of, &[&format::count(now, locale), &format::count(total, locale)])}" "
                    <button type="button" class="button" on:click=move |_| shown.update(|n| *n += PAGE_ROWS)>
                        {fill(t.show_more, &[&format::count(next, locale)])}
                    </button>
                </p>
            }
        })
    }
}
