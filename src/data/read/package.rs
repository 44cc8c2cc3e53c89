//! The open-data package as an input: the CSV files `open_data` writes (as
//! exported, or edited in LibreOffice Calc or Excel and saved again) and,
//! when given, their `datapackage.json`. Every problem is named by file, row
//! and column, in both languages; the rules are the dataset's own
//! (`validate`), their findings moved to the cell they are about.

use std::collections::HashMap;

use serde_json::Value;

use super::LoadError;
use super::csv::{self as csv_read, Spot, Table, say};
use crate::data::MAX_DATASET_BYTES;
use crate::data::model::*;
use crate::data::rules::{Problem, validate};
use crate::data::schema::{self, TABLES};

/// The descriptor's file name, as Frictionless names it.
pub const DESCRIPTOR: &str = "datapackage.json";

/// Whether `files` are a package (CSV files, a `datapackage.json`) rather
/// than one dataset JSON file. By name only: a dataset file can be 10 MiB,
/// and parsing it here to look would parse it twice.
pub fn is_package(files: &[(String, Vec<u8>)]) -> bool {
    files.iter().any(|(name, _)| {
        let base = base_name(name).to_ascii_lowercase();
        base.ends_with(".csv") || base == DESCRIPTOR
    })
}

/// The file name without its folders (a dropped file, a URL, a zip entry).
pub fn base_name(name: &str) -> &str {
    let name = name.split(['?', '#']).next().unwrap_or(name);
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// The resource paths the descriptor among `files` names that are not among
/// them: what the reader must fetch beside a `datapackage.json` given by
/// address.
pub fn missing_resources(files: &[(String, Vec<u8>)]) -> Vec<String> {
    let Ok(Some(descriptor)) = descriptor(files) else {
        return Vec::new();
    };
    let have: Vec<&str> = files.iter().map(|(n, _)| base_name(n)).collect();
    resource_paths(&descriptor)
        .into_values()
        .filter(|path| !have.contains(&base_name(path)))
        .collect()
}

/// The package's `datapackage.json`, if it has one; one that is not a
/// descriptor is a problem, not a silent fallback to plain defaults.
fn descriptor(files: &[(String, Vec<u8>)]) -> Result<Option<Value>, Spot> {
    let Some((_, bytes)) = files
        .iter()
        .find(|(n, _)| base_name(n).eq_ignore_ascii_case(DESCRIPTOR))
    else {
        return Ok(None);
    };
    let refuse = |message| Spot {
        file: DESCRIPTOR.into(),
        row: None,
        column: None,
        message,
    };
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        refuse(say(
            format!(
                "không phải JSON hợp lệ (dòng {}, cột {})",
                e.line(),
                e.column()
            ),
            format!(
                "is not valid JSON (line {}, column {})",
                e.line(),
                e.column()
            ),
        ))
    })?;
    if !value.get("resources").is_some_and(Value::is_array) {
        return Err(refuse(say(
            "không có danh sách “resources” của một gói Frictionless",
            "has no “resources” list, as a Frictionless package does",
        )));
    }
    Ok(Some(value))
}

/// Resource name → path, for the tables this package format has.
fn resource_paths(descriptor: &Value) -> HashMap<String, String> {
    descriptor["resources"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| {
            let name = r["name"].as_str()?;
            let path = r["path"].as_str()?;
            // Only a relative path inside the package's folder is followed.
            let safe = !path.contains("..") && !path.contains(':') && !path.starts_with('/');
            (schema::table(name).is_some() && safe).then(|| (name.to_string(), path.to_string()))
        })
        .collect()
}

/// Reads a package from its files (names may carry folders or a URL).
pub fn read_package(files: &[(String, Vec<u8>)]) -> Result<Dataset, LoadError> {
    let total: usize = files.iter().map(|(_, b)| b.len()).sum();
    if total > MAX_DATASET_BYTES {
        return Err(LoadError::TooLarge(total));
    }
    let descriptor = descriptor(files).map_err(|s| LoadError::Package(vec![s]))?;
    let paths = descriptor.as_ref().map(resource_paths).unwrap_or_default();
    let mut spots = Vec::new();
    let mut tables: HashMap<&str, Table> = HashMap::new();
    for table in &TABLES {
        let name = table.name;
        let file = paths
            .get(name)
            .map(|p| base_name(p).to_string())
            .unwrap_or_else(|| format!("{name}.csv"));
        let found = files
            .iter()
            .find(|(n, _)| base_name(n).eq_ignore_ascii_case(&file));
        match found {
            Some((_, bytes)) => match csv_read::parse(&file, bytes) {
                Ok(table) => {
                    tables.insert(name, table);
                }
                Err(spot) => spots.push(spot),
            },
            None if table.optional => {}
            None => spots.push(Spot {
                file,
                row: None,
                column: None,
                message: say(
                    "thiếu tệp này: gói dữ liệu cần figures.csv, districts.csv, metrics.csv và reports.csv",
                    "this file is missing: a package needs figures.csv, districts.csv, metrics.csv and reports.csv",
                ),
            }),
        }
    }
    if !spots.is_empty() {
        return Err(LoadError::Package(spots));
    }
    let mut reader = Reader { spots: Vec::new() };
    let data = reader.dataset(descriptor.as_ref(), &tables);
    if !reader.spots.is_empty() {
        return Err(LoadError::Package(reader.spots));
    }
    let problems = validate(&data);
    if problems.is_empty() {
        Ok(data)
    } else {
        Err(LoadError::Package(
            problems.iter().map(|p| place(p, &tables)).collect(),
        ))
    }
}

