//! Whatever a reader does on the static page before the app has arrived ends
//! exactly where the same actions in the running app end: the address, the
//! tab, every list's value, the ticked districts, the language; and nothing
//! stays hidden (`public/boot.js`). Randomised but seeded: each seed draws a
//! few actions from every control of the static page, done while the app's
//! `.wasm` is held back, then done again, as a reader would, on the app alone.

mod support;

use serde_json::{Value, json};
use support::Rng;
use support::VIEWS;
use support::browser::{Browser, SETTLED};
use support::server::StaticServer;

/// The lists of the static page, by id (the app's have the same ids).
const LISTS: [&str; 6] = [
    "metric",
    "period",
    "province",
    "province-mode",
    "year-from",
    "year-to",
];

/// A reader's action, named by what finds its control on either page.
#[derive(Debug, Clone)]
enum Act {
    Choose(&'static str, String),
    Tick(String),
    Tab(&'static str),
    Language,
}

/// What the reader ends with, as the page shows and links it.
const OUTCOME: &str = "return { \
    query: location.search, \
    lang: document.documentElement.lang, \
    tab: document.querySelector('.tabs a.tab[aria-current=page]')?.dataset.view ?? null, \
    lists: Object.fromEntries([...document.querySelectorAll('select[id]')].map(s => [s.id, s.value])), \
    ticked: [...document.querySelectorAll('input[name=district]:checked')].map(i => i.value), \
    hidden: getComputedStyle(document.getElementById('view')).visibility !== 'visible' \
      || document.documentElement.classList.contains('app-loading') }";

async fn strings(browser: &Browser, script: &str) -> Vec<String> {
    browser
        .js(script)
        .await
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Draws `n` actions from the static page's controls and does them there.
async fn on_the_static_page(browser: &Browser, rng: &mut Rng, n: usize) -> Vec<Act> {
    let mut done = Vec::new();
    while done.len() < n {
        let act = match rng.below(4) {
            0 => {
                let id = LISTS[rng.below(LISTS.len())];
                let options = strings(
                    browser,
                    &format!(
                        "const s = document.querySelector('#snapshot #{id}'); \
                         return [...s.options].map(o => o.value).filter(v => v !== s.value)"
                    ),
                )
                .await;
                if options.is_empty() {
                    continue;
                }
                Act::Choose(id, options[rng.below(options.len())].clone())
            }
            1 => {
                let districts = strings(
                    browser,
                    "return [...document.querySelectorAll('#snapshot input[name=district]')].map(i => i.value)",
                )
                .await;
                Act::Tick(districts[rng.below(districts.len())].clone())
            }
            2 => Act::Tab(VIEWS[rng.below(VIEWS.len())]),
            _ => Act::Language,
        };
        act_on(browser, "#snapshot ", &act).await;
        done.push(act);
    }
    done
}

/// Does `act` as a reader would, on the control `scope` finds; a control or
/// a choice the page does not offer (the app hides other provinces'
/// districts, a metric's periods) is one the reader cannot make there.
async fn act_on(browser: &Browser, scope: &str, act: &Act) {
    let offered = |selector: String| async move {
        browser
            .js(&format!(
                "const e = document.querySelector({selector:?}); return !!e && !e.disabled && e.offsetParent !== null"
            ))
            .await
            == json!(true)
    };
    match act {
        Act::Choose(id, value) => {
            let option = format!("{scope}#{id} option[value=\"{value}\"]");
            if offered(format!("{scope}#{id}")).await
                && browser.count(&option).await > 0
                && browser
                    .js(&format!(
                        "return document.querySelector('{scope}#{id}').value !== {value:?}"
                    ))
                    .await
                    == json!(true)
            {
                browser.select(&format!("{scope}#{id}"), value).await;
            }
        }
        Act::Tick(district) => {
            let selector = format!("{scope}input[name=district][value=\"{district}\"]");
            if offered(selector.clone()).await {
                browser.click(&selector).await;
            }
        }
        Act::Tab(view) => {
            browser
                .click(&format!("{scope}a.tab[data-view={view}]"))
                .await
        }
        Act::Language => {
            browser
                .click(&format!("{scope}.masthead .lang-switch"))
                .await
        }
    }
}

async fn outcome(browser: &Browser) -> Value {
    browser.wait_until(SETTLED, 30).await;
    // The app's last redraw and address write happen a task after the settling.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    browser.js(OUTCOME).await
}

async fn fresh(site: &StaticServer, width: u32, hold: bool) -> Browser {
    let browser = Browser::start(width, 844).await;
    if hold {
        browser.hold_wasm().await;
    }
    browser.goto(&site.url).await;
    // Held back, the app leaves the static page in place; otherwise it may
    // have taken over already (it starts when the browser is idle).
    let ready = if hold {
        "return document.readyState === 'complete' && !!document.getElementById('snapshot')"
    } else {
        "return document.readyState === 'complete'"
    };
    browser.wait_until(ready, 20).await;
    browser
}

#[tokio::test(flavor = "multi_thread")]
async fn choices_made_before_the_app_arrives_end_where_the_app_alone_ends() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    for seed in 1..=10u64 {
        // A phone and a desktop in turns; from one to five actions.
        let width = if seed % 2 == 0 { 390 } else { 1280 };
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ seed.wrapping_mul(0x0100_0000_01B3));
        let n = 1 + rng.below(5);

        let browser = fresh(&site, width, true).await;
        let acts = on_the_static_page(&browser, &mut rng, n).await;
        browser.cdp("Fetch.disable", json!({})).await;
        let handed_over = outcome(&browser).await;
        browser.assert_no_fatal().await;
        browser.close().await;

        let browser = fresh(&site, width, false).await;
        browser.wait_app().await;
        browser.wait_until(SETTLED, 30).await;
        for act in &acts {
            act_on(&browser, "", act).await;
        }
        let alone = outcome(&browser).await;
        browser.close().await;

        assert_eq!(
            handed_over["hidden"],
            json!(false),
            "seed {seed}, {width} px, {acts:?}: the view stayed hidden"
        );
        assert_eq!(
            handed_over, alone,
            "seed {seed}, {width} px: {acts:?} on the static page, then the app (left) \
             and in the app alone (right)"
        );
    }
}

/// The most common first act: one metric chosen in the static page's list,
/// and nothing more. The list keeps the focus after a choice (mouse, a
/// phone's picker), which once left the view hidden for as long as the
/// reader did nothing else.
#[tokio::test(flavor = "multi_thread")]
async fn one_metric_chosen_and_nothing_else_shows_its_chart() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = fresh(&site, 390, true).await;
    browser
        .select("#snapshot #metric", "study_participation_rate")
        .await;
    assert_eq!(
        browser.js("return document.activeElement.id").await,
        json!("metric"),
        "the list keeps the focus, as after a reader's choice"
    );
    browser.cdp("Fetch.disable", json!({})).await;
    browser.wait_until(SETTLED, 15).await;
    let shown = browser.js(OUTCOME).await;
    assert_eq!(shown["hidden"], json!(false));
    assert_eq!(shown["lists"]["metric"], json!("study_participation_rate"));
    assert!(
        shown["query"]
            .as_str()
            .unwrap()
            .contains("metric=study_participation_rate"),
        "{shown}"
    );
    browser.assert_no_fatal().await;
    browser.close().await;
}

