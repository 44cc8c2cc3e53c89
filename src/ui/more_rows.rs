//! "Showing 100 of 42,260. Show 100 more": a long list grows on request,
//! so a phone never lays out tens of thousands of rows at once.

use leptos::prelude::*;

use super::context::Ctx;
use crate::format;
use crate::i18n::fill;
use crate::query::{self, PAGE_ROWS};

/// How many rows a list shows now; starts at [`PAGE_ROWS`].
pub fn page_size() -> RwSignal<usize> {
    RwSignal::new(PAGE_ROWS)
}

/// How many rows of a long list a tap builds before its first frame; the
/// rest wait for [`after_first_frame`]. `matchMedia` reads the viewport's
/// size, not the layout, so it forces no layout in the tap.
pub fn first_frame_rows() -> usize {
    let phone = window()
        .match_media(query::PHONE_LAYOUT)
        .ok()
        .flatten()
        .is_some_and(|q| q.matches());
    if phone {
        query::FIRST_ROWS_PHONE
    } else {
        query::FIRST_ROWS
    }
}

/// False until a task after the next frame. A view built on a tap builds
/// what a screen shows with itself and the rest of a long list then: the
/// tap waits for a screenful, not for a hundred rows (half its time on a
/// slow phone). Once true it stays so: later changes build every row at once.
pub fn after_first_frame() -> RwSignal<bool> {
    let done = RwSignal::new(false);
    request_animation_frame(move || {
        set_timeout(
            move || {
                let _ = done.try_set(true);
            },
            std::time::Duration::ZERO,
        )
    });
    done
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
