//! What every component reads: the dataset and the reader's state, passed
//! down by context rather than threaded through every component.

use leptos::prelude::*;

use crate::data::{Dataset, Level};
use crate::format::Locale;
use crate::i18n::{Strings, strings_at};
use crate::state::State;
use crate::url::Notice;

#[derive(Clone, Copy)]
pub struct Ctx {
    pub data: &'static Dataset,
    /// The only mutable thing in the app; mirrored in the URL by `url_sync`.
    pub state: RwSignal<State>,
    /// What the URL asked for and could not get.
    pub notices: RwSignal<Vec<Notice>>,
    /// The language alone, so the many strings on the page re-render when it
    /// changes and not on every other change of state.
    pub lang: Memo<Locale>,
    /// The level of the units shown ("xã", "huyện"), which names them in
    /// the interface's strings.
    pub level: Memo<Level>,
}

impl Ctx {
    pub fn get() -> Ctx {
        expect_context()
    }

    pub fn locale(&self) -> Locale {
        self.lang.get()
    }

    /// The interface strings in the reader's language (reactive).
    pub fn t(&self) -> &'static Strings {
        strings_at(self.locale(), self.level.get())
    }

    pub fn set(&self, change: impl FnOnce(&mut State)) {
        self.state.update(change);
    }
}
