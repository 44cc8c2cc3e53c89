//! A static file server on 127.0.0.1 for the built site: optionally under a
//! sub-path (as a portal hosts it), with extra response headers (a
//! Content-Security-Policy, say), collecting the CSP violation reports the
//! browser posts to `/csp-report`. It stops when dropped.

use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

pub struct StaticServer {
    server: Arc<tiny_http::Server>,
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
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let serving = Arc::clone(&server);
        let reports = Arc::new(Mutex::new(Vec::new()));
        let received = Arc::clone(&reports);
        let mount = prefix.to_string();
        let thread = std::thread::spawn(move || {
            for mut request in serving.incoming_requests() {
                if request.url() == "/csp-report" {
                    let mut body = String::new();
                    let _ = request.as_reader().read_to_string(&mut body);
                    received
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push(body);
                    let _ = request.respond(tiny_http::Response::empty(204));
                    continue;
                }
                let response = match request.url().strip_prefix(mount.as_str()) {
                    Some(rest) => respond(&root, rest, &headers),
                    None => not_found(),
                };
                let _ = request.respond(response);
            }
        });
        let origin = format!("http://127.0.0.1:{port}");
        StaticServer {
            server,
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
        self.server.unblock();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

type Response = tiny_http::Response<std::io::Cursor<Vec<u8>>>;

fn not_found() -> Response {
    tiny_http::Response::from_data(b"not found".to_vec()).with_status_code(404)
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
    let mut response = tiny_http::Response::from_data(body);
    let mut all = vec![("Content-Type".to_string(), content_type(&file).to_string())];
    all.extend(headers.iter().cloned());
    for (name, value) in all {
        response.add_header(
            tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("valid header"),
        );
    }
    response
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
