//! Vietnam's shapes, as `data/map/build.py` writes them: each former province
//! (and Quần đảo Hoàng Sa, Quần đảo Trường Sa) with the province it belonged
//! to when the articles were written and the one it is part of since 1 July
//! 2025, and its rings as points on a grid of `1/grid` degrees.

use std::collections::HashMap;

use crate::state::ProvinceMode;

/// A point on the shapes' grid: longitude and latitude times `Shapes::grid`.
pub type Point = (i32, i32);

/// The committed shapes (about 50 KB); only the map's part of the page holds them.
pub const TEXT: &str = include_str!("../../data/map/vietnam.txt");

#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Natural Earth's region code ("AG"), or "HS", "TS" for the archipelagos.
    pub key: String,
    pub name: String,
    /// "tỉnh", "thành phố", "quần đảo".
    pub kind: String,
    /// The province it was part of at the time of the articles (its own name
    /// for a former province), and since 1 July 2025, named as `data/places/`.
    pub at_report: String,
    pub now: String,
    pub now_kind: String,
    /// A point inside it, where its name or marker goes.
    pub label: Point,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Shapes {
    /// Points per degree.
    pub grid: i32,
    pub units: Vec<Unit>,
    /// Each ring with the index of its unit.
    pub rings: Vec<(usize, Vec<Point>)>,
    /// The provinces of 2025, each ring with its province's name: the union
    /// of its units, so the borders between them are gone.
    pub merged: Vec<(String, Vec<Point>)>,
}

/// A province as the map draws it: its name, the units it is made of, and
/// where its name goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Province {
    pub name: String,
    pub units: Vec<usize>,
    pub label: Point,
}

impl Shapes {
    pub fn read(text: &str) -> Result<Shapes, String> {
        let mut shapes = Shapes {
            grid: 0,
            units: Vec::new(),
            rings: Vec::new(),
            merged: Vec::new(),
        };
        let mut keys: HashMap<String, usize> = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            let bad = |what: &str| format!("vietnam.txt, line {}: {what}", n + 1);
            let fields: Vec<&str> = line.split('\t').collect();
            match fields.as_slice() {
                ["g", grid] => shapes.grid = grid.parse().map_err(|_| bad("grid"))?,
                ["u", key, name, kind, at_report, now, now_kind, label] => {
                    keys.insert(key.to_string(), shapes.units.len());
                    shapes.units.push(Unit {
                        key: key.to_string(),
                        name: name.to_string(),
                        kind: kind.to_string(),
                        at_report: at_report.to_string(),
                        now: now.to_string(),
                        now_kind: now_kind.to_string(),
                        label: point(label).ok_or_else(|| bad("label"))?,
                    });
                }
                ["r", key, steps] => {
                    let unit = *keys.get(*key).ok_or_else(|| bad("ring of no unit"))?;
                    shapes
                        .rings
                        .push((unit, ring(steps).ok_or_else(|| bad("point"))?));
                }
                ["p", province, steps] => {
                    let ring = ring(steps).ok_or_else(|| bad("point"))?;
                    shapes.merged.push((province.to_string(), ring));
                }
                _ if line.starts_with('#') || line.is_empty() => {}
                _ => return Err(bad("not a grid, unit or ring line")),
            }
        }
        if shapes.grid <= 0 || shapes.units.is_empty() {
            return Err("vietnam.txt: no grid or no units".into());
        }
        Ok(shapes)
    }

    /// The provinces in `mode`: the 63 former provinces (each archipelago
    /// with the city or province it belonged to), or the 34 of 2025.
    pub fn provinces(&self, mode: ProvinceMode) -> Vec<Province> {
        let mut out: Vec<Province> = Vec::new();
        for (i, unit) in self.units.iter().enumerate() {
            let name = match mode {
                ProvinceMode::AtReport => &unit.at_report,
                ProvinceMode::Current => &unit.now,
            };
            match out.iter_mut().find(|p| p.name == *name) {
                Some(p) => p.units.push(i),
                None => out.push(Province {
                    name: name.clone(),
                    units: vec![i],
                    label: unit.label,
                }),
            }
        }
        // A province's name goes where its largest part's does.
        for p in &mut out {
            if let Some(&largest) = p.units.iter().max_by_key(|&&u| self.area(u)) {
                p.label = self.units[largest].label;
            }
        }
        out
    }

    /// A unit's area in grid squares (twice the area, which only compares).
    pub fn area(&self, unit: usize) -> i64 {
        self.rings_of(unit).map(|r| area2(r).abs()).sum()
    }

    pub fn rings_of(&self, unit: usize) -> impl Iterator<Item = &Vec<Point>> {
        self.rings
            .iter()
            .filter(move |(u, _)| *u == unit)
            .map(|(_, r)| r)
    }

    /// The rings that draw `province` in `mode`: its units' own, or, since
    /// 2025, the union of them.
    pub fn rings_in(&self, mode: ProvinceMode, province: &Province) -> Vec<&Vec<Point>> {
        match mode {
            ProvinceMode::AtReport => province
                .units
                .iter()
                .flat_map(|&u| self.rings_of(u))
                .collect(),
            ProvinceMode::Current => self
                .merged
                .iter()
                .filter(|(name, _)| *name == province.name)
                .map(|(_, r)| r)
                .collect(),
        }
    }

    /// Whether `p` (grid units) is inside one of `units`' rings.
    pub fn holds(&self, units: &[usize], p: (f64, f64)) -> bool {
        units
            .iter()
            .any(|&u| self.rings_of(u).any(|r| inside(r, p)))
    }

    /// The box around every ring: (west, south, east, north), grid units.
    pub fn extent(&self) -> (i32, i32, i32, i32) {
        let mut b = (i32::MAX, i32::MAX, i32::MIN, i32::MIN);
        for (_, r) in &self.rings {
            for &(x, y) in r {
                b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y));
            }
        }
        b
    }
}

/// A ring written as its first point and then each step from the one before.
fn ring(steps: &str) -> Option<Vec<Point>> {
    let mut ring: Vec<Point> = Vec::new();
    for step in steps.split(' ') {
        let (dx, dy) = point(step)?;
        let (x, y) = ring.last().copied().unwrap_or((0, 0));
        ring.push((x + dx, y + dy));
    }
    Some(ring)
}

fn point(text: &str) -> Option<Point> {
    let (x, y) = text.split_once(',')?;
    Some((x.parse().ok()?, y.parse().ok()?))
}

/// Twice a ring's signed area (positive anticlockwise).
pub fn area2(ring: &[Point]) -> i64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let ((x0, y0), (x1, y1)) = (ring[i], ring[(i + 1) % n]);
            i64::from(x0) * i64::from(y1) - i64::from(x1) * i64::from(y0)
        })
        .sum()
}

/// Whether `p` is inside `ring` (even–odd rule).
pub fn inside(ring: &[Point], (x, y): (f64, f64)) -> bool {
    let n = ring.len();
    let mut hit = false;
    for i in 0..n {
        let (x0, y0) = (f64::from(ring[i].0), f64::from(ring[i].1));
        let (x1, y1) = (
            f64::from(ring[(i + 1) % n].0),
            f64::from(ring[(i + 1) % n].1),
        );
        if (y0 > y) != (y1 > y) && x < x0 + (y - y0) * (x1 - x0) / (y1 - y0) {
            hit = !hit;
        }
    }
    hit
}
