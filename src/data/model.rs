//! The dataset's types, exactly as they stand in `public/data/dataset.json`.
//!
//! Unknown fields are rejected everywhere: a misspelt field in a hand-edited
//! or third-party file must be an error, not a silently missing value. The
//! field names of `figures` (`report`, `value`, `evidence`, ...) are a public
//! contract read by tools outside the app; rename nothing here lightly.
//! One field is not data: [`Dataset::derived`] keeps what is worked out from
//! the records once, and is never read, written or compared.

use serde::{Deserialize, Serialize};

/// The format tag every dataset file carries, so a wrong file is named as such.
pub const FORMAT: &str = "lam-theo-bac/dataset";
/// The only format version this build reads.
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub format: String,
    pub version: u32,
    /// The day the dataset was compiled (YYYY-MM-DD), shown in attributions.
    pub built: String,
    pub title: Text,
    pub notes: Text,
    pub groups: Vec<Group>,
    pub themes: Vec<Theme>,
    pub reports: Vec<Report>,
    pub districts: Vec<District>,
    pub metrics: Vec<Metric>,
    pub figures: Vec<Figure>,
    pub initiatives: Vec<Initiative>,
    pub relations: Vec<Relation>,
    pub disagreements: Vec<Disagreement>,
    #[serde(skip)]
    pub derived: Derived,
}

/// What is worked out from a dataset's records on first use and kept, for
/// questions asked on every redraw. A dataset is not changed once read.
#[derive(Clone, Default)]
pub struct Derived {
    /// The position of the metric shown when none is chosen
    /// (`query::default_metric`).
    pub default_metric: std::sync::OnceLock<Option<usize>>,
}

/// Not part of the data: two datasets with the same records are equal.
impl PartialEq for Derived {
    fn eq(&self, _: &Derived) -> bool {
        true
    }
}

impl std::fmt::Debug for Derived {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Derived")
    }
}

/// A string in both of the app's languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub vi: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: String,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// The source file name, exactly; figures cite the report by it.
    pub file: String,
    pub district: String,
    /// The headline as printed.
    pub title: String,
    pub byline: Option<String>,
    /// A photo credit as printed, when the report has one and no by-line.
    pub credit: Option<String>,
    /// The outlet as named in the report or its printed URL.
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// The span the report covers; the reports are undated, so `period.note`
    /// says how it was read from the text.
    pub period: Period,
}

/// An enum that files and links name by a code ("per_10000"): each code is
/// written once, in the enum's definition, and serves serde (the JSON file
/// and the shipped binary), the CSV writer and reader, and links.
pub trait Coded: Copy + 'static {
    /// Every variant, in the order lists name them.
    fn all() -> &'static [Self];
    fn code(self) -> &'static str;
    fn from_code(code: &str) -> Option<Self> {
        Self::all().iter().copied().find(|v| v.code() == code)
    }
}

macro_rules! coded {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal, )+
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant, )+
        }

        impl $name {
            pub const ALL: [$name; <[&str]>::len(&[$($code),+])] = [$($name::$variant),+];

            /// The code files and links use.
            pub fn code(self) -> &'static str {
                match self {
                    $( $name::$variant => $code, )+
                }
            }

            pub fn from_code(code: &str) -> Option<$name> {
                <$name as Coded>::from_code(code)
            }
        }

        impl Coded for $name {
            fn all() -> &'static [Self] {
                &$name::ALL
            }
            fn code(self) -> &'static str {
                $name::code(self)
            }
        }
    };
}

