//! Every name that crosses between the page's Rust, its stylesheet and its
//! scripts (`public/*.js`), written once here: the classes `boot.js` puts on
//! `<html>` (and one on the tabs), the event and the globals the two sides
//! call each other through, and the `data-` attributes one writes and the
//! other reads. Rust code uses these constants; the bake hands the
//! selectors the script looks for in `data-hand-over`
//! (`snapshot::handover`); `tests/shared_names.rs` reads the scripts and
//! the stylesheet, and fails on a name they use that [`SHARED`] does not
//! list, or one listed that they no longer use.

/// What kind of name, which says where the test looks for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A class `boot.js` or the app puts on `<html>` (or on a tab).
    Class,
    /// An event the app dispatches on `document` for `boot.js`.
    Event,
    /// A global of the page (`self`), set by a script.
    Global,
    /// A `data-` attribute.
    Attribute,
}

/// One shared name: what it is, and whether the stylesheet reads it.
pub struct Shared {
    pub name: &'static str,
    pub kind: Kind,
    pub in_css: bool,
}

/// `boot.js` ran: the static page's controls work, and wait for the app.
pub const JS: &str = "js";
/// The reader asked to save data: parts are fetched only when needed.
pub const SAVE_DATA: &str = "save-data";
/// The link asks for another state than the default view.
pub const STATE_OTHER: &str = "state-other";
/// The page is in English, or a link asked for it.
pub const LANG_EN: &str = "lang-en";
/// The reader tapped "English" before the app ran.
pub const WANTS_ENGLISH: &str = "wants-english";
/// An embed (`embed=`): the frame shows one view.
pub const EMBED: &str = "embed";
/// The app runs but waits (for English) before it mounts.
pub const APP_WAITS: &str = "app-waits";
/// A choice waits for the app; the loading line says so.
pub const APP_LOADING: &str = "app-loading";
/// The view the reader asked for is hidden until the app draws it.
pub const VIEW_PENDING: &str = "view-pending";
/// The browser cannot run the app.
pub const WASM_FAILED: &str = "wasm-failed";
/// The app's files did not arrive.
pub const WASM_LOST: &str = "wasm-lost";
/// The link's own view is lost with them.
pub const LINK_LOST: &str = "link-lost";
/// The tab of the view shown.
pub const ACTIVE: &str = "active";

/// Dispatched on `document` once the app has mounted.
pub const MOUNTED: &str = "lamtheobac-mounted";

/// The global through which boot.js lets the app replace the static page:
/// it calls back, synchronously, once nothing of the page is in the reader's
/// hands (no pointer or key pressed on it, no list open).
pub const WHEN_FREE: &str = "lamtheobacWhenFree";
/// Fetches a `.wasm` compressed whatever the server does (`compressed_fetch.js`);
/// the split's loader fetches each part through it.
pub const FETCH_WASM: &str = "lamtheobacFetchWasm";
/// Fetches a text file the same way (the places index, `worker.rs`).
pub const FETCH_TEXT: &str = "lamtheobacFetchText";
/// Fetches and compiles a `.wasm` (boot.js for the app, the dataset reader's worker).
pub const COMPILE_WASM: &str = "lamtheobacCompileWasm";
/// Fetches a part ahead, for the split's loader to take (boot.js).
pub const FETCH_AHEAD: &str = "lamtheobacFetchAhead";
/// Asks the server early whether it compresses (boot.js).
pub const ASK_SERVER: &str = "lamtheobacAskServer";
/// The app's twin of a static control, for the hand-over test.
pub const TWIN: &str = "lamtheobacTwin";

/// On `<html>`: the link format's keys (`url::KEYS`).
pub const STATE_KEYS: &str = "data-state-keys";
/// On `<html>`: the hand-over's list (`snapshot::handover`).
pub const HAND_OVER: &str = "data-hand-over";
/// On boot.js's tag (Trunk.toml's `pattern_script`): the app's JS and `.wasm`.
pub const APP_JS: &str = "data-app-js";
pub const APP_WASM: &str = "data-app-wasm";
/// On boot.js's tag (`snapshot::split`): the parts a tap on another view,
/// or on English, needs before the app has arrived.
pub const VIEWS_PART: &str = "data-views-part";
pub const ENGLISH_PART: &str = "data-english-part";
/// On the loading line: its words, written when a choice waits.
pub const TEXT: &str = "data-text";
/// On a tab: its view's link code.
pub const VIEW: &str = "data-view";
/// On a portal's `<iframe>` of an embed (the snippet `url::embed_snippet`
/// writes): `embed.js` sets its height.
pub const EMBED_FRAME: &str = "data-lamtheobac";

/// The small file that tells whether the server sends the site's files
/// compressed: the bake writes it (`snapshot::probe`) with a `.gz` and a
/// `.br` beside it, and boot.js asks for it once a visit.
pub const COMPRESSION_PROBE: &str = "compression-probe.wasm";

const fn class(name: &'static str, in_css: bool) -> Shared {
    Shared {
        name,
        kind: Kind::Class,
        in_css,
    }
}

const fn named(name: &'static str, kind: Kind) -> Shared {
    Shared {
        name,
        kind,
        in_css: false,
    }
}

/// Every shared name.
pub const SHARED: &[Shared] = &[
    class(JS, true),
    class(SAVE_DATA, false),
    class(STATE_OTHER, true),
    class(LANG_EN, true),
    class(WANTS_ENGLISH, false),
    class(EMBED, true),
    class(APP_WAITS, false),
    class(APP_LOADING, true),
    class(VIEW_PENDING, true),
    class(WASM_FAILED, true),
    class(WASM_LOST, true),
    class(LINK_LOST, true),
    class(ACTIVE, true),
    named(MOUNTED, Kind::Event),
    named(WHEN_FREE, Kind::Global),
    named(FETCH_WASM, Kind::Global),
    named(FETCH_TEXT, Kind::Global),
    named(COMPILE_WASM, Kind::Global),
    named(FETCH_AHEAD, Kind::Global),
    named(ASK_SERVER, Kind::Global),
    named(TWIN, Kind::Global),
    named(STATE_KEYS, Kind::Attribute),
    named(HAND_OVER, Kind::Attribute),
    named(APP_JS, Kind::Attribute),
    named(APP_WASM, Kind::Attribute),
    named(VIEWS_PART, Kind::Attribute),
    named(ENGLISH_PART, Kind::Attribute),
    named(TEXT, Kind::Attribute),
    named(VIEW, Kind::Attribute),
    named(EMBED_FRAME, Kind::Attribute),
];
