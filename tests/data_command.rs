//! `lamtheobac-data`, the command portal staff run in their own CI: its exit
//! codes, and the same messages the page gives.

use std::path::PathBuf;
use std::process::{Command, Output};

use lamtheobac::data::{self, SHIPPED_JSON};
use serde_json::{Value, json};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lamtheobac-data"))
        .args(args)
        .output()
        .expect("the command runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_string()
}

fn scratch(name: &str, content: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lamtheobac-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

#[test]
fn a_sound_dataset_passes_and_says_what_it_holds() {
    let file = scratch("sound.json", SHIPPED_JSON);
    let out = run(&["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("hợp lệ: 47 số liệu, 5 huyện"),
        "{}",
        text(&out.stdout)
    );
    let out = run(&["check", file.to_str().unwrap(), "--lang", "en"]);
    assert!(text(&out.stdout).contains("sound: 47 figures, 5 former districts"));
}

/// The descriptor named alone brings the CSV files it names, beside it, as
/// the page's `?data=…/datapackage.json` and `frictionless validate` do.
#[test]
fn a_package_is_checked_by_its_descriptor_alone() {
    let descriptor = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/data/open/datapackage.json"
    );
    let out = run(&["check", descriptor, "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(
        text(&out.stdout).contains("sound: 47 figures, 5 former districts, 38 indicators"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn a_broken_dataset_fails_with_the_pages_messages_in_either_language() {
    let mut v: Value = serde_json::from_str(SHIPPED_JSON).unwrap();
    let i = v["figures"]
        .as_array()
        .unwrap()
        .iter()
        .position(|f| f["id"] == "mx-poverty-rate")
        .unwrap();
    v["figures"][i]["value"] = json!(117);
    let file = scratch("broken.json", &v.to_string());
    let path = file.to_str().unwrap();
    let out = run(&["check", path]);
    assert_eq!(out.status.code(), Some(1));
    let expected = data::load(&v.to_string()).unwrap_err();
    for (lang, locale) in [
        ("vi", lamtheobac::format::Locale::Vi),
        ("en", lamtheobac::format::Locale::En),
    ] {
        let out = run(&["check", path, "--lang", lang]);
        let printed = text(&out.stdout);
        for line in expected.lines(locale) {
            assert!(
                printed.contains(&format!("{path}: {line}")),
                "{line}\n{printed}"
            );
        }
    }
    assert!(text(&run(&["check", path]).stdout).contains("value: tỷ lệ 117% lớn hơn 100%"));

    let cut = scratch(
        "cut.json",
        "{\"format\": \"lam-theo-bac/dataset\", \"reports\": [",
    );
    let out = run(&["check", cut.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains("tệp kết thúc giữa chừng một danh sách"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn convert_writes_compact_json_that_loads_as_the_same_dataset() {
    let file = scratch("in.json", SHIPPED_JSON);
    let to = file.with_file_name("out.json");
    let out = run(&[
        "convert",
        file.to_str().unwrap(),
        "-o",
        to.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let written = std::fs::read_to_string(&to).unwrap();
    assert!(!written.contains('\n'), "compact, one line");
    assert!(written.len() < SHIPPED_JSON.len());
    assert_eq!(&data::load(&written).unwrap(), data::shipped().unwrap());
}

#[test]
fn misuse_and_unreadable_files_exit_with_2() {
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["check"]).status.code(), Some(2));
    assert_eq!(run(&["convert", "x.json"]).status.code(), Some(2));
    assert_eq!(
        run(&["check", "x.json", "--lang", "fr"]).status.code(),
        Some(2)
    );
    let out = run(&["check", "/no/such/dataset.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("không đọc được tệp"));
    assert_eq!(run(&["--help"]).status.code(), Some(0));
}

fn fixtures(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn a_package_saved_by_a_spreadsheet_is_checked_and_converted() {
    // A folder, as a portal keeps its package.
    let folder = fixtures("libreoffice-vi");
    let out = run(&["check", folder.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("sound: 47 figures, 5 former districts"));
    // The CSV files named one by one, converted to the JSON the page loads fastest.
    let csvs: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".csv"))
        .collect();
    let to = scratch("from-csv.json", "");
    let mut args = vec!["convert"];
    args.extend(csvs.iter().map(String::as_str));
    args.extend(["-o", to.to_str().unwrap()]);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let written = std::fs::read_to_string(&to).unwrap();
    assert_eq!(
        data::load(&written).unwrap().figures,
        data::shipped().unwrap().figures
    );
}

#[test]
fn a_damaged_package_names_each_cell_and_exits_1() {
    let dir = std::env::temp_dir().join(format!("lamtheobac-data-damaged-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(fixtures("libreoffice-vi")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    std::fs::copy(
        fixtures("libreoffice-defaults/figures.csv"),
        dir.join("figures.csv"),
    )
    .unwrap();
    let out = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stdout);
    assert!(
        said.starts_with(
            "figures.csv, dòng 2, cột printed: “12000” không có trong câu trích dẫn\n"
        ),
        "{said}"
    );
    let out = run(&["check", dir.to_str().unwrap(), "--lang", "en"]);
    assert!(text(&out.stdout).contains(
        "figures.csv, row 3, column printed: “11/11/26” does not stand in the evidence quote"
    ));
    let _ = std::fs::remove_dir_all(dir);
}

/// The whole country (synthetic) as a package: checked, its units counted
/// by level, but not converted, because its JSON would be over what the page
/// reads; the CSV files load as they are.
#[test]
fn the_whole_country_is_checked_but_not_converted_to_json_the_page_refuses() {
    let country =
        lamtheobac::tools::synthetic::generate(42, lamtheobac::tools::synthetic::COMMUNES);
    let dir = scratch("unused", "").with_file_name("country");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in data::write::open_data::lean_package(&country) {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let out = run(&["check", dir.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(
        text(&out.stdout).contains("2,621 communes, 687 wards, 13 special zones"),
        "{}",
        text(&out.stdout)
    );
    let to = dir.join("country.json");
    let out = run(&["convert", dir.to_str().unwrap(), "-o", to.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!to.exists());
    assert!(
        text(&out.stdout)
            .contains("vượt giới hạn 10.485.760 byte mà trang đọc được, nên không được ghi."),
        "{}",
        text(&out.stdout)
    );
}

/// A portal's units looked up in the places table of 2025: a misspelled
/// commune, a unit in the wrong province and a former commune's name are
/// each named with the official names; the exact one is silent; the data is
/// still sound, and `--allow-unknown-units` accepts it.
#[test]
fn unit_names_the_places_table_lacks_are_named_and_fail_the_check() {
    let file = fixtures("portal-misnamed.json");
    let path = file.to_str().unwrap();
    let out = run(&["check", path]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    let said = text(&out.stdout);
    for line in [
        "vi-du-xa-oc-eo: “Xa Oc Eo” (An Giang): tên chính thức là “Xã Óc Eo, tỉnh An Giang”",
        "vi-du-xa-oc-eo-can-tho: “Óc Eo” (Cần Thơ): không có ở Cần Thơ; tên này có ở “Xã Óc Eo, tỉnh An Giang”",
        "vi-du-xa-nui-sap: “Núi Sập” (An Giang): là tên trước ngày 1/7/2025 (“Thị trấn Núi Sập, huyện Thoại Sơn, tỉnh An Giang”); nay thuộc “Xã Thoại Sơn, tỉnh An Giang”",
    ] {
        assert!(said.contains(line), "{line}\nin\n{said}");
    }
    assert!(
        !said.contains("vi-du-xa-dinh-my"),
        "an exact name is silent: {said}"
    );
    assert!(said.contains("hợp lệ: 4 số liệu, 4 xã"));
    let out = run(&["check", path, "--allow-unknown-units", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("the official name is “Óc Eo commune, An Giang province”"));
}
