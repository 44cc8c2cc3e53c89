//! The dataset as an open-data package: one CSV per record type and a
//! Frictionless Data `datapackage.json` describing them (field types, keys),
//! so CKAN-based portals can ingest it as is. Written to `public/data/open/`.
//!
//! It is also an input (`read::package`): every field of the dataset has a
//! column, and the dataset's own title, notes and date stand in the
//! descriptor under `lamtheobac`, so export then import gives the same
//! dataset. Columns that repeat another file's field for reading (a
//! district's name in `figures.csv`) are skipped on import.

use serde_json::{Value, json};

use super::csv::{EXPLORER, figures_csv, table_csv};
use crate::data::model::{Dataset, Text};
use crate::data::schema::{self, Column, FIGURES, Kind, Role, Table};

/// Every file of the package: (file name, contents).
pub fn package(data: &Dataset) -> Vec<(&'static str, String)> {
    package_with(data, figures_csv(data, &data.figures))
}

/// The package without the columns that only repeat another file's field
/// for reading (`figures.csv` keeps its own fields): what a large dataset
/// needs to stay under the size a reader takes. It reads back the same.
pub fn lean_package(data: &Dataset) -> Vec<(&'static str, String)> {
    let keep: Vec<usize> = (0..FIGURES.columns.len())
        .filter(|&i| FIGURES.columns[i].role != Role::ReadOnly)
        .collect();
    let header: Vec<&str> = keep.iter().map(|&i| FIGURES.columns[i].name).collect();
    let cells = super::csv::figure_cells(data);
    let rows = data.figures.iter().map(|f| {
        let mut all = cells(f);
        keep.iter().map(|&i| std::mem::take(&mut all[i])).collect()
    });
    package_with(data, table_csv(&header, rows))
}

/// Every file of the package, `figures.csv` as given.
fn package_with(data: &Dataset, figures: String) -> Vec<(&'static str, String)> {
    vec![
        ("figures.csv", figures),
        (
            "districts.csv",
            table_csv(
                &columns("districts"),
                data.districts.iter().map(|d| {
                    vec![
                        d.id.clone(),
                        d.name.clone(),
                        d.level.code().into(),
                        d.province.name.clone(),
                        d.province.basis.code().into(),
                        d.province.note.vi.clone(),
                        d.province.note.en().to_string(),
                        d.province_2025.name.clone(),
                        d.province_2025.note.vi.clone(),
                        d.province_2025.note.en().to_string(),
                        d.abolished.clone().unwrap_or_default(),
                    ]
                }),
            ),
        ),
        (
            "metrics.csv",
            table_csv(
                &columns("metrics"),
                data.metrics.iter().map(|m| {
                    let group = data.groups.iter().find(|g| g.id == m.group);
                    let [group_vi, group_en] = pair(group.map(|g| &g.label));
                    let [cvi, cen] = pair(m.counts.as_ref());
                    let [kvi, ken] = pair(m.comparability.as_ref());
                    vec![
                        m.id.clone(),
                        m.group.clone(),
                        group_vi,
                        group_en,
                        m.unit.code().into(),
                        m.label.vi.clone(),
                        m.label.en().to_string(),
                        cvi,
                        cen,
                        m.definition.vi.clone(),
                        m.definition.en().to_string(),
                        kvi,
                        ken,
                    ]
                }),
            ),
        ),
        (
            "reports.csv",
            table_csv(
                &columns("reports"),
                data.reports.iter().map(|r| {
                    let [nvi, nen] = pair(r.period.note.as_ref());
                    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
                    vec![
                        r.file.clone(),
                        r.district.clone(),
                        r.title.clone(),
                        opt(&r.byline),
                        opt(&r.credit),
                        opt(&r.outlet),
                        opt(&r.url),
                        r.period.start.clone(),
                        r.period.end.clone(),
                        r.period.basis.code().into(),
                        nvi,
                        nen,
                    ]
                }),
            ),
        ),
        (
            "initiatives.csv",
            table_csv(
                &columns("initiatives"),
                data.initiatives.iter().map(|i| {
                    let theme = data.themes.iter().find(|t| t.id == i.theme);
                    let [tvi, ten] = pair(theme.map(|t| &t.label));
                    let [nvi, nen] = pair(i.note.as_ref());
                    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
                    vec![
                        i.id.clone(),
                        i.report.clone(),
                        i.district.clone(),
                        i.name.clone(),
                        i.english_name().to_string(),
                        opt(&i.runner),
                        opt(&i.commune),
                        i.theme.clone(),
                        tvi,
                        ten,
                        nvi,
                        nen,
                        opt(&i.printed),
                    ]
                }),
            ),
        ),
        (
            "groups.csv",
            table_csv(
                &columns("groups"),
                data.groups
                    .iter()
                    .map(|g| vec![g.id.clone(), g.label.vi.clone(), g.label.en().to_string()]),
            ),
        ),
        (
            "themes.csv",
            table_csv(
                &columns("themes"),
                data.themes
                    .iter()
                    .map(|t| vec![t.id.clone(), t.label.vi.clone(), t.label.en().to_string()]),
            ),
        ),
        (
            "relations.csv",
            table_csv(
                &columns("relations"),
                data.relations.iter().map(|r| {
                    vec![
                        r.id.clone(),
                        r.kind.code().into(),
                        r.total.clone(),
                        r.parts.join(" "),
                        r.note.vi.clone(),
                        r.note.en().to_string(),
                    ]
                }),
            ),
        ),
        (
            "disagreements.csv",
            table_csv(
                &columns("disagreements"),
                data.disagreements.iter().map(|d| {
                    vec![
                        d.id.clone(),
                        d.kind.code().into(),
                        d.report.clone(),
                        d.relation.clone().unwrap_or_default(),
                        d.figures.join(" "),
                        d.note.vi.clone(),
                        d.note.en().to_string(),
                    ]
                }),
            ),
        ),
        (
            "datapackage.json",
            serde_json::to_string_pretty(&descriptor(data)).unwrap_or_default() + "\n",
        ),
    ]
}

