//! Every interface string, in Vietnamese and English.
//!
//! One `Strings` value per language: a string missing from either is a
//! compile error, which is the check an i18n crate would give, without tying
//! the core (chart titles, summaries, notices, all tested natively) to Leptos.
//! Templates mark their arguments with `{}`, filled in order by [`fill`].

use std::sync::OnceLock;

use crate::data::{Basis, Dataset, Level, Report};
use crate::format::{self, Locale};
use crate::state::View;
use crate::url::Notice;

#[derive(Clone, Debug)]
pub struct Strings {
    /// The explorer's name, in attributions.
    pub app_name: &'static str,
    /// {built}
    pub dataset_built: &'static str,
    /// {the articles cited}
    pub sources_list: &'static str,
    /// {n}: the articles cited, when too many to name.
    pub articles_count: &'static str,
    /// {the name as the article prints it}, where the page shows it corrected.
    pub printed_as: &'static str,
    /// {the runner as the article prints it}, where the page shows it corrected.
    pub printed_runner: &'static str,
    /// {the 2025 units that took a former district's land}
    pub now_part_of: &'static str,
    /// {the places table's source}
    pub places_source: &'static str,
    /// "Find where you live" (`ui/place_finder.rs`).
    pub place_open: &'static str,
    pub place_title: &'static str,
    pub place_hint: &'static str,
    pub place_label: &'static str,
    pub place_loading: &'static str,
    /// {why}
    pub place_failed: &'static str,
    /// {n}
    pub place_count: &'static str,
    /// {n}, {shown}
    pub place_count_more: &'static str,
    pub place_none: &'static str,
    pub place_results: &'static str,
    pub place_was_in: &'static str,
    pub place_see: &'static str,
    /// {a former district}: the button's accessible name
    pub place_see_figures: &'static str,
    /// {a unit}
    pub place_see_own: &'static str,
    pub place_not_reported: &'static str,
    pub place_none_reported: &'static str,
    /// {the link's place key}
    pub place_unknown: &'static str,
    pub own_data_names: &'static str,
    pub share: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub embed: &'static str,
    pub embed_title: &'static str,
    pub embed_help: &'static str,
    pub copy_snippet: &'static str,
    pub close: &'static str,
    pub download: &'static str,
    pub download_png: &'static str,
    pub download_svg: &'static str,
    pub download_csv_short: &'static str,
    pub download_json_short: &'static str,
    pub open_full: &'static str,
    /// {shown}, {total}
    pub compare_omitted: &'static str,
    /// {shown}, {total}
    pub trend_omitted: &'static str,
    pub find_district: &'static str,
    /// {n}
    pub districts_count: &'static str,
    pub own_data_title: &'static str,
    pub own_data_help: &'static str,
    pub own_data_schema: &'static str,
    pub own_data_template: &'static str,
    pub own_data_file: &'static str,
    pub own_data_url: &'static str,
    pub own_data_load: &'static str,
    /// {title}, {source}
    pub own_data_showing: &'static str,
    pub own_data_back: &'static str,
    /// {source}
    pub own_data_failed: &'static str,
    /// {n}
    pub own_data_more: &'static str,
    pub own_data_kept: &'static str,
    pub skip_to_content: &'static str,
    pub language_switch: &'static str,
    pub language_switch_label: &'static str,
    pub views_label: &'static str,
    pub view_compare: &'static str,
    pub view_trend: &'static str,
    pub view_table: &'static str,
    pub view_coverage: &'static str,
    pub view_initiatives: &'static str,
    pub view_sources: &'static str,
    pub view_map: &'static str,
    pub metric: &'static str,
    pub all_metrics: &'static str,
    pub districts: &'static str,
    pub all_districts: &'static str,
    pub province: &'static str,
    pub all_provinces: &'static str,
    /// The province filter asks one question: which province, as of when.
    pub province_filter: &'static str,
    pub province_as_of: &'static str,
    pub province_at_report: &'static str,
    pub province_current: &'static str,
    pub years: &'static str,
    pub year_from: &'static str,
    pub year_to: &'static str,
    /// The year selects' "no bound" options, in words; {} is the year it means.
    pub year_from_open: &'static str,
    pub year_to_open: &'static str,
    pub period: &'static str,
    pub latest_per_district: &'static str,
    pub definition: &'static str,
    pub comparability: &'static str,
    pub not_reported: &'static str,
    /// {district}
    pub only_one_reports: &'static str,
    pub none_in_scope: &'static str,
    /// {district, value}, {district, value}
    pub summary_high_low: &'static str,
    /// {district, value}
    pub summary_single: &'static str,
    /// {list}
    pub summary_missing: &'static str,
    pub trend_ranges_note: &'static str,
    /// {n}
    pub trend_points: &'static str,
    pub chart_data_table: &'static str,
    pub col_district: &'static str,
    pub col_metric: &'static str,
    pub col_value: &'static str,
    pub col_period: &'static str,
    pub col_source: &'static str,
    pub col_quote: &'static str,
    pub col_topic: &'static str,
    pub sort_by: &'static str,
    /// {n}
    pub figures_count: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    pub coverage_intro: &'static str,
    pub col_initiatives: &'static str,
    /// {district}, {group}, {n}
    pub coverage_cell: &'static str,
    pub col_province: &'static str,
    /// How many units a province row adds up.
    pub col_units: &'static str,
    /// {n units}: why the rows are provinces, and how to see units.
    pub by_province: &'static str,
    /// {province}: the label of the button that lists a province's units.
    pub see_province: &'static str,
    /// {shown}, {total}
    pub shown_of: &'static str,
    /// {n}
    pub show_more: &'static str,
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub theme: &'static str,
    pub all_themes: &'static str,
    pub runner: &'static str,
    pub commune: &'static str,
    /// {n}
    pub initiatives_count: &'static str,
    pub total: &'static str,
    pub byline: &'static str,
    pub photo_credit: &'static str,
    pub outlet: &'static str,
    pub link: &'static str,
    pub report_period: &'static str,
    pub report_figures: &'static str,
    pub disagreements: &'static str,
    pub no_figures: &'static str,
    pub no_disagreements: &'static str,
    pub basis_printed: &'static str,
    pub basis_context: &'static str,
    pub basis_inferred: &'static str,
    pub former_district: &'static str,
    /// {the levels with their counts}
    pub levels_mixed: &'static str,
    /// A unit the link names and the data lacks.
    pub unknown_unit: &'static str,
    pub level_label: &'static str,
    pub source: &'static str,
    pub quote: &'static str,
    pub commune_level: &'static str,
    /// {built}, {n figures}, {n initiatives}, {n reports}
    pub footer: &'static str,
    /// The static page's own lines (see `snapshot`): while the app loads, and
    /// when it cannot run (no WebAssembly, or its file failed to arrive).
    pub loading_app: &'static str,
    /// {the dataset's address}
    pub loading_data: &'static str,
    pub notices_title: &'static str,
    pub dismiss: &'static str,
    pub chart_label: &'static str,
    pub no_data: &'static str,
    /// A view whose code arrives after the app's (`ui::later`).
    pub view_loading: &'static str,
    pub view_unavailable: &'static str,
    pub try_again: &'static str,
}

