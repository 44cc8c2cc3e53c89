//! Charts: a plain spec built from a selection, and one drawing function per
//! chart kind written against plotters' `DrawingBackend`, so the same code
//! draws on the page's canvas and into SVG for tests and downloads.
//!
//! Draw functions never call `present()`: the caller owns the whole drawing
//! (an export adds its attribution after the chart) and presents it once.

pub mod bars;
pub mod compare;
pub mod export;
pub(crate) mod forward;
pub mod map;
pub mod map_draw;
pub mod map_words;
pub mod overview;
pub mod svg;
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
    /// The figure's id; empty where the mark is not one figure.
    pub figure: String,
    /// What the tooltip says where the mark is not one figure (a province's
    /// units added up, a province with none).
    pub note: Option<String>,
    /// More places that pick the same mark, as (left, top, right, bottom): a
    /// province on the map is found anywhere inside it, and its tooltip
    /// stands at the box above, where its name goes.
    pub cells: Vec<[i32; 4]>,
}

impl HitBox {
    pub fn contains(&self, x: i32, y: i32) -> bool {
        let within = |[l, t, r, b]: [i32; 4]| (l..=r).contains(&x) && (t..=b).contains(&y);
        within([self.left, self.top, self.right, self.bottom])
            || self.cells.iter().any(|&c| within(c))
    }
}

/// The least height a chart is drawn at, in CSS pixels, on the page and in
/// the static page's images alike (a difference would move the page when the
/// app replaces the image).
pub const MIN_HEIGHT: f64 = 120.0;

/// The colour of a district: by its place in the dataset, the same in every view.
pub fn district_colour(index: usize) -> plotters::style::RGBColor {
    let (r, g, b) = PALETTE[index % PALETTE.len()];
    plotters::style::RGBColor(r, g, b)
}

/// A district's place in the dataset, which picks its colour.
pub fn colour_index(data: &crate::data::Dataset, district: &str) -> usize {
    data.districts
        .iter()
        .position(|d| d.id == district)
        .unwrap_or(0)
}

/// A chart's text summary twice: as shown under the chart (`headline`), and
/// whole, for the accessible name and a shared link's preview: with `aside`
/// (said beside the chart on the page) and who has no figure.
pub fn summaries(
    headline: String,
    aside: Option<String>,
    not_reported: &[&crate::data::District],
    locale: crate::format::Locale,
) -> (String, String) {
    let told = match &aside {
        Some(aside) => format!("{headline} {aside}"),
        None => headline.clone(),
    };
    if not_reported.is_empty() {
        return (headline, told);
    }
    let names: Vec<&str> = not_reported.iter().map(|d| d.name.as_str()).collect();
    let missing = crate::i18n::fill(
        crate::i18n::strings(locale).summary_missing,
        &[&crate::i18n::names_or_count(
            &names,
            locale,
            not_reported[0].level,
        )],
    );
    let summary = format!("{told} {missing}");
    (headline, summary)
}

/// Sizes in CSS pixels turned into device pixels, and the chart's text style:
/// every draw function takes the device pixel ratio and draws through this.
#[derive(Debug, Clone, Copy)]
pub struct Pen {
    pub scale: f64,
}

impl Pen {
    pub fn px(self, css: f64) -> i32 {
        (css * self.scale).round() as i32
    }

    pub fn font(self, css_size: f64) -> plotters::style::TextStyle<'static> {
        use plotters::style::{FontFamily, IntoFont};
        // The family as a variant, not the name: plotters reads a name through
        // `str::to_lowercase`, whose Unicode tables would come with the chart.
        (FontFamily::SansSerif, css_size * self.scale)
            .into_font()
            .color(&bars::INK)
    }
}

