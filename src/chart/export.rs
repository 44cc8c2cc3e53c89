//! Charts as files a reader keeps: the same drawing, with the attribution
//! (explorer, source reports, dataset date) drawn underneath.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::bars::{self, BarChart};
use super::compare::CompareChart;
use super::trend::TrendChart;
use super::{HitBox, Pen};

/// Any chart the explorer draws.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyChart {
    Compare(CompareChart),
    Trend(TrendChart),
    Bars(BarChart),
    /// A chart whose code travels in a part of its own (the map): drawn and
    /// saved through its own methods, so the parts that hold Compare and the
    /// downloads carry none of its code.
    Apart(Apart),
}

/// What the page and the downloads ask of a chart drawn apart.
pub trait DrawnApart: Send + Sync {
    fn height(&self, width: f64) -> f64;
    fn title(&self) -> &str;
    fn figures(&self) -> Vec<String>;
    /// What its drawing owes beyond the figures' sources (the map's shapes).
    fn credit(&self) -> &str;
    /// The chart with `attribution` as an SVG document.
    fn svg(&self, attribution: &[String]) -> String;
    /// The chart with `attribution` as a PNG, a `data:` URL.
    fn png(&self, attribution: &[String]) -> Result<String, String>;
}

/// A chart drawn apart, shared: cloning and comparing it costs a pointer.
#[derive(Clone)]
pub struct Apart(pub std::sync::Arc<dyn DrawnApart>);

impl PartialEq for Apart {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Apart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.title())
    }
}

/// Height of one line of the attribution under an exported chart, in CSS pixels.
const FOOTER_LINE: f64 = 17.0;

/// Height of an attribution of `lines` lines, in CSS pixels.
fn footer_height(lines: usize) -> f64 {
    12.0 + FOOTER_LINE * lines as f64
}
/// Height of the title above an exported chart, in CSS pixels.
const HEADER: f64 = 34.0;
/// Width of an exported chart, in CSS pixels.
pub const EXPORT_WIDTH: u32 = 960;

impl AnyChart {
    /// The height the chart wants at `width` CSS pixels.
    pub fn height(&self, width: f64) -> f64 {
        match self {
            AnyChart::Compare(c) => c.height(),
            AnyChart::Trend(_) => (width * 0.55).clamp(260.0, 420.0),
            AnyChart::Bars(_) => (width * 0.5).clamp(240.0, 380.0),
            AnyChart::Apart(m) => m.0.height(width),
        }
    }

    pub fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        scale: f64,
    ) -> Result<Vec<HitBox>, DrawingAreaErrorKind<DB::ErrorType>> {
        match self {
            AnyChart::Compare(c) => super::compare::draw(c, root, scale),
            AnyChart::Trend(t) => super::trend::draw(t, root, scale),
            AnyChart::Bars(b) => bars::draw(b, root, scale).map(|()| Vec::new()),
            // Drawn by its own methods (`DrawnApart::svg`, `png`).
            AnyChart::Apart(_) => Ok(Vec::new()),
        }
    }

    /// What the chart shows, as its title says it.
    pub fn title(&self) -> &str {
        match self {
            AnyChart::Compare(c) => &c.title,
            AnyChart::Trend(t) => &t.title,
            AnyChart::Bars(_) => "",
            AnyChart::Apart(m) => m.0.title(),
        }
    }

    /// The ids of the figures the chart shows, in drawing order.
    pub fn figures(&self) -> Vec<String> {
        match self {
            AnyChart::Compare(c) => c.bars.iter().map(|b| b.figure.clone()).collect(),
            AnyChart::Trend(t) => t
                .series
                .iter()
                .flat_map(|s| s.marks.iter().map(|m| m.figure.clone()))
                .collect(),
            AnyChart::Bars(_) => Vec::new(),
            AnyChart::Apart(m) => m.0.figures(),
        }
    }

    /// What the chart's own drawing owes beyond the figures' sources.
    pub fn credit(&self) -> Option<&str> {
        match self {
            AnyChart::Apart(m) => Some(m.0.credit()),
            _ => None,
        }
    }

    /// The size, in CSS pixels, of the chart as exported with an attribution
    /// of `lines` lines.
    pub fn export_size(&self, lines: usize) -> (u32, u32) {
        export_size(|w| self.height(w), lines)
    }
}

/// The size, in CSS pixels, of a chart `height` tall at a width, exported
/// with an attribution of `lines` lines.
pub fn export_size(height: impl Fn(f64) -> f64, lines: usize) -> (u32, u32) {
    (
        EXPORT_WIDTH,
        (height(f64::from(EXPORT_WIDTH)) + footer_height(lines)).round() as u32,
    )
}

/// Draws `chart` over `root`, its title above and `attribution` (a line each) beneath.
pub fn draw_with_attribution<DB: DrawingBackend>(
    chart: &AnyChart,
    root: &DrawingArea<DB, Shift>,
    scale: f64,
    attribution: &[String],
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    framed(chart.title(), root, scale, attribution, |area| {
        chart.draw(area, scale).map(|_| ())
    })
}

/// `draw` in the middle of `root`, `title` above and `attribution` beneath.
pub fn framed<DB: DrawingBackend>(
    title: &str,
    root: &DrawingArea<DB, Shift>,
    scale: f64,
    attribution: &[String],
    draw: impl FnOnce(&DrawingArea<DB, Shift>) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let pen = Pen { scale };
    let (_, height) = root.dim_in_pixel();
    let footer = pen.px(footer_height(attribution.len())) as u32;
    let (head, rest) = root.split_vertically(pen.px(HEADER) as u32);
    let (middle, bottom) =
        rest.split_vertically(height.saturating_sub(footer + pen.px(HEADER) as u32));
    head.fill(&WHITE)?;
    let style = pen.font(17.0).pos(Pos::new(HPos::Left, VPos::Center));
    head.draw(&Text::new(
        title.to_string(),
        (pen.px(8.0), pen.px(HEADER / 2.0)),
        style,
    ))?;
    draw(&middle)?;
    bottom.fill(&WHITE)?;
    let style = pen
        .font(11.5)
        .color(&bars::AXIS)
        .pos(Pos::new(HPos::Left, VPos::Top));
    for (i, line) in attribution.iter().enumerate() {
        bottom.draw(&Text::new(
            line.clone(),
            (pen.px(8.0), pen.px(6.0 + FOOTER_LINE * i as f64)),
            style.clone(),
        ))?;
    }
    root.present()
}

/// The chart with its attribution as an SVG document, drawn by the same code as the canvas.
pub fn svg(chart: &AnyChart, attribution: &[String]) -> String {
    if let AnyChart::Apart(apart) = chart {
        return apart.0.svg(attribution);
    }
    svg_of(chart.export_size(attribution.len()), |root| {
        draw_with_attribution(chart, root, 1.0, attribution)
    })
}

/// What `draw` draws, as an SVG document of `size` CSS pixels.
pub fn svg_of(
    size: (u32, u32),
    draw: impl FnOnce(
        &DrawingArea<super::svg::TrueSizeSvg<'_>, Shift>,
    ) -> Result<(), DrawingAreaErrorKind<std::io::Error>>,
) -> String {
    let mut out = String::new();
    {
        let root =
            super::svg::TrueSizeSvg(SVGBackend::with_string(&mut out, size)).into_drawing_area();
        // Drawing into a string cannot fail; an error would leave a partial SVG, still valid XML.
        let _ = draw(&root);
    }
    out
}
