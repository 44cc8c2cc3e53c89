//! Every rule a dataset must keep, checked at once.
//!
//! `validate` returns all problems, each naming its record and field, so the
//! author of a file (ours or a portal's) fixes them in one pass instead of
//! one reload per mistake.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::model::*;
pub mod printed;

use crate::format::{self, Locale};

/// The longest quote a figure may carry, in words.
pub const MAX_EVIDENCE_WORDS: usize = 12;
/// Years a period may name; anything else is a typo.
pub const YEARS: std::ops::RangeInclusive<u16> = 1945..=2100;

/// A message in Vietnamese and English; both templates share the arguments.
macro_rules! msg {
    ($vi:literal, $en:literal $(, $arg:expr)* $(,)?) => {
        (format!($vi $(, $arg)*), format!($en $(, $arg)*))
    };
}

/// A message whose `{}` are numbers, each written in its language's notation
/// ("1,17" in Vietnamese, "1.17" in English), as everywhere else on the page.
macro_rules! msg_numbers {
    ($vi:literal, $en:literal $(, $n:expr)+ $(,)?) => {{
        let vi = |v: f64| number_in(v, Locale::Vi);
        let en = |v: f64| number_in(v, Locale::En);
        (format!($vi $(, vi($n))+), format!($en $(, en($n))+))
    }};
}

/// A number from a file, in a reader's notation; never rounded away
/// (a message about 80,597 must not say 80,6).
fn number_in(v: f64, locale: Locale) -> String {
    if v.is_finite() {
        format::number(v, locale, 6)
    } else {
        v.to_string()
    }
}

/// One thing wrong with a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The record the problem is in.
    pub record: Record,
    /// The field within the record.
    pub field: String,
    /// What is wrong, in Vietnamese and English.
    pub message: Text,
}

/// Where a problem is: a record of a collection, shown as
/// "figures[12] ts-doctors", or the dataset's own fields ("dataset").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The collection: "figures", "districts"… or "dataset".
    pub collection: &'static str,
    /// The record's position in its collection; none for the dataset's own fields.
    pub index: Option<usize>,
    pub id: String,
}

impl Record {
    fn at(collection: &'static str, index: usize, id: &str) -> Record {
        Record {
            collection,
            index: Some(index),
            id: id.to_string(),
        }
    }

    fn dataset() -> Record {
        Record {
            collection: "dataset",
            index: None,
            id: String::new(),
        }
    }
}

impl fmt::Display for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.index {
            Some(i) => write!(f, "{}[{i}] {}", self.collection, self.id),
            None => f.write_str(self.collection),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} · {}: {}", self.record, self.field, self.message.en)
    }
}

