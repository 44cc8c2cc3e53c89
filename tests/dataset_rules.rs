//! The shipped dataset keeps every rule, and each rule catches what it guards
//! against: every breakage below is made on a copy of the real data.

use lamtheobac::data::{self, Dataset, LoadError, Problem, SHIPPED_JSON};
use lamtheobac::format::Locale;
use serde_json::{Value, json};

fn shipped() -> &'static Dataset {
    match data::shipped() {
        Ok(d) => d,
        Err(e) => panic!("the shipped dataset does not load: {e}"),
    }
}

fn raw() -> Value {
    serde_json::from_str(SHIPPED_JSON).expect("the shipped file is JSON")
}

/// The problems found in `value`; a parse error fails the test.
fn problems(value: &Value) -> Vec<Problem> {
    match data::load(&value.to_string()) {
        Ok(_) => Vec::new(),
        Err(LoadError::Invalid(p)) => p,
        Err(e) => panic!("expected a well-formed dataset, got: {e}"),
    }
}

fn figure_index(value: &Value, id: &str) -> usize {
    value["figures"]
        .as_array()
        .unwrap()
        .iter()
        .position(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("no figure {id}"))
}

fn has(problems: &[Problem], record_starts: &str, field: &str) -> bool {
    problems
        .iter()
        .any(|p| p.record.to_string().starts_with(record_starts) && p.field == field)
}

#[test]
fn the_shipped_dataset_keeps_every_rule() {
    if let Err(e) = data::load(SHIPPED_JSON) {
        panic!("{e}");
    }
}

#[test]
fn every_district_has_the_figures_and_initiatives_counted_in_the_issue_note() {
    let d = shipped();
    let counts: Vec<(&str, usize, usize)> = lamtheobac::summary::districts(d)
        .into_iter()
        .map(|s| (s.id, s.figures, s.initiatives))
        .collect();
    assert_eq!(
        counts,
        vec![
            ("my-xuyen", 4, 9),
            ("phu-tan", 7, 7),
            ("thoai-son", 21, 9),
            ("bat-xat", 15, 9),
            ("can-duoc", 0, 17)
        ]
    );
}

#[test]
fn every_report_file_is_cited_and_every_metric_and_theme_is_used() {
    let d = shipped();
    let files: Vec<&str> = d.reports.iter().map(|r| r.file.as_str()).collect();
    assert_eq!(
        files,
        [
            "000_3e4c7f99b2038cb1.txt",
            "001_531ed475c210eb4f.txt",
            "002_f5bcca32013dedc3.txt",
            "003_f18f280c8493b07d.txt",
            "004_af4c87d0211b5097.txt"
        ]
    );
    for m in &d.metrics {
        assert!(
            d.figures.iter().any(|f| f.metric == m.id),
            "metric {} has no figure",
            m.id
        );
    }
    for t in &d.themes {
        assert!(
            d.initiatives.iter().any(|i| i.theme == t.id),
            "theme {} has no initiative",
            t.id
        );
    }
    for g in &d.groups {
        assert!(
            d.metrics.iter().any(|m| m.group == g.id),
            "group {} has no metric",
            g.id
        );
    }
}

