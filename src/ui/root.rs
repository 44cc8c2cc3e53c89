//! The page's root: holds which dataset is on screen (the shipped one, or
//! one the reader loaded) and builds the app anew whenever it changes.

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
    };
    provide_context(loader);
    (move || {
        let dataset = loader.current.get();
        view! { <App dataset=dataset /> }
    })
    .into_any()
}