coded! {
    /// A unit's place among Vietnam's local governments. Since 1 July 2025 there
    /// are two levels: 34 provinces and cities, and 3,321 commune-level units
    /// (communes, wards, special zones); the districts were abolished that day.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Level {
        /// A district as it was before 1 July 2025 ("huyện cũ"). Files of format
        /// version 1 written before levels existed hold only these.
        #[default]
        FormerDistrict = "former_district",
        /// "xã"
        Commune = "commune",
        /// "phường"
        Ward = "ward",
        /// "đặc khu"
        SpecialZone = "special_zone",
        /// "tỉnh", "thành phố": a whole province or city.
        Province = "province",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct District {
    pub id: String,
    pub name: String,
    /// The unit's level; absent in files written before levels existed,
    /// which hold former districts only.
    #[serde(default)]
    pub level: Level,
    /// The province at the time of the report.
    pub province: ProvinceAtReport,
    /// The province since the 1 July 2025 reorganisation.
    pub province_2025: ProvinceNow,
    /// The day the district level was abolished (YYYY-MM-DD), if it was.
    pub abolished: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvinceAtReport {
    pub name: String,
    pub basis: Basis,
    pub note: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvinceNow {
    pub name: String,
    pub note: Text,
}

coded! {
    /// How a province or period was established.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Basis {
        /// Stated in the sentence that gives the figure (or in the report, for a province).
        Printed = "printed",
        /// Stated nearby: the same paragraph or the sentence before.
        Context = "context",
        /// Read from the report as a whole; the note says how.
        Inferred = "inferred",
    }
}

coded! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Unit {
        Count = "count",
        Percent = "percent",
        /// Vietnamese đồng.
        Vnd = "vnd",
        /// A rate per ten thousand people.
        Per10000 = "per_10000",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    pub id: String,
    pub group: String,
    pub unit: Unit,
    /// What a count counts ("hội nghị" / "conferences"); none for rates and money.
    pub counts: Option<Text>,
    pub label: Text,
    pub definition: Text,
    /// Where districts count different things under similar names.
    pub comparability: Option<Text>,
}

/// A period: `start` and `end` are "YYYY" or "YYYY-MM"; one year has start == end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub start: String,
    pub end: String,
    pub basis: Basis,
    pub note: Option<Text>,
}

coded! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Qualifier {
        /// "hơn", "trên": more than.
        MoreThan = "more_than",
        /// "ít nhất": at least.
        AtLeast = "at_least",
        /// "dưới": less than.
        LessThan = "less_than",
        /// "khoảng", "gần": about.
        About = "about",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    /// The source file name, exactly.
    pub report: String,
    pub district: String,
    /// Set when the figure is about one commune rather than the district.
    pub commune: Option<String>,
    pub metric: String,
    /// What the figure is about within its metric, as the report names it
    /// (a study theme, a campaign): tells apart figures of one metric and period.
    pub topic: Option<String>,
    /// The number in plain notation: "2,1 tỷ đồng" is 2100000000.
    pub value: f64,
    pub unit: Unit,
    /// The number as the report writes it; it stands inside `evidence`.
    pub printed: String,
    pub qualifier: Option<Qualifier>,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    pub period: Period,
    /// The few words around the figure, quoted exactly (at most 12 words).
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    pub id: String,
    pub report: String,
    pub district: String,
    /// The name as printed, or corrected where the article misspells it
    /// (then `printed` keeps the article's words).
    pub name: String,
    /// Our English rendering of the name.
    pub name_en: String,
    /// Who runs it, as the article names them (corrected likewise).
    pub runner: Option<String>,
    pub commune: Option<String>,
    pub theme: String,
    pub note: Option<Text>,
    /// The article's own words, verbatim, where `name` or `runner` corrects
    /// its spelling (GLOSSARY.md lists the corrections); the page shows both.
    /// Absent in most rows, so optional in the JSON; always written, as the
    /// compiled-in binary form has no field names to skip by.
    #[serde(default)]
    pub printed: Option<String>,
}

/// Arithmetic the report implies between its own figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub id: String,
    pub kind: RelationKind,
    pub total: String,
    pub parts: Vec<String>,
    pub note: Text,
}

coded! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    pub enum RelationKind {
        /// `total` should equal the sum of `parts`.
        Sum = "sum",
    }
}

/// A place where a report's own numbers do not agree. The numbers stay as
/// printed; this record is what makes the disagreement visible.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    pub id: String,
    pub kind: DisagreementKind,
    pub report: String,
    /// The relation that fails, for a `sum_mismatch`.
    pub relation: Option<String>,
    pub figures: Vec<String>,
    pub note: Text,
}

coded! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    pub enum DisagreementKind {
        /// A total that is not the sum of its parts.
        SumMismatch = "sum_mismatch",
        /// A rate that does not match its own fraction within the printed rounding.
        RateMismatch = "rate_mismatch",
        /// The same number given for different things or years.
        RepeatedValue = "repeated_value",
    }
}