/// boot.js names no id or class of its own: it reads the hand-over's list
/// (`src/snapshot/handover.rs`) from `<html>`. Every control the static page
/// offers must have its twin in the app, found by that list, and every
/// selector of the list must still find what it names on the static page.
#[tokio::test(flavor = "multi_thread")]
async fn every_control_of_the_static_page_has_its_twin_in_the_app() {
    let site = StaticServer::start(support::dist_dir(), vec![]);
    let browser = fresh(&site, 1280, true).await;
    let on_static = browser
        .js("const hand = JSON.parse(document.documentElement.dataset.handOver); \
             const root = document.querySelector(hand.root); \
             const controls = [...root.querySelectorAll('select, input, button, summary, ' + hand.tab)] \
               .filter(e => !e.disabled); \
             return { \
               twins: controls.map(e => [e.outerHTML.slice(0, 90), lamtheobacTwin(e)]), \
               missing: [hand.tab + '.active', hand.tab + '[data-view=' + hand.firstView + ']', \
                 hand.loadingLine, hand.langSwitch, ...hand.wantsApp.split(',')] \
                 .filter(s => !root.querySelector(s)) }")
        .await;
    assert_eq!(
        on_static["missing"],
        json!([]),
        "selectors of the hand-over's list that find nothing on the static page"
    );
    let twins: Vec<(String, Option<String>)> = on_static["twins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p[0].as_str().unwrap().into(),
                p[1].as_str().map(String::from),
            )
        })
        .collect();
    assert!(twins.len() > 10, "the static page's controls: {twins:?}");
    let unnamed: Vec<_> = twins.iter().filter(|(_, t)| t.is_none()).collect();
    assert!(
        unnamed.is_empty(),
        "controls with no rule for their twin: {unnamed:?}"
    );

    browser.cdp("Fetch.disable", json!({})).await;
    browser.wait_until(SETTLED, 30).await;
    for (control, twin) in &twins {
        let twin = twin.as_deref().unwrap();
        assert!(
            browser.count(twin).await > 0,
            "{control} on the static page has no twin ({twin}) in the app"
        );
    }
    browser.assert_no_fatal().await;
    browser.close().await;
}
