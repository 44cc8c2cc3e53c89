//! The blank package portals start from (`public/data/template/`): the CSV
//! files of the open-data package with one example row each, marked as an
//! example, and a guide in Vietnamese and English (`index.html`) to what
//! each column means and which metric ids exist. The example rows make a
//! dataset the explorer accepts, so a portal can load the template as is to
//! see how its rows will look.

use crate::data::read::package as package_read;
use crate::data::schema::{Column as SchemaColumn, Role, TABLES};
use crate::data::write::open_data;
use crate::data::*;

/// Every file of the template: (file name, contents).
pub fn files(shipped: &Dataset) -> Vec<(&'static str, String)> {
    let example = example(shipped);
    let mut files = open_data::package(&example);
    files.push(("index.html", guide(shipped)));
    files
}

/// The folder, in the template's, of each province's `districts.csv`.
pub const BY_PROVINCE: &str = "tinh";

/// One province's or city's template `districts.csv`.
pub struct ProvinceFile {
    /// "An Giang".
    pub province: String,
    /// Under the template folder: "tinh/an-giang/districts.csv".
    pub path: String,
    pub units: usize,
    pub text: String,
}

/// For each of the 34 provinces and cities of 2025, the template's
/// `districts.csv` with the example unit and then every real unit of the
/// province (the places table, `data/places/`), so that staff write numbers
/// against units already named, not names. Nothing else changes: the other
/// files of the template go with it.
pub fn by_province(shipped: &Dataset) -> Result<Vec<ProvinceFile>, String> {
    let places = crate::places::Places::read(crate::places::committed)?;
    let example = example(shipped);
    let mut provinces: Vec<(String, Vec<District>)> = Vec::new();
    // Folding can make two names one id (Xã Thạnh An, Xã Thanh An): the
    // second gets "-2", as `place_search` keys do.
    let mut seen: std::collections::HashMap<(String, String), usize> = Default::default();
    for (name, kind, province) in places.units() {
        let level = crate::now_part_of::level(kind);
        let word = match level {
            Level::Ward => "phuong",
            Level::SpecialZone => "dac-khu",
            _ => "xa",
        };
        let id = format!("{word}-{}", crate::place_search::tokens(&name).join("-"));
        let n = seen.entry((province.clone(), id.clone())).or_insert(0);
        *n += 1;
        let id = if *n == 1 { id } else { format!("{id}-{n}") };
        let note = t("Từ danh sách đơn vị 2025.", "From the 2025 list of units.");
        // As the page writes it: the city's whole name, never bare.
        let written = crate::place_names::alone(&province, crate::format::Locale::Vi);
        let unit = District {
            id,
            name,
            level,
            province: ProvinceAtReport {
                name: written.clone(),
                basis: Basis::Printed,
                note: note.clone(),
            },
            province_2025: ProvinceNow {
                name: written,
                note,
            },
            abolished: None,
        };
        match provinces.last_mut() {
            Some((p, units)) if *p == province => units.push(unit),
            _ => provinces.push((province, vec![unit])),
        }
    }
    Ok(provinces
        .into_iter()
        .map(|(province, units)| {
            let count = units.len();
            let mut data = example.clone();
            data.districts.extend(units);
            let text = open_data::package(&data)
                .into_iter()
                .find(|(name, _)| *name == "districts.csv")
                .map(|(_, text)| text)
                .unwrap_or_default();
            let folder = crate::place_search::tokens(&province).join("-");
            ProvinceFile {
                path: format!("{BY_PROVINCE}/{folder}/districts.csv"),
                province,
                units: count,
                text,
            }
        })
        .collect())
}

fn t(vi: &str, en: &str) -> Text {
    Text {
        vi: vi.into(),
        en: en.into(),
    }
}

