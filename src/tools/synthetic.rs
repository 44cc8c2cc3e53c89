//! A generated national-scale dataset, for measuring speed and size only.
//!
//! Its title says the figures are not real, and every name it makes up says
//! it is synthetic ("giả lập"); the whole country since 2025 ([`COMMUNES`])
//! takes the real units' names from `data/places/`, with generated numbers. It is never shipped: `generate_national` writes it
//! where the benchmark asks, and it passes the same validation as real data.

use crate::data::*;
use crate::format::{self, Locale};

/// How large a dataset to generate.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub provinces: usize,
    pub districts: usize,
    pub first_year: u16,
    pub years: u16,
    pub metrics: usize,
    /// The share of (district, metric, year) cells that have a figure.
    pub density: f64,
    /// Units of the levels since 1 July 2025, in the country's proportions
    /// (2,621 communes, 687 wards, 13 special zones in 3,321), rather than
    /// former districts.
    pub since_2025: bool,
}

/// The level of unit `i` of `n`, in the country's proportions, spread
/// through the list so that every province has communes and wards, as the
/// real ones do: units are ranked by stepping through them by a stride
/// coprime to `n` (a permutation), and the ranks split by proportion.
fn level(size: Size, i: usize) -> Level {
    if !size.since_2025 {
        return Level::FormerDistrict;
    }
    let n = size.districts.max(1);
    let gcd = |mut a: usize, mut b: usize| {
        while b != 0 {
            (a, b) = (b, a % b);
        }
        a
    };
    let stride = (n * 618 / 1000..).find(|&k| gcd(k, n) == 1).unwrap_or(1);
    let at = (i * stride % n) * 3321 / n;
    if at < 2621 {
        Level::Commune
    } else if at < 2621 + 687 {
        Level::Ward
    } else {
        Level::SpecialZone
    }
}

/// About 700 districts in 63 provinces, 8 years, 40 metrics.
pub const NATIONAL: Size = Size {
    provinces: 63,
    districts: 700,
    first_year: 2017,
    years: 8,
    metrics: 40,
    density: 0.05,
    since_2025: false,
};

/// The country since 1 July 2025: 3,321 commune-level units in 34
/// provinces and cities, 8 years, 40 metrics, as sparse as [`NATIONAL`].
pub const COMMUNES: Size = Size {
    provinces: 34,
    districts: 3321,
    first_year: 2018,
    years: 8,
    metrics: 40,
    density: 0.05,
    since_2025: true,
};

/// xorshift64*: small, seeded, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

fn text(vi: String, en: String) -> Text {
    Text { vi, en }
}

/// The 3,321 units of 2025 as `data/places/` lists them (name, level,
/// province), grouped by province: the whole country's real names, lengths
/// and per-province counts. Read from the repository, so only where it is
/// at hand (tests, benchmarks, `generate_national`); `None` elsewhere.
fn real_units() -> Option<Vec<(String, Level, String)>> {
    let places = crate::places::Places::read(crate::places::committed).ok()?;
    Some(
        places
            .units()
            .into_iter()
            .map(|(name, kind, province)| (name, crate::now_part_of::level(kind), province))
            .collect(),
    )
}

