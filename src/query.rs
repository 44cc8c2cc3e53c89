//! Selecting what each view shows from the dataset and the reader's state.
//!
//! "Not reported" is never zero: a district without a figure for a metric is
//! listed as not reporting it, and no view draws it as a zero.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

use crate::data::{Dataset, District, Figure, Initiative, Level, Metric, Period, YearMonth};
use crate::format::Locale;
use crate::state::{Column, PeriodChoice, ProvinceMode, State, View};

/// A period as a stable key: "2023", or "2021-05_2023-03" for a span.
pub fn period_key(p: &Period) -> String {
    if p.start == p.end {
        p.start.clone()
    } else {
        format!("{}_{}", p.start, p.end)
    }
}

/// The span of a period in months since year 0 (first, last); a malformed
/// period (never in a validated dataset) spans nothing.
pub fn months(p: &Period) -> (u32, u32) {
    match (YearMonth::parse(&p.start), YearMonth::parse(&p.end)) {
        (Some(s), Some(e)) => (s.first_month(), e.last_month()),
        _ => (0, 0),
    }
}

/// The levels a dataset's units have, with how many units each, the most
/// first (ties in `Level::ALL` order).
pub fn levels(data: &Dataset) -> Vec<(Level, usize)> {
    let mut counts = Level::ALL.map(|l| (l, 0));
    for d in &data.districts {
        if let Some(c) = counts.iter_mut().find(|(l, _)| *l == d.level) {
            c.1 += 1;
        }
    }
    let mut counts: Vec<(Level, usize)> = counts.into_iter().filter(|(_, n)| *n > 0).collect();
    crate::order::sort_by_key(&mut counts, |c| std::cmp::Reverse(c.1));
    counts
}

/// The level of the units the views show: the reader's choice, else the
/// level most units have. A chart compares units of one level only.
pub fn level_in_view(data: &Dataset, state: &State) -> Level {
    state
        .level
        .filter(|l| data.districts.iter().any(|d| d.level == *l))
        .or_else(|| levels(data).first().map(|(l, _)| *l))
        .unwrap_or_default()
}

/// The districts the reader's filters keep (level, chosen districts and
/// province), in dataset order.
pub fn districts_in_scope<'a>(data: &'a Dataset, state: &State) -> Vec<&'a District> {
    scope_at(data, state, level_in_view(data, state))
}

/// [`districts_in_scope`] for a level already worked out.
fn scope_at<'a>(data: &'a Dataset, state: &State, level: Level) -> Vec<&'a District> {
    let chosen = chosen_ids(state);
    data.districts
        .iter()
        .filter(|d| d.level == level)
        .filter(|d| chosen.is_empty() || chosen.contains(d.id.as_str()))
        .filter(|d| match (&state.province, state.province_mode) {
            (None, _) => true,
            (Some(p), ProvinceMode::AtReport) => d.province.name == *p,
            (Some(p), ProvinceMode::Current) => d.province_2025.name == *p,
        })
        .collect()
}

/// The districts the reader chose, for membership tests in one step: at
/// national scale a reader who unticks one box has chosen 699, and a scan of
/// that list per district made each redraw quadratic.
fn chosen_ids(state: &State) -> HashSet<&str> {
    state.districts.iter().map(String::as_str).collect()
}

/// The distinct periods of `figures`, earliest first, with their keys.
fn periods_of<'a>(figures: &[&'a Figure]) -> Vec<(String, &'a Period)> {
    let mut periods: Vec<(String, &Period)> = Vec::new();
    for f in figures {
        let key = period_key(&f.period);
        if !periods.iter().any(|(k, _)| *k == key) {
            periods.push((key, &f.period));
        }
    }
    crate::order::sort_by_key(&mut periods, |(_, p)| months(p));
    periods
}

/// The periods the chosen metric has in scope: what the compare view's period
/// picker offers, without selecting and sorting a whole comparison for it.
pub fn periods<'a>(data: &'a Dataset, state: &State) -> Vec<(String, &'a Period)> {
    let Some(metric) = chosen_metric(data, state) else {
        return Vec::new();
    };
    periods_of(&figures_of(
        data,
        &metric.id,
        &districts_in_scope(data, state),
        state,
    ))
}

/// Figures grouped by district in one pass (not one scan per district: at
/// national scale that was 700 scans of every figure on each redraw).
fn group_by_district<'a>(figures: &[&'a Figure]) -> HashMap<&'a str, Vec<&'a Figure>> {
    let mut groups: HashMap<&str, Vec<&Figure>> = HashMap::new();
    for f in figures {
        groups.entry(f.district.as_str()).or_default().push(f);
    }
    groups
}

