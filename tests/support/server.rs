//! A static file server on 127.0.0.1 for the built site: optionally under a
//! sub-path (as a portal hosts it), with extra response headers (a
//! Content-Security-Policy, say), collecting the CSP violation reports the
//! browser posts to `/csp-report`. It stops when dropped.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

// A plain HTTP/1.1 server, one thread per connection and one response per
// connection (`Connection: close`), as simple static servers behave. With
// tiny_http's keep-alive connections, one of two frames loading the same
// .wasm at once sometimes never got it (its request never reached the server).
pub struct StaticServer {
    stop: Arc<AtomicBool>,
    port: u16,
    thread: Option<JoinHandle<()>>,
    hold: Arc<Hold>,
    /// Each request answered: its path and the bytes of its body.
    pub served: Arc<Mutex<Vec<(String, usize)>>>,
    /// The site's URL, ending in `/`.
    pub url: String,
    /// The origin alone (`http://127.0.0.1:port`).
    pub origin: String,
    /// Bodies of the CSP violation reports received.
    pub reports: Arc<Mutex<Vec<String>>>,
}

impl StaticServer {
    pub fn start(root: PathBuf, headers: Vec<(String, String)>) -> Self {
        StaticServer::start_at(root, "/", headers)
    }

    /// Serves `root` under `prefix` (`/` or `/a/b/`); anything outside it is a 404.
    pub fn start_at(root: PathBuf, prefix: &str, headers: Vec<(String, String)>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("an address").port();
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        let reports = Arc::new(Mutex::new(Vec::new()));
        let received = Arc::clone(&reports);
        let mount = prefix.to_string();
        let root = Arc::new(root);
        let headers = Arc::new(headers);
        let hold = Arc::new(Hold::default());
        let served = Arc::new(Mutex::new(Vec::new()));
        let (held, log) = (Arc::clone(&hold), Arc::clone(&served));
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopped.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let site = Site {
                    root: Arc::clone(&root),
                    mount: mount.clone(),
                    headers: Arc::clone(&headers),
                    received: Arc::clone(&received),
                    hold: Arc::clone(&held),
                    served: Arc::clone(&log),
                };
                std::thread::spawn(move || {
                    let _ = serve(stream, &site);
                });
            }
        });
        let origin = format!("http://127.0.0.1:{port}");
        StaticServer {
            stop,
            port,
            thread: Some(thread),
            hold,
            served,
            url: format!("{origin}{}/", prefix.trim_end_matches('/')),
            origin,
            reports,
        }
    }

    /// Holds every request for the app's WebAssembly (`.wasm`, `.wasm.gz`)
    /// until [`release`](Self::release): the page stays as it is before the
    /// app arrives, in any engine (Chromium's own way is `Browser::hold_wasm`).
    pub fn hold_wasm(&self) {
        *self.hold.held.lock().unwrap_or_else(|e| e.into_inner()) = true;
    }

    /// Lets the held requests, and every later one, through.
    pub fn release(&self) {
        *self.hold.held.lock().unwrap_or_else(|e| e.into_inner()) = false;
        self.hold.freed.notify_all();
    }

    /// How many requests for the app's WebAssembly wait for [`release`](Self::release).
    pub fn waiting(&self) -> usize {
        *self.hold.waiting.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The requests answered so far whose path ends in `suffix`: each body's bytes.
    pub fn sent(&self, suffix: &str) -> Vec<usize> {
        self.served
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .filter(|(path, _)| path.ends_with(suffix))
            .map(|(_, bytes)| *bytes)
            .collect()
    }

    pub fn reports(&self) -> Vec<String> {
        self.reports
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accept loop so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Requests for WebAssembly held back while `held`.
#[derive(Default)]
struct Hold {
    held: Mutex<bool>,
    freed: std::sync::Condvar,
    waiting: Mutex<usize>,
}

impl Hold {
    fn wait(&self) {
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        if !*held {
            return;
        }
        *self.waiting.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        while *held {
            held = self.freed.wait(held).unwrap_or_else(|e| e.into_inner());
        }
        *self.waiting.lock().unwrap_or_else(|e| e.into_inner()) -= 1;
    }
}

/// What a connection's thread needs of the server.
struct Site {
    root: Arc<PathBuf>,
    mount: String,
    headers: Arc<Vec<(String, String)>>,
    received: Arc<Mutex<Vec<String>>>,
    hold: Arc<Hold>,
    served: Arc<Mutex<Vec<(String, usize)>>>,
}

/// Status, headers and body.
type Response = (u16, Vec<(String, String)>, Vec<u8>);

/// Reads one request from `stream` and answers it.
fn serve(stream: TcpStream, site: &Site) -> std::io::Result<()> {
    let (root, mount, headers, received) = (
        site.root.as_path(),
        site.mount.as_str(),
        site.headers.as_slice(),
        &*site.received,
    );
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let target = line.split_whitespace().nth(1).unwrap_or("").to_string();
    let mut length = 0usize;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let path = target.split(['?', '#']).next().unwrap_or("").to_string();
    if path.contains(".wasm") {
        site.hold.wait();
    }
    let (status, mut extra, body) = if target == "/csp-report" {
        let mut body = vec![0; length.min(1 << 20)];
        reader.read_exact(&mut body)?;
        received
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(String::from_utf8_lossy(&body).into_owned());
        (204, Vec::new(), Vec::new())
    } else {
        match target.strip_prefix(mount) {
            Some(rest) => respond(root, rest, headers),
            None => not_found(),
        }
    };
    extra.push(("Content-Length".into(), body.len().to_string()));
    extra.push(("Connection".into(), "close".into()));
    let mut out = format!(
        "HTTP/1.1 {status} {}\r\n",
        if status < 300 { "OK" } else { "Not Found" }
    );
    for (name, value) in extra {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("\r\n");
    site.served
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push((path, body.len()));
    let mut stream = stream;
    stream.write_all(out.as_bytes())?;
    stream.write_all(&body)?;
    stream.flush()?;
    stream.shutdown(std::net::Shutdown::Write)
}

fn not_found() -> Response {
    (404, Vec::new(), b"not found".to_vec())
}

fn respond(root: &Path, url: &str, headers: &[(String, String)]) -> Response {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let relative = Path::new(path.trim_start_matches('/'));
    if !relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
    {
        return not_found();
    }
    let mut file = root.join(relative);
    if file.is_dir() {
        file = file.join("index.html");
    }
    let Ok(body) = std::fs::read(&file) else {
        return not_found();
    };
    let mut all = vec![("Content-Type".to_string(), content_type(&file).to_string())];
    all.extend(headers.iter().cloned());
    (200, all, body)
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("csv") => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    }
}
