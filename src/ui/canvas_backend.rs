//! plotters-canvas, with text measured on the canvas itself.
//!
//! plotters measures text in the browser by adding a `<span>` with a `style`
//! attribute to the page and reading its size. A strict Content-Security-Policy
//! (`style-src 'self'`) blocks that attribute, so every measurement came back
//! wrong, and each one forced a page layout. This backend draws exactly as
//! `CanvasBackend` does and answers `estimate_text_size` with the canvas's
//! `measureText`, in the same font the text is drawn in.

use plotters::prelude::*;
use plotters_backend::{BackendCoord, BackendTextStyle, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

pub struct MeasuredCanvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
}

impl MeasuredCanvas {
    pub fn new(canvas: HtmlCanvasElement) -> Option<Self> {
        let context = canvas
            .get_context("2d")
            .ok()??
            .dyn_into::<CanvasRenderingContext2d>()
            .ok()?;
        Some(MeasuredCanvas {
            inner: CanvasBackend::with_canvas_object(canvas)?,
            context,
        })
    }
}

type Result<E> = std::result::Result<(), DrawingErrorKind<E>>;
type Error = <CanvasBackend as DrawingBackend>::ErrorType;

impl DrawingBackend for MeasuredCanvas {
    type ErrorType = Error;

    crate::chart::forward::forward_drawing!(inner);

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<Error> {
        self.inner.draw_text(text, style, pos)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> std::result::Result<(u32, u32), DrawingErrorKind<Error>> {
        // The font string plotters-canvas draws with.
        self.context.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        ));
        let width = self
            .context
            .measure_text(text)
            .map_or(style.size() * 0.6 * text.chars().count() as f64, |m| {
                m.width()
            });
        Ok((width.ceil() as u32, style.size().ceil() as u32))
    }
}