/// The ids of the districts in scope, for membership tests in one step.
fn scope_ids<'a>(scope: &[&'a District]) -> HashSet<&'a str> {
    scope.iter().map(|d| d.id.as_str()).collect()
}

/// Whether a period overlaps the reader's year range.
pub fn in_years(p: &Period, state: &State) -> bool {
    let (first, last) = months(p);
    let from = state.from.map_or(0, |y| u32::from(y) * 12);
    let to = state.to.map_or(u32::MAX, |y| u32::from(y) * 12 + 11);
    first <= to && last >= from
}

/// The ids of units of every level but `level`: empty for a dataset of one
/// level (the usual case), where no figure's unit needs looking up.
fn other_levels(data: &Dataset, level: Level) -> HashSet<&str> {
    data.districts
        .iter()
        .filter(|d| d.level != level)
        .map(|d| d.id.as_str())
        .collect()
}

/// How many units of `level` report a metric anywhere in the dataset.
pub fn reporting_districts(data: &Dataset, metric: &str, level: Level) -> usize {
    let others = other_levels(data, level);
    let mut ids: Vec<&str> = data
        .figures
        .iter()
        .filter(|f| f.metric == metric && !others.contains(f.district.as_str()))
        .map(|f| f.district.as_str())
        .collect();
    crate::order::sort_dedup(&mut ids);
    ids.len()
}

/// [`reporting_districts`] for every metric at once, in one pass over the
/// figures: what the metric picker and the default metric need.
pub fn reporting_counts(data: &Dataset, level: Level) -> HashMap<&str, usize> {
    // A flag per (metric, unit) rather than sets or a sort: no new generic
    // code in the page for a count.
    let units = crate::data::positions(data.districts.iter().map(|d| d.id.as_str()));
    let metrics = crate::data::positions(data.metrics.iter().map(|m| m.id.as_str()));
    let n = data.districts.len();
    let mut seen = vec![false; n * data.metrics.len()];
    let mut counts = vec![0usize; data.metrics.len()];
    for f in &data.figures {
        if let (Some(&u), Some(&m)) = (
            units.get(f.district.as_str()),
            metrics.get(f.metric.as_str()),
        ) && data.districts[u].level == level
            && !std::mem::replace(&mut seen[m * n + u], true)
        {
            counts[m] += 1;
        }
    }
    data.metrics
        .iter()
        .zip(counts)
        .map(|(m, c)| (m.id.as_str(), c))
        .collect()
}

/// The metric shown when the reader has chosen none: the one most districts
/// report (the first such in dataset order).
pub fn default_metric(data: &Dataset) -> Option<&Metric> {
    // Once per dataset: every redraw of a view with no metric chosen asks,
    // and counting takes the whole country's 53,000 figures 8 ms.
    let at = data.derived.default_metric.get_or_init(|| {
        let counts = reporting_counts(data, level_in_view(data, &State::default()));
        data.metrics
            .iter()
            .enumerate()
            .rev()
            .max_by_key(|(_, m)| counts.get(m.id.as_str()).copied().unwrap_or(0))
            .map(|(i, _)| i)
    });
    at.map(|i| &data.metrics[i])
}

/// The metric a chart view draws.
pub fn chosen_metric<'a>(data: &'a Dataset, state: &State) -> Option<&'a Metric> {
    state
        .metric
        .as_deref()
        .and_then(|id| data.metric(id))
        .or_else(|| default_metric(data))
}

fn figures_of<'a>(
    data: &'a Dataset,
    metric: &str,
    scope: &[&District],
    state: &State,
) -> Vec<&'a Figure> {
    let ids = scope_ids(scope);
    data.figures
        .iter()
        .filter(|f| {
            f.metric == metric && ids.contains(f.district.as_str()) && in_years(&f.period, state)
        })
        .collect()
}

/// At most this many bars: past it, the top and bottom [`EDGE_BARS`] stay,
/// with any district the reader chose or searched for.
pub const MAX_BARS: usize = 30;
pub const EDGE_BARS: usize = 10;
/// At most this many series in a trend chart.
pub const MAX_SERIES: usize = 8;
/// A long list (the table's rows, initiatives) shows this many at a time:
/// forty thousand rows would take a phone seconds to lay out.
pub const PAGE_ROWS: usize = 100;
/// style.css's media query under which each row of the figures table is a
/// block of lines (about 11rem): a phone's screen holds five, so a tap on
/// a long view builds fewer rows first there (`ui::more_rows::FirstFrame`).
pub const PHONE_LAYOUT: &str = "(max-width: 40rem)";
/// Rows a tap on a long view builds before its first frame: more than a
/// laptop's screen holds, and on a phone ([`PHONE_LAYOUT`]) five fill an
/// 844 px screen below the tabs. The rest come a task later. Sixteen on a
/// phone took half the wasm time of the tap (a trace on a 4× slower CPU).
pub const FIRST_ROWS: usize = 16;
pub const FIRST_ROWS_PHONE: usize = 6;

