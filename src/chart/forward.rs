//! The drawing calls of a backend that wraps another to change only how it
//! writes or measures text (`svg::TrueSizeSvg`, the page's `MeasuredCanvas`):
//! every call but `draw_text` and `estimate_text_size` goes to the inner
//! backend as it is. plotters' defaults for them would draw pixel by pixel.

/// Inside `impl DrawingBackend for Wrapper`: forwards the drawing calls to
/// `self.$inner` (a field name or tuple index). One line a call: these are
/// plotters' signatures, not code to read.
#[rustfmt::skip]
macro_rules! forward_drawing {
    ($inner:tt) => {
        fn get_size(&self) -> (u32, u32) { self.$inner.get_size() }
        fn ensure_prepared(&mut self) -> $crate::chart::forward::Drawn<Self::ErrorType> { self.$inner.ensure_prepared() }
        fn present(&mut self) -> $crate::chart::forward::Drawn<Self::ErrorType> { self.$inner.present() }
        fn draw_pixel(&mut self, at: $crate::chart::forward::Coord, color: $crate::chart::forward::Color) -> $crate::chart::forward::Drawn<Self::ErrorType> { self.$inner.draw_pixel(at, color) }
        fn draw_line<S: $crate::chart::forward::Style>(&mut self, from: $crate::chart::forward::Coord, to: $crate::chart::forward::Coord, style: &S) -> $crate::chart::forward::Drawn<Self::ErrorType> { self.$inner.draw_line(from, to, style) }
        fn draw_rect<S: $crate::chart::forward::Style>(&mut self, a: $crate::chart::forward::Coord, b: $crate::chart::forward::Coord, style: &S, fill: bool) -> $crate::chart::forward::Drawn<Self::ErrorType> { self.$inner.draw_rect(a, b, style, fill) }
        fn draw_path<S: $crate::chart::forward::Style, I: IntoIterator<Item = $crate::chart::forward::Coord>>(&mut self, path: I, style: &S) -> $crate::chart::forward::Drawn<Self::ErrorType> { self.$inner.draw_path(path, style) }
        fn draw_circle<S: $crate::chart::forward::Style>(&mut self, c: $crate::chart::forward::Coord, r: u32, style: &S, fill: bool) -> $crate::chart::forward::Drawn<Self::ErrorType> { self.$inner.draw_circle(c, r, style, fill) }
        fn fill_polygon<S: $crate::chart::forward::Style, I: IntoIterator<Item = $crate::chart::forward::Coord>>(&mut self, vert: I, style: &S) -> $crate::chart::forward::Drawn<Self::ErrorType> { self.$inner.fill_polygon(vert, style) }
    };
}

/// What a drawing call returns.
pub type Drawn<E> = Result<(), plotters_backend::DrawingErrorKind<E>>;
pub use plotters_backend::{BackendColor as Color, BackendCoord as Coord, BackendStyle as Style};

pub(crate) use forward_drawing;
