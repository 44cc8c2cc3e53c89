//! What a reader's visits cost in bytes, as the server counts them (nginx's
//! access log, so the same in every engine): a first visit and a repeat one
//! in the same browser, each until the app and its later parts have arrived
//! (before the first tap) and after a tap on another view.

use std::time::{Duration, Instant};

use super::browser::Browser;
use super::nginx::Nginx;

/// One visit's requests, before and after the first tap.
#[derive(Debug, Clone, Default)]
pub struct Visit {
    pub before_tap: Vec<(String, u16, usize)>,
    pub after_tap: Vec<(String, u16, usize)>,
}

impl Visit {
    pub fn bytes_before_tap(&self) -> usize {
        self.before_tap.iter().map(|r| r.2).sum()
    }

    pub fn bytes_after_tap(&self) -> usize {
        self.after_tap.iter().map(|r| r.2).sum()
    }

    /// Every request of the visit.
    pub fn all(&self) -> impl Iterator<Item = &(String, u16, usize)> {
        self.before_tap.iter().chain(&self.after_tap)
    }
}

/// The app is there on the plain link, started at the browser's idle
/// moment: nothing points at it (a test that points at the tabs starts it
/// on the reader's intent instead).
const APP_RUNS: &str =
    "return !document.getElementById('snapshot') && !!document.querySelector('section.view')";
/// Visits the plain link in `browser` and returns what it fetched.
pub async fn visit(browser: &Browser, nginx: &Nginx) -> Visit {
    let start = nginx.log().len();
    browser.goto(&nginx.url).await;
    browser.wait_until(APP_RUNS, 60).await;
    quiet(nginx).await;
    let mid = nginx.log().len();
    browser.click(".tabs a.tab[data-view=trend]").await;
    browser.wait_until(super::TREND_DRAWN, 60).await;
    quiet(nginx).await;
    let log = nginx.log();
    Visit {
        before_tap: log[start..mid].to_vec(),
        after_tap: log[mid..].to_vec(),
    }
}

/// Waits until the server has answered nothing new for a second (the
/// later parts come one after another, each at the browser's next idle moment).
async fn quiet(nginx: &Nginx) {
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut seen = nginx.log().len();
    let mut since = Instant::now();
    while Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
        let now = nginx.log().len();
        if now != seen {
            (seen, since) = (now, Instant::now());
        } else if since.elapsed() >= Duration::from_secs(1) {
            return;
        }
    }
}