fn pair(text: Option<&Text>) -> [String; 2] {
    text.map_or([String::new(), String::new()], |t| {
        [t.vi.clone(), t.en().to_string()]
    })
}

/// The header of table `name`.
fn columns(name: &str) -> Vec<&'static str> {
    schema::table(name).map(Table::names).unwrap_or_default()
}

/// The field's Frictionless type: numbers where the values are numbers,
/// dates where they are dates, strings elsewhere.
fn field(column: &Column) -> Value {
    let kind = match column.kind {
        Kind::Number => "number",
        Kind::Date => "date",
        Kind::Text => "string",
    };
    let name = column.name;
    let mut f = json!({ "name": name, "type": kind });
    if name.starts_with("period_start") || name.starts_with("period_end") {
        f["constraints"] = json!({ "pattern": "[0-9]{4}(-[0-9]{2})?" });
        f["description"] = json!("A year (YYYY) or a month (YYYY-MM).");
    }
    f
}

fn resource(name: &str, foreign: Value, description: &str) -> Value {
    let table = schema::table(name).expect("a table of the schema");
    json!({
        "name": name,
        "path": format!("{name}.csv"),
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": description,
        "schema": {
            "fields": table.columns.iter().map(field).collect::<Vec<_>>(),
            "primaryKey": [table.key],
            "foreignKeys": foreign,
            "missingValues": [""]
        }
    })
}

fn descriptor(data: &Dataset) -> Value {
    let fk = |field: &str, resource: &str, key: &str| json!({ "fields": [field], "reference": { "resource": resource, "fields": [key] } });
    json!({
        "profile": "tabular-data-package",
        "name": "lam-theo-bac-district-figures",
        "title": data.title.en(),
        "description": format!("{} / {}", data.notes.vi, data.notes.en()),
        "version": format!("{}.0.0", data.version),
        "created": format!("{}T00:00:00Z", data.built),
        "contributors": [{ "title": EXPLORER, "role": "publisher" }],
        // What the explorer needs to read the package back as the same dataset.
        "lamtheobac": {
            "format": data.format,
            "version": data.version,
            "built": data.built,
            "title": { "vi": data.title.vi, "en": data.title.en() },
            "notes": { "vi": data.notes.vi, "en": data.notes.en() },
        },
        "sources": data.reports.iter().map(|r| {
            let mut s = json!({ "title": format!("{} ({})", r.title, r.file) });
            if let Some(url) = &r.url { s["path"] = json!(url); }
            s
        }).collect::<Vec<_>>(),
        "resources": [
            resource("figures", json!([fk("district", "districts", "id"), fk("metric", "metrics", "id"), fk("report", "reports", "file")]),
                "Every quantitative figure of the reports, with the words it is quoted from (evidence) and its report."),
            resource("districts", json!([]), "The units (former districts, communes, wards, special zones, provinces: `level`), with their province at report time and since 1 July 2025."),
            resource("metrics", json!([fk("group", "groups", "id")]), "The metrics: labels, unit, group, definition and comparability notes, in Vietnamese and English."),
            resource("reports", json!([fk("district", "districts", "id")]), "The source reports and the period each covers, with how it was read."),
            resource("initiatives", json!([fk("district", "districts", "id"), fk("report", "reports", "file"), fk("theme", "themes", "id")]), "The named initiatives (mô hình) of each report."),
            resource("groups", json!([]), "The groups metrics are shown in."),
            resource("themes", json!([]), "The themes initiatives are grouped by."),
            resource("relations", json!([]), "Arithmetic a report implies between its own figures: `total` should equal the sum of `parts` (figure ids separated by spaces)."),
            resource("disagreements", json!([fk("report", "reports", "file")]), "Places where a report's own numbers do not agree (figure ids separated by spaces); the numbers stay as printed."),
        ]
    })
}