#[derive(Debug, Clone, PartialEq)]
pub struct Compare<'a> {
    /// How many reporting districts are not drawn (past [`MAX_BARS`]).
    pub omitted: usize,
    pub metric: &'a Metric,
    /// One figure per reporting district, highest value first.
    pub rows: Vec<(&'a District, &'a Figure)>,
    /// Districts in scope without a figure for this metric and period.
    pub not_reported: Vec<&'a District>,
    /// The periods this metric has in scope, earliest first: (key, figure count).
    pub periods: Vec<(String, &'a Period)>,
    /// How many districts report this metric in the whole dataset.
    pub reported_anywhere: usize,
    /// The level of the units compared.
    pub level: Level,
}

impl Compare<'_> {
    /// The one unit that reports this metric anywhere, when only one does:
    /// the page then says there is nothing to compare with.
    pub fn only_reporter(&self) -> Option<&str> {
        only_reporter(self.reported_anywhere, self.rows.first().map(|(d, _)| *d))
    }
}

impl Trend<'_> {
    /// As [`Compare::only_reporter`].
    pub fn only_reporter(&self) -> Option<&str> {
        only_reporter(self.reported_anywhere, self.series.first().map(|(d, _)| *d))
    }
}

fn only_reporter(reported_anywhere: usize, first: Option<&District>) -> Option<&str> {
    (reported_anywhere == 1)
        .then(|| first.map(|d| d.name.as_str()))
        .flatten()
}

/// The compare view: one metric, one period (or each district's latest), a row per district.
/// Each unit's figure for the chosen metric and period, as Compare and the
/// map read them: every unit in scope that has one (in scope order), and those
/// that have none.
pub struct Chosen<'a> {
    pub metric: &'a Metric,
    pub level: Level,
    pub rows: Vec<(&'a District, &'a Figure)>,
    pub not_reported: Vec<&'a District>,
    pub periods: Vec<(String, &'a Period)>,
}

pub fn chosen<'a>(data: &'a Dataset, state: &State) -> Option<Chosen<'a>> {
    let metric = chosen_metric(data, state)?;
    let level = level_in_view(data, state);
    let scope = scope_at(data, state, level);
    let figures = figures_of(data, &metric.id, &scope, state);
    let periods = periods_of(&figures);
    let mut rows = Vec::new();
    let mut not_reported = Vec::new();
    let by_district = group_by_district(&figures);
    for district in scope {
        let mut candidates = by_district
            .get(district.id.as_str())
            .into_iter()
            .flatten()
            .copied();
        let chosen = match &state.period {
            PeriodChoice::Exactly(key) => candidates.find(|f| period_key(&f.period) == *key),
            // The latest start wins; between equal starts, the shorter span.
            PeriodChoice::Latest => candidates.max_by_key(|f| {
                let (first, last) = months(&f.period);
                (first, u32::MAX - last)
            }),
        };
        match chosen {
            Some(f) => rows.push((district, f)),
            None => not_reported.push(district),
        }
    }
    Some(Chosen {
        metric,
        level,
        rows,
        not_reported,
        periods,
    })
}

pub fn compare<'a>(data: &'a Dataset, state: &State) -> Option<Compare<'a>> {
    let Chosen {
        metric,
        level,
        mut rows,
        not_reported,
        periods,
    } = chosen(data, state)?;
    let rows_before = rows.len();
    crate::order::sort_by(&mut rows, |a, b| {
        b.1.value
            .partial_cmp(&a.1.value)
            .unwrap_or(Ordering::Equal)
            .then_with(|| a.0.name.cmp(&b.0.name))
    });
    if rows.len() > MAX_BARS {
        // Keep the extremes, and whoever the reader asked for by name or choice.
        let words: Vec<String> = fold(&state.search)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        let chosen = chosen_ids(state);
        let asked = |d: &District| {
            chosen.contains(d.id.as_str())
                || (!words.is_empty() && words.iter().all(|w| fold(&d.name).contains(w.as_str())))
        };
        let n = rows.len();
        rows = rows
            .into_iter()
            .enumerate()
            .filter(|(i, (d, _))| *i < EDGE_BARS || *i >= n - EDGE_BARS || asked(d))
            .map(|(_, r)| r)
            .take(MAX_BARS + EDGE_BARS)
            .collect();
    }
    let omitted = rows_before - rows.len();
    Some(Compare {
        level,
        omitted,
        metric,
        rows,
        not_reported,
        periods,
        reported_anywhere: reporting_districts(data, &metric.id, level),
    })
}