pub const VI: Strings = Strings {
    app_name: "Học tập và làm theo Bác: tra cứu số liệu",
    dataset_built: "dữ liệu tổng hợp ngày {}",
    sources_list: "Nguồn: {}",
    articles_count: "{} bài viết",
    printed_as: "Bài viết ghi: “{}”",
    printed_runner: "Bài viết ghi chủ thể thực hiện: “{}”",
    now_part_of: "Nay thuộc: {}",
    places_source: "Đơn vị hành chính từ ngày 1/7/2025 theo Nghị quyết số 202/2025/QH15 của Quốc hội (tỉnh, thành phố) và các nghị quyết năm 2025 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã; danh sách lấy từ tệp dữ liệu {}.",
    place_open: "Tìm xã, phường của bạn",
    place_title: "Tìm nơi bạn sống",
    place_hint: "Gõ tên xã, phường, đặc khu hiện nay, hoặc tên xã, huyện (cũ) trước ngày 1/7/2025. Có dấu hay không dấu đều được.",
    place_label: "Tên địa danh",
    place_loading: "Đang tải danh sách địa danh…",
    place_failed: "Không tải được danh sách địa danh ({}). Các phần khác của trang vẫn dùng được; vui lòng thử lại sau.",
    place_count: "{} kết quả",
    place_count_more: "{} kết quả; hiện {} kết quả đầu, vui lòng gõ thêm để thu hẹp",
    place_none: "Không tìm thấy địa danh nào",
    place_results: "Kết quả",
    place_was_in: "Trước ngày 1/7/2025, địa bàn này thuộc:",
    place_see: "Xem số liệu",
    place_see_figures: "Xem số liệu của {}",
    place_see_own: "Xem số liệu của {}",
    place_not_reported: "chưa có số liệu",
    place_none_reported: "Trang chưa có số liệu của huyện (cũ) nào có địa bàn tại đây.",
    place_unknown: "Không có địa danh này trong danh sách: “{}”",
    own_data_names: "Một số tên đơn vị không khớp với danh sách đơn vị hành chính. Số liệu vẫn hiển thị theo tên ghi trong dữ liệu, không đổi tên nào:",
    share: "Chia sẻ",
    copy_link: "Sao chép liên kết",
    copied: "Đã sao chép",
    copy_failed: "Không sao chép được; vui lòng chọn và sao chép nội dung trong ô bên dưới.",
    embed: "Nhúng",
    embed_title: "Nhúng chế độ xem này vào trang của bạn",
    embed_help: "Dán đoạn mã này vào bài viết. Khung tự điều chỉnh chiều cao theo nội dung.",
    copy_snippet: "Sao chép mã",
    close: "Đóng",
    download: "Tải về",
    download_png: "Ảnh PNG",
    download_svg: "Ảnh SVG",
    download_csv_short: "CSV",
    download_json_short: "JSON",
    open_full: "Mở trong trang đầy đủ",
    compare_omitted: "Hiện {} trong số {} {units} có số liệu: 10 {units} cao nhất, 10 {units} thấp nhất và các {units} được chọn hoặc tìm.",
    trend_omitted: "Hiện {} trong số {} {units} có số liệu: các {units} được chọn, sau đó là các {units} có nhiều số liệu nhất.",
    find_district: "Tìm {unit} để thêm vào biểu đồ",
    districts_count: "{} {units}",
    own_data_title: "Dùng dữ liệu khác",
    own_data_help: "Xem một bộ dữ liệu khác: một tệp JSON cùng định dạng, hoặc các tệp CSV của một gói dữ liệu (lưu từ LibreOffice Calc hay Excel), rời hay nén trong một tệp .zip. Chọn tệp, kéo thả vào ô bên dưới, hoặc nhập địa chỉ (của tệp JSON hay của datapackage.json). Dữ liệu được kiểm tra như dữ liệu gốc.",
    own_data_schema: "Định dạng (JSON Schema)",
    own_data_template: "Gói mẫu CSV và hướng dẫn",
    own_data_file: "Chọn hoặc thả tệp JSON, hay các tệp CSV",
    own_data_url: "Hoặc địa chỉ của tệp",
    own_data_load: "Tải",
    own_data_showing: "Đang xem dữ liệu khác: {} ({}).",
    own_data_back: "Quay lại dữ liệu gốc",
    own_data_failed: "Không dùng được dữ liệu từ {}:",
    own_data_more: "… và {} lỗi khác.",
    own_data_kept: "Dữ liệu đang hiển thị không thay đổi.",
    skip_to_content: "Chuyển đến nội dung chính",
    language_switch: "English",
    language_switch_label: "Switch to English",
    views_label: "Chế độ xem",
    view_compare: "So sánh",
    view_trend: "Xu hướng",
    view_table: "Bảng",
    view_coverage: "Mức độ có số liệu",
    view_initiatives: "Mô hình",
    view_sources: "Nguồn",
    view_map: "Bản đồ",
    metric: "Chỉ tiêu",
    all_metrics: "Tất cả chỉ tiêu",
    districts: "{Units}",
    all_districts: "Tất cả {units}",
    province: "Tỉnh, thành phố",
    all_provinces: "Tất cả tỉnh, thành phố",
    province_filter: "Lọc theo tỉnh, thành phố",
    province_as_of: "Tỉnh, thành phố tính theo",
    province_at_report: "thời điểm bài viết",
    province_current: "từ ngày 1/7/2025 (hiện nay)",
    years: "Năm",
    year_from: "Từ năm",
    year_to: "Đến năm",
    year_from_open: "năm đầu tiên ({})",
    year_to_open: "năm gần nhất ({})",
    period: "Thời gian",
    latest_per_district: "Mới nhất của mỗi {unit}",
    definition: "Khái niệm",
    comparability: "Lưu ý khi so sánh",
    not_reported: "Chưa có số liệu",
    only_one_reports: "Chỉ có bài viết về {} nêu chỉ tiêu này; không có {unit} nào khác để so sánh.",
    none_in_scope: "Không có bài viết nào về các {units} trong phạm vi đã chọn nêu chỉ tiêu này.",
    summary_high_low: "Cao nhất: {} ({}). Thấp nhất: {} ({}).",
    summary_single: "{}: {}.",
    summary_missing: "Bài viết về {} không nêu số liệu này.",
    trend_ranges_note: "Chấm: số liệu của một năm. Đoạn ngang: số liệu cho cả một khoảng thời gian. Đường nối chỉ nối hai năm liền nhau cùng có số liệu.",
    trend_points: "{} số liệu",
    chart_data_table: "Bảng số liệu của biểu đồ",
    col_district: "{Unit}",
    col_metric: "Chỉ tiêu",
    col_value: "Giá trị",
    col_period: "Thời gian",
    col_source: "Nguồn",
    col_quote: "Trích dẫn",
    col_topic: "Nội dung",
    sort_by: "Sắp xếp theo",
    figures_count: "{} số liệu",
    download_csv: "Tải CSV (mọi dòng đã lọc)",
    download_json: "Tải toàn bộ dữ liệu (JSON)",
    coverage_intro: "Mỗi ô cho biết bài viết về {unit} nêu bao nhiêu số liệu thuộc nhóm chỉ tiêu đó. Bấm vào một ô để xem các số liệu.",
    col_initiatives: "Mô hình được nêu tên",
    coverage_cell: "{}, {}: {} số liệu",
    col_province: "Tỉnh, thành phố",
    col_units: "Số {unit}",
    by_province: "Có {} {units}, quá nhiều để liệt kê trong một bảng. Mỗi dòng là tổng của các {units} thuộc một tỉnh, thành phố; bấm vào tên để xem từng {unit}.",
    see_province: "Xem các {units} của {}",
    shown_of: "Đang hiện {} trong số {}.",
    show_more: "Xem thêm {}",
    search: "Tìm",
    search_placeholder: "Tên mô hình, đơn vị, xã…",
    theme: "Lĩnh vực",
    all_themes: "Tất cả lĩnh vực",
    runner: "Chủ thể thực hiện",
    commune: "Xã",
    initiatives_count: "{} mô hình",
    total: "Tổng",
    byline: "Tác giả",
    photo_credit: "Ảnh",
    outlet: "Nguồn tin (như bài viết ghi)",
    link: "Đường dẫn",
    report_period: "Thời gian bài viết đề cập",
    report_figures: "Số liệu trong bài",
    disagreements: "Số liệu chưa thống nhất",
    no_figures: "Bài viết này không nêu số liệu định lượng nào; xem các mô hình được nêu tên.",
    no_disagreements: "Không thấy số liệu nào chưa thống nhất.",
    basis_printed: "ghi trong bài",
    basis_context: "ghi ở câu bên cạnh",
    basis_inferred: "suy ra",
    former_district: "huyện (cũ); cấp huyện kết thúc hoạt động từ ngày 1/7/2025",
    levels_mixed: "Dữ liệu có đơn vị nhiều cấp ({}). Biểu đồ và bảng chỉ so sánh các đơn vị cùng một cấp:",
    level_label: "Xem cấp",
    unknown_unit: "không có {unit} này trong dữ liệu",
    source: "Nguồn",
    quote: "Trích dẫn",
    commune_level: "số liệu cấp xã",
    footer: "Dữ liệu tổng hợp ngày {}: {} số liệu, {} mô hình, từ {} bài viết không ghi ngày đăng.",
    loading_app: "Đang tải trang tra cứu số liệu…",
    loading_data: "Đang tải dữ liệu từ {}…",
    notices_title: "Một phần của đường dẫn không dùng được và đã được bỏ qua:",
    dismiss: "Đóng",
    chart_label: "Biểu đồ",
    no_data: "Không có số liệu nào phù hợp với lựa chọn.",
    view_loading: "Đang tải chế độ xem này…",
    view_unavailable: "Không tải được phần này của trang. Vui lòng kiểm tra kết nối mạng.",
    try_again: "Thử lại",
};

