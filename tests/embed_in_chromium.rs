//! Embedding as a portal does: a stand-in article on another origin pastes the
//! snippets the Embed dialog writes for two views, loads embed.js from the app,
//! and each frame fits the height of the view it shows.

mod support;

use fantoccini::Locator;
use lamtheobac::{data, url};
use support::browser::Browser;
use support::server::StaticServer;

/// The portal's folder: the article with the two snippets filled in, and its
/// listener. With `frames_only`, the snippets lose their `embed.js` tag, so the
/// test decides when the script arrives.
fn portal_folder(app: &str, frames_only: bool) -> std::path::PathBuf {
    let dataset = data::shipped().expect("shipped dataset");
    let snippet = |query: &str, title: &str| {
        let whole = url::embed_snippet(app, &url::decode(query, dataset).0, dataset, title);
        match whole.split_once("\n<script") {
            Some((frame, _)) if frames_only => frame.to_string(),
            _ => whole,
        }
    };
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/portal");
    let article = std::fs::read_to_string(here.join("article.html"))
        .expect("the article template")
        .replace(
            "{{FIRST}}",
            &snippet("metric=poverty_rate", "Tỷ lệ hộ nghèo"),
        )
        .replace(
            "{{SECOND}}",
            &snippet("view=initiatives&d=can-duoc", "Mô hình của Cần Đước"),
        );
    let folder = std::env::temp_dir().join(format!(
        "lamtheobac-portal-{}-{frames_only}",
        std::process::id()
    ));
    std::fs::create_dir_all(&folder).expect("portal folder");
    std::fs::write(folder.join("article.html"), article).expect("article");
    std::fs::copy(here.join("listener.js"), folder.join("listener.js")).expect("listener");
    folder
}

/// The app under a sub-path, the portal's article on another origin, and a
/// browser showing the article.
async fn open_article(
    frames_only: bool,
) -> (StaticServer, StaticServer, std::path::PathBuf, Browser) {
    let app = StaticServer::start_at(support::dist_dir(), "/so-lieu/", vec![]);
    let folder = portal_folder(&app.url, frames_only);
    let portal = StaticServer::start(folder.clone(), vec![]);
    assert_ne!(
        app.origin, portal.origin,
        "the portal must be another origin"
    );
    let browser = Browser::start(1100, 900).await;
    browser
        .client
        .goto(&format!("{}article.html", portal.url))
        .await
        .expect("article loads");
    (app, portal, folder, browser)
}