#[derive(Debug, Clone, PartialEq)]
pub struct Trend<'a> {
    /// How many reporting districts are not drawn (past [`MAX_SERIES`]).
    pub omitted: usize,
    pub metric: &'a Metric,
    /// One series per reporting district, its figures in time order.
    pub series: Vec<(&'a District, Vec<&'a Figure>)>,
    pub not_reported: Vec<&'a District>,
    pub reported_anywhere: usize,
    /// The level of the units drawn.
    pub level: Level,
    /// The years the reader chose (`from`, `to`), when they narrowed them:
    /// the time axis fits these, not every year a span touches.
    pub years: (Option<u16>, Option<u16>),
}

/// The trend view: one metric over time, one series per district.
pub fn trend<'a>(data: &'a Dataset, state: &State) -> Option<Trend<'a>> {
    let metric = chosen_metric(data, state)?;
    let level = level_in_view(data, state);
    let scope = scope_at(data, state, level);
    let figures = figures_of(data, &metric.id, &scope, state);
    let mut series = Vec::new();
    let mut not_reported = Vec::new();
    let mut by_district = group_by_district(&figures);
    for district in scope {
        let mut own: Vec<&Figure> = by_district.remove(district.id.as_str()).unwrap_or_default();
        crate::order::sort_by_key(&mut own, |f| months(&f.period));
        if own.is_empty() {
            not_reported.push(district)
        } else {
            series.push((district, own))
        }
    }
    // Past the cap: the chosen districts first, then those with the most figures.
    let omitted = series.len().saturating_sub(MAX_SERIES);
    if omitted > 0 {
        let chosen = chosen_ids(state);
        crate::order::sort_by_key(&mut series, |(d, figures)| {
            (
                !chosen.contains(d.id.as_str()),
                std::cmp::Reverse(figures.len()),
            )
        });
        series.truncate(MAX_SERIES);
    }
    Some(Trend {
        level,
        omitted,
        metric,
        series,
        not_reported,
        reported_anywhere: reporting_districts(data, &metric.id, level),
        years: (state.from, state.to),
    })
}

/// The table view: figures in scope, of the chosen metric or group if any, sorted.
pub fn table<'a>(data: &'a Dataset, state: &State, locale: Locale) -> Vec<&'a Figure> {
    let ids = scope_ids(&districts_in_scope(data, state));
    let group_of = |f: &Figure| data.metric(&f.metric).map(|m| m.group.as_str());
    let mut rows: Vec<&Figure> = data
        .figures
        .iter()
        .filter(|f| ids.contains(f.district.as_str()) && in_years(&f.period, state))
        .filter(|f| state.metric.as_ref().is_none_or(|m| *m == f.metric))
        .filter(|f| {
            state
                .group
                .as_deref()
                .is_none_or(|g| group_of(f) == Some(g))
        })
        .collect();
    if let Some(sort) = state.sort {
        // Keys looked up once per row: by name through a scan of the units
        // per comparison, sorting the whole country's table took minutes.
        // One sort call for every column: each call with its own closure is
        // another copy of the sorting code in the page (4–5 KB each).
        let districts = crate::data::positions(data.districts.iter().map(|d| d.id.as_str()));
        let metrics = crate::data::positions(data.metrics.iter().map(|m| m.id.as_str()));
        let key = |f: &'a Figure| match sort.column {
            Column::District => SortKey::Text(
                districts
                    .get(f.district.as_str())
                    .map_or("", |&i| data.districts[i].name.as_str()),
            ),
            Column::Metric => SortKey::Text(
                metrics
                    .get(f.metric.as_str())
                    .map_or("", |&i| data.metrics[i].label.get(locale)),
            ),
            Column::Report => SortKey::Text(&f.report),
            Column::Value => SortKey::Value(f.value),
            Column::Period => SortKey::Months(months(&f.period)),
        };
        let mut keyed: Vec<(SortKey, &Figure)> = rows.iter().map(|f| (key(f), *f)).collect();
        crate::order::sort_by(&mut keyed, |a, b| {
            let order = a.0.compare(&b.0);
            if sort.descending {
                order.reverse()
            } else {
                order
            }
        });
        rows = keyed.into_iter().map(|(_, f)| f).collect();
    }
    rows
}

/// What the table sorts a row by, worked out once per row.
enum SortKey<'a> {
    Text(&'a str),
    Value(f64),
    Months((u32, u32)),
}