pub const EN: Strings = Strings {
    app_name: "Following Ho Chi Minh's example: a figures explorer",
    dataset_built: "dataset compiled on {}",
    sources_list: "Sources: {}",
    articles_count: "{} articles",
    printed_as: "The article prints: “{}”",
    printed_runner: "The article prints who runs it as: “{}”",
    now_part_of: "Now part of: {}",
    places_source: "Administrative units since 1 July 2025 as set by the National Assembly's Resolution No. 202/2025/QH15 (provinces and cities) and the National Assembly Standing Committee's 2025 resolutions on arranging commune-level units; the list is taken from the data file {}.",
    place_open: "Find your commune or ward",
    place_title: "Find where you live",
    place_hint: "Type the name of a commune, ward or special zone of today, or of a former commune or former district (before 1 July 2025), with or without diacritics.",
    place_label: "Place name",
    place_loading: "Loading the list of places…",
    place_failed: "The list of places could not be loaded ({}). The rest of the page still works; please try again later.",
    place_count: "{} matches",
    place_count_more: "{} matches; the first {} shown, type more to narrow them",
    place_none: "No place found",
    place_results: "Matches",
    place_was_in: "Before 1 July 2025, this area was part of:",
    place_see: "See its figures",
    place_see_figures: "See the figures of {}",
    place_see_own: "See the figures of {}",
    place_not_reported: "no figure",
    place_none_reported: "The page has no figures for any former district that covered this area.",
    place_unknown: "No such place in the list: “{}”",
    own_data_names: "Some unit names do not match the list of administrative units. The figures are shown under the names in the data; no name was changed:",
    share: "Share",
    copy_link: "Copy link",
    copied: "Copied",
    copy_failed: "Could not copy; select and copy the field below.",
    embed: "Embed",
    embed_title: "Embed this view in your page",
    embed_help: "Paste this code into your article. The frame fits its height to the content.",
    copy_snippet: "Copy code",
    close: "Close",
    download: "Download",
    download_png: "PNG image",
    download_svg: "SVG image",
    download_csv_short: "CSV",
    download_json_short: "JSON",
    open_full: "Open the full explorer",
    compare_omitted: "Showing {} of {} {units} with a figure: the 10 highest, the 10 lowest and any chosen or searched for.",
    trend_omitted: "Showing {} of {} {units} with figures: those chosen, then those with the most figures.",
    find_district: "Find a {unit} to add to the chart",
    districts_count: "{} {units}",
    own_data_title: "Use other data",
    own_data_help: "Explore another dataset: one JSON file in the same format, or the CSV files of a data package (saved from LibreOffice Calc or Excel), loose or in one .zip. Choose files, drop them on the box below, or give an address (of the JSON file or of datapackage.json). It is checked like the shipped data.",
    own_data_schema: "The format (JSON Schema)",
    own_data_template: "CSV template package and guide",
    own_data_file: "Choose or drop a JSON file, or the CSV files",
    own_data_url: "Or the file's address",
    own_data_load: "Load",
    own_data_showing: "Showing other data: {} ({}).",
    own_data_back: "Back to the shipped data",
    own_data_failed: "The data from {} cannot be used:",
    own_data_more: "… and {} more problems.",
    own_data_kept: "The data on screen has not changed.",
    skip_to_content: "Skip to main content",
    language_switch: "Tiếng Việt",
    language_switch_label: "Chuyển sang tiếng Việt",
    views_label: "Views",
    view_compare: "Compare",
    view_trend: "Trend",
    view_table: "Table",
    view_coverage: "Coverage",
    view_initiatives: "Initiatives",
    view_sources: "Sources",
    view_map: "Map",
    metric: "Indicator",
    all_metrics: "All indicators",
    districts: "{Units}",
    all_districts: "All {units}",
    province: "Province or city",
    all_provinces: "All provinces and cities",
    province_filter: "Filter by province or city",
    province_as_of: "Provinces as of",
    province_at_report: "the time of the article",
    province_current: "1 July 2025 (current)",
    years: "Years",
    year_from: "From",
    year_to: "To",
    year_from_open: "the first year ({})",
    year_to_open: "the latest year ({})",
    period: "Period",
    latest_per_district: "Latest for each {unit}",
    definition: "Definition",
    comparability: "Note on comparability",
    not_reported: "No figure",
    only_one_reports: "Only the article on {} gives this indicator; there is no other {unit} to compare with.",
    none_in_scope: "No article on the {units} in the chosen scope gives this indicator.",
    summary_high_low: "Highest: {} ({}). Lowest: {} ({}).",
    summary_single: "{}: {}.",
    summary_missing: "Not given in the articles on {}.",
    trend_ranges_note: "Dot: a figure for one year. Horizontal bar: a figure for a whole span. Lines join only consecutive years that both have data.",
    trend_points: "{} figures",
    chart_data_table: "The chart's data as a table",
    col_district: "{Unit}",
    col_metric: "Indicator",
    col_value: "Value",
    col_period: "Period",
    col_source: "Source",
    col_quote: "Quote",
    col_topic: "About",
    sort_by: "Sort by",
    figures_count: "{} figures",
    download_csv: "Download CSV (every filtered row)",
    download_json: "Download the whole dataset (JSON)",
    coverage_intro: "Each cell is how many figures the article on the {unit} gives for the indicator group. Click a cell to see those figures.",
    col_initiatives: "Named initiatives",
    coverage_cell: "{}, {}: {} figures",
    col_province: "Province or city",
    col_units: "{Units}",
    by_province: "There are {} {units}, too many to list in one table. Each row adds up the {units} of a province or city; choose its name to see them one by one.",
    see_province: "See the {units} of {}",
    shown_of: "Showing {} of {}.",
    show_more: "Show {} more",
    search: "Search",
    search_placeholder: "Initiative, organisation, commune…",
    theme: "Theme",
    all_themes: "All themes",
    runner: "Run by",
    commune: "Commune",
    initiatives_count: "{} initiatives",
    total: "Total",
    byline: "By-line",
    photo_credit: "Photo",
    outlet: "Outlet (as the article names it)",
    link: "Link",
    report_period: "Period the article covers",
    report_figures: "Figures in the article",
    disagreements: "Figures that do not agree",
    no_figures: "This article gives no quantitative figures; see its named initiatives.",
    no_disagreements: "No figures found that do not agree.",
    basis_printed: "printed",
    basis_context: "stated nearby",
    basis_inferred: "inferred",
    former_district: "former district (the district level ceased to operate on 1 July 2025)",
    levels_mixed: "The data has units of several levels ({}). Charts and tables compare units of one level only:",
    level_label: "Show",
    unknown_unit: "no such {unit} in the data",
    source: "Source",
    quote: "Quote",
    commune_level: "commune-level figure",
    footer: "Dataset compiled on {}: {} figures, {} initiatives, from {} undated articles.",
    loading_app: "Loading the data explorer…",
    loading_data: "Loading the data from {}…",
    notices_title: "Part of the link could not be used and was ignored:",
    dismiss: "Dismiss",
    chart_label: "Chart",
    no_data: "No figure matches the current choices.",
    view_loading: "Loading this view…",
    view_unavailable: "This part of the page could not be loaded. Please check your connection.",
    try_again: "Try again",
};

