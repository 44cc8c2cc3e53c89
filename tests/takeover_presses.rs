//! No tap is lost when the app takes over: a press that begins on the static
//! page and ends after the app has replaced it counts, once, as the reader
//! meant it (`public/boot.js` holds the takeover while a pointer or a key is
//! down on the static page). Presses at random moments around the takeover,
//! seeded, in Chromium, Firefox and WebKit: the server holds the app's
//! WebAssembly and lets it go at a random moment of the press, and each
//! press must end on the view its tab names.

mod support;

use std::time::Duration;

use fantoccini::actions::{InputSource, KeyAction, KeyActions, MouseActions, PointerAction};
use serde_json::json;
use support::Rng;
use support::browser::{Browser, Engine, SETTLED};
use support::server::StaticServer;

/// Presses per engine.
const PRESSES: u64 = 30;

/// One press: on which tab, by pointer or key, held how long, and when the
/// server lets the app's files go, counted from the press's start.
#[derive(Debug)]
struct Press {
    view: &'static str,
    by_key: bool,
    hold_ms: u64,
    release_ms: u64,
}

impl Press {
    fn draw(rng: &mut Rng) -> Press {
        // Not Compare, the view the page opens on: every press changes the view.
        let views = &support::VIEWS[1..];
        Press {
            view: views[rng.below(views.len())],
            by_key: rng.below(4) == 0,
            hold_ms: 40 + rng.below(360) as u64,
            release_ms: rng.below(700) as u64,
        }
    }
}

/// When the press went down and up, and when the app replaced the static
/// page, in the page's clock: to print where each press fell.
const TIMES: &str = "return window.__times";
const WATCH: &str = "window.__times = {}; \
    addEventListener('pointerdown', e => __times.down ??= e.timeStamp, true); \
    addEventListener('pointerup', e => __times.up ??= e.timeStamp, true); \
    addEventListener('keydown', e => __times.down ??= e.timeStamp, true); \
    addEventListener('keyup', e => __times.up ??= e.timeStamp, true); \
    const app = document.getElementById('app'); \
    if (!app) return document.URL + ' ' + document.documentElement.outerHTML.slice(0, 300); \
    new MutationObserver(() => { if (!document.getElementById('snapshot')) __times.takeover ??= performance.now(); }) \
      .observe(app, { childList: true });";

async fn press(browser: &Browser, site: &StaticServer, p: &Press) {
    let tab = browser
        .client
        .find(fantoccini::Locator::Css(&format!(
            "#snapshot a.tab[data-view={}]",
            p.view
        )))
        .await
        .expect("the static page's tab");
    let release = async {
        tokio::time::sleep(Duration::from_millis(p.release_ms)).await;
        site.release();
    };
    let hold = Duration::from_millis(p.hold_ms);
    if p.by_key {
        // The keyboard: the tab focused (which starts the app, as a
        // pointer over it does), then Enter held.
        browser
            .client
            .execute("arguments[0].focus()", vec![json!(tab)])
            .await
            .expect("focus");
        let keys = KeyActions::new("keys".into())
            .then(KeyAction::Down { value: '\u{E007}' })
            .then(KeyAction::Pause { duration: hold })
            .then(KeyAction::Up { value: '\u{E007}' });
        let (done, ()) = tokio::join!(browser.client.perform_actions(keys), release);
        done.expect("the key press");
    } else {
        let mouse = MouseActions::new("mouse".into())
            .then(PointerAction::MoveToElement {
                element: tab,
                duration: Some(Duration::from_millis(0)),
                x: 0.0,
                y: 0.0,
            })
            .then(PointerAction::Down { button: 0 })
            .then(PointerAction::Pause { duration: hold })
            .then(PointerAction::Up { button: 0 });
        let (done, ()) = tokio::join!(browser.client.perform_actions(mouse), release);
        done.expect("the press");
    }
    let _ = browser.client.release_actions().await;
}

async fn presses_in(engine: Engine, seed: u64) {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = Browser::start_in(engine, 1024, 768).await;
    let mut rng = Rng(seed);
    let mut lost = Vec::new();
    for n in 0..PRESSES {
        let p = Press::draw(&mut rng);
        site.hold_wasm();
        browser
            .goto(&format!("{}?press={seed}-{n}", site.url))
            .await;
        // chromedriver can return from a navigation before the new page is
        // parsed (the last page's app writing its address as it goes).
        browser
            .wait_until(
                "return document.readyState === 'complete' && !!document.getElementById('app')",
                10,
            )
            .await;
        let watching = browser.js(WATCH).await;
        assert!(watching.is_null(), "not the page: {watching}");
        press(&browser, &site, &p).await;
        // However it fell, the press must end on its view.
        let settled = async {
            for _ in 0..200 {
                if browser.js(SETTLED).await == json!(true) {
                    return true;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            false
        }
        .await;
        let shown = browser
            .js("return document.querySelector('.tabs a.tab[aria-current=page]')?.dataset.view ?? null")
            .await;
        let address = browser.query_string().await;
        if !settled || shown != json!(p.view) || !address.contains(&format!("view={}", p.view)) {
            lost.push(format!(
                "press {n} {p:?}: settled {settled}, shown {shown}, address {address}, times {}",
                browser.js(TIMES).await
            ));
        }
        browser.assert_no_fatal().await;
    }
    browser.close().await;
    assert!(
        lost.is_empty(),
        "{engine:?}, seed {seed}: {} of {PRESSES} presses did not reach their view:\n{}",
        lost.len(),
        lost.join("\n")
    );
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "{engine:?}, seed {seed}: {PRESSES} presses, each reached its view"
    );
}

/// The seed: `TAKEOVER_SEED` to replay a failure, else one per run, printed.
fn seed() -> u64 {
    let seed = std::env::var("TAKEOVER_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_secs())
        })
        .max(1);
    // Past the test harness's capture, so every run's log says its seed.
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "takeover presses: TAKEOVER_SEED={seed}");
    seed
}

#[tokio::test(flavor = "multi_thread")]
async fn presses_around_the_takeover_reach_their_view_in_chromium() {
    presses_in(Engine::Chromium, seed()).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn presses_around_the_takeover_reach_their_view_in_firefox() {
    presses_in(Engine::Firefox, seed()).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn presses_around_the_takeover_reach_their_view_in_webkit() {
    presses_in(Engine::WebKit, seed()).await;
}
