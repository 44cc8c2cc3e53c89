//! The open-data package read back: export then import gives the same
//! dataset, whatever its text; CSV as spreadsheets save it in a Vietnamese
//! locale reads the same; each broken file is named with its row and column.

use lamtheobac::data::{self, Dataset, LoadError, write::open_data};
use lamtheobac::format::Locale;
use proptest::prelude::*;

fn shipped() -> &'static Dataset {
    data::shipped().expect("shipped dataset")
}

fn files(data: &Dataset) -> Vec<(String, Vec<u8>)> {
    open_data::package(data)
        .into_iter()
        .map(|(name, text)| (name.to_string(), text.into_bytes()))
        .collect()
}

/// The text of the file whose name ends with `name`.
fn text_of(files: &[(String, Vec<u8>)], name: &str) -> String {
    let (_, bytes) = files.iter().find(|(n, _)| n.ends_with(name)).expect(name);
    String::from_utf8(bytes.clone()).unwrap()
}

fn lines(err: &LoadError, locale: Locale) -> String {
    err.lines(locale).join("\n")
}

#[test]
fn the_shipped_package_reads_back_as_the_shipped_dataset() {
    assert_eq!(&data::read_files(&files(shipped())).unwrap(), shipped());
    // Without the descriptor, and with folders and upper case in the names,
    // as dropped from a desktop: the same figures, a plain title.
    let loose: Vec<_> = files(shipped())
        .into_iter()
        .filter(|(n, _)| n.ends_with(".csv"))
        .map(|(n, b)| (format!("C:\\Users\\me\\Desktop\\{}", n.to_uppercase()), b))
        .collect();
    let read = data::read_files(&loose).unwrap();
    assert_eq!(read.figures, shipped().figures);
    assert_eq!(read.built, shipped().built);
    assert_eq!(read.title.en, "Data from CSV files");
}

#[test]
fn a_package_exported_before_groups_and_themes_had_files_still_reads() {
    let old: Vec<_> = files(shipped())
        .into_iter()
        .filter(|(n, _)| {
            ![
                "groups.csv",
                "themes.csv",
                "relations.csv",
                "disagreements.csv",
            ]
            .contains(&n.as_str())
        })
        .collect();
    // Without relations and disagreements, the rate that disagrees with its
    // fraction is no longer explained, so the rules speak; everything else reads.
    let err = data::read_files(&old).unwrap_err();
    let text = lines(&err, Locale::En);
    assert!(text.contains("figures.csv, row"), "{text}");
    assert!(!text.contains("group"), "{text}");
}

#[test]
fn spreadsheet_saves_in_a_vietnamese_locale_read_the_same() {
    // What LibreOffice writes with the Vietnamese locale: `;`, decimal comma, BOM.
    let vietnamese: Vec<_> = files(shipped())
        .into_iter()
        .map(|(name, bytes)| {
            if !name.ends_with(".csv") {
                return (name, bytes);
            }
            let text = String::from_utf8(bytes).unwrap();
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(text.as_bytes());
            let mut writer = csv::WriterBuilder::new()
                .delimiter(b';')
                .from_writer(vec![0xef, 0xbb, 0xbf]);
            let mut numbers = Vec::new();
            for (i, record) in reader.records().enumerate() {
                let record = record.unwrap();
                if i == 0 {
                    numbers = record
                        .iter()
                        .map(|h| ["value", "numerator", "denominator"].contains(&h))
                        .collect();
                }
                // Number cells as the locale writes them; text stays text.
                let cells: Vec<String> = record
                    .iter()
                    .zip(&numbers)
                    .map(|(c, &number)| {
                        if number && i > 0 {
                            c.replace('.', ",")
                        } else {
                            c.to_string()
                        }
                    })
                    .collect();
                writer.write_record(&cells).unwrap();
            }
            (name, writer.into_inner().unwrap())
        })
        .collect();
    let figures = text_of(&vietnamese, "figures.csv");
    assert!(
        figures.contains(";99,34;"),
        "the fixture really has decimal commas"
    );
    assert_eq!(&data::read_files(&vietnamese).unwrap(), shipped());
}

fn edit(name: &str, f: impl Fn(String) -> String) -> Vec<(String, Vec<u8>)> {
    files(shipped())
        .into_iter()
        .map(|(n, b)| {
            if n == name {
                (n, f(String::from_utf8(b).unwrap()).into_bytes())
            } else {
                (n, b)
            }
        })
        .collect()
}