/// What every exported file says about where it comes from: the explorer and
/// the day the dataset was compiled, then the source articles by their
/// titles, wrapped to lines an exported image holds.
pub fn attribution(data: &Dataset, reports: &[&Report], locale: Locale) -> Vec<String> {
    const LINE: usize = 150;
    let s = strings(locale);
    let mut lines = vec![format!("{} · {}", s.app_name, built(data, locale))];
    let cited: Vec<String> = if reports.len() > MAX_NAMED {
        vec![fill(
            s.articles_count,
            &[&format::count(reports.len(), locale)],
        )]
    } else {
        reports.iter().map(|r| cite(r)).collect()
    };
    let mut line = fill(s.sources_list, &[""]);
    for (i, c) in cited.iter().enumerate() {
        let piece = if i + 1 < cited.len() {
            format!("{c}; ")
        } else {
            c.clone()
        };
        if line.chars().count() + piece.chars().count() > LINE && !line.ends_with(": ") {
            lines.push(line.trim_end().to_string());
            line = String::new();
        }
        line.push_str(&piece);
    }
    lines.push(line);
    lines
}

/// An article as a reader looks it up: its title as printed, and its outlet
/// when the article names one.
pub fn cite(report: &Report) -> String {
    match &report.outlet {
        Some(outlet) => format!("“{}”, {outlet}", report.title),
        None => format!("“{}”", report.title),
    }
}

