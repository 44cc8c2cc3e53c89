//! The browser shell: Leptos components that wire the core to the page.
//! Nothing here filters, computes or formats data itself: it calls `query`,
//! `chart`, `format` and `i18n`, and writes the reader's choices to the state.

pub(crate) mod app;
pub(crate) mod canvas_backend;
pub(crate) mod chart_canvas;
pub(crate) mod chart_frame;
pub(crate) mod compare_view;
pub(crate) mod context;
pub(crate) mod controls;
pub(crate) mod coverage_view;
pub(crate) mod data_panel;
pub(crate) mod download;
pub(crate) mod download_bar;
pub(crate) mod embed_height;
pub(crate) mod english;
pub(crate) mod fatal;
pub(crate) mod figure_card;
pub(crate) mod initiatives_view;
pub(crate) mod later;
pub(crate) mod level_choice;
pub(crate) mod loader;
pub(crate) mod map_view;
pub(crate) mod metric_info;
pub(crate) mod more_rows;
pub(crate) mod not_reported;
pub(crate) mod notices;
pub(crate) mod overview_chart;
pub(crate) mod place_finder;
pub(crate) mod province_rows;
pub(crate) mod root;
pub(crate) mod share;
pub(crate) mod sources_view;
pub(crate) mod table_view;
pub(crate) mod tabs;
pub(crate) mod trend_view;
pub(crate) mod url_sync;

use wasm_bindgen::JsCast;

use crate::page_names as names;

/// Installs the panic hook, then mounts the app into `<main id="app">`.
pub fn start() {
    fatal::install_panic_hook();
    // Built with LAMTHEOBAC_REWRITES=off (build.rs): said on the page, for a
    // bug report and the tests.
    #[cfg(plain_build)]
    if let Some(html) = leptos::prelude::document().document_element() {
        let _ = html.set_attribute("data-build", "plain");
    }
    let Some(root) = leptos::prelude::document()
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        fatal::show("The page has no <main id=\"app\"> to draw into.");
        return;
    };
    let mount = move || {
        root.set_text_content(None);
        leptos::mount::mount_to(root, root::Root).forget();
    };
    // A link in English, or a reader who tapped "English" on the static page
    // (boot.js marks <html>): English first, so the app takes over in it.
    let Some(html) = leptos::prelude::document()
        .document_element()
        .filter(|html| {
            let classes = html.class_list();
            classes.contains(names::LANG_EN) || classes.contains(names::WANTS_ENGLISH)
        })
    else {
        return mount();
    };
    // boot.js hands the reader's choices over once the app has mounted: it
    // waits while <html> says so, for the event that ends the wait.
    let _ = html.class_list().add_1(names::APP_WAITS);
    // Not Leptos's spawner: it is set up by the mount.
    wasm_bindgen_futures::spawn_local(async move {
        // If it cannot arrive, the app starts in Vietnamese.
        english::ready().await;
        when_free(move || {
            mount();
            let _ = html.class_list().remove_1(names::APP_WAITS);
            if let Ok(mounted) = web_sys::Event::new(names::MOUNTED) {
                let _ = leptos::prelude::document().dispatch_event(&mounted);
            }
        });
    });
}

/// Runs `mount` once boot.js says nothing of the static page is in the
/// reader's hands (a press begun there would end on the app's page, and no
/// click would follow), or at once without boot.js.
fn when_free(mount: impl FnOnce() + 'static) {
    let gate = js_sys::Reflect::get(
        &leptos::prelude::window(),
        &crate::page_names::WHEN_FREE.into(),
    )
    .ok()
    .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match gate {
        Some(gate) => {
            let then = wasm_bindgen::closure::Closure::once_into_js(mount);
            if gate.call1(&wasm_bindgen::JsValue::NULL, &then).is_err() {
                fatal::show("The page's script could not hand the page over.");
            }
        }
        None => mount(),
    }
}
