//! A command for portal staff: checks a dataset file with the same parser and
//! rules as the page, and prints the same messages, so a portal can check its
//! files in its own CI before publishing them.
//!
//!     lamtheobac-data check FILE [--lang vi|en]
//!     lamtheobac-data convert FILE -o OUT.json [--lang vi|en]
//!
//! Exit codes: 0 the file is a sound dataset (and, for convert, was written);
//! 1 it is not (one line per problem, each naming its record and field);
//! 2 the command was used wrongly or a file could not be read or written.
//! Reads the dataset JSON format (`data/dataset.schema.json`).

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

    const USAGE: &str = "usage: lamtheobac-data check FILE [--lang vi|en]\n       \
                         lamtheobac-data convert FILE -o OUT.json [--lang vi|en]";

    /// Runs the command; returns its exit code.
    pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
        let mut words = Vec::new();
        let mut output = None;
        let mut locale = Locale::Vi;
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
                "-h" | "--help" => {
                    let _ = writeln!(out, "{USAGE}");
                    return 0;
                }
                _ => words.push(arg.as_str()),
            }
        }
        match (words.as_slice(), output) {
            (["check", file], None) => match read(file, locale, out, err) {
                Ok(_) => 0,
                Err(code) => code,
            },
            (["convert", file], Some(to)) => match read(file, locale, out, err) {
                Ok(dataset) => write(&dataset, &to, locale, out, err),
                Err(code) => code,
            },
            (["convert", _], None) => usage(err, "convert needs -o OUT.json"),
            _ => usage(err, "give check FILE or convert FILE -o OUT.json"),
        }
    }

    fn usage(err: &mut dyn Write, why: &str) -> u8 {
        let _ = writeln!(err, "lamtheobac-data: {why}\n{USAGE}");
        2
    }

    /// Loads `file` as the page does; prints what it holds, or every problem.
    fn read(
        file: &str,
        locale: Locale,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> Result<Dataset, u8> {
        let vi = locale == Locale::Vi;
        let bytes = std::fs::read(file).map_err(|e| {
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
        match data::read(&bytes) {
            Ok(dataset) => {
                let (lead, words) = if vi {
                    (
                        "hợp lệ",
                        ["số liệu", "huyện", "chỉ số", "mô hình", "bài báo"],
                    )
                } else {
                    (
                        "sound",
                        ["figures", "districts", "metrics", "initiatives", "reports"],
                    )
                };
                let counts = [
                    dataset.figures.len(),
                    dataset.districts.len(),
                    dataset.metrics.len(),
                    dataset.initiatives.len(),
                    dataset.reports.len(),
                ];
                let held: Vec<String> = counts
                    .iter()
                    .zip(words)
                    .map(|(n, word)| format!("{n} {word}"))
                    .collect();
                let _ = writeln!(out, "{file}: {lead}: {}.", held.join(", "));
                Ok(dataset)
            }
            Err(e) => {
                for line in e.lines(locale) {
                    let _ = writeln!(out, "{file}: {line}");
                }
                Err(1)
            }
        }
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