#[test]
fn the_arithmetic_the_reports_allow_holds_or_is_recorded_as_a_disagreement() {
    let d = shipped();
    let value = |id: &str| d.figures.iter().find(|f| f.id == id).unwrap().value;
    // 4.530/4.560 is 99,34%.
    assert_eq!(format!("{:.2}", 100.0 * 4530.0 / 4560.0), "99.34");
    assert_eq!(value("ts-study-rate-2023"), 99.34);
    // 275 + 211 + 235 + 235 = 956 conferences, as printed.
    let conferences: f64 = ["term", "2022", "2023", "2024"]
        .iter()
        .map(|y| value(&format!("ts-study-conferences-{y}")))
        .sum();
    assert_eq!(conferences, value("ts-study-conferences-total"));
    // The attendances do not add up: 17.489 against the printed 17.939.
    let parts = value("ts-study-attendees-term")
        + value("ts-study-attendances-2022")
        + value("ts-study-attendances-2023")
        + value("ts-study-attendees-2024");
    assert_eq!(parts, 17489.0);
    assert_eq!(value("ts-study-attendances-total"), 17939.0);
    // 54/67 is 80,597%: 80,60% rounded, printed 80,59%.
    assert_eq!(format!("{:.2}", 100.0 * 54.0 / 67.0), "80.60");
    let kinds: Vec<(&str, &str)> = d
        .disagreements
        .iter()
        .map(|x| {
            (
                x.id.as_str(),
                serde_json::to_value(x.kind)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string(),
            )
        })
        .map(|(id, kind)| {
            (
                id,
                if kind == "sum_mismatch" {
                    "sum"
                } else if kind == "rate_mismatch" {
                    "rate"
                } else {
                    "repeat"
                },
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("ts-attendance-total", "sum"),
            ("ts-schools-rate", "rate"),
            ("ts-conferences-2023-2024", "repeat")
        ]
    );
}

#[test]
fn numbers_in_vietnamese_notation_are_read_as_the_reports_mean_them() {
    let d = shipped();
    let by_id = |id: &str| d.figures.iter().find(|f| f.id == id).unwrap();
    assert_eq!(by_id("mx-poverty-rate").value, 1.17);
    assert_eq!(by_id("mx-social-group-members").value, 12000.0);
    assert_eq!(by_id("pt-hiep-xuong-benefit").value, 2_100_000_000.0);
    assert_eq!(by_id("ts-income-2023").value, 73_500_000.0);
    // A rate per ten thousand people, not a fraction.
    let doctors = by_id("ts-doctors");
    assert_eq!((doctors.value, doctors.denominator), (6.06, None));
}

#[test]
fn evidence_quotes_are_short_and_contain_the_number_as_printed() {
    for f in &shipped().figures {
        let words = f.evidence.split_whitespace().count();
        assert!(words <= data::MAX_EVIDENCE_WORDS, "{}: {words} words", f.id);
        assert!(
            f.evidence.contains(&f.printed),
            "{}: {:?} not in {:?}",
            f.id,
            f.printed,
            f.evidence
        );
    }
}

#[test]
fn a_duplicate_id_and_a_dangling_reference_are_both_reported_at_once() {
    let mut v = raw();
    let i = figure_index(&v, "ts-doctors");
    v["figures"][i]["id"] = json!("mx-poverty-rate");
    let j = figure_index(&v, "bx-dialogues");
    v["figures"][j]["metric"] = json!("no_such_metric");
    v["initiatives"][0]["theme"] = json!("no_such_theme");
    let p = problems(&v);
    assert!(
        has(&p, &format!("figures[{i}] mx-poverty-rate"), "id"),
        "{p:#?}"
    );
    assert!(
        has(&p, &format!("figures[{j}] bx-dialogues"), "metric"),
        "{p:#?}"
    );
    assert!(has(&p, "initiatives[0]", "theme"), "{p:#?}");
}

#[test]
fn a_rate_above_100_and_a_numerator_above_its_denominator_are_problems() {
    let mut v = raw();
    let i = figure_index(&v, "mx-poverty-rate");
    v["figures"][i]["value"] = json!(117);
    let j = figure_index(&v, "bx-petitions-grassroots");
    v["figures"][j]["numerator"] = json!(910);
    let p = problems(&v);
    assert!(has(&p, &format!("figures[{i}]"), "value"), "{p:#?}");
    assert!(has(&p, &format!("figures[{j}]"), "numerator"), "{p:#?}");
}

#[test]
fn a_rate_that_misses_its_fraction_must_be_recorded_and_a_false_record_is_refused() {
    // Without its disagreement record, 80,59% against 54/67 is a problem.
    let mut v = raw();
    v["disagreements"]
        .as_array_mut()
        .unwrap()
        .retain(|d| d["id"] != "ts-schools-rate");
    let p = problems(&v);
    assert!(
        has(&p, "figures[", "value")
            && p.iter()
                .any(|x| x.record.id == "ts-national-standard-schools"),
        "{p:#?}"
    );

    // Claiming that 99,34% misses 4.530/4.560 is refused: it matches.
    let mut v = raw();
    v["disagreements"][1]["figures"] = json!(["ts-study-rate-2023"]);
    let p = problems(&v);
    assert!(has(&p, "disagreements[1]", "figures"), "{p:#?}");
}

#[test]
fn a_sum_that_fails_must_be_recorded_and_one_that_holds_cannot_be() {
    let mut v = raw();
    v["disagreements"]
        .as_array_mut()
        .unwrap()
        .retain(|d| d["id"] != "ts-attendance-total");
    let p = problems(&v);
    assert!(has(&p, "relations[1] ts-attendance-sum", "total"), "{p:#?}");

    let mut v = raw();
    v["disagreements"][0]["relation"] = json!("ts-conferences-sum");
    let p = problems(&v);
    assert!(has(&p, "disagreements[0]", "relation"), "{p:#?}");
}

#[test]
fn a_value_that_differs_from_its_printed_form_is_caught() {
    // "12.000" is twelve thousand; a value of 12 is the classic misreading.
    let mut v = raw();
    let i = figure_index(&v, "mx-social-group-members");
    v["figures"][i]["value"] = json!(12);
    let j = figure_index(&v, "mx-poverty-rate");
    v["figures"][j]["value"] = json!(117);
    v["figures"][j]["unit"] = json!("count");
    let p = problems(&v);
    assert!(has(&p, &format!("figures[{i}]"), "value"), "{p:#?}");
    assert!(has(&p, &format!("figures[{j}]"), "unit"), "{p:#?}");
}

#[test]
fn long_quotes_and_quotes_without_the_number_are_caught() {
    let mut v = raw();
    let i = figure_index(&v, "ts-doctors");
    v["figures"][i]["evidence"] =
        json!("một hai ba bốn năm sáu bảy tám chín mười mười một mười hai 6,06/10.000");
    let j = figure_index(&v, "ts-poverty-rate");
    v["figures"][j]["evidence"] = json!("tỷ lệ hộ nghèo theo chuẩn mới giảm");
    let p = problems(&v);
    assert!(has(&p, &format!("figures[{i}]"), "evidence"), "{p:#?}");
    assert!(has(&p, &format!("figures[{j}]"), "printed"), "{p:#?}");
}

#[test]
fn periods_out_of_range_or_reversed_and_districts_without_content_are_caught() {
    let mut v = raw();
    let i = figure_index(&v, "ts-income-2023");
    v["figures"][i]["period"]["start"] = json!("20233");
    let j = figure_index(&v, "bx-dialogues");
    v["figures"][j]["period"]["start"] = json!("2024");
    v["initiatives"]
        .as_array_mut()
        .unwrap()
        .retain(|x| x["district"] != "can-duoc");
    let p = problems(&v);
    assert!(has(&p, &format!("figures[{i}]"), "period.start"), "{p:#?}");
    assert!(has(&p, &format!("figures[{j}]"), "period"), "{p:#?}");
    assert!(has(&p, "districts[4] can-duoc", "id"), "{p:#?}");
}

#[test]
fn unknown_fields_and_wrong_types_are_refused_by_the_parser() {
    let mut v = raw();
    v["figures"][0]["valeu"] = json!(1);
    assert!(matches!(
        data::load(&v.to_string()),
        Err(LoadError::Parse(..))
    ));
    let mut v = raw();
    v["figures"][0]["value"] = json!("12.000");
    let err = data::load(&v.to_string()).unwrap_err();
    assert!(
        matches!(&err, LoadError::Parse(path, _) if path == "figures[0].value"),
        "{err}"
    );
    assert!(matches!(data::load("not json"), Err(LoadError::Parse(..))));
}

#[test]
fn csv_has_one_row_per_figure_with_its_source_and_quotes_commas() {
    let d = shipped();
    let csv = data::figures_csv(d, &d.figures);
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + d.figures.len());
    assert_eq!(lines[0], data::schema::FIGURES.names().join(","));
    let benefit = lines
        .iter()
        .find(|l| l.starts_with("pt-hiep-xuong-benefit,"))
        .unwrap();
    assert!(
        benefit.contains(",2100000000,vnd,\"2,1 tỷ đồng\",more_than,"),
        "{benefit}"
    );
    assert!(benefit.contains("001_531ed475c210eb4f.txt"));
    let commended = lines
        .iter()
        .find(|l| l.starts_with("pt-commended-collectives-2022,"))
        .unwrap();
    assert!(
        commended.contains(",\"tổng kết và khen thưởng 20 tập thể, 40 cá nhân\","),
        "{commended}"
    );
}

