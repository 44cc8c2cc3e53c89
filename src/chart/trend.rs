//! The trend chart: one metric over time, one series per district. A figure
//! for one year is a point; a figure for a span is a horizontal bar across
//! it; lines join only consecutive years that both have a point.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{HitBox, bars::nice_ceiling, district_colour, year_label};
use crate::data::Dataset;
use crate::format::{self, Locale};
use crate::i18n::{fill, strings};
use crate::query::{Trend, months};
use crate::summary::period_label;

#[derive(Debug, Clone, PartialEq)]
pub struct TrendChart {
    pub title: String,
    pub series: Vec<TrendSeries>,
    /// The x range in fractional years, whole years at both ends.
    pub x_range: (f64, f64),
    pub summary: String,
    pub locale: Locale,
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
    let s = strings(locale);
    let series: Vec<TrendSeries> = t
        .series
        .iter()
        .map(|(d, figures)| TrendSeries {
            district: d.name.clone(),
            colour_index: data
                .districts
                .iter()
                .position(|x| x.id == d.id)
                .unwrap_or(0),
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
    let x_range = if lo < hi {
        (lo.floor(), hi.ceil())
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
    let mut summary = parts.join(". ") + ".";
    if !t.not_reported.is_empty() {
        let names: Vec<&str> = t.not_reported.iter().map(|d| d.name.as_str()).collect();
        summary.push(' ');
        summary.push_str(&fill(s.summary_missing, &[&names.join(", ")]));
    }
    TrendChart {
        title: t.metric.label.get(locale).to_string(),
        series,
        x_range,
        summary,
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
    let px = |v: f64| (v * scale).round() as i32;
    let font = |size: f64| {
        ("sans-serif", size * scale)
            .into_font()
            .color(&super::bars::INK)
    };
    let locale = chart.locale;
    root.fill(&WHITE)?;
    let highest = chart
        .series
        .iter()
        .flat_map(|s| s.marks.iter())
        .map(|m| m.value)
        .fold(0.0, f64::max);
    let (x0, x1) = chart.x_range;
    let mut ctx = ChartBuilder::on(root)
        .margin_top(px(34.0) as u32)
        .margin_right(px(16.0) as u32)
        .margin_left(px(4.0) as u32)
        .x_label_area_size(px(28.0) as u32)
        .y_label_area_size(px(52.0) as u32)
        .build_cartesian_2d(x0..x1, 0f64..nice_ceiling(highest * 1.15))?;
    let years = (x1 - x0).round() as usize;
    ctx.configure_mesh()
        .x_labels(years + 1)
        .y_labels(5)
        .max_light_lines(0)
        .x_label_formatter(&|v| {
            if (v - v.round()).abs() < 1e-6 {
                year_label(*v)
            } else {
                String::new()
            }
        })
        .y_label_formatter(&|v| format::number(*v, locale, 2))
        .label_style(font(12.0))
        .bold_line_style(super::bars::GRID)
        .axis_style(super::bars::AXIS)
        .draw()?;

    let base = root.get_base_pixel();
    let mut hits = Vec::new();
    let label_style = font(12.0).pos(Pos::new(HPos::Center, VPos::Bottom));
    for series in &chart.series {
        let colour = district_colour(series.colour_index);
        // Lines only between points of consecutive years.
        for pair in series.marks.windows(2) {
            if let (Some(a), Some(b)) = (pair[0].year, pair[1].year)
                && b == a + 1
            {
                let ends = [
                    ((pair[0].from + pair[0].to) / 2.0, pair[0].value),
                    ((pair[1].from + pair[1].to) / 2.0, pair[1].value),
                ];
                ctx.draw_series(std::iter::once(PathElement::new(
                    ends.to_vec(),
                    colour.stroke_width(px(2.5) as u32),
                )))?;
            }
        }
        for mark in &series.marks {
            let middle = (mark.from + mark.to) / 2.0;
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
                });
            } else {
                let span = vec![(mark.from + 0.02, mark.value), (mark.to - 0.02, mark.value)];
                ctx.draw_series(std::iter::once(PathElement::new(
                    span,
                    colour.stroke_width(px(6.0) as u32),
                )))?;
                let (lx, _) = ctx.backend_coord(&(mark.from, mark.value));
                let (rx, _) = ctx.backend_coord(&(mark.to, mark.value));
                hits.push(HitBox {
                    left: lx - base.0,
                    top: cy - base.1 - px(8.0),
                    right: rx - base.0,
                    bottom: cy - base.1 + px(8.0),
                    figure: mark.figure.clone(),
                });
            }
            root.draw(&Text::new(
                mark.value_label.clone(),
                (cx - base.0, cy - base.1 - px(8.0)),
                label_style.clone(),
            ))?;
        }
    }

    // Legend along the top: one key per district.
    let mut x = px(8.0);
    let y = px(10.0);
    let legend_style = font(13.0).pos(Pos::new(HPos::Left, VPos::Center));
    for series in &chart.series {
        root.draw(&Circle::new(
            (x + px(6.0), y + px(6.0)),
            px(5.0),
            district_colour(series.colour_index).filled(),
        ))?;
        x += px(16.0);
        root.draw(&Text::new(
            series.district.clone(),
            (x, y + px(6.0)),
            legend_style.clone(),
        ))?;
        let (w, _) = root.estimate_text_size(&series.district, &legend_style)?;
        x += w as i32 + px(18.0);
    }
    root.present()?;
    Ok(hits)
}
