//! The compare chart: one metric, a horizontal bar per reporting district,
//! highest first, each labelled with its value and period.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{HitBox, bars::nice_ceiling, cut_to_fit, district_colour};
use crate::data::Dataset;
use crate::format::period_label;
use crate::format::{self, Locale};
use crate::i18n::fill;
use crate::query::Compare;

#[derive(Debug, Clone, PartialEq)]
pub struct CompareChart {
    pub title: String,
    pub bars: Vec<CompareBar>,
    /// One or two sentences: highest, lowest (or the values and the caveat,
    /// where the articles measure differently), the districts with no figure.
    pub summary: String,
    /// The summary without who did not report, which the page lists apart.
    pub headline: String,
    pub locale: Locale,
}

impl CompareChart {
    /// The chart in one sentence, for its image's text alternative and the
    /// page's description: its title and summary.
    pub fn label(&self) -> String {
        format!("{}. {}", self.title, self.summary)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CompareBar {
    pub district: String,
    pub colour_index: usize,
    pub value: f64,
    /// The value as a reader reads it, with its qualifier: "hơn 12.000".
    pub value_label: String,
    pub period_label: String,
    pub figure: String,
}

/// Up to this many bars, a metric with a comparability caveat has its values
/// listed in the summary rather than ranked.
const LISTED: usize = 6;
const ROW: f64 = 40.0;
const AXIS: f64 = 30.0;
const TOP: f64 = 8.0;
/// Names and values, in CSS pixels; axis labels.
const TEXT: f64 = 15.0;
const AXIS_TEXT: f64 = 13.0;
/// The least width the bars themselves keep, in CSS pixels.
const MIN_PLOT: f64 = 90.0;
/// The least width names keep when they are cut to leave the bars room.
const MIN_NAMES: f64 = 90.0;

pub fn spec(c: &Compare, data: &Dataset, locale: Locale) -> CompareChart {
    let s = crate::i18n::strings_at(locale, c.level);
    let bars: Vec<CompareBar> = c
        .rows
        .iter()
        .map(|(d, f)| CompareBar {
            // Past the bar cap the districts come from many provinces: say which.
            district: if c.omitted > 0 {
                format!(
                    "{} · {}",
                    d.name,
                    crate::place_names::alone(&d.province.name, locale)
                )
            } else {
                d.name.clone()
            },
            colour_index: super::colour_index(data, &d.id),
            value: f.value,
            value_label: format::qualified(f.value, f.unit, f.qualifier, locale),
            period_label: period_label(&f.period),
            figure: f.id.clone(),
        })
        .collect();
    // Where the articles measure differently (a poverty rate by a standard one
    // names and another does not), ranking the districts would claim more than
    // the figures allow: the values are listed, with the caveat.
    let caveat = c.metric.comparability.as_ref().map(|n| n.get(locale));
    let mut caveat_said = None;
    let summary = match (bars.as_slice(), caveat) {
        ([], _) => s.none_in_scope.to_string(),
        ([one], _) => fill(
            s.summary_single,
            &[
                &one.district,
                &format!("{} ({})", one.value_label, one.period_label),
            ],
        ),
        (few, Some(caveat)) if few.len() <= LISTED => {
            let listed: Vec<String> = few
                .iter()
                .map(|b| format!("{}: {} ({})", b.district, b.value_label, b.period_label))
                .collect();
            caveat_said = Some(format!("{}: {caveat}", s.comparability));
            format!("{}.", listed.join("; "))
        }
        ([high, .., low], _) => fill(
            s.summary_high_low,
            &[
                &high.district,
                &high.value_label,
                &low.district,
                &low.value_label,
            ],
        ),
    };
    let summary = if c.omitted > 0 {
        let total = format::count(bars.len() + c.omitted, locale);
        format!(
            "{} {summary}",
            fill(
                s.compare_omitted,
                &[&format::count(bars.len(), locale), &total]
            )
        )
    } else {
        summary
    };
    // The caveat is in the summary that describes the chart but not in the
    // line under it: the page shows it beside the chart, under "Lưu ý khi so
    // sánh", and a longer line would outgrow the chart as the largest paint.
    let (headline, summary) = super::summaries(summary, caveat_said, &c.not_reported, locale);
    CompareChart {
        title: c.metric.label.get(locale).to_string(),
        bars,
        summary,
        headline,
        locale,
    }
}

impl CompareChart {
    /// The height the chart wants, in CSS pixels, for its number of bars.
    pub fn height(&self) -> f64 {
        TOP + AXIS + ROW * self.bars.len().max(1) as f64
    }
}

/// Draws `chart` over `root`; `scale` is the device pixel ratio. Returns
/// where each bar went, for tooltips.
pub fn draw<DB: DrawingBackend>(
    chart: &CompareChart,
    root: &DrawingArea<DB, Shift>,
    scale: f64,
) -> Result<Vec<HitBox>, DrawingAreaErrorKind<DB::ErrorType>> {
    let pen = super::Pen { scale };
    let (px, font) = (|v| pen.px(v), |size| pen.font(size));
    root.fill(&WHITE)?;
    if chart.bars.is_empty() {
        return Ok(Vec::new());
    }
    // Names and values as large as the page's own small text where they fit,
    // one step smaller where a narrow phone leaves the bars too little room.
    let widths = |size: f64| {
        let name_style = font(size).pos(Pos::new(HPos::Right, VPos::Center));
        let value_style = font(size).pos(Pos::new(HPos::Left, VPos::Center));
        let label_width =
            super::widest(root, chart.bars.iter().map(|b| &b.district), &name_style) + px(14.0);
        let value_width = super::widest(
            root,
            chart
                .bars
                .iter()
                .map(|b| format!("{} · {}", b.value_label, b.period_label)),
            &value_style,
        ) + px(12.0);
        (name_style, value_style, label_width, value_width)
    };
    let room = root.dim_in_pixel().0 as i32 - px(MIN_PLOT);
    // Measured once per size: the smaller is kept even when it does not fit either.
    let large = widths(TEXT);
    let (name_style, value_style, mut label_width, value_width) = if large.2 + large.3 <= room {
        large
    } else {
        widths(TEXT - 1.0)
    };
    let highest = chart.bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let n = chart.bars.len();
    let locale = chart.locale;
    let axis_style = font(AXIS_TEXT);
    let top = nice_ceiling(highest);
    let tick = root
        .estimate_text_size(&format::axis(top, top, locale), &axis_style)
        .map_or(0, |(w, _)| w as i32)
        + px(12.0);
    let width = root.dim_in_pixel().0 as i32;
    // Where even names cut short leave the values no room beside the bars
    // ("VND 1.2 billion · 5/2021–3/2023" on a 320 px phone), each row puts
    // its name and value on a line above its bar, which takes the whole width.
    let stacked = label_width.min(px(MIN_NAMES)) + value_width > room;
    // Still too wide (long names, "Phường … · Thành phố Hồ Chí Minh", on a
    // phone): names are cut with "…" so the bars keep their room. The full
    // name stays in the chart's accessible text, its tooltip and its table.
    let mut names: Vec<String> = chart.bars.iter().map(|b| b.district.clone()).collect();
    if !stacked && label_width + value_width > room {
        let budget = (room - value_width).max(px(MIN_NAMES)) - px(14.0);
        let fits = |t: &str| {
            root.estimate_text_size(t, &name_style)
                .is_ok_and(|(w, _)| w as i32 <= budget)
        };
        for name in &mut names {
            *name = cut_to_fit(name, fits);
        }
        label_width = budget + px(14.0);
    }
    // The axis's first and last labels are centred on its ends.
    let (label_width, right) = if stacked {
        (px(8.0), tick / 2)
    } else {
        (label_width, value_width.max(px(40.0)))
    };
    // As many axis labels as fit side by side: five of "20.000" overlap in
    // the plot a phone leaves beside cut names.
    let plot = width - label_width.max(0) - right;
    let ticks = (plot / tick.max(1)).clamp(2, 5) as usize;
    let mut ctx = ChartBuilder::on(root)
        .margin_top(px(TOP) as u32)
        .margin_right(right as u32)
        .x_label_area_size(px(AXIS) as u32)
        .y_label_area_size(label_width.max(0) as u32)
        .build_cartesian_2d(0f64..top, 0f64..n as f64)?;
    ctx.configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_labels(ticks)
        .max_light_lines(0)
        .set_all_tick_mark_size(px(super::TICK))
        .x_label_formatter(&|v| format::axis(*v, top, locale))
        .label_style(axis_style)
        .bold_line_style(super::bars::GRID)
        .axis_style(super::bars::AXIS)
        .draw()?;

    let base = root.get_base_pixel();
    let mut hits = Vec::with_capacity(n);
    let measure = |t: &str| {
        root.estimate_text_size(t, &value_style)
            .map_or(0, |(w, _)| w as i32)
    };
    for (i, bar) in chart.bars.iter().enumerate() {
        // Highest on top: row 0 is drawn at the top of the plot.
        let row = (n - i - 1) as f64;
        let (bottom, top) = if stacked {
            (row + 0.12, row + 0.5)
        } else {
            (row + 0.18, row + 0.82)
        };
        ctx.draw_series(std::iter::once(Rectangle::new(
            [(0.0, bottom), (bar.value, top)],
            district_colour(bar.colour_index).filled(),
        )))?;
        let (x0, y0) = ctx.backend_coord(&(0.0, top));
        let (x1, y1) = ctx.backend_coord(&(bar.value, bottom));
        let text = format!("{} · {}", bar.value_label, bar.period_label);
        if stacked {
            let line = ctx.backend_coord(&(0.0, row + 0.74)).1 - base.1;
            // The value may reach over the axis's end, into the margin its last label keeps.
            let end = width - px(2.0);
            let name_room = end - (x0 - base.0) - measure(&text) - px(8.0);
            let name = cut_to_fit(&names[i], |t| measure(t) <= name_room);
            // The name starts at the bar's left (the values' left anchor), the
            // value ends at the right edge (the names' right anchor).
            let (from_left, from_right) = (&value_style, &name_style);
            root.draw(&Text::new(name, (x0 - base.0, line), from_left.clone()))?;
            root.draw(&Text::new(text, (end, line), from_right.clone()))?;
        } else {
            let middle = (y0 + y1) / 2 - base.1;
            root.draw(&Text::new(
                names[i].clone(),
                (x0 - base.0 - px(8.0), middle),
                name_style.clone(),
            ))?;
            root.draw(&Text::new(
                text,
                (x1 - base.0 + px(6.0), middle),
                value_style.clone(),
            ))?;
        }
        hits.push(HitBox {
            left: x0 - base.0,
            top: y0 - base.1,
            right: (x1 - base.0).max(x0 - base.0 + px(12.0)),
            bottom: y1 - base.1,
            figure: bar.figure.clone(),
            note: None,
            cells: Vec::new(),
        });
    }
    Ok(hits)
}