#[test]
fn problems_read_in_both_languages_and_name_record_and_field() {
    use lamtheobac::format::Locale;
    let mut v = raw();
    let i = figure_index(&v, "mx-poverty-rate");
    v["figures"][i]["value"] = json!(117);
    let err = data::load(&v.to_string()).unwrap_err();
    let vi = err.lines(Locale::Vi);
    let en = err.lines(Locale::En);
    assert!(
        vi.iter().any(|l| l.starts_with(&format!(
            "figures[{i}] mx-poverty-rate · value: tỷ lệ 117% lớn hơn 100%"
        ))),
        "{vi:?}"
    );
    assert!(
        en.iter().any(|l| l.starts_with(&format!(
            "figures[{i}] mx-poverty-rate · value: a rate of 117% is above 100%"
        ))),
        "{en:?}"
    );
}

#[test]
fn a_file_over_the_limit_is_refused_before_parsing_and_junk_is_named_as_such() {
    use lamtheobac::format::Locale;
    let junk = "x".repeat(data::MAX_DATASET_BYTES + 1);
    let err = data::load(&junk).unwrap_err();
    assert!(matches!(err, LoadError::TooLarge(_)));
    assert!(
        err.lines(Locale::Vi)[0].starts_with("Tệp có dung lượng 10.485.761 byte"),
        "{:?}",
        err.lines(Locale::Vi)
    );
    let err = data::load("<html>not json</html>").unwrap_err();
    assert!(
        err.lines(Locale::Vi)[0].starts_with("Tệp không phải JSON hợp lệ (dòng 1, cột 1)"),
        "{:?}",
        err.lines(Locale::Vi)
    );
    let err = data::load("{\"format\": 1}").unwrap_err();
    assert!(
        err.lines(Locale::En)[0].starts_with("The file is JSON but not shaped like a dataset"),
        "{:?}",
        err.lines(Locale::En)
    );
}