/// Checks every rule and returns every problem (empty when the dataset is sound).
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut check = Checker::default();
    check.header(data);
    let ids = Ids::collect(data, &mut check);
    check.reports(data, &ids);
    check.districts(data, &ids);
    check.metrics(data, &ids);
    let mismatched_rates = check.figures(data, &ids);
    check.initiatives(data, &ids);
    let failed_sums = check.relations(data, &ids);
    check.disagreements(data, &ids, &mismatched_rates, &failed_sums);
    check.problems
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, record: &Record, field: &str, (vi, en): (String, String)) {
        self.problems.push(Problem {
            record: record.clone(),
            field: field.to_string(),
            message: Text { vi, en },
        });
    }

    /// A figure or an initiative is about the district its report is about.
    fn of_the_report(&mut self, record: &Record, district: &str, report: &str, ids: &Ids) {
        if let Some(&about) = ids.district_of_report.get(report)
            && about != district
        {
            self.push(
                record,
                "district",
                msg!(
                    "là “{district}” nhưng bài viết nói về “{about}”",
                    "is “{district}” but the article is about “{about}”"
                ),
            );
        }
    }

    fn reference(
        &mut self,
        record: &Record,
        field: &str,
        id: &str,
        known: &HashSet<&str>,
        what: &str,
    ) {
        if !known.contains(id) {
            self.push(
                record,
                field,
                (
                    format!("không có {} nào mang mã “{id}”", vietnamese(what)),
                    format!("no {what} has the id “{id}”"),
                ),
            );
        }
    }

    fn text(&mut self, record: &Record, field: &str, text: &Text) {
        if text.vi.trim().is_empty() {
            self.push(
                record,
                &format!("{field}.vi"),
                msg!("đang để trống", "is empty"),
            );
        }
        if text.en.trim().is_empty() {
            self.push(
                record,
                &format!("{field}.en"),
                msg!("đang để trống", "is empty"),
            );
        }
    }

    fn non_empty(&mut self, record: &Record, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(record, field, msg!("đang để trống", "is empty"));
        }
    }

    fn header(&mut self, data: &Dataset) {
        if data.format != FORMAT {
            self.push(
                &Record::dataset(),
                "format",
                msg!(
                    "là “{}”, cần là “{FORMAT}”",
                    "is “{}”, expected “{FORMAT}”",
                    data.format
                ),
            );
        }
        if data.version != VERSION {
            self.push(
                &Record::dataset(),
                "version",
                msg!(
                    "là {}, ứng dụng này đọc phiên bản {VERSION}",
                    "is {}, this app reads version {VERSION}",
                    data.version
                ),
            );
        }
        if !is_date(&data.built) {
            self.push(
                &Record::dataset(),
                "built",
                msg!(
                    "phải là ngày viết dạng YYYY-MM-DD",
                    "must be a date written YYYY-MM-DD"
                ),
            );
        }
        self.text(&Record::dataset(), "title", &data.title);
        self.text(&Record::dataset(), "notes", &data.notes);
    }

    fn period(&mut self, record: &Record, field: &str, period: &Period) {
        let start = YearMonth::parse(&period.start);
        let end = YearMonth::parse(&period.end);
        if start.is_none() {
            self.push(
                record,
                &format!("{field}.start"),
                msg!(
                    "“{}” không phải năm (YYYY) hay tháng (YYYY-MM) trong khoảng {} đến {}",
                    "“{}” is not a year (YYYY) or month (YYYY-MM) between {} and {}",
                    period.start,
                    YEARS.start(),
                    YEARS.end()
                ),
            );
        }
        if end.is_none() {
            self.push(
                record,
                &format!("{field}.end"),
                msg!(
                    "“{}” không phải năm (YYYY) hay tháng (YYYY-MM) trong khoảng {} đến {}",
                    "“{}” is not a year (YYYY) or month (YYYY-MM) between {} and {}",
                    period.end,
                    YEARS.start(),
                    YEARS.end()
                ),
            );
        }
        if let (Some(s), Some(e)) = (start, end)
            && s.first_month() > e.last_month()
        {
            self.push(
                record,
                field,
                msg!("bắt đầu sau khi kết thúc", "starts after it ends"),
            );
        }
        if period.basis != Basis::Printed && period.note.is_none() {
            self.push(
                record,
                &format!("{field}.note"),
                msg!(
                    "thời gian không ghi trong bài phải nói rõ đã suy ra thế nào",
                    "a period that is not printed must say how it was read"
                ),
            );
        }
        if let Some(note) = &period.note {
            self.text(record, &format!("{field}.note"), note);
        }
    }

    fn reports(&mut self, data: &Dataset, ids: &Ids) {
        for (i, report) in data.reports.iter().enumerate() {
            let record = Record::at("reports", i, &report.file);
            self.reference(
                &record,
                "district",
                &report.district,
                &ids.districts,
                "district",
            );
            self.non_empty(&record, "title", &report.title);
            self.period(&record, "period", &report.period);
        }
    }

    fn districts(&mut self, data: &Dataset, ids: &Ids) {
        let mut has_content: HashSet<&str> =
            data.figures.iter().map(|f| f.district.as_str()).collect();
        has_content.extend(data.initiatives.iter().map(|i| i.district.as_str()));
        for (i, district) in data.districts.iter().enumerate() {
            let record = Record::at("districts", i, &district.id);
            self.non_empty(&record, "name", &district.name);
            self.non_empty(&record, "province.name", &district.province.name);
            self.non_empty(&record, "province_2025.name", &district.province_2025.name);
            self.text(&record, "province.note", &district.province.note);
            self.text(&record, "province_2025.note", &district.province_2025.note);
            if let Some(day) = &district.abolished
                && !is_date(day)
            {
                self.push(
                    &record,
                    "abolished",
                    msg!(
                        "phải là ngày viết dạng YYYY-MM-DD",
                        "must be a date written YYYY-MM-DD"
                    ),
                );
            }
            if !has_content.contains(district.id.as_str()) {
                self.push(
                    &record,
                    "id",
                    msg!(
                        "đơn vị không có số liệu nào và không có mô hình nào",
                        "the unit has no figure and no initiative"
                    ),
                );
            }
            if !ids.report_districts.contains(district.id.as_str()) {
                self.push(
                    &record,
                    "id",
                    msg!(
                        "không có bài viết nào về đơn vị này",
                        "no article is about this unit"
                    ),
                );
            }
        }
    }

    fn metrics(&mut self, data: &Dataset, ids: &Ids) {
        for (i, metric) in data.metrics.iter().enumerate() {
            let record = Record::at("metrics", i, &metric.id);
            self.reference(&record, "group", &metric.group, &ids.groups, "group");
            self.text(&record, "label", &metric.label);
            self.text(&record, "definition", &metric.definition);
            if let Some(counts) = &metric.counts {
                self.text(&record, "counts", counts);
            }
            if let Some(note) = &metric.comparability {
                self.text(&record, "comparability", note);
            }
        }
    }

    /// Checks every figure; returns the ids of rates that do not match their
    /// own fraction, which must each be recorded as a disagreement.
    fn figures<'a>(&mut self, data: &'a Dataset, ids: &Ids) -> HashSet<&'a str> {
        let metrics: HashMap<&str, &Metric> =
            data.metrics.iter().map(|m| (m.id.as_str(), m)).collect();
        let mut mismatched = HashSet::new();
        for (i, figure) in data.figures.iter().enumerate() {
            let record = Record::at("figures", i, &figure.id);
            self.reference(&record, "report", &figure.report, &ids.reports, "report");
            self.reference(
                &record,
                "district",
                &figure.district,
                &ids.districts,
                "district",
            );
            self.reference(&record, "metric", &figure.metric, &ids.metrics, "metric");
            self.of_the_report(&record, &figure.district, &figure.report, ids);
            if let Some(metric) = metrics.get(figure.metric.as_str())
                && metric.unit != figure.unit
            {
                self.push(
                    &record,
                    "unit",
                    msg!(
                        "là “{}” nhưng chỉ tiêu “{}” đo bằng “{}”",
                        "is “{}” but metric “{}” is measured in “{}”",
                        figure.unit.code(),
                        metric.id,
                        metric.unit.code()
                    ),
                );
            }
            self.period(&record, "period", &figure.period);
            self.value(&record, figure);
            self.evidence(&record, figure);
            if self.fraction(&record, figure) {
                mismatched.insert(figure.id.as_str());
            }
        }
        mismatched
    }

    fn value(&mut self, record: &Record, figure: &Figure) {
        let v = figure.value;
        if !v.is_finite() || v < 0.0 {
            self.push(
                record,
                "value",
                msg_numbers!(
                    "{} không phải số đếm, tỷ lệ hay số tiền (phải là số hữu hạn ≥ 0)",
                    "{} is not a count, rate or amount (must be a finite number ≥ 0)",
                    v
                ),
            );
            return;
        }
        match figure.unit {
            Unit::Percent if v > 100.0 => self.push(
                record,
                "value",
                msg_numbers!("tỷ lệ {}% lớn hơn 100%", "a rate of {}% is above 100%", v),
            ),
            Unit::Count if v.fract() != 0.0 => self.push(
                record,
                "value",
                msg_numbers!(
                    "số đếm {} không phải số nguyên",
                    "a count of {} is not a whole number",
                    v
                ),
            ),
            _ => {}
        }
    }

    fn evidence(&mut self, record: &Record, figure: &Figure) {
        let words = figure.evidence.split_whitespace().count();
        if words == 0 {
            self.push(
                record,
                "evidence",
                msg!(
                    "đang để trống: mỗi số liệu phải trích dẫn bài viết",
                    "is empty: every figure quotes its article"
                ),
            );
        } else if words > MAX_EVIDENCE_WORDS {
            self.push(
                record,
                "evidence",
                msg!(
                    "trích {words} từ; tối đa {MAX_EVIDENCE_WORDS}",
                    "quotes {words} words; at most {MAX_EVIDENCE_WORDS}"
                ),
            );
        }
        if !figure.evidence.contains(&figure.printed) {
            self.push(
                record,
                "printed",
                msg!(
                    "“{}” không có trong câu trích dẫn",
                    "“{}” does not stand in the evidence quote",
                    figure.printed
                ),
            );
        }
        match printed::parse(&figure.printed) {
            None => self.push(
                record,
                "printed",
                msg!(
                    "“{}” không phải số viết theo cách Việt Nam",
                    "“{}” is not a number in Vietnamese notation",
                    figure.printed
                ),
            ),
            Some(p) if !same(p.value, figure.value) => {
                let printed = &figure.printed;
                self.push(
                    record,
                    "value",
                    msg_numbers!(
                        "là {} nhưng bài ghi “{printed}”, tức là {}",
                        "is {} but the article prints “{printed}”, which is {}",
                        figure.value,
                        p.value
                    ),
                )
            }
            Some(_) => {}
        }
        for (field, part) in [
            ("numerator", figure.numerator),
            ("denominator", figure.denominator),
        ] {
            if let Some(n) = part {
                let written = format::number(n, Locale::Vi, 2);
                if !figure.evidence.contains(&written) {
                    self.push(
                        record,
                        field,
                        msg!(
                            "{written} không có trong câu trích dẫn",
                            "{written} does not stand in the evidence quote"
                        ),
                    );
                }
            }
        }
    }

    /// Checks a figure's "x/y"; returns true for a rate that disagrees with it.
    fn fraction(&mut self, record: &Record, figure: &Figure) -> bool {
        let (num, den) = match (figure.numerator, figure.denominator) {
            (None, None) => return false,
            (Some(n), Some(d)) => (n, d),
            _ => {
                self.push(
                    record,
                    "denominator",
                    msg!(
                        "tử số và mẫu số phải cùng có hoặc cùng không",
                        "numerator and denominator come together or not at all"
                    ),
                );
                return false;
            }
        };
        if den <= 0.0 || num < 0.0 || !num.is_finite() || !den.is_finite() {
            self.push(
                record,
                "denominator",
                msg_numbers!(
                    "{}/{} không phải phân số có mẫu số dương",
                    "{}/{} is not a fraction of a positive whole",
                    num,
                    den
                ),
            );
            return false;
        }
        if num > den {
            self.push(
                record,
                "numerator",
                msg_numbers!(
                    "{} lớn hơn mẫu số {}",
                    "{} is more than its denominator {}",
                    num,
                    den
                ),
            );
        }
        match figure.unit {
            Unit::Percent => {
                let decimals = printed::parse(&figure.printed).map_or(2, |p| p.decimals);
                let exact = 100.0 * num / den;
                // Half a unit in the last printed decimal, plus float slack.
                let tolerance = 0.5 * 10f64.powi(-(decimals as i32)) + 1e-9;
                (exact - figure.value).abs() > tolerance
            }
            _ => {
                if !same(num, figure.value) {
                    self.push(
                        record,
                        "numerator",
                        msg_numbers!(
                            "{} khác với giá trị {}",
                            "{} differs from the value {}",
                            num,
                            figure.value
                        ),
                    );
                }
                false
            }
        }
    }

    fn initiatives(&mut self, data: &Dataset, ids: &Ids) {
        for (i, initiative) in data.initiatives.iter().enumerate() {
            let record = Record::at("initiatives", i, &initiative.id);
            self.reference(
                &record,
                "report",
                &initiative.report,
                &ids.reports,
                "report",
            );
            self.reference(
                &record,
                "district",
                &initiative.district,
                &ids.districts,
                "district",
            );
            self.reference(&record, "theme", &initiative.theme, &ids.themes, "theme");
            self.of_the_report(&record, &initiative.district, &initiative.report, ids);
            self.non_empty(&record, "name", &initiative.name);
            self.non_empty(&record, "name_en", &initiative.name_en);
            if let Some(printed) = &initiative.printed {
                self.non_empty(&record, "printed", printed);
            }
            if let Some(note) = &initiative.note {
                self.text(&record, "note", note);
            }
        }
    }

    /// Checks each relation; returns the ids of those whose arithmetic fails.
    fn relations<'a>(&mut self, data: &'a Dataset, ids: &Ids) -> HashSet<&'a str> {
        let values: HashMap<&str, f64> = data
            .figures
            .iter()
            .map(|f| (f.id.as_str(), f.value))
            .collect();
        let mut failed = HashSet::new();
        for (i, relation) in data.relations.iter().enumerate() {
            let record = Record::at("relations", i, &relation.id);
            self.reference(&record, "total", &relation.total, &ids.figures, "figure");
            for (j, part) in relation.parts.iter().enumerate() {
                self.reference(
                    &record,
                    &format!("parts[{j}]"),
                    part,
                    &ids.figures,
                    "figure",
                );
            }
            if relation.parts.len() < 2 {
                self.push(
                    &record,
                    "parts",
                    msg!(
                        "phép cộng cần ít nhất hai thành phần",
                        "a sum needs at least two parts"
                    ),
                );
            }
            self.text(&record, "note", &relation.note);
            let total = values.get(relation.total.as_str());
            let parts: Option<f64> = relation.parts.iter().map(|p| values.get(p.as_str())).sum();
            if let (Some(&total), Some(sum)) = (total, parts)
                && !same(total, sum)
            {
                failed.insert(relation.id.as_str());
            }
        }
        failed
    }

    fn disagreements(
        &mut self,
        data: &Dataset,
        ids: &Ids,
        mismatched_rates: &HashSet<&str>,
        failed_sums: &HashSet<&str>,
    ) {
        let values: HashMap<&str, f64> = data
            .figures
            .iter()
            .map(|f| (f.id.as_str(), f.value))
            .collect();
        let mut recorded_rates = HashSet::new();
        let mut recorded_sums = HashSet::new();
        for (i, d) in data.disagreements.iter().enumerate() {
            let record = Record::at("disagreements", i, &d.id);
            self.reference(&record, "report", &d.report, &ids.reports, "report");
            for (j, figure) in d.figures.iter().enumerate() {
                self.reference(
                    &record,
                    &format!("figures[{j}]"),
                    figure,
                    &ids.figures,
                    "figure",
                );
            }
            self.text(&record, "note", &d.note);
            match d.kind {
                DisagreementKind::SumMismatch => match &d.relation {
                    None => self.push(
                        &record,
                        "relation",
                        msg!(
                            "mục tổng không khớp phải nêu phép cộng bị sai",
                            "a sum mismatch names the relation that fails"
                        ),
                    ),
                    Some(rel) => {
                        self.reference(&record, "relation", rel, &ids.relations, "relation");
                        if ids.relations.contains(rel.as_str())
                            && !failed_sums.contains(rel.as_str())
                        {
                            self.push(
                                &record,
                                "relation",
                                msg!(
                                    "phép cộng “{rel}” đúng: không có mâu thuẫn để ghi",
                                    "the sum “{rel}” holds: there is no disagreement to record"
                                ),
                            );
                        }
                        recorded_sums.insert(rel.as_str());
                    }
                },
                DisagreementKind::RateMismatch => {
                    for figure in &d.figures {
                        if ids.figures.contains(figure.as_str())
                            && !mismatched_rates.contains(figure.as_str())
                        {
                            self.push(&record, "figures", msg!("tỷ lệ của “{figure}” khớp với phân số: không có mâu thuẫn để ghi", "the rate of “{figure}” matches its fraction: there is no disagreement to record"));
                        }
                        recorded_rates.insert(figure.as_str());
                    }
                }
                DisagreementKind::RepeatedValue => {
                    let found: Vec<f64> = d
                        .figures
                        .iter()
                        .filter_map(|f| values.get(f.as_str()).copied())
                        .collect();
                    if d.figures.len() < 2 || found.windows(2).any(|w| !same(w[0], w[1])) {
                        self.push(
                            &record,
                            "figures",
                            msg!(
                                "mục lặp số phải nêu từ hai số liệu cùng giá trị trở lên",
                                "a repeated value names two or more figures of equal value"
                            ),
                        );
                    }
                }
            }
        }
        for rate in mismatched_rates.difference(&recorded_rates) {
            let i = data
                .figures
                .iter()
                .position(|f| f.id == *rate)
                .unwrap_or_default();
            self.push(&Record::at("figures", i, rate), "value", msg!("tỷ lệ không khớp với phân số theo cách làm tròn trong bài, mà không có mục mâu thuẫn nào ghi nhận", "the rate does not match its fraction within the printed rounding, and no disagreement records it"));
        }
        for sum in failed_sums.difference(&recorded_sums) {
            let i = data
                .relations
                .iter()
                .position(|r| r.id == *sum)
                .unwrap_or_default();
            self.push(
                &Record::at("relations", i, sum),
                "total", msg!("các thành phần cộng lại không bằng tổng, mà không có mục mâu thuẫn nào ghi nhận", "the parts do not add up to the total, and no disagreement records it"));
        }
    }
}

