//! The open-data package beside the app (public/data/open/) is exactly what
//! the core makes from the shipped dataset. After changing the dataset, run
//!     UPDATE_OPEN_DATA=1 cargo test --test open_data_package
//! to rewrite it.

use lamtheobac::data::{self, write::open_data};
use std::path::Path;

#[test]
fn the_published_package_matches_the_dataset() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/open");
    let files = open_data::package(data::shipped().expect("shipped dataset"));
    if std::env::var_os("UPDATE_OPEN_DATA").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in &files {
            std::fs::write(dir.join(name), text).unwrap();
        }
    }
    for (name, text) in &files {
        let published = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert!(
            published == *text,
            "public/data/open/{name} is stale: run UPDATE_OPEN_DATA=1 cargo test --test open_data_package"
        );
    }
}

#[test]
fn the_descriptor_lists_each_csv_with_a_field_for_each_column() {
    let files = open_data::package(data::shipped().unwrap());
    let descriptor: serde_json::Value = serde_json::from_str(
        &files
            .iter()
            .find(|(n, _)| *n == "datapackage.json")
            .unwrap()
            .1,
    )
    .unwrap();
    assert_eq!(descriptor["profile"], "tabular-data-package");
    let resources = descriptor["resources"].as_array().unwrap();
    assert_eq!(resources.len(), 9);
    for r in resources {
        let csv = &files
            .iter()
            .find(|(n, _)| *n == r["path"].as_str().unwrap())
            .expect("the resource's file")
            .1;
        let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
        let fields: Vec<&str> = r["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(header, fields, "{}", r["name"]);
    }
    let figures = &resources[0];
    let value = figures["schema"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "value")
        .unwrap();
    assert_eq!(value["type"], "number");
    assert_eq!(descriptor["sources"].as_array().unwrap().len(), 5);
}
