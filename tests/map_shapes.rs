//! The map's shapes (`data/map/vietnam.txt`, written by `data/map/build.py`):
//! the 34 provinces of 1 July 2025 made of the 63 former ones, each former
//! province inside exactly one, Quần đảo Hoàng Sa in Đà Nẵng and Quần đảo
//! Trường Sa in Khánh Hòa, and no shape outside Vietnam. The places table
//! is read here from its CSV files, not from the map's own copy of it.

use std::collections::{BTreeSet, HashMap};

use lamtheobac::map::Shapes;
use lamtheobac::map::shapes::{TEXT, area2, inside};
use lamtheobac::state::ProvinceMode;

mod support;

fn shapes() -> Shapes {
    Shapes::read(TEXT).expect("the committed shapes read")
}

use support::places_table as table;

/// Former province → its province of 2025, from the places table's mapping.
fn went_to() -> HashMap<String, BTreeSet<String>> {
    let code_of = |file: &str, key: &str, value: &str| -> HashMap<String, String> {
        table(file)
            .into_iter()
            .map(|r| (r[key].clone(), r[value].clone()))
            .collect()
    };
    let former = code_of("former_provinces.csv", "code", "name");
    let now = code_of("provinces.csv", "code", "name");
    let unit_province = code_of("units.csv", "code", "province_code");
    let district_province = code_of("former_districts.csv", "code", "former_province_code");
    let mut went: HashMap<String, BTreeSet<String>> = HashMap::new();
    for m in table("mapping.csv") {
        let from = &former[&district_province[&m["former_district_code"]]];
        let to = &now[&unit_province[&m["unit_code"]]];
        went.entry(from.clone()).or_default().insert(to.clone());
    }
    went
}

/// Vietnam with its islands: the mainland and coastal islands, Hoàng Sa, Trường Sa (lon, lat).
const VIETNAM: [((f64, f64), (f64, f64)); 3] = [
    ((102.1, 109.5), (8.3, 23.4)),
    ((111.0, 113.0), (15.5, 17.3)),
    ((111.4, 117.9), (6.0, 12.0)),
];

#[test]
fn thirty_four_provinces_of_the_sixty_three_former_each_in_exactly_one() {
    let s = shapes();
    let now = s.provinces(ProvinceMode::Current);
    assert_eq!(now.len(), 34);
    let then = s.provinces(ProvinceMode::AtReport);
    assert_eq!(
        then.len(),
        63,
        "the archipelagos join the province they belonged to"
    );

    let went = went_to();
    let former: BTreeSet<String> = table("former_provinces.csv")
        .into_iter()
        .map(|r| r["name"].clone())
        .collect();
    let mapped: Vec<&str> = s
        .units
        .iter()
        .filter(|u| u.kind != "quần đảo")
        .map(|u| u.name.as_str())
        .collect();
    assert_eq!(mapped.len(), 63);
    assert_eq!(
        mapped
            .iter()
            .map(|n| n.to_string())
            .collect::<BTreeSet<_>>(),
        former
    );
    let names_2025: BTreeSet<String> = table("provinces.csv")
        .into_iter()
        .map(|r| r["name"].clone())
        .collect();
    assert_eq!(
        now.iter().map(|p| p.name.clone()).collect::<BTreeSet<_>>(),
        names_2025
    );

    for (i, unit) in s.units.iter().enumerate() {
        if unit.kind != "quần đảo" {
            assert_eq!(
                went[&unit.name],
                BTreeSet::from([unit.now.clone()]),
                "{}",
                unit.name
            );
        }
        // Its own point is inside it, and inside exactly one province of
        // 2025 as the map draws them (each the union of its parts).
        let p = (f64::from(unit.label.0), f64::from(unit.label.1));
        assert!(
            s.holds(&[i], p),
            "{}'s label point is outside it",
            unit.name
        );
        let holding: Vec<&str> = now
            .iter()
            .filter(|q| {
                s.rings_in(ProvinceMode::Current, q)
                    .iter()
                    .any(|r| inside(r, p))
            })
            .map(|q| q.name.as_str())
            .collect();
        assert_eq!(holding, [unit.now.as_str()], "{}", unit.name);
    }
    // Each of the 34 is drawn as the union of its parts: as large as they are
    // together (within the build's simplification).
    for province in &now {
        let merged = s.rings_in(ProvinceMode::Current, province);
        let parts = s.rings_in(ProvinceMode::AtReport, province);
        let size =
            |rings: &[&Vec<(i32, i32)>]| rings.iter().map(|r| area2(r).abs() as f64).sum::<f64>();
        let (union, sum) = (size(&merged), size(&parts));
        assert!(
            (union - sum).abs() <= 0.03 * sum,
            "{}: {union} against its parts' {sum}",
            province.name
        );
    }
}

