//! The browser shell: Leptos components that wire the core to the page.
//! Nothing here filters, computes or formats data itself.

mod app;
mod fatal;
mod overview_chart;
mod summary_table;

use wasm_bindgen::JsCast;

/// Installs the panic hook, then mounts the app into `<main id="app">`.
pub fn start() {
    fatal::install_panic_hook();
    let Some(root) = leptos::prelude::document()
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        fatal::show("The page has no <main id=\"app\"> to draw into.");
        return;
    };
    leptos::mount::mount_to(root, app::App).forget();
}