/// "dữ liệu tổng hợp ngày 22/11/2026" / "dataset compiled on 22 November 2026".
pub fn built(data: &Dataset, locale: Locale) -> String {
    fill(
        strings(locale).dataset_built,
        &[&format::date(&data.built, locale)],
    )
}

/// The page's footer line: the day, then what the dataset holds, counted.
pub fn footer(data: &Dataset, locale: Locale) -> String {
    let n = |k: usize| format::count(k, locale);
    fill(
        strings(locale).footer,
        &[
            &format::date(&data.built, locale),
            &n(data.figures.len()),
            &n(data.initiatives.len()),
            &n(data.reports.len()),
        ],
    )
}

/// The interface's strings for units of former districts, the shipped
/// data's level.
pub fn strings(locale: Locale) -> &'static Strings {
    strings_at(locale, Level::FormerDistrict)
}

/// The interface's strings with the units named by `level` ("xã",
/// "communes"). Made once per language and level, and kept for the page's
/// life. English in the page only once its part has arrived
/// ([`provide_english`]); before, Vietnamese (the app waits for the part
/// before it shows English, so a reader should never see this).
pub fn strings_at(locale: Locale, level: Level) -> &'static Strings {
    static MADE: [OnceLock<Vec<Strings>>; 2] = [OnceLock::new(), OnceLock::new()];
    let (locale, base) = match locale {
        Locale::En => match english() {
            Some(base) => (Locale::En, base),
            None => (Locale::Vi, &VI),
        },
        Locale::Vi => (Locale::Vi, &VI),
    };
    let made = MADE[usize::from(locale == Locale::En)].get_or_init(|| {
        Level::ALL
            .into_iter()
            .map(|level| adapt(base, locale, level))
            .collect()
    });
    &made[Level::ALL.iter().position(|l| *l == level).unwrap_or(0)]
}