/// Waits (30 s at most) until `script` is true in the article. On a timeout it
/// says what each frame got to: whether the app started, and which of its
/// files arrived, so a slow frame is told from a broken one.
async fn wait_for_frames(browser: &Browser, script: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while std::time::Instant::now() < deadline {
        if browser.js(script).await == serde_json::json!(true) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let article = browser.js("return JSON.stringify(window.__messages)").await;
    let mut frames = Vec::new();
    let count = browser
        .client
        .find_all(Locator::Css("iframe[data-lamtheobac]"))
        .await
        .map_or(0, |f| f.len());
    for i in 0..count {
        let frame = browser
            .client
            .find_all(Locator::Css("iframe[data-lamtheobac]"))
            .await
            .expect("frames")
            .remove(i);
        frame.enter_frame().await.expect("enter frame");
        frames.push(browser.js(FRAME_STATE).await);
        browser.client.enter_parent_frame().await.expect("back");
    }
    panic!("timed out after 30s waiting for: {script}\nmessages: {article}\nframes: {frames:#?}");
}

const FRAME_STATE: &str = "return JSON.stringify({ready: document.readyState, \
    started: document.documentElement.classList.contains('embed'), \
    fatal: document.getElementById('fatal')?.textContent ?? null, \
    body: document.body.getBoundingClientRect().height, \
    now: Math.round(performance.now()), \
    marks: performance.getEntriesByType('mark').map(m => m.name), \
    files: performance.getEntriesByType('resource').map(r => r.name.split('/').pop() + ' at ' + Math.round(r.startTime) + ' took ' + Math.round(r.duration) + ' status ' + r.responseStatus)})";

#[tokio::test(flavor = "multi_thread")]
async fn two_embedded_views_on_another_origin_fit_their_content_and_show_what_the_snippets_named() {
    let (app, _portal, folder, browser) = open_article(false).await;

    // Both frames leave the snippet's 480px for their content's height.
    wait_for_frames(&browser, "return [...document.querySelectorAll('iframe[data-lamtheobac]')].every(f => f.getAttribute('height') !== '480')").await;
    let heights = browser.js("return [...document.querySelectorAll('iframe[data-lamtheobac]')].map(f => f.getBoundingClientRect().height)").await;

    for (i, (view, text, cited)) in [
        ("compare", "1,32%", "Huyện Mỹ Xuyên học tập"),
        // Another view's sources come with that view's part (`ui::later`).
        ("initiatives", "Con đường 100 đồng", "Chuyển biến tích cực"),
    ]
    .into_iter()
    .enumerate()
    {
        let frame = browser
            .client
            .find_all(Locator::Css("iframe[data-lamtheobac]"))
            .await
            .unwrap()
            .remove(i);
        frame.enter_frame().await.expect("enter frame");
        browser.wait_until(support::browser::APP_SHOWN, 30).await;
        assert_eq!(
            browser
                .js("return document.querySelector('section.view').dataset.view")
                .await,
            view
        );
        assert_eq!(
            browser
                .js("return document.documentElement.classList.contains('embed')")
                .await,
            true
        );
        assert!(
            browser
                .js("return document.body.innerText")
                .await
                .as_str()
                .unwrap()
                .contains(text)
        );
        // The source line names the report behind what the view shows.
        browser
            .wait_until(
                &format!(
                    "return (document.querySelector('.embed-source')?.innerText || '').includes({cited:?})"
                ),
                30,
            )
            .await;
        // Settled: the frame's height is its content's.
        let content = browser
            .js("return Math.ceil(document.body.getBoundingClientRect().height)")
            .await
            .as_f64()
            .unwrap();
        let frame_height = heights[i].as_f64().unwrap();
        assert!(
            (content - frame_height).abs() <= 2.0,
            "frame {i} is {frame_height}px for {content}px of content"
        );
        // The way back to the full explorer drops embed mode.
        let full = browser
            .js("return document.querySelector('.embed-source a').href")
            .await;
        assert!(
            full.as_str().unwrap().starts_with(&app.url)
                && !full.as_str().unwrap().contains("embed="),
            "{full}"
        );
        browser
            .client
            .enter_parent_frame()
            .await
            .expect("back to the article");
    }

    // The three message formats reached the article, from the app's origin only.
    let kinds = browser
        .js("return window.__messages.map(m => m.origin + ' ' + (m.data.type || Object.keys(m.data)[0] + (m.data.sentinel ? ':' + m.data.type : '')))")
        .await;
    let kinds: Vec<String> = kinds
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap().to_string())
        .collect();
    for wanted in ["lamtheobac:height", "datawrapper-height", "embed-size"] {
        assert!(
            kinds
                .iter()
                .any(|k| k == &format!("{} {wanted}", app.origin)),
            "no {wanted} message: {kinds:?}"
        );
    }
    assert!(
        kinds.iter().all(|k| k.starts_with(&app.origin)),
        "{kinds:?}"
    );
    browser.close().await;
    let _ = std::fs::remove_dir_all(folder);
}

/// `embed.js` loads async, so on a slow portal both frames may post their
/// heights before anyone listens; the script then asks them to say it again.
#[tokio::test(flavor = "multi_thread")]
async fn frames_that_spoke_before_embed_js_arrived_are_fitted_when_it_asks() {
    let (app, _portal, folder, browser) = open_article(true).await;

    // Both frames have told their height, and nothing has resized them.
    let spoke = "return new Set(window.__messages.filter(m => m.data.type === 'lamtheobac:height').map(m => m.data.id)).size === 2";
    wait_for_frames(&browser, spoke).await;
    let unfitted = "return [...document.querySelectorAll('iframe[data-lamtheobac]')].map(f => f.getAttribute('height'))";
    assert_eq!(
        browser.js(unfitted).await,
        serde_json::json!(["480", "480"])
    );

    let script = format!("{}embed.js", app.url);
    browser
        .client
        .execute(
            "const s = document.createElement('script'); s.src = arguments[0]; document.body.append(s);",
            vec![serde_json::Value::from(script)],
        )
        .await
        .expect("add embed.js");
    wait_for_frames(&browser, "return [...document.querySelectorAll('iframe[data-lamtheobac]')].every(f => f.getAttribute('height') !== '480')").await;
    browser.close().await;
    let _ = std::fs::remove_dir_all(folder);
}