/// Moves a rule's finding ("figures[3] id", "period.start") to its cell
/// ("figures.csv", row 5, "period_start").
fn place(problem: &Problem, tables: &HashMap<&str, Table>) -> Spot {
    let collection = problem.record.collection;
    let field = problem.field.split('[').next().unwrap_or(&problem.field);
    let column = match field {
        "province.name" => "province".to_string(),
        "province_2025.name" => "province_2025".to_string(),
        other => other.replace('.', "_"),
    };
    match tables.get(collection) {
        Some(table) => Spot {
            file: table.file.clone(),
            row: problem
                .record
                .index
                .and_then(|i| table.row_numbers.get(i).copied()),
            column: Some(column),
            message: problem.message.clone(),
        },
        // The dataset's own fields, or groups and themes taken from labels.
        None if collection == "dataset" => Spot {
            file: DESCRIPTOR.into(),
            row: None,
            column: Some(format!("lamtheobac.{}", problem.field)),
            message: problem.message.clone(),
        },
        None => Spot {
            file: format!("{collection}.csv"),
            row: None,
            column: Some(column),
            message: problem.message.clone(),
        },
    }
}

struct Reader {
    spots: Vec<Spot>,
}

/// One row of a table, with where it stands for messages.
struct Row<'a> {
    table: &'a Table,
    columns: &'a HashMap<String, usize>,
    cells: &'a [String],
    row: usize,
}

impl Row<'_> {
    fn spot(&self, column: &str, message: Text) -> Spot {
        Spot {
            file: self.table.file.clone(),
            row: Some(self.row),
            column: Some(column.to_string()),
            message,
        }
    }

    /// The cell's text, the export's CSV-injection guard undone; a column
    /// the file does not have reads as empty (the rules then say what is
    /// missing, at its place).
    fn s(&self, column: &str) -> String {
        self.columns
            .get(column)
            .and_then(|&i| self.cells.get(i))
            .map(|c| csv_read::unguard(c))
            .unwrap_or_default()
    }

    fn opt(&self, column: &str) -> Option<String> {
        Some(self.s(column)).filter(|s| !s.is_empty())
    }

    fn text(&self, prefix: &str) -> Text {
        Text {
            vi: self.s(&format!("{prefix}_vi")),
            en: self.s(&format!("{prefix}_en")),
        }
    }

    fn opt_text(&self, prefix: &str) -> Option<Text> {
        let t = self.text(prefix);
        (!t.vi.is_empty() || !t.en.is_empty()).then_some(t)
    }

    fn ids(&self, column: &str) -> Vec<String> {
        self.s(column)
            .split([' ', ',', ';', '\n', '\r', '\t'])
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }
}

impl Reader {
    fn number(&mut self, row: &Row, column: &str) -> Option<f64> {
        let cell = row.s(column);
        if cell.trim().is_empty() {
            return None;
        }
        match csv_read::number(&cell, row.table.decimal_comma) {
            Ok(v) => Some(v),
            Err(message) => {
                self.spots.push(row.spot(column, message));
                None
            }
        }
    }

    fn required_number(&mut self, row: &Row, column: &str) -> f64 {
        if row.s(column).trim().is_empty() {
            self.spots.push(row.spot(
                column,
                say("đang để trống, cần một số", "is empty; a number is needed"),
            ));
            return 0.0;
        }
        self.number(row, column).unwrap_or(0.0)
    }

    /// A code from the enum's own list ("percent", "printed"), in any case;
    /// a wrong one is reported.
    fn code<T: Coded>(&mut self, row: &Row, column: &str) -> Option<T> {
        let cell = row.s(column);
        let cell = cell.trim();
        if cell.is_empty() {
            return None;
        }
        let found = T::all()
            .iter()
            .copied()
            .find(|v| v.code().eq_ignore_ascii_case(cell));
        if found.is_none() {
            let allowed = allowed::<T>();
            self.spots.push(row.spot(
                column,
                say(
                    format!("“{cell}” không phải một trong: {allowed}"),
                    format!("“{cell}” is not one of: {allowed}"),
                ),
            ));
        }
        found
    }

