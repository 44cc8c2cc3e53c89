//! Grouped bar charts: categories along x, one bar per series in each,
//! every bar labelled with its value in the reader's locale.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::PALETTE;
use crate::format::{self, Locale};

#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    pub locale: Locale,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    /// One value per category, in category order.
    pub values: Vec<f64>,
}

pub(crate) const INK: RGBColor = RGBColor(0x1F, 0x23, 0x28);
pub(crate) const GRID: RGBColor = RGBColor(0xDD, 0xE1, 0xE6);
pub(crate) const AXIS: RGBColor = RGBColor(0x6B, 0x72, 0x7A);

/// Draws `chart` over the whole of `root`. `scale` is the device pixel ratio:
/// the canvas has that many pixels per CSS pixel, so sizes grow with it.
pub fn draw<DB: DrawingBackend>(
    chart: &BarChart,
    root: &DrawingArea<DB, Shift>,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let pen = super::Pen { scale };
    let (px, font) = (|v| pen.px(v).max(1) as u32, |size| pen.font(size));
    let locale = chart.locale;
    root.fill(&WHITE)?;

    let n = chart.categories.len().max(1);
    let highest = chart
        .series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .fold(0.0, f64::max);
    let y_max = nice_ceiling(highest * 1.12);
    // The legend first: its rows decide where the plot starts.
    let key = px(12.0) as i32;
    let legend_style = font(15.0).pos(Pos::new(HPos::Left, VPos::Center));
    let names: Vec<&str> = chart.series.iter().map(|s| s.name.as_str()).collect();
    let (places, rows) = super::legend_layout(
        root,
        &names,
        &legend_style,
        key + px(6.0) as i32,
        px(18.0) as i32,
        px(8.0) as i32,
    );
    let row_height = px(24.0);
    let axis_style = font(13.0);
    let y_area = super::value_axis_room(root, (0.0, y_max), 5, &axis_style, pen, locale);
    let mut ctx = ChartBuilder::on(root)
        .margin_top(row_height * rows as u32 + px(8.0))
        .margin_right(px(10.0))
        .margin_left(px(4.0))
        .margin_bottom(px(4.0))
        .x_label_area_size(px(42.0))
        .y_label_area_size(y_area)
        .build_cartesian_2d(0f64..n as f64, 0f64..y_max)?;
    ctx.configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_labels(5)
        .max_light_lines(0)
        .set_all_tick_mark_size(px(super::TICK))
        .y_label_formatter(&|v| format::axis(*v, y_max, locale))
        .label_style(axis_style)
        .bold_line_style(GRID)
        .axis_style(AXIS)
        .draw()?;

    let groups = chart.series.len().max(1) as f64;
    let pad = 0.14;
    let width = (1.0 - 2.0 * pad) / groups;
    for (s, series) in chart.series.iter().enumerate() {
        let (r, g, b) = PALETTE[s % PALETTE.len()];
        let colour = RGBColor(r, g, b);
        let left = |i: usize| i as f64 + pad + s as f64 * width;
        ctx.draw_series(series.values.iter().enumerate().map(|(i, &v)| {
            Rectangle::new(
                [(left(i), 0.0), (left(i) + width * 0.92, v)],
                colour.filled(),
            )
        }))?;
        let label_style = font(14.0).pos(Pos::new(HPos::Center, VPos::Bottom));
        ctx.draw_series(series.values.iter().enumerate().map(|(i, &v)| {
            EmptyElement::at((left(i) + width * 0.46, v))
                + Text::new(
                    format::number(v, locale, 2),
                    (0, -(px(3.0) as i32)),
                    label_style.clone(),
                )
        }))?;
    }

    // Category names under their group, centred; a name too wide for its slot
    // breaks at its middle space (the district names are two words).
    let base = root.get_base_pixel();
    let slot = ctx.backend_coord(&(1.0, 0.0)).0 - ctx.backend_coord(&(0.0, 0.0)).0;
    let name_style = font(14.0).pos(Pos::new(HPos::Center, VPos::Top));
    for (i, name) in chart.categories.iter().enumerate() {
        let (x, y) = ctx.backend_coord(&(i as f64 + 0.5, 0.0));
        let (x, y) = (x - base.0, y - base.1 + px(6.0) as i32);
        let too_wide = root
            .estimate_text_size(name, &name_style)
            .is_ok_and(|(w, _)| w as i32 > slot - px(4.0) as i32);
        match name.split_once(' ').filter(|_| too_wide) {
            Some((first, second)) => {
                root.draw(&Text::new(first.to_string(), (x, y), name_style.clone()))?;
                root.draw(&Text::new(
                    second.to_string(),
                    (x, y + px(17.0) as i32),
                    name_style.clone(),
                ))?;
            }
            None => root.draw(&Text::new(name.clone(), (x, y), name_style.clone()))?,
        }
    }

    // The legend, left to right along the top.
    for (s, (_, (x, row, name))) in chart.series.iter().zip(places).enumerate() {
        let (r, g, b) = PALETTE[s % PALETTE.len()];
        let y = px(8.0) as i32 + row_height as i32 * row as i32;
        root.draw(&Rectangle::new(
            [(x, y), (x + key, y + key)],
            RGBColor(r, g, b).filled(),
        ))?;
        root.draw(&Text::new(
            name,
            (x + key + px(6.0) as i32, y + key / 2),
            legend_style.clone(),
        ))?;
    }
    Ok(())
}

/// The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `v` (1 for an empty chart),
/// so the axis ends on a round number.
pub fn nice_ceiling(v: f64) -> f64 {
    if !(v.is_finite() && v > 0.0) {
        return 1.0;
    }
    let magnitude = 10f64.powf(v.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&c| c >= v)
        .unwrap_or(10.0 * magnitude)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tops_are_round_numbers_at_or_above_the_data() {
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(nice_ceiling(21.0), 25.0);
        assert_eq!(nice_ceiling(19.04), 20.0);
        assert_eq!(nice_ceiling(17939.0), 20000.0);
        assert_eq!(nice_ceiling(1.17), 2.0);
        assert_eq!(nice_ceiling(f64::NAN), 1.0);
    }
}