#[test]
fn hoang_sa_is_da_nangs_and_truong_sa_is_khanh_hoas() {
    let s = shapes();
    let g = f64::from(s.grid);
    let unit = |name: &str| {
        s.units
            .iter()
            .position(|u| u.name == name)
            .unwrap_or_else(|| panic!("no {name}"))
    };
    for (name, province, (lons, lats)) in [
        (
            "Quần đảo Hoàng Sa",
            "Đà Nẵng",
            ((111.0, 113.0), (15.5, 17.3)),
        ),
        (
            "Quần đảo Trường Sa",
            "Khánh Hòa",
            ((111.4, 117.9), (6.0, 12.0)),
        ),
    ] {
        let i = unit(name);
        let u = &s.units[i];
        assert_eq!(
            (u.at_report.as_str(), u.now.as_str()),
            (province, province),
            "{name}"
        );
        let rings: Vec<_> = s.rings_of(i).collect();
        assert!(rings.len() >= 5, "{name}: {} islands", rings.len());
        for r in rings {
            for &(x, y) in r {
                let (lon, lat) = (f64::from(x) / g, f64::from(y) / g);
                assert!(
                    (lons.0..=lons.1).contains(&lon) && (lats.0..=lats.1).contains(&lat),
                    "{name} at {lon}, {lat}"
                );
            }
        }
        // Drawn with its province in both of the page's boundary choices.
        for mode in [ProvinceMode::AtReport, ProvinceMode::Current] {
            let p = s
                .provinces(mode)
                .into_iter()
                .find(|p| p.name == province)
                .unwrap();
            assert!(p.units.contains(&i), "{name} in {province}, {mode:?}");
        }
    }
    // Neither archipelago is in any other unit's rings.
    let hs = unit("Quần đảo Hoàng Sa");
    let ts = unit("Quần đảo Trường Sa");
    assert!(
        s.rings
            .iter()
            .filter(|(u, _)| *u != hs && *u != ts)
            .all(|(_, r)| r.iter().all(|&(x, _)| f64::from(x) / g < 110.0))
    );
}

#[test]
fn no_shape_is_outside_vietnam() {
    let s = shapes();
    let g = f64::from(s.grid);
    for (unit, ring) in &s.rings {
        let name = &s.units[*unit].name;
        for &(x, y) in ring {
            let (lon, lat) = (f64::from(x) / g, f64::from(y) / g);
            assert!(
                VIETNAM
                    .iter()
                    .any(|((w, e), (so, n))| (*w..=*e).contains(&lon) && (*so..=*n).contains(&lat)),
                "{name} has a point at {lon}, {lat}, outside Vietnam"
            );
        }
        // Hainan (China) lies inside the mainland's box: none of its land.
        let in_hainan = ring.iter().all(|&(x, y)| {
            let (lon, lat) = (f64::from(x) / g, f64::from(y) / g);
            (108.55..=111.1).contains(&lon) && (18.1..=20.2).contains(&lat)
        });
        assert!(!in_hainan, "{name} has a ring on Hainan");
    }
    // Towns of the neighbours are in no shape: Nanning, Vientiane, Phnom Penh, Sanya.
    for (lon, lat) in [
        (108.37, 22.82),
        (102.63, 17.97),
        (104.92, 11.56),
        (109.51, 18.25),
    ] {
        let p = (lon * g, lat * g);
        assert!(
            s.rings.iter().all(|(_, r)| !inside(r, p)),
            "{lon}, {lat} is on the map"
        );
    }
}