    /// As `code`; the first of the list stands in for a missing or wrong one,
    /// which is reported.
    fn required_code<T: Coded>(&mut self, row: &Row, column: &str) -> T {
        match self.code(row, column) {
            Some(v) => v,
            None => {
                if row.s(column).trim().is_empty() {
                    let allowed = allowed::<T>();
                    self.spots.push(row.spot(
                        column,
                        say(
                            format!("đang để trống; cần một trong: {allowed}"),
                            format!("is empty; one of these is needed: {allowed}"),
                        ),
                    ));
                }
                T::all()[0]
            }
        }
    }

    /// Checks the header of `name`'s table, then reads each row with `f`.
    fn rows<T>(
        &mut self,
        tables: &HashMap<&str, Table>,
        name: &str,
        mut f: impl FnMut(&mut Self, &Row) -> T,
    ) -> Vec<T> {
        let Some(table) = tables.get(name) else {
            return Vec::new();
        };
        let of_schema = schema::table(name).expect("every table read is listed");
        let exported = of_schema.names();
        let mut columns = HashMap::new();
        for (i, h) in table.header.iter().enumerate() {
            let spot = |message| Spot {
                file: table.file.clone(),
                row: Some(1),
                column: Some(h.clone()),
                message,
            };
            if !exported.contains(&h.as_str()) {
                self.spots.push(spot(say(
                    format!(
                        "cột không có trong định dạng; các cột của tệp này: {}",
                        exported.join(", ")
                    ),
                    format!(
                        "not a column of this format; this file's columns are: {}",
                        exported.join(", ")
                    ),
                )));
            } else if columns.insert(h.clone(), i).is_some() {
                self.spots
                    .push(spot(say("cột này có hai lần", "this column appears twice")));
            }
        }
        let key = of_schema.key;
        if !columns.contains_key(key) {
            self.spots.push(Spot {
                file: table.file.clone(),
                row: Some(1),
                column: Some(key.into()),
                message: say("thiếu cột này", "this column is missing"),
            });
            return Vec::new();
        }
        table
            .rows
            .iter()
            .zip(&table.row_numbers)
            .map(|(cells, &row)| {
                f(
                    self,
                    &Row {
                        table,
                        columns: &columns,
                        cells,
                        row,
                    },
                )
            })
            .collect()
    }

    fn period(&mut self, row: &Row, prefix: &str) -> Period {
        Period {
            start: row.s(&format!("{prefix}_start")).trim().to_string(),
            end: row.s(&format!("{prefix}_end")).trim().to_string(),
            basis: self.required_code(row, &format!("{prefix}_basis")),
            note: row.opt_text(&format!("{prefix}_note")),
        }
    }

