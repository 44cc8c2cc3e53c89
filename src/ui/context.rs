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
    /// The app's context for `state`, and the static page's for the default.
    pub fn new(data: &'static Dataset, state: State, notices: Vec<Notice>) -> Ctx {
        let state = RwSignal::new(state);
        Ctx {
            data,
            state,
            notices: RwSignal::new(notices),
            lang: Memo::new(move |_| state.with(|s| s.lang)),
            level: Memo::new(move |_| state.with(|s| crate::query::level_in_view(data, s))),
        }
    }

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

/// Present while the bake renders the static page (`snapshot::components`):
/// components then write their controls `disabled` (`boot.js` enables them),
/// the choices as attributes (a `prop:` renders as nothing in HTML), and take
/// what only the static page shows from here. The app never provides it.
#[derive(Clone, Copy)]
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub struct Baked {
    /// Whether elements get their ids: the loading frame's copies of the
    /// masthead have none, or the page would hold each id twice.
    pub ids: bool,
    /// The compare chart as images, in place of the canvas.
    pub chart: fn(&crate::chart::compare::CompareChart) -> AnyView,
    /// Under the chart's summary: the words and figures for a browser that
    /// cannot run the app.
    pub under_summary: fn() -> AnyView,
}

/// The static page's context while the bake renders it; never in the app.
/// On the page's WebAssembly this is `None` as a constant, so what only the
/// static page draws compiles away and the app does not grow for it.
pub fn baking() -> Option<Baked> {
    #[cfg(target_arch = "wasm32")]
    return None;
    #[cfg(not(target_arch = "wasm32"))]
    use_context::<Baked>()
}

/// Whether this is the static page being baked, not the running app.
pub fn baked() -> bool {
    baking().is_some()
}

/// The value of an attribute only the static page writes (`disabled` until
/// `boot.js` runs, `selected` and `checked` where the app sets properties).
/// In the page's WebAssembly it is `()`, which Leptos renders as nothing, so
/// the app carries no code for it.
#[cfg(target_arch = "wasm32")]
pub type StaticOnly = ();
#[cfg(not(target_arch = "wasm32"))]
pub type StaticOnly = bool;

/// A word only the static page writes as an attribute (see [`StaticOnly`]).
#[cfg(target_arch = "wasm32")]
pub type StaticWord = ();
#[cfg(not(target_arch = "wasm32"))]
pub type StaticWord = Option<&'static str>;

/// `word()` as an attribute of the static page only.
#[cfg(target_arch = "wasm32")]
pub fn static_word(_word: impl FnOnce() -> &'static str) -> StaticWord {}
#[cfg(not(target_arch = "wasm32"))]
pub fn static_word(word: impl FnOnce() -> &'static str) -> StaticWord {
    baked().then(word)
}

/// `yes()` as an attribute of the static page only (see [`StaticOnly`]).
#[cfg(target_arch = "wasm32")]
pub fn static_only(_yes: impl FnOnce() -> bool) -> StaticOnly {}
#[cfg(not(target_arch = "wasm32"))]
pub fn static_only(yes: impl FnOnce() -> bool) -> StaticOnly {
    baked() && yes()
}

/// `disabled` on the static page, where a control needs the app.
pub fn static_disabled() -> StaticOnly {
    static_only(|| true)
}

/// `id`, except in the copies of the static page that must not repeat it.
#[cfg(target_arch = "wasm32")]
pub fn id(id: &'static str) -> &'static str {
    id
}
#[cfg(not(target_arch = "wasm32"))]
pub fn id(id: &'static str) -> Option<&'static str> {
    baking().is_none_or(|b| b.ids).then_some(id)
}
