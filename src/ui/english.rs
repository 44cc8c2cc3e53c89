//! English, in a part of its own: the interface's English strings and the
//! shipped dataset's English texts (`data::english`). Most readers read
//! Vietnamese, so the app's first part does not carry them (`later`).
//!
//! Whatever shows or writes English waits for this part first: the app's
//! start on a link in English (or after a tap on "English" on the static
//! page, `start`), the language switch, a step back through history to
//! English, and the downloads of figures (CSV, JSON), which write both
//! languages whatever the page's. Nothing fetches it otherwise, not even at
//! idle: a reader of Vietnamese never pays for it.

use std::future::Future;
use std::pin::Pin;

use leptos::wasm_split::SplitLoaderError;

use super::later::{Part, Unavailable};

thread_local! {
    static ENGLISH: Part = Part::new(&[fetch]);
}

/// The part's fetch, and then its one call, which hands English over.
fn fetch() -> Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>> {
    Box::pin(async {
        fetch_english().await?;
        // The file has arrived, so the call runs at once.
        let _ = english().await;
        Ok(())
    })
}

#[leptos::wasm_split::wasm_split(
    english,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(fetch_english)
)]
fn english() -> Result<(), Unavailable> {
    crate::i18n::provide_english(&crate::i18n::EN);
    crate::data::english::provide(crate::data::english::ENGLISH_BIN);
    Ok(())
}

/// Whether English can be shown now.
pub fn here() -> bool {
    crate::i18n::english_here()
}

/// `state` as the page can show it: in Vietnamese where it asks for English
/// and English is not here (it could not arrive). Whether it had to change.
pub fn fall_back(state: &mut crate::state::State) -> bool {
    let lost = state.lang == crate::format::Locale::En && !here();
    if lost {
        state.lang = crate::format::Locale::Vi;
    }
    lost
}

/// Fetches English unless it is here; whether it now is.
pub async fn ready() -> bool {
    if here() {
        return true;
    }
    let part = ENGLISH.with(Part::clone);
    part.ready().await && here()
}
