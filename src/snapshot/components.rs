//! The app's own components rendered to HTML: the static page is what the
//! app draws for the default state, written by the same code, so the two
//! cannot drift apart.

use leptos::prelude::*;

use crate::data::Dataset;
use crate::format::Locale;
use crate::state::State;
use crate::ui::context::{Baked, Ctx};

/// `component`'s HTML for the default state in `lang`, in the static page's
/// context `baked` (images for charts, controls disabled until `boot.js` runs).
pub fn html<V: IntoView + 'static>(
    data: &'static Dataset,
    baked: Baked,
    lang: Locale,
    component: impl FnOnce() -> V,
) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let state = State {
            lang,
            ..State::default()
        };
        provide_context(Ctx::new(data, state, Vec::new()));
        provide_context(baked);
        component().into_view().to_html()
    })
}
