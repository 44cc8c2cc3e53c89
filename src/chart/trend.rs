//! The trend chart: one metric over time, one series per district. A figure
//! for one year is a point; a figure for a span is a horizontal bar across
//! it; lines join only consecutive years that both have a point.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{HitBox, bars::nice_ceiling, district_colour, year_label};
use crate::data::Dataset;
use crate::format::period_label;
use crate::format::{self, Locale};
use crate::query::{Trend, months};

#[derive(Debug, Clone, PartialEq)]
pub struct TrendChart {
    pub title: String,
    pub series: Vec<TrendSeries>,
    /// The x range in fractional years, whole years at both ends.
    pub x_range: (f64, f64),
    /// Rates stop at 100 on the axis.
    pub percent: bool,
    pub summary: String,
    /// The summary without who did not report, which the page lists apart.
    pub headline: String,
    pub locale: Locale,
}

impl TrendChart {
    /// As [`CompareChart::label`](super::compare::CompareChart::label).
    pub fn label(&self) -> String {
        format!("{}. {}", self.title, self.summary)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrendSeries {
    pub district: String,
    pub colour_index: usize,
    pub marks: Vec<Mark>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Start and end in fractional years; equal ends never occur (a year spans 1).
    pub from: f64,
    pub to: f64,
    /// `Some(year)` for a figure of exactly one calendar year, drawn as a point.
    pub year: Option<u16>,
    pub value: f64,
    pub value_label: String,
    pub period_label: String,
    pub figure: String,
}

impl Mark {
    pub fn is_point(&self) -> bool {
        self.year.is_some()
    }
}

pub fn spec(t: &Trend, data: &Dataset, locale: Locale) -> TrendChart {
    let s = crate::i18n::strings_at(locale, t.level);
    let series: Vec<TrendSeries> = t
        .series
        .iter()
        .map(|(d, figures)| TrendSeries {
            district: d.name.clone(),
            colour_index: super::colour_index(data, &d.id),
            marks: figures
                .iter()
                .map(|f| {
                    let (first, last) = months(&f.period);
                    let single_year = f.period.start == f.period.end && f.period.start.len() == 4;
                    Mark {
                        from: f64::from(first) / 12.0,
                        to: f64::from(last + 1) / 12.0,
                        year: single_year.then(|| f.period.start.parse().ok()).flatten(),
                        value: f.value,
                        value_label: format::qualified(f.value, f.unit, f.qualifier, locale),
                        period_label: period_label(&f.period),
                        figure: f.id.clone(),
                    }
                })
                .collect(),
        })
        .collect();
    let (lo, hi) = series
        .iter()
        .flat_map(|s| s.marks.iter())
        .fold((f64::MAX, f64::MIN), |(lo, hi), m| {
            (lo.min(m.from), hi.max(m.to))
        });
    // Fitted to the marks, and never wider than the years the reader chose:
    // a span that runs past them is drawn to the edge.
    let (from, to) = t.years;
    let x_range = if lo < hi {
        let first = from.map_or(lo.floor(), |y| lo.floor().max(f64::from(y)));
        let last = to.map_or(hi.ceil(), |y| hi.ceil().min(f64::from(y) + 1.0));
        if first < last {
            (first, last)
        } else {
            (lo.floor(), hi.ceil())
        }
    } else {
        (2021.0, 2025.0)
    };
    let mut parts: Vec<String> = series
        .iter()
        .map(|s| {
            let marks: Vec<String> = s
                .marks
                .iter()
                .map(|m| format!("{} {}", m.period_label, m.value_label))
                .collect();
            format!("{}: {}", s.district, marks.join("; "))
        })
        .collect();
    if parts.is_empty() {
        parts.push(s.none_in_scope.to_string());
    }
    let summary = parts.join(". ") + ".";
    let summary = if t.omitted > 0 {
        let total = crate::format::count(series.len() + t.omitted, locale);
        format!(
            "{} {summary}",
            crate::i18n::fill(
                s.trend_omitted,
                &[&crate::format::count(series.len(), locale), &total]
            )
        )
    } else {
        summary
    };
    let (headline, summary) = super::summaries(summary, None, &t.not_reported, locale);
    TrendChart {
        title: t.metric.label.get(locale).to_string(),
        series,
        x_range,
        percent: t.metric.unit == crate::data::Unit::Percent,
        summary,
        headline,
        locale,
    }
}

/// Draws `chart` over `root`; `scale` is the device pixel ratio. Returns
/// where each mark went, for tooltips.
pub fn draw<DB: DrawingBackend>(
    chart: &TrendChart,
    root: &DrawingArea<DB, Shift>,
    scale: f64,
) -> Result<Vec<HitBox>, DrawingAreaErrorKind<DB::ErrorType>> {
    let pen = super::Pen { scale };
    let (px, font) = (|v| pen.px(v), |size| pen.font(size));
    let locale = chart.locale;
    root.fill(&WHITE)?;
    let values = || {
        chart
            .series
            .iter()
            .flat_map(|s| s.marks.iter())
            .map(|m| m.value)
    };
    let (y0, y1) = y_range(
        values().fold(f64::MAX, f64::min),
        values().fold(0.0, f64::max),
        chart.percent,
    );
    // The legend first: its rows decide where the plot starts.
    let legend_style = font(15.0).pos(Pos::new(HPos::Left, VPos::Center));
    let names: Vec<&str> = chart.series.iter().map(|s| s.district.as_str()).collect();
    let (places, rows) =
        super::legend_layout(root, &names, &legend_style, px(16.0), px(18.0), px(8.0));
    let row_height = px(22.0);
    // The axis is shifted half a year so each year's label sits at the middle
    // of its year, under the point of a one-year figure.
    let (x0, x1) = (chart.x_range.0 - 0.5, chart.x_range.1 - 0.5);
    let at = |x: f64| x - 0.5;
    // The value axis as wide as its widest label ("73,5 triệu"), measured.
    let axis_style = font(13.0);
    let y_area = super::value_axis_room(root, (y0, y1), Y_LABELS, &axis_style, pen, locale);
    let top = px(12.0) + row_height * rows as i32;
    let mut ctx = ChartBuilder::on(root)
        .margin_top(top as u32)
        .margin_right(px(16.0) as u32)
        .margin_left(px(4.0) as u32)
        .x_label_area_size(px(28.0) as u32)
        .y_label_area_size(y_area)
        .build_cartesian_2d(x0..x1, y0..y1)?;
    let years = (x1 - x0).round() as usize;
    ctx.configure_mesh()
        .x_labels(years)
        .y_labels(Y_LABELS)
        .max_light_lines(0)
        .set_all_tick_mark_size(px(super::TICK))
        .x_label_formatter(&|v| {
            if (v - v.round()).abs() < 1e-6 {
                year_label(*v)
            } else {
                String::new()
            }
        })
        .y_label_formatter(&|v| format::axis(*v, y1, locale))
        .label_style(axis_style)
        .bold_line_style(super::bars::GRID)
        .axis_style(super::bars::AXIS)
        .draw()?;

    let base = root.get_base_pixel();
    let mut hits = Vec::new();
    let label_font = font(14.0);
    let width = root.dim_in_pixel().0 as i32;
    // A value's label stands above its mark, centred, and moves in from the
    // edges so it is never cut; where it would run into the legend it goes
    // under the mark instead.
    let value_label = |text: &str, cx: i32, cy: i32| {
        let (w, h) = root
            .estimate_text_size(text, &label_font)
            .map_or((0, 0), |(w, h)| (w as i32, h as i32));
        let x = cx.clamp(w / 2 + 1, (width - w / 2 - 1).max(w / 2 + 1));
        let above = cy - px(8.0);
        if above - h >= top - px(6.0) {
            (
                x,
                above,
                label_font.pos(Pos::new(HPos::Center, VPos::Bottom)),
            )
        } else {
            (
                x,
                cy + px(9.0),
                label_font.pos(Pos::new(HPos::Center, VPos::Top)),
            )
        }
    };
    for series in &chart.series {
        let colour = district_colour(series.colour_index);
        // Lines only between points of consecutive years.
        for pair in series.marks.windows(2) {
            if let (Some(a), Some(b)) = (pair[0].year, pair[1].year)
                && b == a + 1
            {
                let ends = [
                    (at((pair[0].from + pair[0].to) / 2.0), pair[0].value),
                    (at((pair[1].from + pair[1].to) / 2.0), pair[1].value),
                ];
                ctx.draw_series(std::iter::once(PathElement::new(
                    ends.to_vec(),
                    colour.stroke_width(px(2.5) as u32),
                )))?;
            }
        }
        for mark in &series.marks {
            // Clipped to the axis, which may be narrower than a span.
            let (from, to) = (mark.from.max(chart.x_range.0), mark.to.min(chart.x_range.1));
            let middle = at((from + to) / 2.0);
            let (cx, cy) = ctx.backend_coord(&(middle, mark.value));
            if mark.is_point() {
                ctx.draw_series(std::iter::once(Circle::new(
                    (middle, mark.value),
                    px(5.0),
                    colour.filled(),
                )))?;
                hits.push(HitBox {
                    left: cx - base.0 - px(10.0),
                    top: cy - base.1 - px(10.0),
                    right: cx - base.0 + px(10.0),
                    bottom: cy - base.1 + px(10.0),
                    figure: mark.figure.clone(),
                    note: None,
                    cells: Vec::new(),
                });
            } else {
                // A translucent band with end caps: a value for the whole span, not a line between points.
                let span = vec![(at(from) + 0.02, mark.value), (at(to) - 0.02, mark.value)];
                ctx.draw_series(std::iter::once(PathElement::new(
                    span,
                    colour.mix(0.45).stroke_width(px(6.0) as u32),
                )))?;
                let (lx, _) = ctx.backend_coord(&(at(from), mark.value));
                let (rx, _) = ctx.backend_coord(&(at(to), mark.value));
                for x in [lx - base.0 + px(2.0), rx - base.0 - px(2.0)] {
                    let cap = [(x, cy - base.1 - px(7.0)), (x, cy - base.1 + px(7.0))];
                    root.draw(&PathElement::new(
                        cap.to_vec(),
                        colour.stroke_width(px(2.0) as u32),
                    ))?;
                }
                hits.push(HitBox {
                    left: lx - base.0,
                    top: cy - base.1 - px(8.0),
                    right: rx - base.0,
                    bottom: cy - base.1 + px(8.0),
                    figure: mark.figure.clone(),
                    note: None,
                    cells: Vec::new(),
                });
            }
            let (x, y, style) = value_label(&mark.value_label, cx - base.0, cy - base.1);
            root.draw(&Text::new(mark.value_label.clone(), (x, y), style))?;
        }
    }

    // Legend along the top: one key per district.
    for (series, (x, row, name)) in chart.series.iter().zip(places) {
        let y = px(16.0) + row_height * row as i32;
        root.draw(&Circle::new(
            (x + px(6.0), y),
            px(5.0),
            district_colour(series.colour_index).filled(),
        ))?;
        root.draw(&Text::new(name, (x + px(16.0), y), legend_style.clone()))?;
    }
    Ok(hits)
}

/// How many labels the value axis asks plotters for, at most.
const Y_LABELS: usize = 5;

/// The y axis of a line chart: fitted to the data, so a move from 98,1% to
/// 99,34% is visible, but from zero when the values come near it. Rates never
/// run past 100.
pub fn y_range(lowest: f64, highest: f64, percent: bool) -> (f64, f64) {
    if !(lowest.is_finite() && highest.is_finite()) || highest <= 0.0 {
        return (0.0, 1.0);
    }
    let pad = (highest - lowest).max(highest.abs() * 0.02) * 0.35;
    let (raw_low, raw_high) = (lowest - pad, highest + pad);
    // From zero when the data come near it; otherwise fitted. Ends on grid steps.
    let raw_low = if raw_low <= highest * 0.3 {
        0.0
    } else {
        raw_low
    };
    let step = nice_ceiling((raw_high - raw_low) / 4.0);
    let bottom = (raw_low / step).floor() * step;
    let mut top = (raw_high / step).ceil() * step;
    if percent {
        top = top.min(100.0).max(highest);
    }
    (bottom.max(0.0), top)
}

#[cfg(test)]
mod tests {
    use super::y_range;

    #[test]
    fn rates_near_100_get_a_fitted_axis_that_stops_at_100() {
        let (lo, hi) = y_range(98.1, 99.75, true);
        assert!(lo > 90.0 && lo < 98.1, "{lo}");
        assert_eq!(hi, 100.0);
    }

    #[test]
    fn counts_get_a_top_one_grid_step_above_the_data() {
        assert_eq!(y_range(211.0, 275.0, false), (150.0, 300.0));
    }

    #[test]
    fn values_near_zero_start_at_zero() {
        assert_eq!(y_range(5.0, 235.0, false).0, 0.0);
        assert_eq!(y_range(0.0, 0.0, false), (0.0, 1.0));
    }
}
