//! The chart as SVG for the static page, drawn by the same
//! `chart::compare::draw` as the canvas through `chart::svg::TrueSizeSvg`.

use plotters::prelude::*;

use crate::chart::svg::TrueSizeSvg;

/// Draws with `draw` into an SVG of `width` × `height` and returns the
/// markup, its root element given `root_attributes` instead of plotters' own.
pub fn draw<F>(width: u32, height: u32, root_attributes: &str, draw: F) -> Option<String>
where
    F: FnOnce(&DrawingArea<TrueSizeSvg<'_>, plotters::coord::Shift>) -> bool,
{
    let mut out = String::new();
    {
        let root =
            TrueSizeSvg(SVGBackend::with_string(&mut out, (width, height))).into_drawing_area();
        if !draw(&root) || root.present().is_err() {
            return None;
        }
    }
    let body = &out[out.find('>')? + 1..];
    Some(format!("<svg {root_attributes}>{}", body.trim()))
}

/// `svg` as a `data:` URL: only what a URL cannot hold is escaped (`%`, `#`,
/// angle brackets, line breaks), so it stays about as small as the SVG.
pub fn data_url(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len() + svg.len() / 8 + 32);
    out.push_str("data:image/svg+xml,");
    for c in svg.chars() {
        match c {
            '%' => out.push_str("%25"),
            '#' => out.push_str("%23"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\n' => out.push_str("%0A"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}
