//! The link-preview image: chat apps and social sites show a PNG, never an
//! SVG, at 1200 × 630. It is the default chart with its title above and its
//! attribution beneath, drawn by `chart::export` as the downloads are, then
//! rasterised with DejaVu Sans (every Vietnamese letter, embedded in the build).

use crate::chart::compare;
use crate::chart::export::{AnyChart, draw_with_attribution};
use crate::data::Dataset;
use crate::i18n::attribution;
use crate::query;
use crate::state::State;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// Device pixels per CSS pixel: the chart is laid out at 800 × 420 CSS px,
/// so its text stays readable in a phone's small preview card.
const SCALE: f64 = 1.5;

/// The PNG's bytes.
pub fn png(data: &Dataset) -> Result<Vec<u8>, String> {
    let state = State::default();
    let c = query::compare(data, &state).ok_or("the default view has no chart")?;
    let chart = AnyChart::Compare(compare::spec(&c, data, state.lang));
    let reports = query::shown_reports(data, &state);
    let lines = attribution(data, &reports, state.lang);
    let svg = super::svg::draw(
        WIDTH,
        HEIGHT,
        &format!("width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" xmlns=\"http://www.w3.org/2000/svg\""),
        |root| draw_with_attribution(&chart, root, SCALE, &lines).is_ok(),
    )
    .ok_or("the preview chart could not be drawn")?;
    rasterise(&svg)
}

fn rasterise(svg: &str) -> Result<Vec<u8>, String> {
    let mut options = resvg::usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_font_data(dejavu::sans::regular().to_vec());
    fonts.set_sans_serif_family("DejaVu Sans");
    let tree = resvg::usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no room for the preview image")?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}
