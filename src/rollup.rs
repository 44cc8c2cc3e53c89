//! A province first. Thousands of communes make no table a reader can use,
//! so above [`PROVINCE_FIRST`] units in scope the coverage and initiative
//! tables add their units up by province, and the reader picks a province
//! to see its units one by one (Ho Chi Minh City, the largest, has 168).

use std::collections::HashMap;

use crate::data::{Dataset, District};
use crate::state::{ProvinceMode, State};

/// Above this many units in scope, with no province chosen, rows are provinces.
pub const PROVINCE_FIRST: usize = 60;

/// One province's row: how many of its units are in scope, and the sums of
/// their counts, column by column.
#[derive(Debug, Clone, PartialEq)]
pub struct Tally<'a> {
    pub province: &'a str,
    pub units: usize,
    pub counts: Vec<usize>,
}

/// Whether `units` are too many to list and span more than one province.
pub fn province_first(state: &State, units: &[&District]) -> bool {
    if state.province.is_some() || units.len() <= PROVINCE_FIRST {
        return false;
    }
    let first = units.first().map(|d| state.province_mode.province_of(d));
    units
        .iter()
        .any(|d| Some(state.province_mode.province_of(d)) != first)
}

/// Whether the reader has picked a province among more units than a table
/// lists: the views then offer the way back to all provinces.
pub fn province_picked(data: &Dataset, state: &State) -> bool {
    if state.province.is_none() {
        return false;
    }
    let everywhere = State {
        province: None,
        ..state.clone()
    };
    province_first(
        &everywhere,
        &crate::query::districts_in_scope(data, &everywhere),
    )
}

/// Rows of per-unit counts added up by province, provinces in order of
/// their first unit (the province picker's order).
pub fn by_province<'a>(rows: &[(&'a District, Vec<usize>)], mode: ProvinceMode) -> Vec<Tally<'a>> {
    let mut tallies: Vec<Tally<'a>> = Vec::new();
    let mut at: HashMap<&'a str, usize> = HashMap::new();
    for &(unit, ref counts) in rows {
        let province = mode.province_of(unit);
        let i = *at.entry(province).or_insert_with(|| {
            tallies.push(Tally {
                province,
                units: 0,
                counts: vec![0; counts.len()],
            });
            tallies.len() - 1
        });
        let tally = &mut tallies[i];
        tally.units += 1;
        for (sum, n) in tally.counts.iter_mut().zip(counts) {
            *sum += n;
        }
    }
    tallies
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::synthetic;
    use crate::{query, url};

    #[test]
    fn the_whole_country_is_shown_by_province_until_one_is_chosen() {
        let d = synthetic::generate(42, synthetic::COMMUNES);
        let (state, _) = url::decode("view=coverage", &d);
        let rows = query::coverage(&d, &state);
        let units: Vec<&District> = rows.iter().map(|r| r.0).collect();
        assert!(province_first(&state, &units));
        let tallies = by_province(&rows, state.province_mode);
        let provinces: std::collections::HashSet<&str> = units
            .iter()
            .map(|u| state.province_mode.province_of(u))
            .collect();
        assert_eq!(provinces.len(), 34);
        assert_eq!(tallies.len(), provinces.len());
        assert_eq!(tallies.iter().map(|t| t.units).sum::<usize>(), rows.len());
        let columns = rows[0].1.len();
        for column in 0..columns {
            let total: usize = rows.iter().map(|r| r.1[column]).sum();
            assert_eq!(
                tallies.iter().map(|t| t.counts[column]).sum::<usize>(),
                total
            );
        }
        // Choosing a province lists its units.
        let link = format!("view=coverage&prov={}", tallies[0].province);
        let (one, notices) = url::decode(&link, &d);
        assert!(notices.is_empty(), "{notices:?}");
        let rows = query::coverage(&d, &one);
        let units: Vec<&District> = rows.iter().map(|r| r.0).collect();
        assert_eq!(units.len(), tallies[0].units);
        assert!(!province_first(&one, &units));
        assert!(province_picked(&d, &one) && !province_picked(&d, &state));
    }

    #[test]
    fn a_few_units_are_listed_as_they_are() {
        let d = crate::data::shipped().unwrap();
        let state = State::default();
        let units = query::districts_in_scope(d, &state);
        assert!(!province_first(&state, &units));
    }
}