/// The English strings: in the page, where they travel in a part of their
/// own (`ui::english`), once that has handed them over; natively, always.
fn english() -> Option<&'static Strings> {
    #[cfg(all(target_arch = "wasm32", not(feature = "reader")))]
    return ENGLISH.get().copied();
    #[cfg(not(all(target_arch = "wasm32", not(feature = "reader"))))]
    return Some(&EN);
}

static ENGLISH: OnceLock<&'static Strings> = OnceLock::new();

/// Takes the English strings (the English part of the page calls this).
pub fn provide_english(strings: &'static Strings) {
    let _ = ENGLISH.set(strings);
}

/// Whether English can be shown.
pub fn english_here() -> bool {
    english().is_some()
}

/// A unit of `level` as the interface names it: singular, plural, and both
/// capitalised (written out: case mapping would bring Unicode's tables into
/// the page).
pub fn unit_nouns(level: Level, locale: Locale) -> [&'static str; 4] {
    match (locale, level) {
        (Locale::Vi, Level::FormerDistrict) => {
            ["huyện (cũ)", "huyện (cũ)", "Huyện (cũ)", "Huyện (cũ)"]
        }
        (Locale::Vi, Level::Commune) => ["xã", "xã", "Xã", "Xã"],
        (Locale::Vi, Level::Ward) => ["phường", "phường", "Phường", "Phường"],
        (Locale::Vi, Level::SpecialZone) => ["đặc khu", "đặc khu", "Đặc khu", "Đặc khu"],
        (Locale::Vi, Level::Province) => [
            "tỉnh, thành phố",
            "tỉnh, thành phố",
            "Tỉnh, thành phố",
            "Tỉnh, thành phố",
        ],
        (Locale::En, Level::FormerDistrict) => [
            "former district",
            "former districts",
            "Former district",
            "Former districts",
        ],
        (Locale::En, Level::Commune) => ["commune", "communes", "Commune", "Communes"],
        (Locale::En, Level::Ward) => ["ward", "wards", "Ward", "Wards"],
        (Locale::En, Level::SpecialZone) => [
            "special zone",
            "special zones",
            "Special zone",
            "Special zones",
        ],
        (Locale::En, Level::Province) => [
            "province or city",
            "provinces and cities",
            "Province or city",
            "Provinces and cities",
        ],
    }
}

/// A level's name for the level filter: "xã", "huyện (cũ, trước 1/7/2025)".
pub fn level_name(level: Level, locale: Locale) -> &'static str {
    match (locale, level) {
        (Locale::Vi, Level::FormerDistrict) => "huyện (cũ, trước 1/7/2025)",
        (Locale::En, Level::FormerDistrict) => "former districts (before 1 July 2025)",
        (Locale::Vi, Level::Commune) => "xã",
        (Locale::En, Level::Commune) => "communes",
        (Locale::Vi, Level::Ward) => "phường",
        (Locale::En, Level::Ward) => "wards",
        (Locale::Vi, Level::SpecialZone) => "đặc khu",
        (Locale::En, Level::SpecialZone) => "special zones",
        (Locale::Vi, Level::Province) => "tỉnh, thành phố",
        (Locale::En, Level::Province) => "provinces and cities",
    }
}

fn adapt(base: &Strings, locale: Locale, level: Level) -> Strings {
    let [one, many, one_cap, many_cap] = unit_nouns(level, locale);
    // Leaked once per language and level: ten small sets of strings.
    let say = |template: &'static str| -> &'static str {
        if !template.contains('{') {
            return template;
        }
        let text = template
            .replace("{unit}", one)
            .replace("{units}", many)
            .replace("{Unit}", one_cap)
            .replace("{Units}", many_cap);
        Box::leak(text.into_boxed_str())
    };
    Strings {
        compare_omitted: say(base.compare_omitted),
        trend_omitted: say(base.trend_omitted),
        find_district: say(base.find_district),
        districts_count: say(base.districts_count),
        districts: say(base.districts),
        all_districts: say(base.all_districts),
        latest_per_district: say(base.latest_per_district),
        only_one_reports: say(base.only_one_reports),
        none_in_scope: say(base.none_in_scope),
        col_district: say(base.col_district),
        coverage_intro: say(base.coverage_intro),
        col_units: say(base.col_units),
        by_province: say(base.by_province),
        see_province: say(base.see_province),
        unknown_unit: say(base.unknown_unit),
        ..base.clone()
    }
}

