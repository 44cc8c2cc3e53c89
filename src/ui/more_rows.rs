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

/// A long list built in two parts: what a screen shows, with the view, and
/// the rest a task after the frame that first shows it. A tap waits for a
/// screenful, not for a hundred rows (half its time on a slow phone). Once
/// that frame is past, a change builds both parts at once.
#[derive(Clone, Copy)]
pub struct FirstFrame {
    rows: usize,
    rest_drawn: RwSignal<bool>,
}

impl FirstFrame {
    /// A screenful of rows: [`query::FIRST_ROWS`], or [`query::FIRST_ROWS_PHONE`]
    /// under [`query::PHONE_LAYOUT`]. `matchMedia` reads the viewport's size,
    /// not the layout, so it forces no layout in the tap.
    pub fn screenful() -> Self {
        let phone = window()
            .match_media(query::PHONE_LAYOUT)
            .ok()
            .flatten()
            .is_some_and(|q| q.matches());
        Self::of(if phone {
            query::FIRST_ROWS_PHONE
        } else {
            query::FIRST_ROWS
        })
    }

    /// The first `rows` items with the view.
    pub fn of(rows: usize) -> Self {
        let rest_drawn = RwSignal::new(false);
        request_animation_frame(move || {
            set_timeout(
                move || {
                    let _ = rest_drawn.try_set(true);
                },
                std::time::Duration::ZERO,
            )
        });
        FirstFrame { rows, rest_drawn }
    }

    /// The items built with the view, of the first `shown`.
    pub fn first<I: Iterator>(self, items: I, shown: usize) -> std::iter::Take<I> {
        items.take(shown.min(self.rows))
    }

    /// The others of the first `shown`: none until the first frame is past
    /// (a caller in a reactive closure is run again then).
    pub fn rest<I: Iterator>(
        self,
        items: I,
        shown: usize,
    ) -> Option<std::iter::Skip<std::iter::Take<I>>> {
        self.rest_drawn
            .get()
            .then(|| items.take(shown).skip(self.rows))
    }
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
