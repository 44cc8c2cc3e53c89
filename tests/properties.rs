//! Properties over many generated inputs (proptest): any state the app can be
//! in survives state → URL → state, and any valid dataset survives export →
//! import unchanged.

use lamtheobac::data::{self, Dataset};
use lamtheobac::format::Locale;
use lamtheobac::query::period_key;
use lamtheobac::state::{Column, PeriodChoice, ProvinceMode, Sort, State, View};
use lamtheobac::tools::synthetic;
use lamtheobac::url;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

fn shipped() -> &'static Dataset {
    data::shipped().expect("shipped dataset")
}

fn optional<T: Clone + std::fmt::Debug + 'static>(
    values: Vec<T>,
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(select(values))
}

/// Every state the page can reach on the shipped data.
fn state() -> impl Strategy<Value = State> {
    let d = shipped();
    let metrics: Vec<String> = d.metrics.iter().map(|m| m.id.clone()).collect();
    let groups: Vec<String> = d.groups.iter().map(|g| g.id.clone()).collect();
    let themes: Vec<String> = d.themes.iter().map(|t| t.id.clone()).collect();
    let districts: Vec<String> = d.districts.iter().map(|x| x.id.clone()).collect();
    let mut periods: Vec<String> = d.figures.iter().map(|f| period_key(&f.period)).collect();
    periods.dedup();
    let (first, last) = url::year_span(d);
    (
        (
            select(View::ALL.to_vec()),
            optional(metrics),
            optional(groups),
            subsequence(districts.clone(), 0..=districts.len()),
        ),
        (
            any::<bool>(),
            any::<bool>(),
            prop::option::of(first..=last),
            prop::option::of(first..=last),
        ),
        (
            prop::option::of(select(periods)),
            any::<bool>(),
            "[a-zA-Z0-9àáạảãđơư&=%+?#/ ]{0,40}",
            optional(themes),
        ),
        (
            prop::option::of((select(Column::ALL.to_vec()), any::<bool>())),
            prop::option::of("[A-Za-z0-9_-]{1,64}"),
            prop::option::of("[a-z0-9/._-]{1,30}\\.json"),
            prop::option::of("[a-z0-9-]{1,30}(\\.[a-z0-9-]{1,30}){1,2}"),
        ),
    )
        .prop_map(
            move |(
                (view, metric, group, districts),
                (current, with_province, a, b),
                (period, english, search, theme),
                (sort, embed, data, place),
            )| {
                let province_mode = if current {
                    ProvinceMode::Current
                } else {
                    ProvinceMode::AtReport
                };
                let province =
                    with_province.then(|| url::provinces(shipped(), province_mode)[0].to_string());
                let (from, to) = match (a, b) {
                    (Some(a), Some(b)) => (Some(a.min(b)), Some(a.max(b))),
                    other => other,
                };
                State {
                    view,
                    metric,
                    group,
                    districts,
                    province_mode,
                    province,
                    from,
                    to,
                    period: period.map_or(PeriodChoice::Latest, PeriodChoice::Exactly),
                    lang: if english { Locale::En } else { Locale::Vi },
                    search: search.trim().to_string(),
                    theme,
                    sort: sort.map(|(column, descending)| Sort { column, descending }),
                    level: (search.len() % 2 == 0)
                        .then_some(lamtheobac::data::Level::FormerDistrict),
                    embed,
                    data,
                    place,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_state_survives_state_to_url_to_state(state in state()) {
        let query = url::encode(&state, shipped());
        prop_assert_eq!(url::decode(&query, shipped()), (state, vec![]), "{}", query);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn any_valid_dataset_survives_export_and_import(seed in 1u64.., districts in 1usize..40, metrics in 1usize..12, density in 0.05f64..0.6) {
        let size = synthetic::Size { provinces: 1 + districts / 5, districts, first_year: 2017, years: 8, metrics, density, since_2025: false };
        let generated = synthetic::generate(seed, size);
        // Only datasets the app accepts are "valid": every district needs content.
        prop_assume!(data::validate(&generated).is_empty());
        let exported = serde_json::to_string(&generated).unwrap();
        prop_assert_eq!(data::load(&exported).expect("imports"), generated);
    }
}

#[test]
fn the_shipped_dataset_survives_export_and_import() {
    let exported = serde_json::to_string_pretty(shipped()).unwrap();
    assert_eq!(&data::load(&exported).expect("imports"), shipped());
}
