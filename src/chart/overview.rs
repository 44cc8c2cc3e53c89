//! The first page's chart: how many figures and named initiatives each
//! district's report gives. It is the one comparison every district has data for.

use super::bars::{BarChart, Series};
use crate::data::Dataset;
use crate::format::Locale;
use crate::summary;

pub fn spec(data: &Dataset, locale: Locale) -> BarChart {
    let rows = summary::districts(data);
    let (figures, initiatives) = match locale {
        Locale::Vi => ("Số liệu", "Mô hình được nêu tên"),
        Locale::En => ("Figures", "Named initiatives"),
    };
    BarChart {
        categories: rows.iter().map(|r| r.name.to_string()).collect(),
        series: vec![
            Series {
                name: figures.into(),
                values: rows.iter().map(|r| r.figures as f64).collect(),
            },
            Series {
                name: initiatives.into(),
                values: rows.iter().map(|r| r.initiatives as f64).collect(),
            },
        ],
        locale,
    }
}