/// One row per file, each saying it is an example.
fn example(shipped: &Dataset) -> Dataset {
    let metric = shipped
        .metric("study_participation_rate")
        .expect("the shipped metrics include the participation rate")
        .clone();
    let group = shipped
        .groups
        .iter()
        .find(|g| g.id == metric.group)
        .expect("the metric's group")
        .clone();
    let theme = shipped
        .themes
        .iter()
        .find(|t| t.id == "social_welfare")
        .expect("the shipped themes include social welfare")
        .clone();
    let report = "vi-du-bao-cao-2025.pdf".to_string();
    let unit = "vi-du-xa-a".to_string();
    let year = Period {
        start: "2025".into(),
        end: "2025".into(),
        basis: Basis::Printed,
        note: None,
    };
    Dataset {
        format: FORMAT.into(),
        version: VERSION,
        built: shipped.built.clone(),
        title: t(
            "Mẫu gói dữ liệu (dòng ví dụ)",
            "Template package (example rows)",
        ),
        notes: t(
            "Mỗi tệp có một dòng ví dụ: thay bằng số liệu của địa phương. Hướng dẫn: index.html.",
            "Each file has one example row: replace it with your own figures. Guide: index.html.",
        ),
        groups: vec![group],
        themes: vec![theme.clone()],
        reports: vec![Report {
            file: report.clone(),
            district: unit.clone(),
            title: "Ví dụ: Báo cáo kết quả học tập và làm theo Bác năm 2025".into(),
            byline: None,
            credit: None,
            outlet: Some("Ví dụ / Example".into()),
            url: None,
            period: year.clone(),
        }],
        districts: vec![District {
            id: unit.clone(),
            name: "Ví Dụ A".into(),
            level: Level::Commune,
            province: ProvinceAtReport {
                name: "An Giang".into(),
                basis: Basis::Printed,
                note: t(
                    "Ví dụ: bài viết ghi tên tỉnh.",
                    "Example: the article names the province.",
                ),
            },
            province_2025: ProvinceNow {
                name: "An Giang".into(),
                note: t(
                    "Ví dụ: tỉnh từ ngày 1/7/2025.",
                    "Example: the province since 1 July 2025.",
                ),
            },
            abolished: None,
        }],
        metrics: vec![metric.clone()],
        figures: vec![Figure {
            id: "vi-du-ty-le-du-hoc-2025".into(),
            report: report.clone(),
            district: unit.clone(),
            commune: None,
            metric: metric.id.clone(),
            topic: Some("ví dụ / example".into()),
            value: 95.5,
            unit: metric.unit,
            printed: "95,5%".into(),
            qualifier: None,
            numerator: None,
            denominator: None,
            period: year,
            evidence: "ví dụ: đảng viên dự học đạt tỷ lệ 95,5%".into(),
        }],
        initiatives: vec![Initiative {
            id: "vi-du-mo-hinh".into(),
            report,
            district: unit,
            name: "Ví dụ: Bếp ăn tình thương".into(),
            name_en: "Example: charity kitchen".into(),
            runner: None,
            commune: None,
            theme: theme.id,
            note: Some(t("Dòng ví dụ.", "An example row.")),
            printed: None,
        }],
        relations: Vec::new(),
        disagreements: Vec::new(),
        derived: Default::default(),
    }
}

/// (file, column, meaning in Vietnamese, meaning in English): what the
/// guide says of each column of `data::schema` that is not read-only.
type Column = (&'static str, &'static str, &'static str, &'static str);

const READ_ONLY: (&str, &str) = (
    "Chỉ để đọc, lặp lại từ tệp khác: bỏ qua khi nạp.",
    "For reading only, repeated from another file: ignored on import.",
);

/// What the guide says of `column` of `file`.
fn meaning(file: &str, column: &SchemaColumn) -> (&'static str, &'static str) {
    if column.role == Role::ReadOnly {
        return READ_ONLY;
    }
    COLUMNS
        .iter()
        .find(|(f, c, ..)| *f == file && *c == column.name)
        .map_or(("", ""), |(_, _, vi, en)| (*vi, *en))
}

