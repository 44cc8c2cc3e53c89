//! The places table in `data/places/` (made by `data/places/build.py` from
//! vietnam-address-converter 1.0.5) still passes the checks it was made
//! with, and what the page says a district is "now part of" is what the
//! table says: read here from the CSV files themselves, not from the page's
//! code or a copy of the answer.

use std::collections::{BTreeSet, HashMap};

use lamtheobac::data;
use lamtheobac::format::Locale;
use lamtheobac::now_part_of;

mod support;

use support::places_table as table;

fn count(rows: &[HashMap<String, String>], column: &str, value: &str) -> usize {
    rows.iter().filter(|r| r[column] == value).count()
}

#[test]
fn the_table_holds_vietnams_units_and_where_the_former_ones_went() {
    let provinces = table("provinces.csv");
    let units = table("units.csv");
    let former_provinces = table("former_provinces.csv");
    let districts = table("former_districts.csv");
    let communes = table("former_communes.csv");
    let mapping = table("mapping.csv");
    assert_eq!(provinces.len(), 34);
    assert_eq!(count(&provinces, "type", "thành phố"), 6);
    assert_eq!(units.len(), 3321);
    assert_eq!(count(&units, "type", "xã"), 2621);
    assert_eq!(count(&units, "type", "phường"), 687);
    assert_eq!(count(&units, "type", "đặc khu"), 13);
    assert_eq!(former_provinces.len(), 63);
    assert_eq!(count(&districts, "listed", "1"), 696);
    assert_eq!(count(&communes, "listed", "1"), 10147);
    assert_eq!(mapping.len(), 10358);

    let code = |rows: &[HashMap<String, String>]| -> BTreeSet<String> {
        rows.iter().map(|r| r["code"].clone()).collect()
    };
    let (unit_codes, district_codes, commune_codes) =
        (code(&units), code(&districts), code(&communes));
    let province_codes = code(&provinces);
    assert!(
        units
            .iter()
            .all(|u| province_codes.contains(&u["province_code"]))
    );
    for row in &mapping {
        assert!(unit_codes.contains(&row["unit_code"]), "{row:?}");
        assert!(
            district_codes.contains(&row["former_district_code"]),
            "{row:?}"
        );
        let commune = &row["former_commune_code"];
        assert!(
            commune.is_empty() || commune_codes.contains(commune),
            "{row:?}"
        );
    }
    // Every unit of 2025 but one took land of a former commune; Xã Suối Tọ
    // (Sơn La) has no row in the package's mapping.
    let mapped_units: BTreeSet<&String> = mapping.iter().map(|r| &r["unit_code"]).collect();
    assert_eq!(unit_codes.len() - mapped_units.len(), 1);
    // Every former commune the mapping names maps to a unit; the package's
    // list holds 158 it does not map (most were merged before 2025 into a
    // commune that is mapped). None of them is in a reported district.
    let mapped: BTreeSet<&String> = mapping.iter().map(|r| &r["former_commune_code"]).collect();
    let unmapped: Vec<&HashMap<String, String>> = communes
        .iter()
        .filter(|c| !mapped.contains(&c["code"]))
        .collect();
    assert_eq!(unmapped.len(), 158);
    let split = mapping
        .iter()
        .filter(|r| r["split"] == "1")
        .map(|r| &r["former_commune_code"])
        .collect::<BTreeSet<_>>();
    assert_eq!(
        split.len(),
        297,
        "former communes whose land went to several units"
    );

    let reported = [
        (
            "An Giang",
            "Thoại Sơn",
            "Óc Eo, Phú Hòa, Thoại Sơn, Tây Phú, Vĩnh Trạch, Định Mỹ",
        ),
        (
            "Sóc Trăng",
            "Mỹ Xuyên",
            "Mỹ Xuyên, Ngọc Tố, Nhu Gia, Gia Hòa, Hòa Tú",
        ),
        (
            "Long An",
            "Cần Đước",
            "Long Hựu, Long Cang, Rạch Kiến, Mỹ Lệ, Tân Lân, Cần Đước",
        ),
        (
            "An Giang",
            "Phú Tân",
            "Chợ Vàm, Phú Tân, Bình Thạnh Đông, Phú Lâm, Phú An, Hòa Lạc",
        ),
        (
            "Lào Cai",
            "Bát Xát",
            "Mường Hum, Bát Xát, Y Tý, A Mú Sung, Bản Xèo, Trịnh Tường, Dền Sáng, Cốc San",
        ),
    ];
    let province_name: HashMap<&String, &String> = former_provinces
        .iter()
        .map(|p| (&p["code"], &p["name"]))
        .collect();
    let unit_name: HashMap<&String, &String> =
        units.iter().map(|u| (&u["code"], &u["name"])).collect();
    for (province, district, expected) in reported {
        let found: Vec<&HashMap<String, String>> = districts
            .iter()
            .filter(|d| {
                d["name"] == district && *province_name[&d["former_province_code"]] == province
            })
            .collect();
        assert_eq!(found.len(), 1, "{district}, {province}");
        let code = &found[0]["code"];
        let went: BTreeSet<&str> = mapping
            .iter()
            .filter(|r| r["former_district_code"] == *code)
            .map(|r| unit_name[&r["unit_code"]].as_str())
            .collect();
        assert_eq!(went, expected.split(", ").collect(), "{district}");
        assert!(
            !unmapped.iter().any(|c| c["former_district_code"] == *code),
            "{district} has a former commune with no 2025 unit"
        );
    }
}