/// The package with one cell of one file changed (row 0 is the first data row).
fn edit_cell(name: &str, row: usize, column: &str, value: &str) -> Vec<(String, Vec<u8>)> {
    edit(name, |t| {
        let mut reader = csv::ReaderBuilder::new().from_reader(t.as_bytes());
        let header = reader.headers().unwrap().clone();
        let at = header.iter().position(|h| h == column).expect("the column");
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(&header).unwrap();
        for (i, record) in reader.records().enumerate() {
            let mut cells: Vec<String> = record.unwrap().iter().map(str::to_string).collect();
            if i == row {
                cells[at] = value.to_string();
            }
            writer.write_record(&cells).unwrap();
        }
        String::from_utf8(writer.into_inner().unwrap()).unwrap()
    })
}

#[test]
fn each_problem_is_named_by_file_row_and_column_in_both_languages() {
    let first_figure = |t: &str| {
        t.lines()
            .nth(1)
            .unwrap()
            .split(',')
            .next()
            .unwrap()
            .to_string()
    };
    let figures = text_of(&files(shipped()), "figures.csv");
    let id = first_figure(&figures);

    // A value that is not a number.
    let err = data::read_files(&edit_cell("figures.csv", 0, "value", "nhiều")).unwrap_err();
    assert_eq!(
        lines(&err, Locale::Vi),
        "figures.csv, dòng 2, cột value: “nhiều” không phải là số"
    );
    assert_eq!(
        lines(&err, Locale::En),
        "figures.csv, row 2, column value: “nhiều” is not a number"
    );

    // A column the format does not have (here: a misspelt one).
    let err = data::read_files(&edit("districts.csv", |t| {
        t.replacen("province_2025,", "tinh_moi,", 1)
    }))
    .unwrap_err();
    let text = lines(&err, Locale::En);
    assert!(
        text.contains("districts.csv, row 1, column tinh_moi: not a column of this format"),
        "{text}"
    );

    // A unit that does not exist: the rules' finding, moved to its cell.
    let err =
        data::read_files(&edit_cell("figures.csv", 2, "district", "no-such-district")).unwrap_err();
    let text = lines(&err, Locale::En);
    assert!(
        text.contains("figures.csv, row 4, column district:"),
        "{text}"
    );
    assert!(text.contains("no-such-district"), "{text}");

    // A period that is backwards.
    let err = data::read_files(&edit_cell("reports.csv", 0, "period_start", "2024")).unwrap_err();
    let text = lines(&err, Locale::En);
    assert!(text.contains("reports.csv, row 2, column period"), "{text}");

    // A unit code that is not one.
    let err = data::read_files(&edit_cell("metrics.csv", 1, "unit", "phần trăm")).unwrap_err();
    assert_eq!(
        lines(&err, Locale::En),
        "metrics.csv, row 3, column unit: “phần trăm” is not one of: count, percent, vnd, per_10000"
    );

    // A duplicate id.
    let err = data::read_files(&edit("figures.csv", |t| {
        let rows: Vec<&str> = t.lines().collect();
        let mut out: Vec<String> = rows.iter().map(|s| s.to_string()).collect();
        out.push(rows[1].to_string());
        out.join("\r\n")
    }))
    .unwrap_err();
    let text = lines(&err, Locale::Vi);
    assert!(
        text.contains(&format!(
            "figures.csv, dòng {}, cột id:",
            figures.lines().count() + 1
        )),
        "{text}"
    );
    assert!(text.contains(&id), "{text}");

    // A file left out.
    let without: Vec<_> = files(shipped())
        .into_iter()
        .filter(|(n, _)| n != "metrics.csv")
        .collect();
    let err = data::read_files(&without).unwrap_err();
    assert_eq!(
        lines(&err, Locale::En),
        "metrics.csv: this file is missing: a package needs figures.csv, districts.csv, metrics.csv and reports.csv"
    );
}

