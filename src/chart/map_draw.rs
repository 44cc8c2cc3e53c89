//! Draws a [`MapChart`] on any plotters backend: the canvas on the page,
//! SVG for downloads and tests.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::map::{CLASSES, COS_LAT, Fill, MapChart};
use super::{HitBox, Pen, bars};
use crate::map::shapes::{Point, inside};

const NO_DATA: RGBColor = RGBColor(0xF4, 0xF4, 0xF4);
const HATCH: RGBColor = RGBColor(0x8C, 0x8C, 0x8C);
const HOLDS: RGBColor = RGBColor(0xF6, 0xD8, 0xAE);
const HOLDS_BORDER: RGBColor = RGBColor(0xB3, 0x4A, 0x00);
const PLAIN: RGBColor = RGBColor(0xE2, 0xE2, 0xE2);
const SEA_INK: RGBColor = RGBColor(0x3A, 0x62, 0x80);

fn colour(fill: Fill) -> RGBColor {
    match fill {
        Fill::Class(i) => {
            let (r, g, b) = CLASSES[i.min(CLASSES.len() - 1)];
            RGBColor(r, g, b)
        }
        Fill::NoData => NO_DATA,
        Fill::Holds => HOLDS,
        Fill::Plain => PLAIN,
    }
}

/// From the shapes' grid to the drawing's pixels, and back.
#[derive(Clone, Copy)]
struct Projection {
    west: f64,
    north: f64,
    /// Pixels per grid unit of latitude.
    k: f64,
    left: f64,
    top: f64,
}

impl Projection {
    fn fit(extent: (i32, i32, i32, i32), (left, top, width, height): (f64, f64, f64, f64)) -> Self {
        let (w, s, e, n) = extent;
        let (dx, dy) = (f64::from(e - w) * COS_LAT, f64::from(n - s));
        let k = (width / dx).min(height / dy);
        Projection {
            west: f64::from(w),
            north: f64::from(n),
            k,
            left: left + (width - dx * k) / 2.0,
            top: top + (height - dy * k) / 2.0,
        }
    }

    fn to_px(self, (x, y): Point) -> (i32, i32) {
        (
            (self.left + (f64::from(x) - self.west) * COS_LAT * self.k).round() as i32,
            (self.top + (self.north - f64::from(y)) * self.k).round() as i32,
        )
    }

    fn to_grid(self, (x, y): (f64, f64)) -> (f64, f64) {
        (
            self.west + (x - self.left) / (COS_LAT * self.k),
            self.north - (y - self.top) / self.k,
        )
    }
}

/// The map with its title and `attribution` as an SVG document (a download).
pub fn svg(chart: &MapChart, attribution: &[String]) -> String {
    super::export::svg_of(chart.export_size(attribution.len()), |root| {
        super::export::framed(&chart.title, root, 1.0, attribution, |area| {
            draw(chart, area, 1.0).map(|_| ())
        })
    })
}

