//! The open-data package's tables and their columns, in one place: the CSV
//! writer (`csv`, `open_data`), the descriptor (`datapackage.json`), the
//! package reader and the template's guide all read them here. A column's
//! meaning, in words, is the guide's (`template`): the page does not carry it.

/// What a column holds, as the descriptor types it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Number,
    Date,
}

/// Whether a package must fill a column, may leave it empty, or has it only
/// for people reading the file (it repeats another table's field; skipped on
/// import).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Required,
    Optional,
    ReadOnly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    pub role: Role,
}

impl Column {
    const fn number(self) -> Column {
        Column {
            kind: Kind::Number,
            ..self
        }
    }

    const fn date(self) -> Column {
        Column {
            kind: Kind::Date,
            ..self
        }
    }
}

const fn required(name: &'static str) -> Column {
    Column {
        name,
        kind: Kind::Text,
        role: Role::Required,
    }
}

const fn optional(name: &'static str) -> Column {
    Column {
        role: Role::Optional,
        ..required(name)
    }
}

const fn read_only(name: &'static str) -> Column {
    Column {
        role: Role::ReadOnly,
        ..required(name)
    }
}

/// A table of the package: `figures` is `figures.csv`.
#[derive(Debug)]
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [Column],
    /// The column that names a row (the descriptor's primary key).
    pub key: &'static str,
    /// A package may leave it out: no initiatives, relations or
    /// disagreements; groups and themes then come from the labels in
    /// `metrics.csv` and `initiatives.csv` (packages exported before they
    /// had files of their own).
    pub optional: bool,
}

impl Table {
    /// The header, every column in order.
    pub fn names(&self) -> Vec<&'static str> {
        self.columns.iter().map(|c| c.name).collect()
    }
}

/// One row per figure, with its source, for spreadsheets and the download button.
pub const FIGURES: Table = Table {
    name: "figures",
    columns: &[
        required("id"),
        required("district"),
        read_only("district_name"),
        read_only("province"),
        read_only("province_2025"),
        optional("commune"),
        required("metric"),
        read_only("metric_label_vi"),
        read_only("metric_label_en"),
        optional("topic"),
        required("value").number(),
        required("unit"),
        required("printed"),
        optional("qualifier"),
        optional("numerator").number(),
        optional("denominator").number(),
        required("period_start"),
        required("period_end"),
        required("period_basis"),
        optional("period_note_vi"),
        optional("period_note_en"),
        required("report"),
        read_only("report_title"),
        required("evidence"),
        read_only("explorer"),
        read_only("dataset_built").date(),
    ],
    key: "id",
    optional: false,
};

/// Groups and themes: an id and its label in both languages.
const LABELLED: &[Column] = &[required("id"), required("label_vi"), required("label_en")];

/// Every table, in the order files are written and read.
pub static TABLES: [Table; 9] = [
    FIGURES,
    Table {
        name: "districts",
        columns: &[
            required("id"),
            required("name"),
            optional("level"),
            required("province"),
            required("province_basis"),
            required("province_note_vi"),
            required("province_note_en"),
            required("province_2025"),
            required("province_2025_note_vi"),
            required("province_2025_note_en"),
            optional("abolished").date(),
        ],
        key: "id",
        optional: false,
    },
    Table {
        name: "metrics",
        columns: &[
            required("id"),
            required("group"),
            read_only("group_label_vi"),
            read_only("group_label_en"),
            required("unit"),
            required("label_vi"),
            required("label_en"),
            optional("counts_vi"),
            optional("counts_en"),
            required("definition_vi"),
            required("definition_en"),
            optional("comparability_vi"),
            optional("comparability_en"),
        ],
        key: "id",
        optional: false,
    },
    Table {
        name: "reports",
        columns: &[
            required("file"),
            required("district"),
            required("title"),
            optional("byline"),
            optional("credit"),
            optional("outlet"),
            optional("url"),
            required("period_start"),
            required("period_end"),
            required("period_basis"),
            optional("period_note_vi"),
            optional("period_note_en"),
        ],
        key: "file",
        optional: false,
    },
    Table {
        name: "initiatives",
        columns: &[
            required("id"),
            required("report"),
            required("district"),
            required("name"),
            required("name_en"),
            optional("runner"),
            optional("commune"),
            required("theme"),
            read_only("theme_label_vi"),
            read_only("theme_label_en"),
            optional("note_vi"),
            optional("note_en"),
            optional("printed"),
        ],
        key: "id",
        optional: true,
    },
    Table {
        name: "groups",
        columns: LABELLED,
        key: "id",
        optional: true,
    },
    Table {
        name: "themes",
        columns: LABELLED,
        key: "id",
        optional: true,
    },
    Table {
        name: "relations",
        // Lists of ids (`parts`) are written separated by spaces.
        columns: &[
            required("id"),
            required("kind"),
            required("total"),
            required("parts"),
            required("note_vi"),
            required("note_en"),
        ],
        key: "id",
        optional: true,
    },
    Table {
        name: "disagreements",
        columns: &[
            required("id"),
            required("kind"),
            required("report"),
            optional("relation"),
            required("figures"),
            required("note_vi"),
            required("note_en"),
        ],
        key: "id",
        optional: true,
    },
];

/// The table named `name` (`figures`, not `figures.csv`).
pub fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_keys_are_columns() {
        for (i, t) in TABLES.iter().enumerate() {
            assert!(TABLES[..i].iter().all(|o| o.name != t.name), "{}", t.name);
            let names = t.names();
            for (j, n) in names.iter().enumerate() {
                assert!(!names[..j].contains(n), "{}.{n} twice", t.name);
            }
            assert!(names.contains(&t.key), "{}: key {}", t.name, t.key);
        }
    }
}
