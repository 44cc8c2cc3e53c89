//! The hand-over's contract, in one list: what `public/boot.js` looks for on
//! the static page, and how it finds, in the running app, the element a
//! reader used there. The bake writes it onto `<html>` as `data-hand-over`
//! (JSON), beside `data-state-keys`; boot.js reads it and names no id or
//! class of its own. `tests/handover_in_chromium.rs` checks that every
//! control the static page offers has its twin in the app, and that each
//! selector here still finds what it names on both pages.

/// The static page's root: `<div id="snapshot">`, replaced by the app.
pub const ROOT_ID: &str = "snapshot";

/// A view's tab, on both pages; `.active` marks the one shown.
pub const TAB: &str = "a.tab";

/// The controls the static page draws disabled (they need the app), and
/// boot.js enables while it waits for it. "All districts" stays disabled,
/// as in the app, while all are chosen.
pub const ENABLE: &str = "[disabled]:not(.link-button)";

/// Where a reader's pointer, finger or keyboard focus means they want the app.
pub const WANTS_APP: &str =
    ".tabs, .masthead button, .controls, .snapshot-box, .download-bar, .share-tools";

/// The live line that says a choice waits for the app (its words in `data-text`).
pub const LOADING_LINE: &str = "app-loading-line";

/// The masthead's language switch: a tap on it before the app has arrived
/// fetches English beside the app (`ui::english`).
pub const LANG_SWITCH: &str = ".lang-switch";

/// How an element of the static page names its twin in the app: the first
/// rule whose `here` it matches gives `there`, with `{}` replaced by the
/// value of its attribute `by` (CSS-escaped; no attribute when `by` is empty).
pub struct Twin {
    pub here: &'static str,
    pub by: &'static str,
    pub there: &'static str,
}

pub const TWINS: &[Twin] = &[
    // Lists, buttons and the language switch keep their ids in the app.
    Twin {
        here: "[id]:not([id=\"\"])",
        by: "id",
        there: "#{}",
    },
    Twin {
        here: TAB,
        by: "data-view",
        there: ".tabs a.tab[data-view=\"{}\"]",
    },
    Twin {
        here: "input[name=district]",
        by: "value",
        there: "input[name=\"district\"][value=\"{}\"]",
    },
    Twin {
        here: "[data-format]",
        by: "data-format",
        there: ".download-bar [data-format=\"{}\"]",
    },
    Twin {
        here: ".data-table summary",
        by: "",
        there: ".data-table summary",
    },
];

/// The list as the JSON boot.js parses: no `'`, `&` or `<` in it (a test
/// checks), so it goes into a single-quoted attribute as it is.
pub fn json() -> String {
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct List {
        root: String,
        tab: &'static str,
        enable: &'static str,
        wants_app: &'static str,
        loading_line: String,
        twins: Vec<[&'static str; 3]>,
        when_free: &'static str,
        lang_switch: &'static str,
        first_view: &'static str,
    }
    serde_json::to_string(&List {
        root: format!("#{ROOT_ID}"),
        tab: TAB,
        enable: ENABLE,
        wants_app: WANTS_APP,
        loading_line: format!(".{LOADING_LINE}"),
        twins: TWINS.iter().map(|t| [t.here, t.by, t.there]).collect(),
        when_free: crate::page_names::WHEN_FREE,
        lang_switch: LANG_SWITCH,
        // The view the first part draws; any other is in a later part.
        first_view: crate::state::State::default().view.code(),
    })
    .expect("strings serialise")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_json_boot_js_can_read() {
        let json = json();
        assert!(!json.contains(['\'', '&', '<']), "{json}");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["root"], "#snapshot");
        assert_eq!(v["twins"].as_array().unwrap().len(), TWINS.len());
        assert_eq!(v["twins"][2][2], "input[name=\"district\"][value=\"{}\"]");
    }

    #[test]
    fn each_twin_names_one_place_for_its_value() {
        for t in TWINS {
            let slots = t.there.matches("{}").count();
            assert_eq!(slots, usize::from(!t.by.is_empty()), "{}", t.there);
        }
    }
}
