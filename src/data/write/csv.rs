//! Figures as CSV: one row per figure, with its source, for spreadsheets and
//! for the download button (the UI and the tests share this one writer).
//!
//! Hand-written rather than the `csv` crate: writing RFC 4180 is a few lines,
//! and the crate would add its reader and buffers to the page's WASM (the
//! dataset reader, which reads CSV, uses the crate: `read::csv`).
//!
//! Text cells get the usual CSV-injection guard: one that a spreadsheet
//! would take for a formula (`=`, `+`, `-`, `@`, tab, carriage return) is
//! written with a leading `'`, as is one that already starts with `'`, so
//! `read::csv::unguard` gives back exactly the text.

use crate::data::model::{Dataset, Figure, Qualifier};
use crate::data::positions;
use crate::data::schema::FIGURES;

/// The explorer's name in both languages, in every exported row and file.
pub const EXPLORER: &str = "Học tập và làm theo Bác: tra cứu số liệu / Following Ho Chi Minh's example: a figures explorer";

/// The given figures as CSV text, header first, CRLF line ends (RFC 4180).
pub fn figures_csv<'a>(data: &Dataset, figures: impl IntoIterator<Item = &'a Figure>) -> String {
    let cells = figure_cells(data);
    table_csv(&FIGURES.names(), figures.into_iter().map(cells))
}

/// A figure's cells, in the order of [`FIGURES`]' columns. Its unit, metric and
/// report are looked up through maps made once: a scan per figure made a
/// national dataset's export quadratic.
pub(crate) fn figure_cells(data: &Dataset) -> impl Fn(&Figure) -> Vec<String> + '_ {
    let districts = positions(data.districts.iter().map(|d| d.id.as_str()));
    let metrics = positions(data.metrics.iter().map(|m| m.id.as_str()));
    let reports = positions(data.reports.iter().map(|r| r.file.as_str()));
    move |f| {
        let district = districts
            .get(f.district.as_str())
            .map(|&i| &data.districts[i]);
        let metric = metrics.get(f.metric.as_str()).map(|&i| &data.metrics[i]);
        let report = reports.get(f.report.as_str()).map(|&i| &data.reports[i]);
        let opt = |v: Option<&str>| v.unwrap_or_default().to_string();
        vec![
            f.id.clone(),
            f.district.clone(),
            opt(district.map(|d| d.name.as_str())),
            opt(district.map(|d| d.province.name.as_str())),
            opt(district.map(|d| d.province_2025.name.as_str())),
            opt(f.commune.as_deref()),
            f.metric.clone(),
            opt(metric.map(|m| m.label.vi.as_str())),
            opt(metric.map(|m| m.label.en())),
            opt(f.topic.as_deref()),
            plain(f.value),
            f.unit.code().to_string(),
            f.printed.clone(),
            f.qualifier
                .map(Qualifier::code)
                .unwrap_or_default()
                .to_string(),
            f.numerator.map(plain).unwrap_or_default(),
            f.denominator.map(plain).unwrap_or_default(),
            f.period.start.clone(),
            f.period.end.clone(),
            f.period.basis.code().to_string(),
            opt(f.period.note.as_ref().map(|n| n.vi.as_str())),
            opt(f.period.note.as_ref().map(|n| n.en())),
            f.report.clone(),
            opt(report.map(|r| r.title.as_str())),
            f.evidence.clone(),
            EXPLORER.to_string(),
            data.built.clone(),
        ]
    }
}

/// Any table as CSV text, header first.
pub(crate) fn table_csv(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::new();
    push_row(&mut out, header.iter().map(|h| h.to_string()));
    for row in rows {
        push_row(&mut out, row);
    }
    out
}

fn push_row(out: &mut String, cells: impl IntoIterator<Item = String>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let cell = guard(cell);
        if cell.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}

/// A text cell as a spreadsheet will take it only as text; numbers in plain
/// notation ("-3", "-0.5", "-2e9") are left alone.
pub(crate) fn guard(cell: String) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) && !negative_number(&cell);
    if risky { format!("'{cell}") } else { cell }
}

/// "-" then digits, points and exponents only: nothing a spreadsheet could
/// run. Checked by hand: parsing floats would bring their tables into the
/// page's WebAssembly for this one test.
fn negative_number(cell: &str) -> bool {
    cell.strip_prefix('-').is_some_and(|rest| {
        rest.starts_with(|c: char| c.is_ascii_digit())
            && rest
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
    })
}

/// Plain machine notation: 2100000000, 1.17 (never 2.1e9).
pub(crate) fn plain(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}