impl SortKey<'_> {
    fn compare(&self, other: &Self) -> Ordering {
        match (self, other) {
            (SortKey::Text(a), SortKey::Text(b)) => a.cmp(b),
            (SortKey::Value(a), SortKey::Value(b)) => a.partial_cmp(b).unwrap_or(Ordering::Equal),
            (SortKey::Months(a), SortKey::Months(b)) => a.cmp(b),
            _ => Ordering::Equal,
        }
    }
}

/// The coverage matrix: per district in scope, figures per metric group (in
/// the dataset's group order), then the number of named initiatives.
pub fn coverage<'a>(data: &'a Dataset, state: &State) -> Vec<(&'a District, Vec<usize>)> {
    // One pass over figures and initiatives, not one per district and group.
    let groups = data.groups.len();
    let group_index = crate::data::positions(data.groups.iter().map(|g| g.id.as_str()));
    let metric_group: HashMap<&str, usize> = data
        .metrics
        .iter()
        .filter_map(|m| Some((m.id.as_str(), *group_index.get(m.group.as_str())?)))
        .collect();
    let mut counts: HashMap<&str, Vec<usize>> = HashMap::new();
    let new_row = || vec![0; groups + 1];
    for f in data.figures.iter().filter(|f| in_years(&f.period, state)) {
        if let Some(&g) = metric_group.get(f.metric.as_str()) {
            counts.entry(f.district.as_str()).or_insert_with(new_row)[g] += 1;
        }
    }
    for i in &data.initiatives {
        counts.entry(i.district.as_str()).or_insert_with(new_row)[groups] += 1;
    }
    districts_in_scope(data, state)
        .into_iter()
        .map(|d| {
            let row = counts.remove(d.id.as_str()).unwrap_or_else(new_row);
            (d, row)
        })
        .collect()
}

/// The initiatives view: named initiatives in scope, of the chosen theme,
/// matching the search (case and Vietnamese diacritics ignored).
pub fn initiatives<'a>(data: &'a Dataset, state: &State) -> Vec<&'a Initiative> {
    let ids = scope_ids(&districts_in_scope(data, state));
    let words: Vec<String> = fold(&state.search)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    data.initiatives
        .iter()
        .filter(|i| ids.contains(i.district.as_str()))
        .filter(|i| state.theme.as_ref().is_none_or(|t| *t == i.theme))
        .filter(|i| {
            // English names where the page is in English: in Vietnamese,
            // English travels apart and may not have come (`data::english`).
            let english = if state.lang == crate::format::Locale::En {
                i.english_name()
            } else {
                ""
            };
            let haystack = fold(
                &[
                    i.name.as_str(),
                    english,
                    i.runner.as_deref().unwrap_or(""),
                    i.commune.as_deref().unwrap_or(""),
                    // A reader may search by the article's own spelling.
                    i.printed.as_deref().unwrap_or(""),
                ]
                .join(" "),
            );
            words.iter().all(|w| haystack.contains(w.as_str()))
        })
        .collect()
}

/// Counts of `initiatives` per district (rows, in scope order) and theme (columns, dataset order).
pub fn initiative_counts<'a>(
    data: &'a Dataset,
    state: &State,
    initiatives: &[&Initiative],
) -> Vec<(&'a District, Vec<usize>)> {
    // One pass: at the whole country's scale a count per unit and theme was quadratic.
    let themes = crate::data::positions(data.themes.iter().map(|t| t.id.as_str()));
    let mut counts: HashMap<&str, Vec<usize>> = HashMap::new();
    for i in initiatives {
        if let Some(&t) = themes.get(i.theme.as_str()) {
            counts
                .entry(i.district.as_str())
                .or_insert_with(|| vec![0; data.themes.len()])[t] += 1;
        }
    }
    districts_in_scope(data, state)
        .into_iter()
        .map(|d| {
            let row = counts
                .remove(d.id.as_str())
                .unwrap_or_else(|| vec![0; data.themes.len()]);
            (d, row)
        })
        .collect()
}

/// The reports of the units in scope, in dataset order: the sources view.
pub fn reports_in_scope<'a>(data: &'a Dataset, state: &State) -> Vec<&'a crate::data::Report> {
    let ids = scope_ids(&districts_in_scope(data, state));
    data.reports
        .iter()
        .filter(|r| ids.contains(r.district.as_str()))
        .collect()
}

/// Each report's figures, in dataset order, grouped in one pass: a scan of
/// every figure per report took the whole country's sources view seconds.
pub fn figures_by_report(data: &Dataset) -> HashMap<&str, Vec<&Figure>> {
    let mut by_report: HashMap<&str, Vec<&Figure>> = HashMap::new();
    for f in &data.figures {
        by_report.entry(f.report.as_str()).or_default().push(f);
    }
    by_report
}