#[test]
fn numbers_in_messages_are_written_in_the_readers_notation() {
    use lamtheobac::format::Locale;
    let mut v = raw();
    // mx-poverty-rate prints "1,17%"; a value of 1.71 misreads it.
    let i = figure_index(&v, "mx-poverty-rate");
    v["figures"][i]["value"] = json!(1.71);
    let err = data::load(&v.to_string()).unwrap_err();
    let vi = err.lines(Locale::Vi);
    let en = err.lines(Locale::En);
    let mine = |lines: &[String]| {
        lines
            .iter()
            .find(|l| l.starts_with(&format!("figures[{i}] mx-poverty-rate · value")))
            .cloned()
            .unwrap_or_default()
    };
    assert!(
        mine(&vi).ends_with("là 1,71 nhưng bài ghi “1,17%”, tức là 1,17"),
        "{vi:?}"
    );
    assert!(
        mine(&en).ends_with("is 1.71 but the article prints “1,17%”, which is 1.17"),
        "{en:?}"
    );
}

#[test]
fn a_truncated_file_is_described_once_in_the_readers_language() {
    use lamtheobac::format::Locale;
    let err = data::load("{\"format\": \"lam-theo-bac/dataset\", \"reports\": [").unwrap_err();
    let vi = &err.lines(Locale::Vi)[0];
    let en = &err.lines(Locale::En)[0];
    for (line, language) in [(vi, "vi"), (en, "en")] {
        assert_eq!(
            line.matches("line ").count() + line.matches("dòng ").count(),
            1,
            "{language}: {line}"
        );
    }
    assert!(!vi.contains("EOF") && !vi.contains(" at "), "{vi}");
    assert!(vi.contains("tệp kết thúc giữa chừng"), "{vi}");
    assert!(en.contains("EOF while parsing"), "{en}");
}

/// A file cut inside a key: serde_path_to_error names the place it cannot
/// know "?", which told a reader nothing ("(dòng 1, cột 22): ?: tệp kết thúc…").
#[test]
fn a_file_cut_inside_a_key_names_no_unknown_place() {
    use lamtheobac::format::Locale;
    let err = data::load("{\"version\": 1, \"broken").unwrap_err();
    for locale in [Locale::Vi, Locale::En] {
        let line = &err.lines(locale)[0];
        assert!(!line.contains("?:"), "{line}");
        assert!(line.contains("22)"), "{line}");
    }
}

#[test]
fn a_file_is_read_as_utf8_with_or_without_a_byte_order_mark() {
    let with_bom = format!("\u{feff}{SHIPPED_JSON}");
    assert_eq!(
        &data::read(with_bom.as_bytes()).unwrap(),
        data::shipped().unwrap()
    );
    // Latin-1 from an old spreadsheet: named as such, with the byte, in both languages.
    let mut latin1 = b"{\"title\": \"Th".to_vec();
    latin1.push(0xf4);
    let err = data::read(&latin1).unwrap_err();
    assert!(matches!(err, LoadError::NotText(13)), "{err:?}");
    assert_eq!(
        err.lines(Locale::Vi),
        [
            "Tệp không phải văn bản UTF-8 (byte thứ 14 không hợp lệ). Vui lòng lưu lại tệp với bảng mã UTF-8."
        ]
    );
    assert_eq!(
        err.lines(Locale::En),
        [
            "The file is not UTF-8 text (byte 14 is not valid). Save it again with the UTF-8 encoding."
        ]
    );
}
