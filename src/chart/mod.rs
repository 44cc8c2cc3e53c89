//! Charts: a plain spec built from a selection, and one drawing function per
//! chart kind written against plotters' `DrawingBackend`, so the same code
//! draws on the page's canvas and into SVG for tests and downloads.

pub mod bars;
pub mod compare;
pub mod overview;
pub mod trend;

/// Colour-blind-safe colours (Okabe–Ito hues, darkened so each is at least
/// 4.5:1 against white and so also readable as text).
pub const PALETTE: [(u8, u8, u8); 5] = [
    (0x00, 0x5A, 0x8C),
    (0xB3, 0x4A, 0x00),
    (0x00, 0x73, 0x56),
    (0xA2, 0x3B, 0x72),
    (0x3D, 0x3D, 0x3D),
];

/// Where a mark was drawn, in canvas pixels, and the figure it shows: what a
/// pointer or the keyboard picks for a tooltip.
#[derive(Debug, Clone, PartialEq)]
pub struct HitBox {
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
    pub figure: String,
}

impl HitBox {
    pub fn contains(&self, x: i32, y: i32) -> bool {
        (self.left..=self.right).contains(&x) && (self.top..=self.bottom).contains(&y)
    }
}

/// The colour of a district: by its place in the dataset, the same in every view.
pub fn district_colour(index: usize) -> plotters::style::RGBColor {
    let (r, g, b) = PALETTE[index % PALETTE.len()];
    plotters::style::RGBColor(r, g, b)
}

/// A year on an axis: never grouped ("2023", not "2.023").
pub fn year_label(year: f64) -> String {
    format!("{}", year.round() as i64)
}