/// The reports behind what the current view shows, in dataset order: what a
/// source line or an attribution cites.
pub fn shown_reports<'a>(data: &'a Dataset, state: &State) -> Vec<&'a crate::data::Report> {
    // A set: the whole country's table cites 3,321 reports in 42,000 rows.
    let files: HashSet<&str> = match state.view {
        View::Compare => return compared_reports(data, state),
        View::Trend => trend(data, state)
            .map(|t| {
                t.series
                    .iter()
                    .flat_map(|(_, fs)| fs.iter().map(|f| f.report.as_str()))
                    .collect()
            })
            .unwrap_or_default(),
        View::Table => table(data, state, state.lang)
            .iter()
            .map(|f| f.report.as_str())
            .collect(),
        View::Initiatives => initiatives(data, state)
            .iter()
            .map(|i| i.report.as_str())
            .collect(),
        View::Map => chosen(data, state)
            .map(|c| c.rows.iter().map(|(_, f)| f.report.as_str()).collect())
            .unwrap_or_default(),
        View::Coverage | View::Sources => return reports_in_scope(data, state),
    };
    reports_of(data, &files)
}

/// [`shown_reports`] of the Compare view alone: the app's first part has
/// only this view, and the others' queries stay out of it (`ui::later`).
pub fn compared_reports<'a>(data: &'a Dataset, state: &State) -> Vec<&'a crate::data::Report> {
    let files: HashSet<&str> = compare(data, state)
        .map(|c| c.rows.iter().map(|(_, f)| f.report.as_str()).collect())
        .unwrap_or_default();
    reports_of(data, &files)
}

fn reports_of<'a>(data: &'a Dataset, files: &HashSet<&str>) -> Vec<&'a crate::data::Report> {
    data.reports
        .iter()
        .filter(|r| files.contains(r.file.as_str()))
        .collect()
}

/// The metrics of group `group`, in dataset order (the metric list's groups).
pub fn metrics_in_group<'a>(data: &'a Dataset, group: &'a str) -> impl Iterator<Item = &'a Metric> {
    data.metrics.iter().filter(move |m| m.group == group)
}

/// The districts chosen after ticking (`checked`) or unticking `id`, in
/// dataset order; empty when that is every district. `chosen` empty means
/// every district. One pass, for the hundreds of a national dataset.
pub fn toggle_district(data: &Dataset, chosen: &[String], id: &str, checked: bool) -> Vec<String> {
    let before: HashSet<&str> = chosen.iter().map(String::as_str).collect();
    let picked: Vec<String> = data
        .districts
        .iter()
        .filter(|d| {
            if d.id == id {
                checked
            } else {
                before.is_empty() || before.contains(d.id.as_str())
            }
        })
        .map(|d| d.id.clone())
        .collect();
    if picked.len() == data.districts.len() {
        Vec::new()
    } else {
        picked
    }
}

/// The districts the district list offers: units of `level`, in `province`
/// (read in `mode`) when one is chosen, whose names hold every word of
/// `search` (case and diacritics ignored).
pub fn districts_offered<'a>(
    data: &'a Dataset,
    level: Level,
    province: Option<&'a str>,
    mode: ProvinceMode,
    search: &str,
) -> impl Iterator<Item = &'a District> {
    let words: Vec<String> = fold(search)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    data.districts.iter().filter(move |d| {
        d.level == level
            && province.is_none_or(|p| mode.province_of(d) == p)
            && words.iter().all(|w| fold(&d.name).contains(w.as_str()))
    })
}

