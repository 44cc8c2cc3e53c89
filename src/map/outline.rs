//! A province's border, drawn once around the former provinces it is made
//! of: the edges of their rings that no other of them walks back. Neighbours
//! share their border points (`data/map/build.py` snaps both to one grid), so
//! the borders inside a province cancel exactly.

use std::collections::{HashMap, HashSet};

use super::shapes::{Point, Shapes};

/// The border of `units` taken together, as closed paths.
pub fn outline(shapes: &Shapes, units: &[usize]) -> Vec<Vec<Point>> {
    let mut edges: HashSet<(Point, Point)> = HashSet::new();
    for &u in units {
        for ring in shapes.rings_of(u) {
            let n = ring.len();
            for i in 0..n {
                let (a, b) = (ring[i], ring[(i + 1) % n]);
                if a != b && !edges.remove(&(b, a)) {
                    edges.insert((a, b));
                }
            }
        }
    }
    // Chain the edges left into paths. A point where a border touches itself
    // starts two edges; either continues the path.
    let mut next: HashMap<Point, Vec<Point>> = HashMap::new();
    for &(a, b) in &edges {
        next.entry(a).or_default().push(b);
    }
    let mut starts: Vec<Point> = next.keys().copied().collect();
    starts.sort_unstable();
    let mut paths = Vec::new();
    for start in starts {
        while let Some(b) = next.get_mut(&start).and_then(Vec::pop) {
            let mut path = vec![start, b];
            let mut at = b;
            while let Some(c) = next.get_mut(&at).and_then(Vec::pop) {
                path.push(c);
                at = c;
                if at == start {
                    break;
                }
            }
            paths.push(path);
        }
    }
    paths
}