    fn dataset(&mut self, descriptor: Option<&Value>, tables: &HashMap<&str, Table>) -> Dataset {
        let figures = self.rows(tables, "figures", |r, row| Figure {
            id: row.s("id"),
            report: row.s("report"),
            district: row.s("district"),
            commune: row.opt("commune"),
            metric: row.s("metric"),
            topic: row.opt("topic"),
            value: r.required_number(row, "value"),
            unit: r.required_code(row, "unit"),
            printed: row.s("printed"),
            qualifier: r.code(row, "qualifier"),
            numerator: r.number(row, "numerator"),
            denominator: r.number(row, "denominator"),
            period: r.period(row, "period"),
            evidence: row.s("evidence"),
        });
        let districts = self.rows(tables, "districts", |r, row| District {
            id: row.s("id"),
            name: row.s("name"),
            // Packages written before levels existed hold former districts.
            level: r.code(row, "level").unwrap_or_default(),
            province: ProvinceAtReport {
                name: row.s("province"),
                basis: r.required_code(row, "province_basis"),
                note: row.text("province_note"),
            },
            province_2025: ProvinceNow {
                name: row.s("province_2025"),
                note: row.text("province_2025_note"),
            },
            abolished: row.opt("abolished"),
        });
        let mut group_labels = Vec::new();
        let metrics = self.rows(tables, "metrics", |r, row| {
            let group = row.s("group");
            if !group_labels.iter().any(|g: &Group| g.id == group) {
                group_labels.push(Group {
                    id: group.clone(),
                    label: row.text("group_label"),
                });
            }
            Metric {
                id: row.s("id"),
                group,
                unit: r.required_code(row, "unit"),
                counts: row.opt_text("counts"),
                label: row.text("label"),
                definition: row.text("definition"),
                comparability: row.opt_text("comparability"),
            }
        });
        let reports = self.rows(tables, "reports", |r, row| Report {
            file: row.s("file"),
            district: row.s("district"),
            title: row.s("title"),
            byline: row.opt("byline"),
            credit: row.opt("credit"),
            outlet: row.opt("outlet"),
            url: row.opt("url"),
            period: r.period(row, "period"),
        });
        let mut theme_labels = Vec::new();
        let initiatives = self.rows(tables, "initiatives", |_, row| {
            let theme = row.s("theme");
            if !theme_labels.iter().any(|t: &Theme| t.id == theme) {
                theme_labels.push(Theme {
                    id: theme.clone(),
                    label: row.text("theme_label"),
                });
            }
            Initiative {
                id: row.s("id"),
                report: row.s("report"),
                district: row.s("district"),
                name: row.s("name"),
                name_en: row.s("name_en"),
                runner: row.opt("runner"),
                commune: row.opt("commune"),
                theme,
                note: row.opt_text("note"),
                printed: row.opt("printed"),
            }
        });
        let groups = if tables.contains_key("groups") {
            self.rows(tables, "groups", |_, row| Group {
                id: row.s("id"),
                label: row.text("label"),
            })
        } else {
            group_labels
        };
        let themes = if tables.contains_key("themes") {
            self.rows(tables, "themes", |_, row| Theme {
                id: row.s("id"),
                label: row.text("label"),
            })
        } else {
            theme_labels
        };
        let relations = self.rows(tables, "relations", |r, row| Relation {
            id: row.s("id"),
            kind: r.required_code(row, "kind"),
            total: row.s("total"),
            parts: row.ids("parts"),
            note: row.text("note"),
        });
        let disagreements = self.rows(tables, "disagreements", |r, row| Disagreement {
            id: row.s("id"),
            kind: r.required_code(row, "kind"),
            report: row.s("report"),
            relation: row.opt("relation"),
            figures: row.ids("figures"),
            note: row.text("note"),
        });
        let built_column = tables.get("figures").and_then(|t| {
            let i = t.header.iter().position(|h| h == "dataset_built")?;
            t.rows.first()?.get(i).cloned()
        });
        let meta = Meta::from(descriptor, built_column);
        Dataset {
            format: meta.format,
            version: meta.version,
            built: meta.built,
            title: meta.title,
            notes: meta.notes,
            groups,
            themes,
            reports,
            districts,
            metrics,
            figures,
            initiatives,
            relations,
            disagreements,
            derived: Default::default(),
        }
    }
}

/// The dataset's own fields, from the descriptor's `lamtheobac` object (as
/// exported), else from its Frictionless title, description and date, else
/// plain defaults, so loose CSV files still load.
struct Meta {
    format: String,
    version: u32,
    built: String,
    title: Text,
    notes: Text,
}

impl Meta {
    fn from(descriptor: Option<&Value>, built_column: Option<String>) -> Meta {
        let own = descriptor.map(|d| &d["lamtheobac"]);
        let string = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
        let pair = |key: &str| -> Option<Text> {
            let t = own?.get(key)?;
            Some(Text {
                vi: string(t.get("vi"))?,
                en: string(t.get("en"))?,
            })
        };
        let title = pair("title").or_else(|| {
            let t = string(descriptor.and_then(|d| d.get("title")))?;
            Some(Text {
                vi: t.clone(),
                en: t,
            })
        });
        let notes = pair("notes").or_else(|| {
            let d = string(descriptor.and_then(|d| d.get("description")))?;
            Some(Text {
                vi: d.clone(),
                en: d,
            })
        });
        let created = string(descriptor.and_then(|d| d.get("created")))
            .map(|c| c.chars().take(10).collect::<String>());
        Meta {
            format: string(own.and_then(|o| o.get("format"))).unwrap_or_else(|| FORMAT.into()),
            version: own
                .and_then(|o| o.get("version"))
                .and_then(Value::as_u64)
                .map_or(VERSION, |v| u32::try_from(v).unwrap_or(u32::MAX)),
            built: string(own.and_then(|o| o.get("built")))
                .or(created)
                .or(built_column)
                .unwrap_or_default(),
            title: title.unwrap_or_else(|| say("Dữ liệu từ tệp CSV", "Data from CSV files")),
            notes: notes.unwrap_or_else(|| {
                say(
                    "Số liệu nạp từ các tệp CSV của gói dữ liệu.",
                    "Figures loaded from the CSV files of a data package.",
                )
            }),
        }
    }
}

/// The codes of `T`, as a reader is told them.
fn allowed<T: Coded>() -> String {
    T::all()
        .iter()
        .map(|v| v.code())
        .collect::<Vec<_>>()
        .join(", ")
}
