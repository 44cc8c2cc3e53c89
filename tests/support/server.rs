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
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopped.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (root, headers, mount, received) = (
                    Arc::clone(&root),
                    Arc::clone(&headers),
                    mount.clone(),
                    Arc::clone(&received),
                );
                std::thread::spawn(move || {
                    let _ = serve(stream, &root, &mount, &headers, &received);
                });
            }
        });
        let origin = format!("http://127.0.0.1:{port}");
        StaticServer {
            stop,
            port,
            thread: Some(thread),
            url: format!("{origin}{}/", prefix.trim_end_matches('/')),
            origin,
            reports,
        }
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

/// Status, headers and body.
type Response = (u16, Vec<(String, String)>, Vec<u8>);

/// Reads one request from `stream` and answers it.
fn serve(
    stream: TcpStream,
    root: &Path,
    mount: &str,
    headers: &[(String, String)],
    received: &Mutex<Vec<String>>,
) -> std::io::Result<()> {
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