/// The ids of each collection; duplicates are reported while collecting.
struct Ids<'a> {
    groups: HashSet<&'a str>,
    themes: HashSet<&'a str>,
    reports: HashSet<&'a str>,
    report_districts: HashSet<&'a str>,
    /// Each report's district, by the report's file name.
    district_of_report: HashMap<&'a str, &'a str>,
    districts: HashSet<&'a str>,
    metrics: HashSet<&'a str>,
    figures: HashSet<&'a str>,
    relations: HashSet<&'a str>,
}

impl<'a> Ids<'a> {
    fn collect(data: &'a Dataset, check: &mut Checker) -> Self {
        let ids = Ids {
            groups: unique(check, "groups", data.groups.iter().map(|g| g.id.as_str())),
            themes: unique(check, "themes", data.themes.iter().map(|t| t.id.as_str())),
            reports: unique(
                check,
                "reports",
                data.reports.iter().map(|r| r.file.as_str()),
            ),
            report_districts: data.reports.iter().map(|r| r.district.as_str()).collect(),
            district_of_report: data
                .reports
                .iter()
                .map(|r| (r.file.as_str(), r.district.as_str()))
                .collect(),
            districts: unique(
                check,
                "districts",
                data.districts.iter().map(|d| d.id.as_str()),
            ),
            metrics: unique(check, "metrics", data.metrics.iter().map(|m| m.id.as_str())),
            figures: unique(check, "figures", data.figures.iter().map(|f| f.id.as_str())),
            relations: unique(
                check,
                "relations",
                data.relations.iter().map(|r| r.id.as_str()),
            ),
        };
        unique(
            check,
            "initiatives",
            data.initiatives.iter().map(|i| i.id.as_str()),
        );
        unique(
            check,
            "disagreements",
            data.disagreements.iter().map(|d| d.id.as_str()),
        );
        ids
    }
}