const COLUMNS: &[Column] = &[
    (
        "figures.csv",
        "id",
        "Mã duy nhất của số liệu (chữ thường, số, dấu gạch ngang).",
        "The figure's unique id (lower-case letters, digits, hyphens).",
    ),
    (
        "figures.csv",
        "district",
        "Mã đơn vị (cột id của districts.csv).",
        "The unit's id (the id column of districts.csv).",
    ),
    (
        "figures.csv",
        "commune",
        "Tên xã khi số liệu chỉ của một xã trong đơn vị.",
        "The commune's name, when the figure is about one commune within the unit.",
    ),
    (
        "figures.csv",
        "metric",
        "Mã chỉ tiêu (cột id của metrics.csv; xem danh sách bên dưới).",
        "The indicator's id (the id column of metrics.csv; see the list below).",
    ),
    (
        "figures.csv",
        "topic",
        "Số liệu nói về điều gì trong chỉ tiêu (một chuyên đề, một phong trào).",
        "What the figure is about within its indicator (a study theme, a campaign).",
    ),
    (
        "figures.csv",
        "value",
        "Con số, không có đơn vị: 95,5 hoặc 95.5; 2100000000 cho “2,1 tỷ đồng”.",
        "The number, with no unit: 95.5 or 95,5; 2100000000 for “2,1 tỷ đồng”.",
    ),
    (
        "figures.csv",
        "unit",
        "count (đếm), percent (phần trăm), vnd (đồng), per_10000 (trên 10.000 dân); giống chỉ tiêu.",
        "count, percent, vnd (đồng), per_10000 (per ten thousand people); the indicator's unit.",
    ),
    (
        "figures.csv",
        "printed",
        "Con số đúng như bài viết ghi (“95,5%”); phải nằm trong evidence.",
        "The number exactly as the article writes it (“95,5%”); it must stand in evidence.",
    ),
    (
        "figures.csv",
        "qualifier",
        "more_than (hơn, trên), at_least (ít nhất), less_than (dưới), about (khoảng, gần).",
        "more_than (hơn, trên), at_least (ít nhất), less_than (dưới), about (khoảng, gần).",
    ),
    (
        "figures.csv",
        "numerator",
        "Tử số khi bài viết ghi phân số (4530 trong 4.530/4.560).",
        "The numerator, when the article gives a fraction (4530 in 4.530/4.560).",
    ),
    (
        "figures.csv",
        "denominator",
        "Mẫu số của phân số đó (4560).",
        "That fraction's denominator (4560).",
    ),
    (
        "figures.csv",
        "period_start",
        "Năm (2025) hoặc tháng (2025-03) bắt đầu. Định dạng ô là Văn bản để không thành ngày.",
        "The first year (2025) or month (2025-03). Format the cells as Text so they do not become dates.",
    ),
    (
        "figures.csv",
        "period_end",
        "Năm hoặc tháng kết thúc; bằng period_start nếu chỉ một năm.",
        "The last year or month; equal to period_start for one year.",
    ),
    (
        "figures.csv",
        "period_basis",
        "printed (ghi trong bài), context (ghi ở câu bên cạnh), inferred (suy ra; ghi lý do ở period_note).",
        "printed (printed in the article), context (stated nearby), inferred (inferred; say how in period_note).",
    ),
    (
        "figures.csv",
        "period_note_vi",
        "Cách xác định thời gian, tiếng Việt.",
        "How the period was read, in Vietnamese.",
    ),
    (
        "figures.csv",
        "period_note_en",
        "Cách xác định thời gian, tiếng Anh.",
        "How the period was read, in English.",
    ),
    (
        "figures.csv",
        "report",
        "Tên tệp bài viết (cột file của reports.csv).",
        "The article's file name (the file column of reports.csv).",
    ),
    (
        "figures.csv",
        "evidence",
        "Vài từ quanh con số, trích nguyên văn (tối đa 12 từ).",
        "The few words around the figure, quoted exactly (at most 12 words).",
    ),
    (
        "districts.csv",
        "id",
        "Mã duy nhất của đơn vị.",
        "The unit's unique id.",
    ),
    (
        "districts.csv",
        "name",
        "Tên đơn vị, không kèm cấp (“Phú Lâm”, không phải “xã Phú Lâm”).",
        "The unit's name without its level (“Phú Lâm”, not “xã Phú Lâm”).",
    ),
    (
        "districts.csv",
        "level",
        "Cấp: commune (xã), ward (phường), special_zone (đặc khu), province (tỉnh, thành phố), former_district (huyện (cũ), trước 1/7/2025; khi để trống).",
        "The level: commune, ward, special_zone, province, former_district (a district before 1 July 2025; when empty).",
    ),
    (
        "districts.csv",
        "province",
        "Tỉnh, thành phố tại thời điểm bài viết.",
        "The province at the time of the article.",
    ),
    (
        "districts.csv",
        "province_basis",
        "printed, context hoặc inferred: tỉnh được xác định thế nào.",
        "printed, context or inferred: how the province was established.",
    ),
    (
        "districts.csv",
        "province_note_vi",
        "Căn cứ xác định tỉnh, tiếng Việt.",
        "Why that province, in Vietnamese.",
    ),
    (
        "districts.csv",
        "province_note_en",
        "Căn cứ xác định tỉnh, tiếng Anh.",
        "Why that province, in English.",
    ),
    (
        "districts.csv",
        "province_2025",
        "Tỉnh, thành phố từ ngày 1/7/2025 (một trong 34).",
        "The province or city since 1 July 2025 (one of the 34).",
    ),
    (
        "districts.csv",
        "province_2025_note_vi",
        "Ghi chú về tỉnh mới, tiếng Việt.",
        "A note on the new province, in Vietnamese.",
    ),
    (
        "districts.csv",
        "province_2025_note_en",
        "Ghi chú về tỉnh mới, tiếng Anh.",
        "A note on the new province, in English.",
    ),
    (
        "districts.csv",
        "abolished",
        "Ngày đơn vị kết thúc hoạt động (YYYY-MM-DD), nếu có: 2025-07-01 cho các huyện.",
        "The day the unit ceased to operate (YYYY-MM-DD), if it did: 2025-07-01 for districts.",
    ),
    (
        "metrics.csv",
        "id",
        "Mã chỉ tiêu; dùng mã có sẵn bên dưới khi cùng nghĩa.",
        "The indicator's id; use an existing one below when it means the same.",
    ),
    (
        "metrics.csv",
        "group",
        "Mã nhóm (cột id của groups.csv).",
        "The group's id (the id column of groups.csv).",
    ),
    (
        "metrics.csv",
        "unit",
        "count, percent, vnd hoặc per_10000.",
        "count, percent, vnd or per_10000.",
    ),
    (
        "metrics.csv",
        "label_vi",
        "Tên chỉ tiêu, tiếng Việt.",
        "The indicator's name, in Vietnamese.",
    ),
    (
        "metrics.csv",
        "label_en",
        "Tên chỉ tiêu, tiếng Anh.",
        "The indicator's name, in English.",
    ),
    (
        "metrics.csv",
        "counts_vi",
        "Với chỉ tiêu đếm: đếm cái gì (“hội nghị”).",
        "For a count: what it counts, in Vietnamese (“hội nghị”).",
    ),
    (
        "metrics.csv",
        "counts_en",
        "Với chỉ tiêu đếm: đếm cái gì, tiếng Anh (“conferences”).",
        "For a count: what it counts, in English (“conferences”).",
    ),
    (
        "metrics.csv",
        "definition_vi",
        "Định nghĩa, tiếng Việt.",
        "The definition, in Vietnamese.",
    ),
    (
        "metrics.csv",
        "definition_en",
        "Định nghĩa, tiếng Anh.",
        "The definition, in English.",
    ),
    (
        "metrics.csv",
        "comparability_vi",
        "Khi các nơi đếm khác nhau dưới cùng một tên.",
        "Where units count different things under one name, in Vietnamese.",
    ),
    (
        "metrics.csv",
        "comparability_en",
        "Như trên, tiếng Anh.",
        "The same, in English.",
    ),
    (
        "reports.csv",
        "file",
        "Tên tệp bài viết, duy nhất; số liệu dẫn nguồn theo tên này.",
        "The article's file name, unique; figures cite the article by it.",
    ),
    (
        "reports.csv",
        "district",
        "Mã đơn vị mà bài viết đề cập.",
        "The article's unit id.",
    ),
    (
        "reports.csv",
        "title",
        "Tiêu đề đúng như in.",
        "The title as printed.",
    ),
    (
        "reports.csv",
        "byline",
        "Tác giả như in.",
        "The by-line as printed.",
    ),
    (
        "reports.csv",
        "credit",
        "Ghi công ảnh, khi không có tác giả.",
        "A photo credit, when there is no by-line.",
    ),
    ("reports.csv", "outlet", "Cơ quan đăng.", "The outlet."),
    (
        "reports.csv",
        "url",
        "Địa chỉ của bài viết.",
        "The article's address.",
    ),
    (
        "reports.csv",
        "period_start",
        "Năm hoặc tháng bắt đầu của khoảng thời gian bài viết đề cập.",
        "The first year or month the article covers.",
    ),
    (
        "reports.csv",
        "period_end",
        "Năm hoặc tháng kết thúc.",
        "The last year or month.",
    ),
    (
        "reports.csv",
        "period_basis",
        "printed, context hoặc inferred.",
        "printed, context or inferred.",
    ),
    (
        "reports.csv",
        "period_note_vi",
        "Cách xác định khoảng thời gian, tiếng Việt.",
        "How the period was read, in Vietnamese.",
    ),
    (
        "reports.csv",
        "period_note_en",
        "Như trên, tiếng Anh.",
        "The same, in English.",
    ),
    (
        "initiatives.csv",
        "id",
        "Mã duy nhất của mô hình.",
        "The initiative's unique id.",
    ),
    (
        "initiatives.csv",
        "report",
        "Tên tệp bài viết nêu mô hình.",
        "The file name of the article naming it.",
    ),
    (
        "initiatives.csv",
        "district",
        "Mã đơn vị.",
        "The unit's id.",
    ),
    (
        "initiatives.csv",
        "name",
        "Tên mô hình như bài viết ghi; nếu sửa lỗi chính tả, ghi nguyên văn vào cột printed.",
        "The initiative's name as printed; if you correct its spelling, put the article's words in printed.",
    ),
    (
        "initiatives.csv",
        "name_en",
        "Tên dịch sang tiếng Anh.",
        "Its name in English.",
    ),
    (
        "initiatives.csv",
        "runner",
        "Ai thực hiện, như bài viết ghi.",
        "Who runs it, as the article says.",
    ),
    (
        "initiatives.csv",
        "commune",
        "Xã nơi thực hiện.",
        "The commune where it runs.",
    ),
    (
        "initiatives.csv",
        "theme",
        "Mã lĩnh vực (cột id của themes.csv).",
        "The theme's id (the id column of themes.csv).",
    ),
    (
        "initiatives.csv",
        "note_vi",
        "Ghi chú, tiếng Việt.",
        "A note, in Vietnamese.",
    ),
    (
        "initiatives.csv",
        "note_en",
        "Ghi chú, tiếng Anh.",
        "A note, in English.",
    ),
    (
        "initiatives.csv",
        "printed",
        "Nguyên văn bài viết, khi name hay runner đã sửa lỗi chính tả; để trống nếu không sửa.",
        "The article's words verbatim, where name or runner corrects their spelling; empty otherwise.",
    ),
    (
        "groups.csv",
        "id",
        "Mã nhóm chỉ tiêu.",
        "The indicator group's id.",
    ),
    (
        "groups.csv",
        "label_vi",
        "Tên nhóm, tiếng Việt.",
        "The group's name, in Vietnamese.",
    ),
    (
        "groups.csv",
        "label_en",
        "Tên nhóm, tiếng Anh.",
        "The group's name, in English.",
    ),
    (
        "themes.csv",
        "id",
        "Mã lĩnh vực của mô hình.",
        "The initiative theme's id.",
    ),
    (
        "themes.csv",
        "label_vi",
        "Tên lĩnh vực, tiếng Việt.",
        "The theme's name, in Vietnamese.",
    ),
    (
        "themes.csv",
        "label_en",
        "Tên lĩnh vực, tiếng Anh.",
        "The theme's name, in English.",
    ),
    (
        "relations.csv",
        "id",
        "Mã của phép tính.",
        "The relation's id.",
    ),
    (
        "relations.csv",
        "kind",
        "sum: total bằng tổng các parts.",
        "sum: total equals the sum of parts.",
    ),
    (
        "relations.csv",
        "total",
        "Mã số liệu tổng.",
        "The total figure's id.",
    ),
    (
        "relations.csv",
        "parts",
        "Mã các số liệu thành phần, cách nhau bằng dấu cách.",
        "The parts' figure ids, separated by spaces.",
    ),
    (
        "relations.csv",
        "note_vi",
        "Phép tính viết ra, tiếng Việt.",
        "The sum written out, in Vietnamese.",
    ),
    (
        "relations.csv",
        "note_en",
        "Như trên, tiếng Anh.",
        "The same, in English.",
    ),
    (
        "disagreements.csv",
        "id",
        "Mã của chỗ số liệu không khớp.",
        "The disagreement's id.",
    ),
    (
        "disagreements.csv",
        "kind",
        "sum_mismatch, rate_mismatch hoặc repeated_value.",
        "sum_mismatch, rate_mismatch or repeated_value.",
    ),
    (
        "disagreements.csv",
        "report",
        "Tên tệp bài viết.",
        "The article's file name.",
    ),
    (
        "disagreements.csv",
        "relation",
        "Mã phép tính không khớp (với sum_mismatch).",
        "The relation that fails (for sum_mismatch).",
    ),
    (
        "disagreements.csv",
        "figures",
        "Mã các số liệu liên quan, cách nhau bằng dấu cách.",
        "The figures involved, separated by spaces.",
    ),
    (
        "disagreements.csv",
        "note_vi",
        "Giải thích, tiếng Việt; số liệu giữ nguyên như bài ghi.",
        "The explanation, in Vietnamese; the numbers stay as printed.",
    ),
    (
        "disagreements.csv",
        "note_en",
        "Như trên, tiếng Anh.",
        "The same, in English.",
    ),
];

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The guide: plain HTML, no script, no inline style.
fn guide(shipped: &Dataset) -> String {
    let mut html = String::from(
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Mẫu gói dữ liệu CSV / CSV template package</title>\n<link rel=\"stylesheet\" href=\"template.css\">\n</head>\n<body>\n",
    );
    html.push_str(
        "<h1>Mẫu gói dữ liệu CSV <span lang=\"en\">/ CSV template package</span></h1>\n\
<p>Các tệp trong thư mục này là một gói dữ liệu (Frictionless Data): mỗi tệp CSV có dòng tiêu đề và một dòng ví dụ. \
Mở bằng LibreOffice Calc hoặc Excel, thay dòng ví dụ bằng số liệu của địa phương, lưu lại dạng CSV (UTF-8; dấu phân cách <code>;</code> hoặc <code>,</code>; số có thể dùng dấu phẩy thập phân), \
rồi chọn hoặc kéo thả tất cả các tệp vào mục “Dùng dữ liệu khác” của trang Nguồn, hoặc đặt chúng cạnh <code>datapackage.json</code> trên máy chủ và mở trang với <code>?data=…/datapackage.json</code>. \
Lệnh <code>lamtheobac-data check</code> kiểm tra các tệp với cùng quy tắc và thông báo.</p>\n\
<p lang=\"en\">The files in this folder are a data package (Frictionless Data): each CSV file has its header row and one example row. \
Open them in LibreOffice Calc or Excel, replace the example rows with your own figures, save as CSV (UTF-8; <code>;</code> or <code>,</code> between cells; numbers may use a decimal comma), \
then choose or drop all the files on “Use other data” in the Sources view, or put them beside <code>datapackage.json</code> on your server and open the explorer with <code>?data=…/datapackage.json</code>. \
The <code>lamtheobac-data check</code> command checks the files with the same rules and messages.</p>\n\
<p><strong>Lưu ý:</strong> khi mở tệp trong hộp thoại Nhập văn bản, định dạng các cột mã, <code>printed</code> và <code>period_*</code> là Văn bản (Text), để “2025-03” không thành ngày và “11/11” không thành ngày tháng; \
khi mở tệp do trang này xuất, chọn ngôn ngữ English (USA) để số như 99.34 được đọc đúng. Lỗi nào còn sót, trang và lệnh kiểm tra sẽ chỉ ra tệp, dòng và cột. \
<span lang=\"en\"><strong>Note:</strong> in the Text Import dialog, set the id, <code>printed</code> and <code>period_*</code> columns to Text, so “2025-03” and “11/11” do not become dates; \
when opening a file this site exported, choose the language English (USA) so numbers like 99.34 are read right. Anything left wrong, the page and the command name by file, row and column.</span></p>\n",
    );
    html.push_str("<h2>Tệp <span lang=\"en\">/ Files</span></h2>\n<ul>\n");
    let files: Vec<String> = TABLES
        .iter()
        .map(|t| format!("{}.csv", t.name))
        .chain(std::iter::once(package_read::DESCRIPTOR.to_string()))
        .collect();
    for file in &files {
        html.push_str(&format!("<li><a href=\"{file}\">{file}</a></li>\n"));
    }
    html.push_str("</ul>\n");
    html.push_str(
        "<h2 id=\"tinh\">Danh sách đơn vị theo tỉnh, thành phố <span lang=\"en\">/ Units by province or city</span></h2>\n\
<p>Mỗi tỉnh, thành phố có một tệp <code>districts.csv</code> đã ghi sẵn mọi xã, phường, đặc khu của tỉnh từ ngày 1/7/2025 (sau dòng ví dụ): \
tải tệp của tỉnh mình, dùng thay cho <code>districts.csv</code> ở trên, rồi ghi số liệu vào <code>figures.csv</code> theo mã ở cột <code>id</code>. \
Trước khi tải lên, xóa dòng ví dụ và các đơn vị chưa có số liệu (trang và lệnh kiểm tra sẽ chỉ ra những dòng đó). Danh sách đơn vị hành chính theo Nghị quyết số 202/2025/QH15 của Quốc hội và các nghị quyết năm 2025 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã; tệp dữ liệu lấy từ gói vietnam-address-converter 1.0.5 (Apache-2.0).</p>\n\
<p lang=\"en\">Each province or city has a <code>districts.csv</code> that already lists every commune, ward and special zone it has had since 1 July 2025 (after the example row): \
download your province's, use it instead of the <code>districts.csv</code> above, and write figures into <code>figures.csv</code> by the codes in its <code>id</code> column. \
Before loading, delete the example row and the units with no figures yet (the page and the check command name those rows). The units are those set by the National Assembly's Resolution No. 202/2025/QH15 and the National Assembly Standing Committee's 2025 resolutions on arranging commune-level units; the data file is from the vietnam-address-converter 1.0.5 package (Apache-2.0).</p>\n<ul class=\"provinces\">\n",
    );
    for p in by_province(shipped).unwrap_or_default() {
        html.push_str(&format!(
            "<li><a href=\"{}\">{}</a> ({} đơn vị <span lang=\"en\">/ units</span>)</li>\n",
            p.path,
            crate::place_names::alone(&p.province, crate::format::Locale::Vi),
            crate::format::count(p.units, crate::format::Locale::Vi)
        ));
    }
    html.push_str("</ul>\n");
    for table in &TABLES {
        let file = format!("{}.csv", table.name);
        html.push_str(&format!(
            "<h2 id=\"{file}\">{file}</h2>\n<table><thead><tr><th>Cột / Column</th><th>Bắt buộc / Required</th><th>Tiếng Việt</th><th lang=\"en\">English</th></tr></thead><tbody>\n"
        ));
        // The file's own fields first, then those repeated for reading.
        let (own, read_only): (Vec<_>, Vec<_>) =
            table.columns.iter().partition(|c| c.role != Role::ReadOnly);
        let explained = own.into_iter().chain(read_only).map(|c| {
            let (vi, en) = meaning(&file, c);
            (c.name, c.role == Role::Required, vi, en)
        });
        for (column, required, vi, en) in explained {
            html.push_str(&format!(
                "<tr><td><code>{column}</code></td><td>{}</td><td>{}</td><td lang=\"en\">{}</td></tr>\n",
                if required { "có / yes" } else { "" },
                escape(vi),
                escape(en)
            ));
        }
        html.push_str("</tbody></table>\n");
    }
    html.push_str("<h2 id=\"metrics\">Mã chỉ tiêu có sẵn <span lang=\"en\">/ Existing metric ids</span></h2>\n<p>Dòng đầy đủ của mỗi chỉ tiêu (để chép vào metrics.csv) có trong <a href=\"../open/metrics.csv\">../open/metrics.csv</a>. <span lang=\"en\">Each metric's full row, to copy into metrics.csv, is in <a href=\"../open/metrics.csv\">../open/metrics.csv</a>.</span></p>\n<table><thead><tr><th>id</th><th>unit</th><th>Tiếng Việt</th><th lang=\"en\">English</th></tr></thead><tbody>\n");
    for m in &shipped.metrics {
        html.push_str(&format!(
            "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td lang=\"en\">{}</td></tr>\n",
            escape(&m.id),
            m.unit.code(),
            escape(&m.label.vi),
            escape(&m.label.en)
        ));
    }
    html.push_str("</tbody></table>\n</body>\n</html>\n");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_of_every_file_is_explained_once() {
        let files = files(crate::data::shipped().unwrap());
        for (name, text) in &files {
            let Some(table) = name.strip_suffix(".csv") else {
                continue;
            };
            let table = crate::data::schema::table(table).unwrap();
            let header = text.lines().next().unwrap();
            assert_eq!(header, table.names().join(","), "{name}");
            for column in table.columns {
                let explained = COLUMNS
                    .iter()
                    .filter(|(f, c, ..)| f == name && *c == column.name)
                    .count()
                    + usize::from(column.role == Role::ReadOnly);
                assert_eq!(explained, 1, "{name} {}", column.name);
            }
        }
        // And the guide explains no column the files do not have.
        for (file, column, ..) in COLUMNS {
            let table = crate::data::schema::table(file.trim_end_matches(".csv")).unwrap();
            assert!(table.names().contains(column), "{file} {column}");
        }
    }
}
