//! The dataset at a glance, one row per district: what the first page lists.

use std::collections::HashMap;

use crate::data::Dataset;

#[derive(Debug, Clone, PartialEq)]
pub struct DistrictSummary<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub figures: usize,
    pub initiatives: usize,
}

/// One summary per district, in the dataset's order.
pub fn districts(data: &Dataset) -> Vec<DistrictSummary<'_>> {
    // Counted in one pass each, not once per district.
    let mut figures: HashMap<&str, usize> = HashMap::new();
    for f in &data.figures {
        *figures.entry(f.district.as_str()).or_default() += 1;
    }
    let mut initiatives: HashMap<&str, usize> = HashMap::new();
    for i in &data.initiatives {
        *initiatives.entry(i.district.as_str()).or_default() += 1;
    }
    data.districts
        .iter()
        .map(|d| DistrictSummary {
            id: &d.id,
            name: &d.name,
            figures: figures.get(d.id.as_str()).copied().unwrap_or(0),
            initiatives: initiatives.get(d.id.as_str()).copied().unwrap_or(0),
        })
        .collect()
}