pub fn generate(seed: u64, size: Size) -> Dataset {
    let shipped = shipped().ok();
    // The whole country since 2025 goes by its real units; numbers stay generated.
    let real = (size.since_2025 && size.districts == COMMUNES.districts)
        .then(real_units)
        .flatten()
        .filter(|u| u.len() == size.districts);
    let mut rng = Rng(seed.max(1));
    let groups = shipped.map(|d| d.groups.clone()).unwrap_or_default();
    let themes = shipped.map(|d| d.themes.clone()).unwrap_or_default();
    let units = [
        Unit::Percent,
        Unit::Vnd,
        Unit::Count,
        Unit::Count,
        Unit::Count,
    ];
    let metrics: Vec<Metric> = (0..size.metrics)
        .map(|m| Metric {
            id: format!("gl_metric_{m:02}"),
            group: groups[m % groups.len().max(1)].id.clone(),
            unit: units[m % units.len()],
            counts: (units[m % units.len()] == Unit::Count)
                .then(|| text("đơn vị".into(), "units".into())),
            label: text(
                format!("Chỉ tiêu giả lập {m:02}"),
                format!("Synthetic metric {m:02}"),
            ),
            definition: text(
                "Chỉ tiêu giả lập để đo tốc độ, không phải số liệu thật.".into(),
                "A synthetic metric for measuring speed, not a real figure.".into(),
            ),
            comparability: None,
        })
        .collect();
    let mut districts = Vec::new();
    let mut reports = Vec::new();
    let mut figures = Vec::new();
    let mut initiatives = Vec::new();
    for i in 0..size.districts {
        let (name, unit_level, province) = match &real {
            Some(units) => units[i].clone(),
            None => (
                if size.since_2025 {
                    format!("Giả lập {i:04}")
                } else {
                    format!("Huyện giả lập {i:03}")
                },
                level(size, i),
                format!(
                    "Tỉnh giả lập {:02}",
                    i * size.provinces / size.districts.max(1) + 1
                ),
            ),
        };
        let id = format!("gl-{i:03}");
        let file = format!("gia-lap-{i:03}.txt");
        districts.push(District {
            id: id.clone(),
            name,
            level: unit_level,
            province: ProvinceAtReport {
                name: province.clone(),
                basis: Basis::Printed,
                note: text("Giả lập.".into(), "Synthetic.".into()),
            },
            province_2025: ProvinceNow {
                name: province,
                note: text("Giả lập.".into(), "Synthetic.".into()),
            },
            abolished: None,
        });
        let span = Period {
            start: size.first_year.to_string(),
            end: (size.first_year + size.years - 1).to_string(),
            basis: Basis::Printed,
            note: None,
        };
        reports.push(Report {
            file: file.clone(),
            district: id.clone(),
            title: format!("Báo cáo giả lập {i:03}"),
            byline: None,
            credit: None,
            outlet: None,
            url: None,
            period: span,
        });
        initiatives.push(Initiative {
            id: format!("{id}-mo-hinh"),
            report: file.clone(),
            district: id.clone(),
            name: format!("Mô hình giả lập {i:03}"),
            name_en: format!("Synthetic initiative {i:03}"),
            runner: None,
            commune: None,
            theme: themes[i % themes.len().max(1)].id.clone(),
            note: None,
            printed: None,
        });
        for metric in &metrics {
            for year in size.first_year..size.first_year + size.years {
                if !rng.chance(size.density) {
                    continue;
                }
                let (value, printed) = match metric.unit {
                    Unit::Percent => {
                        let v = rng.below(10_001) as f64 / 100.0;
                        (v, format!("{}%", format::number(v, Locale::Vi, 2)))
                    }
                    Unit::Vnd => {
                        let millions = 1 + rng.below(99_999);
                        (
                            millions as f64 * 1e6,
                            format!(
                                "{} triệu đồng",
                                format::number(millions as f64, Locale::Vi, 0)
                            ),
                        )
                    }
                    _ => {
                        let v = rng.below(20_001) as f64;
                        (v, format::number(v, Locale::Vi, 0))
                    }
                };
                figures.push(Figure {
                    id: format!("{id}-{}-{year}", metric.id),
                    report: file.clone(),
                    district: id.clone(),
                    commune: None,
                    metric: metric.id.clone(),
                    topic: None,
                    value,
                    unit: metric.unit,
                    evidence: format!("giả lập: {printed} trong năm"),
                    printed,
                    qualifier: None,
                    numerator: None,
                    denominator: None,
                    period: Period {
                        start: year.to_string(),
                        end: year.to_string(),
                        basis: Basis::Printed,
                        note: None,
                    },
                });
            }
        }
    }
    Dataset {
        format: FORMAT.into(),
        version: VERSION,
        built: "2026-11-22".into(),
        title: text(
            "DỮ LIỆU GIẢ LẬP, không phải số liệu thật".into(),
            "SYNTHETIC DATA, not real figures".into(),
        ),
        notes: text(
            format!(
                "Bộ dữ liệu sinh tự động (hạt giống {seed}) chỉ để đo tốc độ và kích thước. Không có số liệu nào là thật."
            ),
            format!(
                "Generated (seed {seed}) only to measure speed and size. None of these figures is real."
            ),
        ),
        groups,
        themes,
        reports,
        districts,
        metrics,
        figures,
        initiatives,
        relations: Vec::new(),
        disagreements: Vec::new(),
        derived: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_generated_dataset_is_valid_and_says_it_is_synthetic() {
        let size = Size {
            provinces: 3,
            districts: 12,
            first_year: 2017,
            years: 8,
            metrics: 10,
            density: 0.3,
            since_2025: false,
        };
        let d = generate(7, size);
        assert_eq!(validate(&d), vec![]);
        assert!(d.title.vi.contains("GIẢ LẬP") && d.title.en.contains("SYNTHETIC"));
        assert!(d.districts.iter().all(|x| x.name.contains("giả lập")));
        let since = generate(
            7,
            Size {
                since_2025: true,
                districts: 3321,
                ..size
            },
        );
        // The whole country goes by its real units' names (data/places/).
        assert!(since.districts.iter().any(|x| x.name == "Óc Eo"));
        assert!(!since.districts.iter().any(|x| x.name.contains("Giả lập")));
        let count = |l| since.districts.iter().filter(|x| x.level == l).count();
        assert_eq!(
            (
                count(Level::Commune),
                count(Level::Ward),
                count(Level::SpecialZone)
            ),
            (2621, 687, 13)
        );
        // The same seed gives the same data.
        assert_eq!(generate(7, size), d);
    }
}