fn unique<'a>(
    check: &mut Checker,
    collection: &'static str,
    ids: impl Iterator<Item = &'a str>,
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        let record = Record::at(collection, i, id);
        if id.trim().is_empty() {
            check.push(&record, "id", msg!("đang để trống", "is empty"));
        } else if !seen.insert(id) {
            check.push(
                &record,
                "id",
                msg!(
                    "“{id}” bị dùng hai lần trong {collection}",
                    "“{id}” is used twice in {collection}"
                ),
            );
        }
    }
    seen
}

/// A record kind's Vietnamese name, for messages.
fn vietnamese(what: &str) -> &'static str {
    match what {
        "district" => "đơn vị",
        "report" => "bài viết",
        "metric" => "chỉ tiêu",
        "group" => "nhóm chỉ tiêu",
        "theme" => "lĩnh vực",
        "figure" => "số liệu",
        "relation" => "phép cộng",
        _ => "mục",
    }
}

/// Equal up to float noise, relative to the size of the numbers.
fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// A year, or a year and month, as periods write them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearMonth {
    pub year: u16,
    pub month: Option<u8>,
}

impl YearMonth {
    /// Reads "YYYY" or "YYYY-MM" with the year in [`YEARS`].
    pub fn parse(text: &str) -> Option<Self> {
        let (year, month) = match text.split_once('-') {
            Some((y, m)) if m.len() == 2 => (
                y,
                Some(m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?),
            ),
            Some(_) => return None,
            None => (text, None),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: u16 = year.parse().ok().filter(|y| YEARS.contains(y))?;
        Some(YearMonth { year, month })
    }

    /// Months since year 0, at the first month this covers.
    pub fn first_month(self) -> u32 {
        u32::from(self.year) * 12 + u32::from(self.month.unwrap_or(1)) - 1
    }

    /// Months since year 0, at the last month this covers.
    pub fn last_month(self) -> u32 {
        u32::from(self.year) * 12 + u32::from(self.month.unwrap_or(12)) - 1
    }
}

fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    matches!(parts.as_slice(), [y, m, d]
        if y.len() == 4 && m.len() == 2 && d.len() == 2
        && [y, m, d].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        && (1..=12).contains(&m.parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&d.parse::<u8>().unwrap_or(0)))
}
