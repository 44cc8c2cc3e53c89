//! A command for portal staff: checks a dataset with the same parser and
//! rules as the page, and prints the same messages, so a portal can check its
//! files in its own CI before publishing them.
//!
//!     lamtheobac-data check FILE… [--lang vi|en] [--allow-unknown-units]
//!     lamtheobac-data convert FILE… -o OUT.json [--lang vi|en]
//!
//! FILE… is one dataset JSON file (`data/dataset.schema.json`), or the files
//! of a package (its CSV files and `datapackage.json`, as the page exports
//! them and `data/template/` starts them), or a folder holding them.
//! `check` also looks each unit up in the places table of 2025 (and the
//! former districts and communes): a near miss, a unit in another province,
//! a former name or an unknown one is named with the official names to use
//! (`place_check`), as the page lists them when it loads the data.
//!
//! Exit codes: 0 a sound dataset (and, for convert, written); 1 it is not
//! (one line per problem, each naming its file, row and column, or record
//! and field), or `check` found units the places table does not name so
//! (unless `--allow-unknown-units`), or its JSON would be larger than the
//! page reads; 2 the command was used wrongly or a file could not be read
//! or written.

use std::process::ExitCode;

#[cfg(target_arch = "wasm32")]
fn main() -> ExitCode {
    ExitCode::FAILURE
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli::run(&args, &mut std::io::stdout(), &mut std::io::stderr()) {
        0 => ExitCode::SUCCESS,
        code => ExitCode::from(code),
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::Write;

    use lamtheobac::data::{self, Dataset};
    use lamtheobac::format::Locale;

    const USAGE: &str = "usage: lamtheobac-data check FILE… [--lang vi|en] [--allow-unknown-units]\n       \
                         lamtheobac-data convert FILE… -o OUT.json [--lang vi|en]\n\
                         FILE… is one dataset JSON file, the CSV files of a package \
                         (with its datapackage.json), or a folder holding them";

    /// Runs the command; returns its exit code.
    pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
        let mut words = Vec::new();
        let mut output = None;
        let mut locale = Locale::Vi;
        let mut allow_unknown = false;
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            match arg.as_str() {
                "-o" | "--output" => match rest.next() {
                    Some(path) => output = Some(path.clone()),
                    None => return usage(err, "-o needs a file name"),
                },
                "--lang" => match rest.next().map(String::as_str) {
                    Some("vi") => locale = Locale::Vi,
                    Some("en") => locale = Locale::En,
                    _ => return usage(err, "--lang takes vi or en"),
                },
                "--allow-unknown-units" => allow_unknown = true,
                "-h" | "--help" => {
                    let _ = writeln!(out, "{USAGE}");
                    return 0;
                }
                _ => words.push(arg.as_str()),
            }
        }
        match (words.as_slice(), output) {
            (["check", files @ ..], None) if !files.is_empty() => {
                match read(files, locale, out, err) {
                    Ok(dataset) => match unit_names(&dataset, locale, out, err) {
                        0 => 0,
                        _ if allow_unknown => 0,
                        _ => 1,
                    },
                    Err(code) => code,
                }
            }
            (["convert", files @ ..], Some(to)) if !files.is_empty() => {
                match read(files, locale, out, err) {
                    Ok(dataset) => write(&dataset, &to, locale, out, err),
                    Err(code) => code,
                }
            }
            (["convert", ..], None) => usage(err, "convert needs -o OUT.json"),
            _ => usage(err, "give check FILE… or convert FILE… -o OUT.json"),
        }
    }

    fn usage(err: &mut dyn Write, why: &str) -> u8 {
        let _ = writeln!(err, "lamtheobac-data: {why}\n{USAGE}");
        2
    }

    /// The files named, a folder standing for the files in it.
    fn gather(paths: &[&str]) -> std::io::Result<Vec<(String, Vec<u8>)>> {
        let mut files = Vec::new();
        for path in paths {
            let path = std::path::Path::new(path);
            if path.is_dir() {
                let mut entries: Vec<_> = std::fs::read_dir(path)?
                    .map(|e| e.map(|e| e.path()))
                    .collect::<Result<_, _>>()?;
                entries.sort();
                for entry in entries {
                    let name = entry.display().to_string();
                    let lower = name.to_ascii_lowercase();
                    if entry.is_file()
                        && [".csv", ".json", ".zip"].iter().any(|e| lower.ends_with(e))
                    {
                        files.push((name, std::fs::read(&entry)?));
                    }
                }
            } else {
                files.push((path.display().to_string(), std::fs::read(path)?));
            }
        }
        // A descriptor named alone brings the files it names, beside it, as
        // the page's dataset reader fetches them for `?data=…/datapackage.json`.
        let folder = files
            .iter()
            .map(|(n, _)| std::path::Path::new(n))
            .find(|p| {
                p.file_name().is_some_and(|f| {
                    f.to_string_lossy()
                        .eq_ignore_ascii_case(data::read::package::DESCRIPTOR)
                })
            })
            .and_then(|p| p.parent())
            .map(std::path::Path::to_path_buf);
        if let Some(folder) = folder {
            for path in data::read::package::missing_resources(&files) {
                let file = folder.join(&path);
                if file.is_file() {
                    files.push((file.display().to_string(), std::fs::read(&file)?));
                }
            }
        }
        Ok(files)
    }

    /// Loads `paths` as the page does; prints what they hold, or every problem.
    fn read(
        paths: &[&str],
        locale: Locale,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> Result<Dataset, u8> {
        let vi = locale == Locale::Vi;
        let file = paths.join(", ");
        let files = gather(paths).map_err(|e| {
            let _ = writeln!(
                err,
                "{file}: {} ({e})",
                if vi {
                    "không đọc được tệp"
                } else {
                    "cannot read the file"
                }
            );
            2
        })?;
        match data::read_files(&files) {
            Ok(dataset) => {
                let (lead, words) = if vi {
                    ("hợp lệ", ["số liệu", "chỉ tiêu", "mô hình", "bài viết"])
                } else {
                    (
                        "sound",
                        ["figures", "indicators", "initiatives", "articles"],
                    )
                };
                let counts = [
                    dataset.figures.len(),
                    dataset.metrics.len(),
                    dataset.initiatives.len(),
                    dataset.reports.len(),
                ];
                let mut held: Vec<String> = counts
                    .iter()
                    .zip(words)
                    .map(|(n, word)| format!("{} {word}", lamtheobac::format::count(*n, locale)))
                    .collect();
                // Units by their level: "3321 xã" would be wrong as "3321 huyện".
                let units = lamtheobac::query::levels(&dataset)
                    .into_iter()
                    .map(|(level, n)| {
                        let [one, many, ..] = lamtheobac::i18n::unit_nouns(level, locale);
                        let n_said = lamtheobac::format::count(n, locale);
                        format!("{n_said} {}", if n == 1 { one } else { many })
                    });
                held.splice(1..1, units);
                let _ = writeln!(out, "{file}: {lead}: {}.", held.join(", "));
                Ok(dataset)
            }
            Err(e) => {
                // A package's lines name their own file, row and column.
                let named = matches!(e, data::LoadError::Package(_));
                for line in e.lines(locale) {
                    if named {
                        let _ = writeln!(out, "{line}");
                    } else {
                        let _ = writeln!(out, "{file}: {line}");
                    }
                }
                Err(1)
            }
        }
    }

    /// Prints what the places table says of `dataset`'s unit names; returns
    /// how many it did not find as named.
    fn unit_names(
        dataset: &Dataset,
        locale: Locale,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> usize {
        let index = lamtheobac::places::Places::read(lamtheobac::places::committed)
            .and_then(|p| lamtheobac::place_search::PlaceIndex::parse(&p.index()));
        let index = match index {
            Ok(index) => index,
            Err(e) => {
                let _ = writeln!(err, "places table: {e}");
                return 0;
            }
        };
        let notices = lamtheobac::place_check::check(&index, dataset);
        let vi = locale == Locale::Vi;
        if !notices.is_empty() {
            let n = lamtheobac::format::count(notices.len(), locale);
            let _ = if vi {
                writeln!(
                    out,
                    "{n} đơn vị không có trong danh sách đơn vị hành chính đúng như tên đã ghi (không đổi tên nào; dùng --allow-unknown-units để chấp nhận):"
                )
            } else {
                writeln!(
                    out,
                    "{n} units not in the list of administrative units as named (nothing renamed; --allow-unknown-units accepts them):"
                )
            };
        }
        for notice in &notices {
            let _ = writeln!(out, "{}", if vi { &notice.vi } else { &notice.en });
        }
        notices.len()
    }

    /// Writes `dataset` as compact JSON: what the page loads fastest.
    fn write(
        dataset: &Dataset,
        to: &str,
        locale: Locale,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> u8 {
        let vi = locale == Locale::Vi;
        let json = match serde_json::to_string(dataset) {
            Ok(json) => json,
            Err(e) => {
                let _ = writeln!(err, "{to}: {e}");
                return 2;
            }
        };
        // A file the page would refuse is no use to write: the CSV files,
        // which are smaller, load as they are.
        if json.len() > data::MAX_DATASET_BYTES {
            let size = lamtheobac::format::count(json.len(), locale);
            let limit = lamtheobac::format::count(data::MAX_DATASET_BYTES, locale);
            let _ = if vi {
                writeln!(
                    out,
                    "{to}: tệp JSON sẽ có dung lượng {size} byte, vượt giới hạn {limit} byte mà trang đọc được, nên không được ghi. Trang đọc được các tệp CSV của gói như hiện có."
                )
            } else {
                writeln!(
                    out,
                    "{to}: the JSON would be {size} bytes, over the {limit} the page reads: not written. The page reads the package's CSV files as they are."
                )
            };
            return 1;
        }
        match std::fs::write(to, json) {
            Ok(()) => {
                let _ = writeln!(out, "{to}: {}", if vi { "đã ghi." } else { "written." });
                0
            }
            Err(e) => {
                let _ = writeln!(
                    err,
                    "{to}: {} ({e})",
                    if vi {
                        "không ghi được tệp"
                    } else {
                        "cannot write the file"
                    }
                );
                2
            }
        }
    }
}