#[test]
fn each_shipped_district_is_now_part_of_what_the_table_maps_it_to() {
    let units = table("units.csv");
    let districts = table("former_districts.csv");
    let former_provinces = table("former_provinces.csv");
    let mapping = table("mapping.csv");
    let unit = |code: &str| units.iter().find(|u| u["code"] == code).unwrap();
    let d = data::shipped().unwrap();
    for district in &d.districts {
        let province = former_provinces
            .iter()
            .find(|p| p["name"] == district.province.name)
            .unwrap_or_else(|| panic!("{}: no such former province", district.province.name));
        let code = &districts
            .iter()
            .find(|x| x["name"] == district.name && x["former_province_code"] == province["code"])
            .unwrap_or_else(|| panic!("{}: not in the table", district.name))["code"];
        let rows: Vec<_> = mapping
            .iter()
            .filter(|r| r["former_district_code"] == *code)
            .collect();
        let expected: BTreeSet<(String, bool)> = rows
            .iter()
            .map(|r| {
                let u = unit(&r["unit_code"]);
                // Part of it: a split commune, or land of another district too.
                let partly = rows
                    .iter()
                    .any(|o| o["unit_code"] == r["unit_code"] && o["split"] == "1")
                    || mapping.iter().any(|o| {
                        o["unit_code"] == r["unit_code"] && o["former_district_code"] != *code
                    });
                (u["name_with_type"].clone(), partly)
            })
            .collect();
        let shown = now_part_of::successors(district)
            .unwrap_or_else(|| panic!("{} has no “now part of”", district.name));
        let got: BTreeSet<(String, bool)> = shown
            .iter()
            .map(|s| {
                // In a list the type word is in lower case; the table's starts with a capital.
                let label =
                    lamtheobac::place_names::capitalised(&now_part_of::unit_label(s, Locale::Vi));
                (label.trim_end_matches(" (một phần)").to_string(), s.partly)
            })
            .collect();
        assert_eq!(got, expected, "{}", district.name);
        // And the line a reader reads names every one of them, with its province.
        let line = now_part_of::line(shown, Locale::Vi);
        for (name, _) in &expected {
            // Mid-phrase, the type word in lower case: "xã Óc Eo".
            let mut chars = name.chars();
            let first: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_lowercase)
                .collect();
            assert!(
                line.contains(&format!("{first}{}", chars.as_str())),
                "{line}"
            );
        }
        assert!(
            line.contains(&district.province_2025.name),
            "{line} names the province of 2025"
        );
    }
}

#[test]
fn the_national_fixture_is_the_real_country_with_generated_numbers() {
    let d = lamtheobac::tools::synthetic::generate(42, lamtheobac::tools::synthetic::COMMUNES);
    assert_eq!(d.districts.len(), 3321);
    let in_province = |p: &str| d.districts.iter().filter(|x| x.province.name == p).count();
    assert_eq!(in_province("Hồ Chí Minh"), 168);
    assert_eq!(in_province("Lai Châu"), 38);
    let units = table("units.csv");
    let names: BTreeSet<&str> = units.iter().map(|u| u["name"].as_str()).collect();
    assert!(d.districts.iter().all(|x| names.contains(x.name.as_str())));
    assert!(d.districts.iter().any(|x| x.name == "Óc Eo"));
    let level = |l| d.districts.iter().filter(|x| x.level == l).count();
    use lamtheobac::data::Level;
    assert_eq!(
        [
            level(Level::Commune),
            level(Level::Ward),
            level(Level::SpecialZone)
        ],
        [2621, 687, 13]
    );
    // The numbers are generated, and the dataset says so.
    assert!(d.title.vi.contains("GIẢ LẬP") && d.title.en.contains("SYNTHETIC"));
    let problems = data::validate(&d);
    assert!(problems.is_empty(), "{:?}", problems.first());
}

#[test]
fn the_page_knows_which_provinces_are_cities() {
    // `place_names` writes "thành phố" or "tỉnh" before a name without the table.
    for file in ["provinces.csv", "former_provinces.csv"] {
        let cities: BTreeSet<String> = table(file)
            .iter()
            .filter(|p| p["type"] == "thành phố")
            .map(|p| p["name"].clone())
            .collect();
        let listed: BTreeSet<String> = lamtheobac::place_names::CITIES
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(cities, listed, "{file}");
    }
}
