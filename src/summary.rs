//! The dataset at a glance, one row per district: what the first page lists.

use std::collections::HashMap;

use crate::data::{Dataset, Period};

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

/// A period as a reader reads it: "2023", "5/2021–3/2023", "2022–2023"
/// (months without a leading zero, as Vietnamese official texts write them).
pub fn period_label(period: &Period) -> String {
    let one = |s: &str| match s.split_once('-') {
        Some((y, m)) => format!("{}/{y}", m.trim_start_matches('0')),
        None => s.to_string(),
    };
    if period.start == period.end {
        one(&period.start)
    } else {
        format!("{}–{}", one(&period.start), one(&period.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Basis;

    fn period(start: &str, end: &str) -> Period {
        Period {
            start: start.into(),
            end: end.into(),
            basis: Basis::Printed,
            note: None,
        }
    }

    #[test]
    fn periods_read_month_first_with_an_en_dash() {
        assert_eq!(period_label(&period("2023", "2023")), "2023");
        assert_eq!(period_label(&period("2021-05", "2023-03")), "5/2021–3/2023");
        assert_eq!(period_label(&period("2022", "2023")), "2022–2023");
        assert_eq!(
            period_label(&period("2021-10", "2021-12")),
            "10/2021–12/2021"
        );
    }
}
