//! The two languages the page speaks. Its own module, below both the data
//! (whose texts come in both) and the number formatting (`format`).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    Vi,
    En,
}

impl Locale {
    pub fn code(self) -> &'static str {
        match self {
            Locale::Vi => "vi",
            Locale::En => "en",
        }
    }

    /// The decimal mark and the thousands separator.
    pub fn separators(self) -> (char, char) {
        match self {
            Locale::Vi => (',', '.'),
            Locale::En => ('.', ','),
        }
    }
}