/// More names than this are said as a count.
const MAX_NAMED: usize = 12;

/// Names when there are a few, a count when there are many (national scale).
pub fn names_or_count(names: &[&str], locale: Locale, level: Level) -> String {
    if names.len() > MAX_NAMED {
        fill_counted(
            strings_at(locale, level).districts_count,
            &[],
            names.len(),
            locale,
        )
    } else {
        listed(names, locale)
    }
}

/// `template` filled with `leading` and then the count `n` (its last `{}`),
/// grouped as the language does: in English a count of one takes its noun's
/// singular ("1 figure", not "1 figures").
pub fn fill_counted(template: &str, leading: &[&str], n: usize, locale: Locale) -> String {
    let count = crate::format::count(n, locale);
    let mut args = leading.to_vec();
    args.push(&count);
    let filled = fill(template, &args);
    if locale != Locale::En || n != 1 {
        return filled;
    }
    const PLURALS: [(&str, &str); 10] = [
        ("1 matches", "1 match"),
        ("1 figures", "1 figure"),
        ("1 initiatives", "1 initiative"),
        ("1 articles", "1 article"),
        ("1 former districts", "1 former district"),
        ("1 communes", "1 commune"),
        ("1 wards", "1 ward"),
        ("1 special zones", "1 special zone"),
        ("1 provinces and cities", "1 province or city"),
        ("1 more problems", "1 more problem"),
    ];
    let mut out = filled;
    for (many, one) in PLURALS {
        if let Some(at) = out.find(many)
            && !out[..at].ends_with(|c: char| c.is_ascii_digit() || c == ',')
        {
            out.replace_range(at..at + many.len(), one);
        }
    }
    out
}

/// Names as a sentence lists them: "A, B và C" / "A, B and C".
pub fn listed(names: &[&str], locale: Locale) -> String {
    let and = match locale {
        Locale::Vi => " và ",
        Locale::En => " and ",
    };
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(", ")),
    }
}

/// Fills each `{}` of `template` with the next of `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        out.push_str(args.next().copied().unwrap_or(""));
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

pub fn view_name(view: View, locale: Locale) -> &'static str {
    let s = strings(locale);
    match view {
        View::Compare => s.view_compare,
        View::Trend => s.view_trend,
        View::Table => s.view_table,
        View::Coverage => s.view_coverage,
        View::Initiatives => s.view_initiatives,
        View::Sources => s.view_sources,
        View::Map => s.view_map,
    }
}

pub fn basis(basis: Basis, locale: Locale) -> &'static str {
    let s = strings(locale);
    match basis {
        Basis::Printed => s.basis_printed,
        Basis::Context => s.basis_context,
        Basis::Inferred => s.basis_inferred,
    }
}

