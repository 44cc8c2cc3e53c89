//! The blank package portals start from (public/data/template/) is exactly
//! what the core makes, loads as a dataset, and passes `frictionless
//! validate` like every export. After changing it, run
//!     UPDATE_TEMPLATE=1 cargo test --test template_package

use lamtheobac::data::{self, write::open_data};
use lamtheobac::tools::template;
use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/template")
}

#[test]
fn the_published_template_is_what_the_core_makes() {
    let files = template::files(data::shipped().unwrap());
    if std::env::var_os("UPDATE_TEMPLATE").is_some() {
        for (name, text) in &files {
            std::fs::write(dir().join(name), text).unwrap();
        }
    }
    for (name, text) in &files {
        let published = std::fs::read_to_string(dir().join(name)).unwrap_or_default();
        assert!(
            published == *text,
            "public/data/template/{name} is stale: run UPDATE_TEMPLATE=1 cargo test --test template_package"
        );
    }
}

#[test]
fn the_template_loads_and_each_row_says_it_is_an_example() {
    let files: Vec<(String, Vec<u8>)> = template::files(data::shipped().unwrap())
        .into_iter()
        .filter(|(n, _)| *n != "index.html")
        .map(|(n, t)| (n.to_string(), t.into_bytes()))
        .collect();
    let dataset = data::read_files(&files).expect("the template is a sound dataset");
    assert_eq!(dataset.figures.len(), 1);
    assert!(dataset.figures.iter().all(|f| f.id.starts_with("vi-du")));
    assert!(
        dataset
            .districts
            .iter()
            .all(|d| d.id.starts_with("vi-du") && d.name.contains("Ví Dụ"))
    );
    assert!(
        dataset
            .initiatives
            .iter()
            .all(|i| i.id.starts_with("vi-du"))
    );
    let guide = &template::files(data::shipped().unwrap())
        .into_iter()
        .find(|(n, _)| *n == "index.html")
        .unwrap()
        .1;
    for metric in &data::shipped().unwrap().metrics {
        assert!(
            guide.contains(&format!("<code>{}</code>", metric.id)),
            "{}",
            metric.id
        );
    }
    assert!(
        !guide.contains("<script"),
        "the guide runs under any policy"
    );
    assert!(!guide.contains("style="), "the guide runs under any policy");
}

/// `frictionless validate` (PyPI's frictionless, installed by .ci/setup
/// into .tools/frictionless) on the template and on the export.
#[test]
fn frictionless_accepts_the_template_and_the_export() {
    let tool = Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/frictionless/bin/frictionless");
    assert!(
        tool.exists(),
        "{} is missing: run bash .ci/setup",
        tool.display()
    );
    let scratch =
        std::env::temp_dir().join(format!("lamtheobac-frictionless-{}", std::process::id()));
    for (folder, files) in [
        ("template", template::files(data::shipped().unwrap())),
        ("open", open_data::package(data::shipped().unwrap())),
    ] {
        let at = scratch.join(folder);
        std::fs::create_dir_all(&at).unwrap();
        for (name, text) in &files {
            std::fs::write(at.join(name), text).unwrap();
        }
        let out = std::process::Command::new(&tool)
            .arg("validate")
            .arg(at.join("datapackage.json"))
            .output()
            .expect("frictionless runs");
        assert!(
            out.status.success(),
            "frictionless rejects the {folder} package:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let _ = std::fs::remove_dir_all(scratch);
}

#[test]
fn each_province_has_its_units_listed_and_the_template_loads_with_them() {
    let shipped = data::shipped().unwrap();
    let provinces = template::by_province(shipped).unwrap();
    if std::env::var_os("UPDATE_TEMPLATE").is_some() {
        let _ = std::fs::remove_dir_all(dir().join(template::BY_PROVINCE));
        for p in &provinces {
            let path = dir().join(&p.path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, &p.text).unwrap();
        }
    }
    assert_eq!(provinces.len(), 34);
    assert_eq!(provinces.iter().map(|p| p.units).sum::<usize>(), 3321);
    let count = |name: &str| provinces.iter().find(|p| p.province == name).unwrap().units;
    assert_eq!(count("An Giang"), 102);
    assert_eq!(count("Hồ Chí Minh"), 168);
    assert_eq!(count("Lai Châu"), 38);
    let guide = &template::files(shipped)
        .into_iter()
        .find(|(n, _)| *n == "index.html")
        .unwrap()
        .1;
    for p in &provinces {
        let published = std::fs::read_to_string(dir().join(&p.path)).unwrap_or_default();
        assert!(
            published == p.text,
            "public/data/template/{} is stale: run UPDATE_TEMPLATE=1 cargo test --test template_package",
            p.path
        );
        // The guide names the province as the page does: the city never bare.
        let shown = lamtheobac::place_names::alone(&p.province, lamtheobac::format::Locale::Vi);
        assert!(guide.contains(&format!("<a href=\"{}\">{shown}</a>", p.path)));
        // The template with this districts.csv: the only problems are the
        // units still without figures, which staff fill in or delete (the
        // rules keep every unit traceable to an article); everything else,
        // ids, levels, provinces, is sound.
        let files: Vec<(String, Vec<u8>)> = template::files(shipped)
            .into_iter()
            .filter(|(n, _)| *n != "index.html")
            .map(|(n, t)| {
                let text = if n == "districts.csv" {
                    p.text.clone()
                } else {
                    t
                };
                (n.to_string(), text.into_bytes())
            })
            .collect();
        let Err(data::LoadError::Package(spots)) = data::read_files(&files) else {
            panic!("{}: units without figures must be named", p.province);
        };
        assert_eq!(spots.len(), 2 * p.units, "{}", p.province);
        assert!(spots.iter().all(|s| s.file == "districts.csv"
            && s.row.is_some_and(|r| r >= 3)
            && (s.message.en == "the unit has no figure and no initiative"
                || s.message.en == "no article is about this unit")));
        let ids: std::collections::HashSet<&str> = p
            .text
            .lines()
            .map(|l| l.split(',').next().unwrap())
            .collect();
        assert_eq!(ids.len(), p.units + 2, "{}: ids are unique", p.province);
    }
}