/// Where each legend entry goes: left to right from `start`, each a key of
/// `key` pixels, its name and a gap, wrapping to a new row before an entry
/// would pass the right edge (a phone fits two or three names a row). A name
/// wider than a whole row is cut with "…" (the full name is in the chart's
/// text and table). Returns each entry's left edge, row and words, and how
/// many rows there are.
pub fn legend_layout<DB: plotters::prelude::DrawingBackend>(
    root: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
    names: &[&str],
    style: &plotters::style::TextStyle,
    key: i32,
    gap: i32,
    start: i32,
) -> (Vec<(i32, usize, String)>, usize) {
    let right = root.dim_in_pixel().0 as i32 - start;
    let measure = |t: &str| {
        root.estimate_text_size(t, style)
            .map_or(0, |(w, _)| w as i32)
    };
    let (mut x, mut row) = (start, 0);
    let mut places = Vec::with_capacity(names.len());
    for name in names {
        // Measured once; a name wider than a row (rare) is measured again as cut.
        let mut width = key + measure(name);
        let name = if start + width <= right {
            name.to_string()
        } else {
            let cut = cut_to_fit(name, |t| start + key + measure(t) <= right);
            width = key + measure(&cut);
            cut
        };
        if x > start && x + width > right {
            (x, row) = (start, row + 1);
        }
        places.push((x, row, name));
        x += width + gap;
    }
    (places, row + 1)
}

/// The labels plotters writes on a value axis from `lo` to `hi` asked for at
/// most `n` of them, each as [`format::axis`](crate::format::axis) writes it:
/// what a chart measures to give the axis the room its labels take.
fn value_axis_labels(lo: f64, hi: f64, n: usize, locale: crate::format::Locale) -> Vec<String> {
    use plotters::coord::ranged1d::{BoldPoints, Ranged};
    use plotters::coord::types::RangedCoordf64;
    RangedCoordf64::from(lo..hi)
        .key_points(BoldPoints(n))
        .into_iter()
        .map(|v| crate::format::axis(v, hi, locale))
        .collect()
}

/// The room a value axis from `lo` to `hi` takes beside the plot, in
/// pixels: its widest label ("73,5 triệu"), set `TICK` marks and the gap
/// between label and mark (twice the mark, as plotters places it), and a
/// little air. The label area a chart gives plotters.
pub fn value_axis_room<DB: plotters::prelude::DrawingBackend>(
    root: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
    (lo, hi): (f64, f64),
    labels: usize,
    style: &plotters::style::TextStyle,
    pen: Pen,
    locale: crate::format::Locale,
) -> u32 {
    let widest = widest(root, value_axis_labels(lo, hi, labels, locale), style);
    (widest + 2 * pen.px(TICK) + pen.px(4.0)).max(0) as u32
}

/// The width of the widest of `texts` in `style`, in pixels.
pub fn widest<DB: plotters::prelude::DrawingBackend>(
    root: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
    texts: impl IntoIterator<Item = impl AsRef<str>>,
    style: &plotters::style::TextStyle,
) -> i32 {
    texts
        .into_iter()
        .filter_map(|t| root.estimate_text_size(t.as_ref(), style).ok())
        .map(|(w, _)| w as i32)
        .max()
        .unwrap_or(0)
}

/// The length of an axis's tick marks, in CSS pixels. Set, not plotters'
/// default (5% of the plot): its labels stand twice that far from the axis,
/// which is part of the room a label area is given.
pub const TICK: f64 = 4.0;

/// `text` as it is, or its longest beginning that `fits` with "…" after it.
/// A binary search: this runs on every redraw of a narrow chart, and each
/// try is a text measurement.
pub fn cut_to_fit(text: &str, fits: impl Fn(&str) -> bool) -> String {
    if fits(text) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let cut = |n: usize| format!("{}…", chars[..n].iter().collect::<String>().trim_end());
    // `lo` characters fit (none always do, as "…"); `hi` do not.
    let (mut lo, mut hi) = (0, chars.len());
    while lo + 1 < hi {
        let mid = (lo + hi) / 2;
        if fits(&cut(mid)) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    cut(lo)
}

/// A year on an axis: never grouped ("2023", not "2.023").
pub fn year_label(year: f64) -> String {
    format!("{}", year.round() as i64)
}
