//! plotters' SVG backend made to agree with the canvas, for every SVG the
//! explorer writes (downloads, the static page).
//!
//! plotters' SVG backend writes a font of size s as `font-size="s / 1.24"`
//! and estimates text widths from byte counts (a Vietnamese letter is two or
//! three bytes); the canvas draws at s CSS pixels and measures each glyph.
//! `TrueSizeSvg` writes text at the canvas's size and estimates widths per
//! character, so labels take about the room they take on the page.

use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendTextStyle, DrawingErrorKind, FontFamily, FontStyle,
    FontTransform, text_anchor::Pos,
};

/// The average advance of a sans-serif character, in ems.
const AVERAGE_ADVANCE: f64 = 0.55;

pub struct TrueSizeSvg<'a>(pub SVGBackend<'a>);

/// How wide `text` is at font size `size`, as this backend lays charts out:
/// what a test measures a drawn label's box with.
pub fn text_width(text: &str, size: f64) -> f64 {
    size * AVERAGE_ADVANCE * text.chars().count() as f64
}

/// A text style whose size plotters' SVG backend writes back as the original.
struct Scaled<'s, S>(&'s S);

impl<S: BackendTextStyle> BackendTextStyle for Scaled<'_, S> {
    type FontError = S::FontError;
    fn color(&self) -> BackendColor {
        self.0.color()
    }
    fn size(&self) -> f64 {
        // Written back as size × 1.24 / 1.24: "15" or "15.000000000000002"
        // (no float divides back to exactly 15), which a browser reads as 15.
        self.0.size() * 1.24
    }
    fn transform(&self) -> FontTransform {
        self.0.transform()
    }
    fn style(&self) -> FontStyle {
        self.0.style()
    }
    fn anchor(&self) -> Pos {
        self.0.anchor()
    }
    fn family(&self) -> FontFamily<'_> {
        self.0.family()
    }
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        self.0.layout_box(text)
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        text: &str,
        pos: BackendCoord,
        draw: F,
    ) -> Result<Result<(), E>, Self::FontError> {
        self.0.draw(text, pos, draw)
    }
}

type Error<'a> = DrawingErrorKind<<SVGBackend<'a> as DrawingBackend>::ErrorType>;

impl<'a> DrawingBackend for TrueSizeSvg<'a> {
    type ErrorType = <SVGBackend<'a> as DrawingBackend>::ErrorType;

    super::forward::forward_drawing!(0);

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), Error<'a>> {
        self.0.draw_text(text, &Scaled(style), pos)
    }
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), Error<'a>> {
        Ok((
            text_width(text, style.size()).ceil() as u32,
            style.size().ceil() as u32,
        ))
    }
}
