//! A browser through its WebDriver, started per test and ended by process
//! group, with a private TMPDIR and a fresh profile: headless Chromium
//! (chromedriver), headless Firefox ESR (geckodriver) or WebKitGTK, Safari's
//! engine (its WebKitWebDriver and MiniBrowser, under `xvfb-run`).

use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use tokio::sync::{Mutex, MutexGuard};

/// Points at the static page's tabs, as a reader's pointer would: on the
/// plain link the app is fetched only then (`public/boot.js`).
macro_rules! reach_for_controls {
    () => {
        "document.querySelector('#snapshot .tabs')?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })); "
    };
}

/// One browser at a time: two cores do not run two Chromiums well.
static ONE_AT_A_TIME: Mutex<()> = Mutex::const_new(());

/// The three engines readers use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    /// WebKitGTK: the engine of Safari.
    WebKit,
}

impl Engine {
    pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::WebKit];

    /// The driver's command line: its program and its arguments for `port`.
    fn driver(self, port: u16) -> (String, Vec<String>) {
        let var =
            |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.into());
        match self {
            Engine::Chromium => (
                var("CHROMEDRIVER", "/usr/bin/chromedriver"),
                vec![format!("--port={port}"), "--allowed-ips=127.0.0.1".into()],
            ),
            Engine::Firefox => (
                var("GECKODRIVER", &cargo_bin("geckodriver")),
                vec![
                    "--port".into(),
                    port.to_string(),
                    "--host".into(),
                    "127.0.0.1".into(),
                ],
            ),
            // A display of its own for MiniBrowser's window (-a: the first free one).
            Engine::WebKit => (
                "xvfb-run".into(),
                vec![
                    "-a".into(),
                    "-s".into(),
                    "-screen 0 1920x1200x24".into(),
                    var("WEBKITWEBDRIVER", "/usr/bin/WebKitWebDriver"),
                    format!("--port={port}"),
                    "--host=127.0.0.1".into(),
                ],
            ),
        }
    }

    /// What `.ci/setup --browser` installs for it, for the message when it is missing.
    fn package(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium-driver",
            Engine::Firefox => "firefox-esr, and geckodriver from crates.io",
            Engine::WebKit => "webkit2gtk-driver and xvfb",
        }
    }
}

fn cargo_bin(name: &str) -> String {
    let home = std::env::var("CARGO_HOME")
        .unwrap_or_else(|_| format!("{}/.cargo", std::env::var("HOME").unwrap_or_default()));
    format!("{home}/bin/{name}")
}

pub struct Browser {
    pub client: Client,
    pub engine: Engine,
    driver: Child,
    scratch: PathBuf,
    _turn: MutexGuard<'static, ()>,
}

impl Browser {
    /// Starts chromedriver and a headless Chromium session of the given window size.
    pub async fn start(width: u32, height: u32) -> Browser {
        Browser::start_with(width, height, &[]).await
    }

    /// Starts a session with extra Chromium flags (a device scale factor, say).
    pub async fn start_with(width: u32, height: u32, flags: &[&str]) -> Browser {
        Browser::launch(Engine::Chromium, width, height, flags).await
    }

    /// Starts a session of `engine` whose page is `width` × `height` CSS pixels.
    pub async fn start_in(engine: Engine, width: u32, height: u32) -> Browser {
        Browser::launch(engine, width, height, &[]).await
    }

