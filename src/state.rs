//! Everything a reader has chosen: the one mutable thing in the app.
//! It lives in the URL (see `url`), so a link reproduces the view.

use crate::data::District;
use crate::format::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Compare,
    Trend,
    Table,
    Coverage,
    Initiatives,
    Sources,
    Map,
}

impl View {
    pub const ALL: [View; 7] = [
        View::Compare,
        View::Trend,
        View::Table,
        View::Coverage,
        View::Initiatives,
        View::Sources,
        View::Map,
    ];

    /// The name used in URLs; stable, never translated.
    pub fn code(self) -> &'static str {
        match self {
            View::Compare => "compare",
            View::Trend => "trend",
            View::Table => "table",
            View::Coverage => "coverage",
            View::Initiatives => "initiatives",
            View::Sources => "sources",
            View::Map => "map",
        }
    }

    pub fn from_code(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code)
    }

    /// Views that draw one metric and need one chosen.
    pub fn needs_metric(self) -> bool {
        matches!(self, View::Compare | View::Trend | View::Map)
    }
}

/// Which province a district is filed under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProvinceMode {
    /// As at the time of the report.
    #[default]
    AtReport,
    /// Since the 1 July 2025 reorganisation.
    Current,
}

impl ProvinceMode {
    /// A unit's province, as the reader's province filter reads it.
    pub fn province_of(self, d: &District) -> &str {
        match self {
            ProvinceMode::AtReport => &d.province.name,
            ProvinceMode::Current => &d.province_2025.name,
        }
    }
}

/// A table column a reader can sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    District,
    Metric,
    Value,
    Period,
    Report,
}

impl Column {
    pub const ALL: [Column; 5] = [
        Column::District,
        Column::Metric,
        Column::Value,
        Column::Period,
        Column::Report,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Column::District => "district",
            Column::Metric => "metric",
            Column::Value => "value",
            Column::Period => "period",
            Column::Report => "report",
        }
    }

    pub fn from_code(code: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

/// The compare view's period: each district's latest figure, or one period.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PeriodChoice {
    #[default]
    Latest,
    /// A period key, "2023" or "2021-05_2023-03" (see `query::period_key`).
    Exactly(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct State {
    pub view: View,
    /// The metric drawn; `None` means "all metrics" (table) or the default.
    pub metric: Option<String>,
    /// A metric group filter for the table (set by a click on the coverage matrix).
    pub group: Option<String>,
    /// Chosen district ids, in dataset order; empty means every district.
    pub districts: Vec<String>,
    pub province_mode: ProvinceMode,
    /// A province filter, by name, read in `province_mode`.
    pub province: Option<String>,
    /// Inclusive year range; `None` means open on that side.
    pub from: Option<u16>,
    pub to: Option<u16>,
    pub period: PeriodChoice,
    pub lang: Locale,
    /// The initiatives search text.
    pub search: String,
    /// An initiative theme filter.
    pub theme: Option<String>,
    pub sort: Option<Sort>,
    /// Set when the page is embedded in another site's frame: the frame's id,
    /// echoed in the height messages the page sends its parent.
    pub embed: Option<String>,
    /// Another dataset to explore instead of the shipped one: its URL.
    pub data: Option<String>,
    /// The level of the units compared, in a dataset of several levels;
    /// `None` means the level most of its units have (`query::level_in_view`).
    pub level: Option<crate::data::Level>,
    /// The place a reader found with "find where you live" (its key, see
    /// `place_search::PlaceIndex::key`): the answer stays in the link.
    pub place: Option<String>,
}