#[test]
fn a_cell_holding_a_formula_or_html_stays_text_both_ways() {
    let mut data = shipped().clone();
    data.figures[0].topic = Some("=HYPERLINK(\"http://x\",\"bấm\")".into());
    data.districts[0].name = "<img src=x onerror=alert(1)>".into();
    let exported = files(&data);
    let figures = text_of(&exported, "figures.csv");
    assert!(
        figures.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\""),
        "the guard is written"
    );
    assert_eq!(data::read_files(&exported).unwrap(), data);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any text in any text field survives the package: quotes, separators,
    /// line breaks, formulas, leading apostrophes, Vietnamese.
    #[test]
    fn any_text_survives_export_and_import(
        texts in proptest::collection::vec("[=+@'\\-\"a-zA-Zàáạảãăắặẳẵâấậẩẫđèéẹẻẽêếệểễ ,;\r\n\t0-9.]{1,24}", 6)
    ) {
        let non_blank = |s: &String| if s.trim().is_empty() { format!("x{s}") } else { s.clone() };
        let mut data = shipped().clone();
        data.figures[0].topic = Some(non_blank(&texts[0]));
        data.districts[0].province.note.vi = non_blank(&texts[1]);
        data.metrics[0].definition.en = non_blank(&texts[2]);
        data.initiatives[0].runner = Some(non_blank(&texts[3]));
        data.relations[0].note.vi = non_blank(&texts[4]);
        data.title.vi = non_blank(&texts[5]);
        prop_assume!(data::validate(&data).is_empty());
        prop_assert_eq!(data::read_files(&files(&data)).unwrap(), data);
    }

    #[test]
    fn any_valid_generated_dataset_survives_the_package(seed in 1u64.., districts in 1usize..30, metrics in 1usize..10, density in 0.05f64..0.6) {
        let size = lamtheobac::tools::synthetic::Size { provinces: 1 + districts / 5, districts, first_year: 2017, years: 8, metrics, density, since_2025: false };
        let generated = lamtheobac::tools::synthetic::generate(seed, size);
        prop_assume!(data::validate(&generated).is_empty());
        prop_assert_eq!(data::read_files(&files(&generated)).unwrap(), generated);
    }
}

fn fixture_dir(name: &str) -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            (path.display().to_string(), std::fs::read(&path).unwrap())
        })
        .collect()
}

/// tests/fixtures/libreoffice-vi: the shipped package opened in a Vietnamese
/// LibreOffice Calc and saved again (tests/fixtures/make-libreoffice-fixtures.sh).
#[test]
fn what_libreoffice_calc_saves_in_a_vietnamese_locale_reads_as_the_original() {
    let files = fixture_dir("libreoffice-vi");
    let figures = text_of(&files, "figures.csv");
    assert!(
        figures.contains(";99,34;percent;"),
        "a decimal comma, as Calc writes it"
    );
    assert!(figures.starts_with("id;district;"), "`;` between cells");
    assert_eq!(&data::read_files(&files).unwrap(), shipped());
    // As Excel saves "CSV UTF-8": a byte-order mark and CRLF line ends.
    let excel: Vec<_> = files
        .into_iter()
        .map(|(n, b)| {
            if !n.ends_with(".csv") {
                return (n, b);
            }
            let text = String::from_utf8(b)
                .unwrap()
                .replace("\r\n", "\n")
                .replace('\n', "\r\n");
            (n, [b"\xef\xbb\xbf".to_vec(), text.into_bytes()].concat())
        })
        .collect();
    assert_eq!(&data::read_files(&excel).unwrap(), shipped());
}

/// figures.csv opened with Calc's defaults: "12.000" became 12000 and "11/11"
/// a date. Each damaged cell is named, in both languages.
#[test]
fn cells_a_spreadsheet_changed_are_named_by_row_and_column() {
    let mut files = fixture_dir("libreoffice-vi");
    let damaged = fixture_dir("libreoffice-defaults").remove(0).1;
    files
        .iter_mut()
        .find(|(n, _)| n.ends_with("figures.csv"))
        .unwrap()
        .1 = damaged;
    let err = data::read_files(&files).unwrap_err();
    let vi = lines(&err, Locale::Vi);
    let en = lines(&err, Locale::En);
    assert!(
        vi.contains("figures.csv, dòng 2, cột printed: “12000” không có trong câu trích dẫn"),
        "{vi}"
    );
    assert!(
        en.contains(
            "figures.csv, row 3, column printed: “11/11/26” does not stand in the evidence quote"
        ),
        "{en}"
    );
}

#[test]
fn a_broken_descriptor_is_named_not_ignored() {
    let err =
        data::read_files(&edit("datapackage.json", |t| t[..t.len() / 2].to_string())).unwrap_err();
    assert!(
        lines(&err, Locale::En).starts_with("datapackage.json: is not valid JSON (line "),
        "{}",
        lines(&err, Locale::En)
    );
    let err =
        data::read_files(&edit("datapackage.json", |_| "{\"name\": \"x\"}".into())).unwrap_err();
    assert_eq!(
        lines(&err, Locale::Vi),
        "datapackage.json: không có danh sách “resources” của một gói Frictionless"
    );
}