/// A notice as a reader reads it, units named by `level`. The quoted value
/// is shown as text by the UI.
pub fn notice(notice: &Notice, locale: Locale, level: Level) -> String {
    let vi = locale == Locale::Vi;
    let (what, value) = match notice {
        Notice::UnsupportedVersion(v) => (
            if vi {
                "phiên bản đường dẫn không được hỗ trợ"
            } else {
                "unknown link version"
            },
            v.as_str(),
        ),
        Notice::UnknownView(v) => (
            if vi {
                "không có chế độ xem này"
            } else {
                "no such view"
            },
            v.as_str(),
        ),
        Notice::UnknownMetric(v) => (
            if vi {
                "không có chỉ tiêu này"
            } else {
                "no such indicator"
            },
            v.as_str(),
        ),
        Notice::UnknownGroup(v) => (
            if vi {
                "không có nhóm chỉ tiêu này"
            } else {
                "no such indicator group"
            },
            v.as_str(),
        ),
        Notice::UnknownDistrict(v) => (strings_at(locale, level).unknown_unit, v.as_str()),
        Notice::UnknownProvince(v) => (
            if vi {
                "không có tỉnh, thành phố này trong dữ liệu"
            } else {
                "no such province or city in the data"
            },
            v.as_str(),
        ),
        Notice::UnknownProvinceMode(v) => (
            if vi {
                "không có mốc địa giới này"
            } else {
                "no such choice of boundaries"
            },
            v.as_str(),
        ),
        Notice::BadYear { key, value } => (
            match (*key, vi) {
                ("from", true) => "năm bắt đầu không hợp lệ hoặc ngoài phạm vi dữ liệu",
                (_, true) => "năm kết thúc không hợp lệ hoặc ngoài phạm vi dữ liệu",
                ("from", false) => "start year invalid or outside the data",
                (_, false) => "end year invalid or outside the data",
            },
            value.as_str(),
        ),
        Notice::SwappedYears => {
            return (if vi {
                "năm bắt đầu sau năm kết thúc: đã đổi chỗ hai năm"
            } else {
                "the start year was after the end year: the two were swapped"
            })
            .to_string();
        }
        Notice::UnknownPeriod(v) => (
            if vi {
                "không có khoảng thời gian này trong dữ liệu"
            } else {
                "no such period in the data"
            },
            v.as_str(),
        ),
        Notice::UnknownLanguage(v) => (
            if vi {
                "ngôn ngữ không được hỗ trợ"
            } else {
                "unsupported language"
            },
            v.as_str(),
        ),
        Notice::UnknownTheme(v) => (
            if vi {
                "không có lĩnh vực này"
            } else {
                "no such theme"
            },
            v.as_str(),
        ),
        Notice::UnknownLevel(v) => (
            if vi {
                "không có đơn vị cấp này trong dữ liệu"
            } else {
                "no units of that level in the data"
            },
            v.as_str(),
        ),
        Notice::UnknownSort(v) => (
            if vi {
                "không có cột sắp xếp này"
            } else {
                "no such column to sort by"
            },
            v.as_str(),
        ),
        Notice::BadEmbedId(v) => (
            if vi {
                "mã khung nhúng không hợp lệ"
            } else {
                "invalid embed id"
            },
            v.as_str(),
        ),
        Notice::BadDataUrl(v) => (
            if vi {
                "địa chỉ dữ liệu không dùng được"
            } else {
                "unusable dataset address"
            },
            v.as_str(),
        ),
        Notice::BadPlace(v) => (
            if vi {
                "không có địa danh này"
            } else {
                "no such place"
            },
            v.as_str(),
        ),
    };
    format!("{what}: “{value}”")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_names_its_units_at_every_level() {
        // A string with a unit token that `adapt` does not list would show
        // "{units}" to readers.
        for locale in [Locale::Vi, Locale::En] {
            for level in Level::ALL {
                let all = format!("{:?}", strings_at(locale, level));
                assert!(
                    !all.contains("{unit") && !all.contains("{Unit"),
                    "{locale:?} {level:?}"
                );
            }
        }
        assert_eq!(
            strings_at(Locale::Vi, Level::Ward).all_districts,
            "Tất cả phường"
        );
        assert_eq!(
            strings_at(Locale::En, Level::SpecialZone).col_district,
            "Special zone"
        );
        assert_eq!(
            strings(Locale::Vi).latest_per_district,
            "Mới nhất của mỗi huyện (cũ)"
        );
    }

    #[test]
    fn a_count_of_units_groups_its_thousands_as_the_language_does() {
        let names = vec!["Giả lập"; 2581];
        assert_eq!(
            names_or_count(&names, Locale::Vi, Level::Commune),
            "2.581 xã"
        );
        assert_eq!(
            names_or_count(&names, Locale::En, Level::Commune),
            "2,581 communes"
        );
    }

    #[test]
    fn templates_fill_in_order_and_tolerate_missing_arguments() {
        assert_eq!(
            fill("Cao nhất: {} ({}).", &["Thoại Sơn", "1,32%"]),
            "Cao nhất: Thoại Sơn (1,32%)."
        );
        assert_eq!(fill("{} và {}", &["a"]), "a và ");
        assert_eq!(fill("không có", &["x"]), "không có");
    }

    #[test]
    fn notices_quote_the_ignored_value_in_the_readers_language() {
        let n = Notice::UnknownDistrict("<b>x</b>".into());
        assert_eq!(
            notice(&n, Locale::Vi, Level::FormerDistrict),
            "không có huyện (cũ) này trong dữ liệu: “<b>x</b>”"
        );
        assert_eq!(
            notice(&n, Locale::En, Level::FormerDistrict),
            "no such former district in the data: “<b>x</b>”"
        );
        assert_eq!(
            notice(&n, Locale::Vi, Level::Ward),
            "không có phường này trong dữ liệu: “<b>x</b>”"
        );
    }

    #[test]
    fn an_attribution_names_the_articles_and_wraps_to_lines_an_image_holds() {
        let data = crate::data::shipped().unwrap();
        let all: Vec<&Report> = data.reports.iter().collect();
        let lines = attribution(data, &all, Locale::Vi);
        assert_eq!(
            lines[0],
            "Học tập và làm theo Bác: tra cứu số liệu · dữ liệu tổng hợp ngày 22/11/2026"
        );
        assert!(
            lines.len() > 2,
            "five titles need more than one line: {lines:?}"
        );
        assert!(lines[1].starts_with("Nguồn: “"), "{lines:?}");
        let text = lines.join(" ");
        for r in &data.reports {
            assert!(text.contains(&r.title), "{} is cited: {lines:?}", r.file);
            assert!(!text.contains(&r.file), "no file name: {lines:?}");
        }
        assert!(text.contains(
            "“Chuyển biến tích cực qua 3 năm thực hiện Kết luận số 01-KL/TW”, Báo Long An"
        ));
        for line in &lines {
            assert!(line.chars().count() <= 150 + 110, "{line}");
        }
    }

    #[test]
    fn the_footer_counts_and_dates_as_the_language_writes_them() {
        let data = crate::data::shipped().unwrap();
        assert_eq!(
            footer(data, Locale::Vi),
            "Dữ liệu tổng hợp ngày 22/11/2026: 47 số liệu, 51 mô hình, từ 5 bài viết không ghi ngày đăng."
        );
        assert_eq!(
            footer(data, Locale::En),
            "Dataset compiled on 22 November 2026: 47 figures, 51 initiatives, from 5 undated articles."
        );
    }
}