pub fn draw<DB: DrawingBackend>(
    chart: &MapChart,
    root: &DrawingArea<DB, Shift>,
    scale: f64,
) -> Result<Vec<HitBox>, DrawingAreaErrorKind<DB::ErrorType>> {
    let pen = Pen { scale };
    let px = |v: f64| pen.px(v);
    root.fill(&WHITE)?;
    let (width, height) = root.dim_in_pixel();
    let (width, height) = (width as i32, height as i32);

    // The key first: its rows decide how tall the map is.
    let key_style = pen.font(12.5).pos(Pos::new(HPos::Left, VPos::Center));
    let row = px(20.0);
    let swatch = px(14.0);
    let texts: Vec<&str> = chart.legend.iter().map(|k| k.text.as_str()).collect();
    let (places, rows) = if chart.pointers {
        let right = width - px(8.0);
        let places = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let start = px(8.0) + px(24.0);
                let cut = super::cut_to_fit(t, |c| {
                    start
                        + root
                            .estimate_text_size(c, &key_style)
                            .map_or(0, |(w, _)| w as i32)
                        <= right
                });
                (px(8.0), i, cut)
            })
            .collect();
        (places, texts.len())
    } else {
        super::legend_layout(
            root,
            &texts,
            &key_style,
            swatch + px(6.0),
            px(16.0),
            px(8.0),
        )
    };
    let key_top = height - row * rows as i32 - px(6.0);
    let map_box = (
        f64::from(px(4.0)),
        f64::from(px(4.0)),
        f64::from(width - px(8.0)),
        f64::from(key_top - px(12.0)),
    );
    let proj = Projection::fit(chart.extent, map_box);

    // The provinces, each ring stroked in its own fill so that neighbours of
    // one colour meet without a seam and the smallest islands still show.
    // Each ring projected and closed (its first point again at its end), for
    // the fill and every border alike.
    let rings: Vec<Vec<(i32, i32)>> = chart
        .areas
        .iter()
        .map(|a| {
            a.ring
                .iter()
                .chain(a.ring.first())
                .map(|&p| proj.to_px(p))
                .collect()
        })
        .collect();
    for (area, ring) in chart.areas.iter().zip(&rings) {
        let c = colour(area.fill);
        root.draw(&Polygon::new(ring.clone(), c.filled()))?;
        root.draw(&PathElement::new(ring.clone(), c.stroke_width(1)))?;
    }
    // No figure: hatched, so that it never reads as the lightest class.
    let provinces = chart
        .areas
        .iter()
        .map(|a| a.province)
        .max()
        .map_or(0, |m| m + 1);
    for p in 0..provinces {
        let of: Vec<&Vec<(i32, i32)>> = chart
            .areas
            .iter()
            .zip(&rings)
            .filter(|(a, _)| a.province == p && a.fill == Fill::NoData)
            .map(|(_, r)| r)
            .collect();
        if !of.is_empty() {
            hatch(
                root,
                &of,
                px(5.0),
                HATCH.stroke_width(pen.px(1.0).max(1) as u32),
            )?;
        }
    }
    let border = |c: RGBColor, w: f64| c.stroke_width(pen.px(w).max(1) as u32);
    for ring in &rings {
        root.draw(&PathElement::new(ring.clone(), border(WHITE, 0.8)))?;
    }
    if chart.pointers {
        // The provinces that hold the units, outlined in the marker's warm ink.
        for (area, ring) in chart.areas.iter().zip(&rings) {
            if area.fill == Fill::Holds {
                root.draw(&PathElement::new(ring.clone(), border(HOLDS_BORDER, 1.0)))?;
            }
        }
    }
    // Islands smaller than a pixel or two: a dot each, so the archipelagos show.
    for (area, ring) in chart.areas.iter().zip(&rings) {
        let (x0, x1) = ring
            .iter()
            .fold((i32::MAX, i32::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
        let (y0, y1) = ring
            .iter()
            .fold((i32::MAX, i32::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
        if x1 - x0 < px(3.0) && y1 - y0 < px(3.0) {
            let c = match area.fill {
                Fill::Plain | Fill::NoData => bars::AXIS,
                other => colour(other),
            };
            root.draw(&Circle::new(
                ((x0 + x1) / 2, (y0 + y1) / 2),
                px(1.6),
                c.filled(),
            ))?;
        }
    }

    // The archipelagos' names and the sea's.
    let name_style = pen
        .font(11.0)
        .color(&bars::INK)
        .pos(Pos::new(HPos::Center, VPos::Top));
    for (at, lines) in &chart.names {
        let (x, y) = proj.to_px(*at);
        for (i, line) in lines.iter().enumerate() {
            let half = root
                .estimate_text_size(line, &name_style)
                .map_or(0, |(w, _)| w as i32)
                / 2;
            let x = x.clamp(half + px(2.0), (width - half - px(2.0)).max(half));
            root.draw(&Text::new(
                line.clone(),
                (x, y + px(13.0) * i as i32),
                name_style.clone(),
            ))?;
        }
    }
    let sea_style = pen
        .font(13.0)
        .color(&SEA_INK)
        .pos(Pos::new(HPos::Center, VPos::Center));
    let (sx, sy) = proj.to_px(chart.sea.0);
    let half = root
        .estimate_text_size(&chart.sea.1, &sea_style)
        .map_or(0, |(w, _)| w as i32)
        / 2;
    root.draw(&Text::new(
        chart.sea.1.clone(),
        (sx.clamp(half, (width - half).max(half)), sy),
        sea_style,
    ))?;

    // The units' markers, numbered as in the key.
    let number_style = pen
        .font(11.0)
        .color(&WHITE)
        .pos(Pos::new(HPos::Center, VPos::Center));
    let marker = px(8.5);
    let mut hits = Vec::new();
    if chart.pointers {
        // Units of one province side by side, centred on its point; a marker
        // that would cover one before it (neighbouring provinces' points)
        // moves down until it does not.
        let mut placed: Vec<(i32, i32)> = Vec::new();
        let apart = 2 * marker + px(2.0);
        for m in &chart.marks {
            let (x, y) = proj.to_px(m.at);
            let x = x + (2 * m.slot.0 as i32 + 1 - m.slot.1 as i32) * (marker + px(1.5));
            let mut y = y;
            while placed
                .iter()
                .any(|&(a, b)| (a - x).pow(2) + (b - y).pow(2) < apart.pow(2))
            {
                y += px(2.0);
            }
            placed.push((x, y));
            let ink = super::district_colour(0);
            root.draw(&Circle::new((x, y), marker + px(1.5), WHITE.filled()))?;
            root.draw(&Circle::new((x, y), marker, ink.filled()))?;
            if let Some(n) = m.number {
                root.draw(&Text::new(n.to_string(), (x, y), number_style.clone()))?;
            }
            hits.push(hit(x - marker, y - marker, x + marker, y + marker, m));
        }
    } else {
        hits = province_hits(chart, proj, map_box, px(8.0));
    }

    // The key: a swatch or a marker, then its words.
    for (key, (x, r, text)) in chart.legend.iter().zip(&places) {
        let y = key_top + row * *r as i32 + row / 2;
        let text_x = match (key.fill, key.number) {
            (_, Some(n)) => {
                let c = (x + px(9.0), y);
                root.draw(&Circle::new(c, px(8.0), super::district_colour(0).filled()))?;
                root.draw(&Text::new(n.to_string(), c, number_style.clone()))?;
                x + px(24.0)
            }
            (Some(fill), None) => {
                let (a, b) = ((*x, y - swatch / 2), (x + swatch, y + swatch / 2));
                root.draw(&Rectangle::new([a, b], colour(fill).filled()))?;
                if fill == Fill::NoData {
                    let square = vec![a, (b.0, a.1), b, (a.0, b.1)];
                    hatch(root, &[&square], px(4.0), HATCH.stroke_width(1))?;
                }
                root.draw(&Rectangle::new([a, b], bars::AXIS.stroke_width(1)))?;
                x + swatch + px(6.0)
            }
            (None, None) => *x,
        };
        root.draw(&Text::new(text.clone(), (text_x, y), key_style.clone()))?;
    }
    Ok(hits)
}

fn hit(left: i32, top: i32, right: i32, bottom: i32, m: &super::map::Mark) -> HitBox {
    HitBox {
        left,
        top,
        right,
        bottom,
        figure: m.figure.clone().unwrap_or_default(),
        note: m.figure.is_none().then(|| m.note.clone()),
        cells: Vec::new(),
    }
}

/// Where a pointer finds each province: a small box at its name's point
/// (where its tooltip stands), and a cell of `cell` pixels for every place
/// inside it.
fn province_hits(
    chart: &MapChart,
    proj: Projection,
    (left, top, width, height): (f64, f64, f64, f64),
    cell: i32,
) -> Vec<HitBox> {
    let boxes: Vec<(f64, f64, f64, f64)> = chart
        .areas
        .iter()
        .map(|a| {
            a.ring.iter().fold(
                (f64::MAX, f64::MAX, f64::MIN, f64::MIN),
                |(x0, y0, x1, y1), &(x, y)| {
                    let (x, y) = (f64::from(x), f64::from(y));
                    (x0.min(x), y0.min(y), x1.max(x), y1.max(y))
                },
            )
        })
        .collect();
    let provinces = chart
        .marks
        .iter()
        .map(|m| m.province)
        .max()
        .map_or(0, |m| m + 1);
    let mut cells: Vec<Vec<(i32, i32)>> = vec![Vec::new(); provinces];
    let step = f64::from(cell.max(1));
    let mut y = top;
    while y < top + height {
        let mut x = left;
        while x < left + width {
            let p = proj.to_grid((x + step / 2.0, y + step / 2.0));
            let found = chart.areas.iter().zip(&boxes).find(|(a, b)| {
                p.0 >= b.0 && p.0 <= b.2 && p.1 >= b.1 && p.1 <= b.3 && inside(&a.ring, p)
            });
            if let Some(list) = found.and_then(|(a, _)| cells.get_mut(a.province)) {
                list.push((x as i32, y as i32));
            }
            x += step;
        }
        y += step;
    }
    chart
        .marks
        .iter()
        .map(|m| {
            let (x, y) = proj.to_px(m.at);
            HitBox {
                cells: cells[m.province]
                    .iter()
                    .map(|&(cx, cy)| [cx, cy, cx + cell - 1, cy + cell - 1])
                    .collect(),
                ..hit(x - 1, y - 1, x + 1, y + 1, m)
            }
        })
        .collect()
}

/// Diagonal lines `gap` pixels apart across `rings` (even–odd), clipped to them.
fn hatch<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    rings: &[&Vec<(i32, i32)>],
    gap: i32,
    style: ShapeStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    // Along lines x + y = c, each crossing of an edge is an x.
    let sums = rings.iter().flat_map(|r| r.iter().map(|p| p.0 + p.1));
    let (lo, hi) = sums.fold((i32::MAX, i32::MIN), |(a, b), s| (a.min(s), b.max(s)));
    let mut c = lo - lo.rem_euclid(gap.max(1)) + gap;
    while c < hi {
        let mut xs: Vec<f64> = Vec::new();
        for ring in rings {
            let n = ring.len();
            for i in 0..n {
                let (a, b) = (ring[i], ring[(i + 1) % n]);
                let (ua, ub) = (f64::from(a.0 + a.1), f64::from(b.0 + b.1));
                let c = f64::from(c);
                if (ua > c) != (ub > c) {
                    let t = (c - ua) / (ub - ua);
                    xs.push(f64::from(a.0) + t * f64::from(b.0 - a.0));
                }
            }
        }
        xs.sort_by(f64::total_cmp);
        for pair in xs.chunks_exact(2) {
            let (x0, x1) = (pair[0].round() as i32, pair[1].round() as i32);
            root.draw(&PathElement::new(vec![(x0, c - x0), (x1, c - x1)], style))?;
        }
        c += gap;
    }
    Ok(())
}
