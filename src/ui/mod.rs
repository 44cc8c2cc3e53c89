//! The browser shell: Leptos components that wire the core to the page.
//! Nothing here filters, computes or formats data itself: it calls `query`,
//! `chart`, `format` and `i18n`, and writes the reader's choices to the state.

mod app;
mod canvas_backend;
mod chart_canvas;
mod chart_frame;
mod compare_view;
mod context;
mod controls;
mod coverage_view;
mod data_panel;
mod download;
mod download_bar;
mod embed_height;
mod fatal;
mod figure_card;
mod initiatives_view;
mod level_choice;
mod loader;
mod metric_info;
mod more_rows;
mod not_reported;
mod notices;
mod overview_chart;
mod place_finder;
mod province_rows;
mod reader;
mod root;
mod share;
mod sources_view;
mod table_view;
mod tabs;
mod trend_view;
mod url_sync;

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
    root.set_text_content(None);
    leptos::mount::mount_to(root, root::Root).forget();
}
