//! A canvas that a chart draws on: sized to its box at the screen's pixel
//! density, redrawn when its data or the window changes, with a tooltip for
//! the mark under the pointer, under a tap, or chosen with the arrow keys.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;
use wasm_bindgen::JsCast;

use super::canvas_backend::MeasuredCanvas;
use super::context::Ctx;
use super::figure_card::FigureCard;
use crate::chart::HitBox;

/// What a chart's draw function gets: the area to draw on, the device pixel
/// ratio, and the canvas's width in CSS pixels.
pub type Area = DrawingArea<MeasuredCanvas, Shift>;

/// The page marks `first-chart` when its first chart is on screen; the
/// speed benchmark reads it.
static FIRST_DRAWN: AtomicBool = AtomicBool::new(false);

#[component]
pub fn ChartCanvas<H, D>(
    /// The chart's height in CSS pixels for a given CSS width (reactive).
    height: H,
    /// Draws the chart; returns where its marks went (reactive).
    draw: D,
    /// The accessible name of the chart.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView
where
    H: Fn(f64) -> f64 + Send + Sync + 'static,
    D: Fn(&Area, f64) -> Option<Vec<HitBox>> + Send + Sync + 'static,
{
    let ctx = Ctx::get();
    let canvas = NodeRef::<Canvas>::new();
    let (resized, set_resized) = signal(0u32);
    let hits = RwSignal::new(Vec::<HitBox>::new());
    let active = RwSignal::new(None::<usize>);
    let scale = RwSignal::new(1.0f64);
    let handle =
        window_event_listener(leptos::ev::resize, move |_| set_resized.update(|n| *n += 1));
    on_cleanup(move || handle.remove());

    // The box's width, from a ResizeObserver: reading clientWidth on every
    // redraw would force a layout of the whole page before each drawing.
    let width = RwSignal::new(None::<f64>);
    Effect::new(move |_| {
        let Some(el) = canvas.get() else { return };
        let Some(parent) = el.parent_element() else {
            return;
        };
        width.set(Some(f64::from(el.client_width().max(1))));
        let observe = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
            move |entries: js_sys::Array| {
                let entry = entries
                    .get(0)
                    .unchecked_into::<web_sys::ResizeObserverEntry>();
                let w = entry.content_rect().width().round().max(1.0);
                if width.get_untracked() != Some(w) {
                    width.set(Some(w));
                }
            },
        );
        if let Ok(observer) = web_sys::ResizeObserver::new(observe.as_ref().unchecked_ref()) {
            observer.observe(&parent);
            let owned = send_wrapper::SendWrapper::new((observer, observe));
            on_cleanup(move || owned.take().0.disconnect());
        }
    });

    Effect::new(move |_| {
        resized.track();
        let Some(css_width) = width.get() else { return };
        let Some(el) = canvas.get_untracked() else {
            return;
        };
        let ratio = window().device_pixel_ratio().clamp(1.0, 3.0);
        let css_height = height(css_width).max(crate::chart::MIN_HEIGHT);
        let (w, h) = (
            (css_width * ratio).round() as u32,
            (css_height * ratio).round() as u32,
        );
        // Resizing reallocates the canvas: only when the size really changes.
        if el.width() != w || el.height() != h {
            el.set_width(w);
            el.set_height(h);
        }
        let Some(backend) = MeasuredCanvas::new(el.clone()) else {
            return;
        };
        if let Some(perf) = window().performance() {
            let _ = perf.mark("chart-draw-start");
        }
        let area = backend.into_drawing_area();
        match draw(&area, ratio).filter(|_| area.present().is_ok()) {
            Some(drawn) => {
                scale.set(ratio);
                let _ = el.set_attribute("data-drawn", "true");
                // Where each mark is (CSS px, figure id): lets a test point at a bar as a reader would.
                let marks: Vec<String> = drawn
                    .iter()
                    .map(|b| {
                        format!(
                            "{}@{},{}",
                            b.figure,
                            f64::from(b.left + b.right) / 2.0 / ratio,
                            f64::from(b.top + b.bottom) / 2.0 / ratio
                        )
                    })
                    .collect();
                let _ = el.set_attribute("data-marks", &marks.join(" "));
                hits.set(drawn);
                active.set(None);
                // Read by the benchmark: the first chart on screen, and every redraw's end.
                if let Some(perf) = window().performance() {
                    if !FIRST_DRAWN.swap(true, Ordering::Relaxed) {
                        let _ = perf.mark("first-chart");
                    }
                    let _ = perf.mark("chart-drawn");
                }
            }
            None => super::fatal::show(&format!(
                "{} / The chart could not be drawn.",
                "Không vẽ được biểu đồ"
            )),
        }
    });

    let pick = move |x: f64, y: f64| {
        let s = scale.get_untracked();
        let (x, y) = ((x * s).round() as i32, (y * s).round() as i32);
        active.set(hits.with_untracked(|h| h.iter().position(|b| b.contains(x, y))));
    };
    let step = move |by: isize| {
        let n = hits.with_untracked(Vec::len) as isize;
        if n > 0 {
            let next = active
                .get_untracked()
                .map_or(if by > 0 { 0 } else { n - 1 }, |i| {
                    (i as isize + by).rem_euclid(n)
                });
            active.set(Some(next as usize));
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowRight" | "ArrowDown" => {
            ev.prevent_default();
            step(1);
        }
        "ArrowLeft" | "ArrowUp" => {
            ev.prevent_default();
            step(-1);
        }
        "Escape" => active.set(None),
        _ => {}
    };
    // The tooltip sits just below the mark, kept inside the chart's box.
    let position = move || {
        let (i, s) = (active.get()?, scale.get());
        let b = hits.with(|h| h.get(i).cloned())?;
        let width = canvas
            .get()
            .map_or(320.0, |el| f64::from(el.client_width()));
        let left = (f64::from(b.left) / s).clamp(0.0, (width - 260.0).max(0.0));
        Some((b.figure, b.note, left, f64::from(b.bottom) / s + 6.0))
    };

    view! {
        <div class="chart-box">
            <canvas
                node_ref=canvas
                class="chart-canvas"
                role="img"
                tabindex="0"
                aria-label=move || label.get()
                on:pointermove=move |ev| pick(f64::from(ev.offset_x()), f64::from(ev.offset_y()))
                on:pointerdown=move |ev| pick(f64::from(ev.offset_x()), f64::from(ev.offset_y()))
                on:pointerleave=move |_| active.set(None)
                on:keydown=on_key
                on:focus=move |_| if active.get_untracked().is_none() { step(1) }
                on:blur=move |_| active.set(None)
            ></canvas>
            <div class="tooltip-anchor" role="status" aria-live="polite">
                {move || {
                    position()
                        .and_then(|(id, note, left, top)| {
                            // A figure's card, or what the chart says of a mark that is not one figure.
                            let figure = ctx.data.figures.iter().find(|f| f.id == id);
                            (figure.is_some() || note.is_some()).then(|| view! {
                                <div class="tooltip" style:left=format!("{left}px") style:top=format!("{top}px")>
                                    {figure.map(|figure| view! { <FigureCard figure=figure places=true /> })}
                                    {note}
                                </div>
                            })
                        })
                }}
            </div>
        </div>
    }
}