/// Lower case without Vietnamese diacritics, so "quy khuyen hoc" finds "Quỹ Khuyến học".
///
/// Vietnamese capitals are written out rather than lowered by
/// `char::to_lowercase`: its Unicode tables (about 12 KB) would come with
/// the first part of the app, for a search box that reads Vietnamese names.
/// Other capitals of Latin-1 are lowered too; capitals of other scripts
/// are kept as typed.
pub fn fold(text: &str) -> String {
    const GROUPS: [(&str, char); 12] = [
        ("àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a'),
        ("èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ", 'e'),
        ("ìíỉĩịÌÍỈĨỊ", 'i'),
        ("òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o'),
        ("ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ", 'u'),
        ("ỳýỷỹỵỲÝỶỸỴ", 'y'),
        ("đĐ", 'd'),
        ("\u{300}", '\0'),
        ("\u{301}", '\0'),
        ("\u{303}", '\0'),
        ("\u{309}", '\0'),
        ("\u{323}", '\0'),
    ];
    text.chars()
        .filter_map(|c| match GROUPS.iter().find(|(set, _)| set.contains(c)) {
            Some((_, '\0')) => None,
            Some((_, base)) => Some(*base),
            None => Some(lower_latin(c)),
        })
        .collect()
}

/// `c` in lower case if it is a capital of ASCII or Latin-1.
fn lower_latin(c: char) -> char {
    match c {
        'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' => {
            char::from_u32(c as u32 + 32).unwrap_or(c)
        }
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> &'static Dataset {
        crate::data::shipped().expect("shipped dataset")
    }

    fn state(query: &str) -> State {
        crate::url::decode(query, data()).0
    }

    #[test]
    fn the_default_metric_is_one_that_two_districts_report() {
        assert_eq!(
            default_metric(data()).map(|m| m.id.as_str()),
            Some("poverty_rate")
        );
    }

    #[test]
    fn poverty_compares_two_districts_lowest_last_and_lists_the_rest_as_not_reported() {
        let c = compare(data(), &state("metric=poverty_rate")).unwrap();
        let rows: Vec<(&str, f64)> = c
            .rows
            .iter()
            .map(|(d, f)| (d.name.as_str(), f.value))
            .collect();
        assert_eq!(rows, [("Thoại Sơn", 1.32), ("Mỹ Xuyên", 1.17)]);
        let missing: Vec<&str> = c.not_reported.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(missing, ["Phú Tân", "Bát Xát", "Cần Đước"]);
        assert_eq!(c.reported_anywhere, 2);
        assert_eq!(c.only_reporter(), None);
    }

    #[test]
    fn a_metric_one_unit_reports_names_it_on_both_charts() {
        let s = state("metric=social_group_members");
        let c = compare(data(), &s).unwrap();
        let t = trend(data(), &s).unwrap();
        let name = c.rows[0].0.name.as_str();
        assert_eq!(c.only_reporter(), Some(name));
        assert_eq!(t.only_reporter(), Some(name));
    }

    #[test]
    fn latest_picks_the_latest_start_and_a_period_choice_picks_that_period() {
        let c = compare(data(), &state("metric=study_participation_rate")).unwrap();
        assert_eq!(c.rows.len(), 1);
        assert_eq!(c.rows[0].1.id, "ts-study-rate-2023");
        let keys: Vec<&str> = c.periods.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            periods(data(), &state("metric=study_participation_rate")),
            c.periods
        );
        assert_eq!(keys, ["2021-05_2024", "2022", "2023"]);
        let c = compare(
            data(),
            &state("metric=study_participation_rate&period=2022"),
        )
        .unwrap();
        assert_eq!(c.rows[0].1.id, "ts-study-rate-2022");
    }

    #[test]
    fn years_and_districts_narrow_the_selection() {
        let c = compare(data(), &state("metric=poverty_rate&d=my-xuyen,bat-xat")).unwrap();
        assert_eq!(c.rows.len(), 1);
        assert_eq!(c.not_reported.len(), 1);
        let c = compare(data(), &state("metric=poverty_rate&to=2022")).unwrap();
        assert!(c.rows.is_empty());
        assert_eq!(c.not_reported.len(), 5);
    }

    #[test]
    fn a_province_filter_reads_the_chosen_mode() {
        let at_report: Vec<&str> = districts_in_scope(data(), &state("prov=An+Giang"))
            .iter()
            .map(|d| d.id.as_str())
            .collect();
        assert_eq!(at_report, ["phu-tan", "thoai-son"]);
        let now: Vec<&str> =
            districts_in_scope(data(), &state("prov=C%E1%BA%A7n+Th%C6%A1&provmode=2025"))
                .iter()
                .map(|d| d.id.as_str())
                .collect();
        assert_eq!(now, ["my-xuyen"]);
    }

    #[test]
    fn thoai_sons_study_participation_is_a_series_in_time_order() {
        let t = trend(data(), &state("view=trend&metric=study_participation_rate")).unwrap();
        assert_eq!(t.series.len(), 1);
        let ids: Vec<&str> = t.series[0].1.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "ts-study-rate-term",
                "ts-study-rate-2022",
                "ts-study-rate-2023"
            ]
        );
        assert_eq!(t.not_reported.len(), 4);
    }

    #[test]
    fn the_table_filters_by_group_and_sorts_by_any_column() {
        let rows = table(
            data(),
            &state("view=table&group=poverty_living&sort=-value"),
            Locale::Vi,
        );
        let ids: Vec<&str> = rows.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "ts-income-2023",
                "mx-advanced-new-rural",
                "ts-poverty-rate",
                "mx-poverty-rate"
            ]
        );
        let all = table(data(), &state("view=table"), Locale::Vi);
        assert_eq!(all.len(), data().figures.len());
    }

    #[test]
    fn coverage_counts_figures_per_group_and_initiatives() {
        let rows = coverage(data(), &State::default());
        let groups = data().groups.len();
        let can_duoc = rows.iter().find(|(d, _)| d.id == "can-duoc").unwrap();
        assert_eq!(can_duoc.1.len(), groups + 1);
        assert_eq!(
            (
                can_duoc.1[..groups].iter().sum::<usize>(),
                can_duoc.1[groups]
            ),
            (0, 17)
        );
        let thoai_son = rows.iter().find(|(d, _)| d.id == "thoai-son").unwrap();
        assert_eq!(thoai_son.1[..groups].iter().sum::<usize>(), 21);
    }

    #[test]
    fn search_ignores_case_and_diacritics_and_themes_filter() {
        let found = initiatives(data(), &state("q=quy+khuyen+hoc"));
        assert_eq!(
            found.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
            ["ts-quy-khuyen-hoc"]
        );
        let welfare = initiatives(data(), &state("theme=social_welfare"));
        assert!(welfare.iter().all(|i| i.theme == "social_welfare") && welfare.len() > 10);
        let counts = initiative_counts(
            data(),
            &State::default(),
            &initiatives(data(), &State::default()),
        );
        let total: usize = counts.iter().map(|(_, c)| c.iter().sum::<usize>()).sum();
        assert_eq!(total, data().initiatives.len());
    }

    #[test]
    fn the_reports_behind_a_view_are_those_of_its_figures() {
        let files = |q: &str| {
            shown_reports(data(), &state(q))
                .iter()
                .map(|r| r.file.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            files("metric=poverty_rate"),
            ["000_3e4c7f99b2038cb1.txt", "002_f5bcca32013dedc3.txt"]
        );
        assert_eq!(
            files("view=initiatives&d=can-duoc"),
            ["004_af4c87d0211b5097.txt"]
        );
        assert_eq!(files("view=sources").len(), 5);
    }

    #[test]
    fn ticking_and_unticking_districts_keeps_dataset_order_and_all_means_empty() {
        let data = data();
        let ids: Vec<String> = data.districts.iter().map(|d| d.id.clone()).collect();
        let without_first = toggle_district(data, &[], &ids[0], false);
        assert_eq!(without_first, ids[1..].to_vec());
        assert!(toggle_district(data, &without_first, &ids[0], true).is_empty());
        let one = toggle_district(data, &[ids[2].clone()], &ids[0], true);
        assert_eq!(one, vec![ids[0].clone(), ids[2].clone()]);
    }

    #[test]
    fn the_district_list_offers_by_level_province_and_name() {
        let data = data();
        let all = districts_offered(
            data,
            Level::FormerDistrict,
            None,
            ProvinceMode::AtReport,
            "",
        );
        assert_eq!(all.count(), data.districts.len());
        let found: Vec<&str> = districts_offered(
            data,
            Level::FormerDistrict,
            None,
            ProvinceMode::AtReport,
            "thoai",
        )
        .map(|d| d.name.as_str())
        .collect();
        assert_eq!(found, ["Thoại Sơn"]);
        let mut in_an_giang = districts_offered(
            data,
            Level::FormerDistrict,
            Some("An Giang"),
            ProvinceMode::AtReport,
            "",
        );
        assert!(in_an_giang.all(|d| d.province.name == "An Giang"));
        assert_eq!(
            districts_offered(data, Level::Commune, None, ProvinceMode::AtReport, "").count(),
            0
        );
    }

    #[test]
    fn folding_strips_vietnamese_marks() {
        assert_eq!(
            fold("Quỹ Khuyến học - Đời sống"),
            "quy khuyen hoc - doi song"
        );
        // Decomposed input (combining marks) folds the same way.
        assert_eq!(fold("Quy\u{303} "), "quy ");
    }

    #[test]
    fn folding_lowers_every_capital_it_reads_as_unicode_does() {
        // Every capital whose small letter folds to a plain Latin letter
        // (each Vietnamese letter, with any mark) or lies in Latin-1.
        let mut checked = 0;
        for c in (0..0x2000).filter_map(char::from_u32) {
            let small: String = c.to_lowercase().collect();
            let plain = fold(&small).chars().all(|l| l.is_ascii_lowercase());
            if small != c.to_string() && (plain || (c as u32) < 0x100) {
                assert_eq!(fold(&c.to_string()), fold(&small), "{c}");
                checked += 1;
            }
        }
        // A-Z, Latin-1's 30 capitals, and Vietnamese's 51 other ones (Ă, Đ,
        // Ĩ, Ũ, Ơ, Ư and 45 in Latin Extended Additional).
        assert_eq!(checked, 26 + 30 + 51);
        assert_eq!(fold("ĐỜI SỐNG ÉCOLE Ñ"), "doi song ecole ñ");
    }
}