    async fn launch(engine: Engine, width: u32, height: u32, flags: &[&str]) -> Browser {
        let turn = ONE_AT_A_TIME.lock().await;
        let scratch = std::env::temp_dir().join(format!(
            "lamtheobac-browser-{}-{}",
            std::process::id(),
            free_port()
        ));
        let tmp = scratch.join("tmp");
        std::fs::create_dir_all(&tmp).expect("scratch folder");
        let port = free_port();
        let (program, args) = engine.driver(port);
        let driver = Command::new(&program)
            .args(&args)
            .env("TMPDIR", &tmp)
            .env("MOZ_HEADLESS", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            // Its own process group, so ending it ends the browser it started.
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start {program}: {e} (install {}; `bash .ci/test` does)",
                    engine.package()
                )
            });
        let browser = Browser {
            client: connect(engine, port, &scratch, flags).await,
            engine,
            driver,
            scratch,
            _turn: turn,
        };
        browser.fit_page(width, height).await;
        browser
    }

    /// Sizes the window so that the page itself (the viewport) is `width` ×
    /// `height`: a window's frame differs between engines. Firefox's and
    /// WebKitGTK's windows are never narrower than about 450 CSS pixels, so
    /// there a phone's width gets that: phone layouts are Chromium's to test.
    async fn fit_page(&self, width: u32, height: u32) {
        self.client
            .set_window_size(width, height)
            .await
            .expect("window size");
        if self.engine == Engine::Chromium {
            return;
        }
        let inner = self.js("return [innerWidth, innerHeight]").await;
        let (w, h) = (
            inner[0].as_i64().unwrap_or(0),
            inner[1].as_i64().unwrap_or(0),
        );
        let (dw, dh) = (i64::from(width) - w, i64::from(height) - h);
        if dw != 0 || dh != 0 {
            self.client
                .set_window_size(
                    (i64::from(width) + dw) as u32,
                    (i64::from(height) + dh) as u32,
                )
                .await
                .expect("window size");
        }
    }

    /// Where files the page downloads are saved.
    pub fn downloads(&self) -> PathBuf {
        self.scratch.join("downloads")
    }

    /// Waits for a finished download whose name ends in `suffix`, and returns its bytes.
    ///
    /// Chromium reserves the final name with an empty file before it writes the
    /// bytes into a `.crdownload` beside it and renames that over the placeholder,
    /// so a download counts as finished only when no `.crdownload` is left, the
    /// file is not empty, and its size held across two polls.
    pub async fn downloaded(&self, suffix: &str) -> Vec<u8> {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut last_size = None;
        loop {
            let names: Vec<PathBuf> = std::fs::read_dir(self.downloads())
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .collect();
            let in_progress = names
                .iter()
                .any(|p| p.to_string_lossy().ends_with(".crdownload"));
            let found = names.iter().find(|p| p.to_string_lossy().ends_with(suffix));
            let size = found
                .and_then(|p| std::fs::metadata(p).ok())
                .map(|m| m.len());
            if let (Some(path), false, Some(size)) = (found, in_progress, size)
                && size > 0
                && last_size == Some(size)
            {
                return std::fs::read(path).expect("read the download");
            }
            last_size = size;
            assert!(
                Instant::now() < deadline,
                "no finished *{suffix} in {} (saw {names:?}, size {size:?})",
                self.downloads().display()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn close(mut self) {
        let client = self.client.clone();
        let _ = client.close().await;
        self.end_processes();
    }

    fn end_processes(&mut self) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.scratch);
    }

    /// Opens `url` and waits for the page to load.
    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("page loads");
    }

    /// Runs `script` (a function body) in the page and returns its result.
    pub async fn js(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// The text `selector` finds as a reader sees it (`innerText`), or "".
    pub async fn text(&self, selector: &str) -> String {
        self.js(&format!(
            "return document.querySelector({selector:?})?.innerText ?? ''"
        ))
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// How many elements `selector` finds.
    pub async fn count(&self, selector: &str) -> u64 {
        self.js(&format!(
            "return document.querySelectorAll({selector:?}).length"
        ))
        .await
        .as_u64()
        .unwrap_or_default()
    }

    /// The page address's query (`location.search`), as the reader would share it.
    pub async fn query_string(&self) -> String {
        self.js(ADDRESS_WRITTEN)
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// Sends a Chrome DevTools Protocol command through chromedriver (to grant
    /// a permission, say, or block a URL) and returns its result.
    pub async fn cdp(&self, cmd: &str, params: serde_json::Value) -> serde_json::Value {
        self.client
            .issue_cmd(Cdp {
                cmd: cmd.to_string(),
                params,
            })
            .await
            .unwrap_or_else(|e| panic!("CDP {cmd} failed: {e}"))
    }

    /// Pauses every request for the app's .wasm or its .wasm.gz (Chrome DevTools' Fetch), so
    /// the page stays as it is before the app arrives for as long as a test
    /// looks at it; `cdp("Fetch.disable", …)` lets them go on.
    pub async fn hold_wasm(&self) {
        self.cdp(
            "Fetch.enable",
            json!({ "patterns": [{ "urlPattern": "*.wasm*", "requestStage": "Request" }] }),
        )
        .await;
    }

    /// Pages opened from now on see a reader who asked the browser to save
    /// data (`navigator.connection.saveData`), as Chrome's Lite mode or a
    /// phone's data saver sets it.
    pub async fn save_data(&self) {
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": "Object.defineProperty(navigator.connection, 'saveData', { get: () => true })" }),
        )
        .await;
    }

    /// Blocks every request for a `.wasm` or its `.wasm.gz` (Chrome DevTools'
    /// Network), as when the app's files cannot arrive; `unblock_wasm` lets them through.
    pub async fn block_wasm(&self) {
        self.cdp("Network.enable", json!({})).await;
        self.cdp("Network.setBlockedURLs", json!({ "urls": ["*.wasm*"] }))
            .await;
    }

    pub async fn unblock_wasm(&self) {
        self.cdp("Network.setBlockedURLs", json!({ "urls": [] }))
            .await;
    }

    /// Chooses `value` in the list `selector` finds, as a reader does.
    pub async fn select(&self, selector: &str, value: &str) {
        self.client
            .find(fantoccini::Locator::Css(selector))
            .await
            .unwrap_or_else(|e| panic!("{selector}: {e}"))
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("{selector} = {value}: {e}"));
    }

    /// Types `text` into the field `selector` finds, emptied first.
    pub async fn type_into(&self, selector: &str, text: &str) {
        let field = self
            .client
            .find(fantoccini::Locator::Css(selector))
            .await
            .unwrap_or_else(|e| panic!("{selector}: {e}"));
        field.clear().await.expect("clear");
        field.send_keys(text).await.expect("type");
    }

    /// Taps the masthead's language switch on a page in Vietnamese and waits
    /// for English, a part of the app of its own (`ui::english`).
    pub async fn to_english(&self) {
        self.click(".masthead .lang-switch").await;
        self.wait_until(
            "return document.documentElement.lang === 'en' \
             && !document.querySelector('.lang-switch[aria-busy=true]')",
            30,
        )
        .await;
    }

    /// Clicks the element `selector` finds, as a reader does.
    pub async fn click(&self, selector: &str) {
        self.client
            .find(fantoccini::Locator::Css(selector))
            .await
            .unwrap_or_else(|e| panic!("{selector}: {e}"))
            .click()
            .await
            .expect("click");
    }

    /// The readable error box (panic hook, failed start) is not showing.
    pub async fn assert_no_fatal(&self) {
        let box_text = self
            .js("const f = document.getElementById('fatal'); return f.hidden ? null : f.textContent")
            .await;
        assert_eq!(box_text, json!(null), "the error box is showing");
    }

    /// Waits until the app has drawn a chart on the page (30 s at most),
    /// reaching for a control first on the plain link (see [`APP_SHOWN`]).
    pub async fn wait_chart(&self) {
        self.wait_until(
            concat!(
                reach_for_controls!(),
                "return !!document.querySelector('canvas.chart-canvas[data-drawn=\"true\"]')"
            ),
            30,
        )
        .await;
    }

    /// Waits until the app has replaced the static page (`#snapshot`, written
    /// into index.html at build time) and shows a view (30 s at most).
    pub async fn wait_app(&self) {
        self.wait_until(APP_SHOWN, 30).await;
    }

    /// Waits until `script` returns true, or fails after `seconds`.
    pub async fn wait_until(&self, script: &str, seconds: u64) {
        let deadline = Instant::now() + Duration::from_secs(seconds);
        while Instant::now() < deadline {
            if self.js(script).await == json!(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // What the page showed, to tell a slow page from a broken one.
        let seen = self
            .js("return JSON.stringify({fatal: document.getElementById('fatal')?.textContent ?? null, \
                 messages: window.__messages ?? null, \
                 frames: [...document.querySelectorAll('iframe')].map(f => f.getAttribute('height')), \
                 marks: performance.getEntriesByType('mark').map(m => m.name)})")
            .await;
        panic!("timed out after {seconds}s waiting for: {script}\nthe page: {seen}");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if self.driver.try_wait().ok().flatten().is_none() {
            self.end_processes();
        }
    }
}

async fn connect(engine: Engine, port: u16, scratch: &std::path::Path, flags: &[&str]) -> Client {
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "the {engine:?} driver did not start listening on 127.0.0.1:{port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let caps = match engine {
        Engine::Chromium => chromium_caps(scratch, flags),
        Engine::Firefox => firefox_caps(scratch),
        Engine::WebKit => webkit_caps(),
    };
    let serde_json::Value::Object(caps) = caps else {
        unreachable!()
    };
    // A browser's first start on a fresh machine can be slow: a few tries.
    let mut tries = 0;
    loop {
        match ClientBuilder::new(HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => return client,
            Err(e) if tries < 2 => {
                tries += 1;
                eprintln!("a WebDriver session in {engine:?}: {e}; trying again");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            Err(e) => panic!("a WebDriver session in {engine:?}: {e}"),
        }
    }
}

/// Firefox ESR, headless, in a fresh profile that asks nothing of the
/// network (this machine has none but the package registries).
fn firefox_caps(scratch: &std::path::Path) -> serde_json::Value {
    let firefox = std::env::var("FIREFOX_BIN").unwrap_or_else(|_| "/usr/bin/firefox-esr".into());
    let downloads = scratch.join("downloads");
    json!({
        "browserName": "firefox",
        "moz:firefoxOptions": {
            "binary": firefox,
            "args": ["-headless"],
            "prefs": {
                "browser.download.dir": downloads.display().to_string(),
                "browser.download.folderList": 2,
                "browser.download.useDownloadDir": true,
                "browser.shell.checkDefaultBrowser": false,
                "app.update.auto": false,
                "app.update.enabled": false,
                "browser.safebrowsing.malware.enabled": false,
                "browser.safebrowsing.phishing.enabled": false,
                "datareporting.policy.dataSubmissionEnabled": false,
                "datareporting.healthreport.uploadEnabled": false,
                "toolkit.telemetry.enabled": false,
                "network.captive-portal-service.enabled": false,
                "network.connectivity-service.enabled": false,
                "extensions.update.enabled": false,
                "browser.newtabpage.enabled": false,
                "services.settings.server": "http://127.0.0.1:9/",
                "network.dns.disablePrefetch": true,
                "network.prefetch-next": false
            }
        }
    })
}

/// WebKitGTK's MiniBrowser in automation mode (WebKitWebDriver starts it).
fn webkit_caps() -> serde_json::Value {
    let mini = std::env::var("MINIBROWSER")
        .unwrap_or_else(|_| "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser".into());
    json!({
        "webkitgtk:browserOptions": {
            "binary": mini,
            "args": ["--automation"]
        }
    })
}

fn chromium_caps(scratch: &std::path::Path, flags: &[&str]) -> serde_json::Value {
    let chrome = std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let profile = scratch.join("profile");
    let downloads = scratch.join("downloads");
    let caps = json!({
        "goog:chromeOptions": {
            "binary": chrome,
            "prefs": {
                "download.default_directory": downloads.display().to_string(),
                "download.prompt_for_download": false
            },
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars",
                format!("--user-data-dir={}", profile.display()),
            ]
        }
    });
    let mut caps = caps;
    if let Some(args) = caps["goog:chromeOptions"]["args"].as_array_mut() {
        args.extend(flags.iter().map(|f| json!(f)));
    }
    caps
}

/// `location.search` once the app has written the last change into it: it
/// does so a task after the next frame (`ui/url_sync.rs`), so this waits for
/// a frame and a task first.
pub const ADDRESS_WRITTEN: &str = "return new Promise(done => requestAnimationFrame(() => \
    setTimeout(() => done(location.search), 0)))";

/// The same, for scripts built at run time.
pub const REACH_FOR_CONTROLS: &str = reach_for_controls!();

/// The page has settled: the app is there and shows a view (not the line
/// saying its part is coming), no choice waits to be handed over, nothing
/// is hidden, and the language switch is not waiting for English.
pub const SETTLED: &str = "return !document.getElementById('snapshot') \
    && !!document.querySelector('section.view') \
    && !document.querySelector('section.view .view-loading') \
    && !document.documentElement.classList.contains('app-loading') \
    && !document.documentElement.classList.contains('view-pending') \
    && !document.querySelector('.lang-switch[aria-busy=true]')";

/// The app is on the page: the static page it replaces is gone, a view is
/// shown, not the line saying its part is still coming (`src/ui/later.rs`:
/// a link to another view than Compare waits for that part). On the plain link the app is fetched only when a reader reaches for
/// a control (`public/boot.js`), so until it is there this points at the
/// tabs, as a reader's pointer would (`tests/app_on_demand_in_chromium.rs`
/// checks that with real pointers and keys).
pub const APP_SHOWN: &str = concat!(
    reach_for_controls!(),
    "return !document.getElementById('snapshot') && !!document.querySelector('section.view') \
     && !document.querySelector('section.view .view-loading')"
);

/// chromedriver's own endpoint for DevTools commands.
#[derive(Debug)]
struct Cdp {
    cmd: String,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}
