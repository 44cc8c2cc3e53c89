//! The page's root: holds which dataset is on screen (the shipped one, or
//! one the reader loaded) and builds the app anew whenever it changes. A
//! `data=` link shows a loading line until its dataset is read (or has
//! failed): never the shipped data's views, and never a state read against
//! data that lacks the link's own levels, units and metrics.

use leptos::prelude::*;

use super::app::App;
use super::loader::Loader;
use crate::data;

#[component]
pub fn Root() -> impl IntoView {
    let shipped = match data::shipped() {
        Ok(d) => d,
        Err(error) => {
            return view! {
                <div class="load-error" role="alert">
                    <h1>"Không đọc được dữ liệu / The dataset could not be read"</h1>
                    <pre>{error.to_string()}</pre>
                </div>
            }
            .into_any();
        }
    };
    let loader = Loader {
        shipped,
        current: RwSignal::new(shipped),
        source: RwSignal::new(None),
        failure: RwSignal::new(None),
        names: RwSignal::new(None),
    };
    provide_context(loader);
    let (first, _) = crate::url::decode(&super::url_sync::current_query(), shipped);
    let arriving = RwSignal::new(first.data.is_some());
    if let Some(url) = first.data.clone() {
        super::loader::part::fetch(loader, url);
        Effect::new(move |_| {
            if loader.source.with(Option::is_some) || loader.failure.with(Option::is_some) {
                arriving.set(false);
            }
        });
    }
    let loading = crate::i18n::fill(
        crate::i18n::strings(first.lang).loading_data,
        &[first.data.as_deref().unwrap_or_default()],
    );
    (move || {
        if arriving.get() {
            return view! {
                <p class="loading-line" role="status" aria-busy="true">{loading.clone()}</p>
                <div class="loading-space"></div>
            }
            .into_any();
        }
        let dataset = loader.current.get();
        view! { <App dataset=dataset /> }.into_any()
    })
    .into_any()
}
