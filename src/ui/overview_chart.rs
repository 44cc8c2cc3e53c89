//! The canvas host for the overview chart: sizes the canvas to its box at the
//! screen's pixel density and redraws when the window changes size.

use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

use crate::chart::{bars, overview};
use crate::data::Dataset;
use crate::format::Locale;

#[component]
pub fn OverviewChart(dataset: &'static Dataset, locale: Locale) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    let spec = overview::spec(dataset, locale);
    let (resized, set_resized) = signal(0u32);
    let handle =
        window_event_listener(leptos::ev::resize, move |_| set_resized.update(|n| *n += 1));
    on_cleanup(move || handle.remove());
    Effect::new(move |_| {
        resized.track();
        if let Some(el) = canvas.get() {
            draw(&el, &spec);
        }
    });
    view! {
        <figure class="chart">
            <canvas node_ref=canvas class="chart-canvas" role="img"
                aria-label="Biểu đồ cột: số số liệu và số mô hình được nêu tên theo từng huyện"></canvas>
        </figure>
    }
}

fn draw(el: &web_sys::HtmlCanvasElement, spec: &bars::BarChart) {
    let scale = web_sys::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .clamp(1.0, 3.0);
    let css_width = f64::from(el.client_width().max(280));
    let css_height = (css_width * 0.5).clamp(240.0, 380.0);
    el.set_width((css_width * scale).round() as u32);
    el.set_height((css_height * scale).round() as u32);
    let Some(backend) = CanvasBackend::with_canvas_object(el.clone()) else {
        return;
    };
    let root = backend.into_drawing_area();
    match bars::draw(spec, &root, scale) {
        Ok(()) => {
            let _ = el.set_attribute("data-drawn", "true");
        }
        Err(e) => super::fatal::show(&format!(
            "Không vẽ được biểu đồ / The chart could not be drawn: {e}"
        )),
    }
}
