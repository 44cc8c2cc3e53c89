//! A static file server on 127.0.0.1 for the built site, with optional extra
//! response headers (a Content-Security-Policy, say). It stops when dropped.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;

pub struct StaticServer {
    server: Arc<tiny_http::Server>,
    thread: Option<JoinHandle<()>>,
    pub url: String,
}

impl StaticServer {
    pub fn start(root: PathBuf, headers: Vec<(String, String)>) -> Self {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let serving = Arc::clone(&server);
        let thread = std::thread::spawn(move || {
            for request in serving.incoming_requests() {
                let response = respond(&root, request.url(), &headers);
                let _ = request.respond(response);
            }
        });
        StaticServer {
            server,
            thread: Some(thread),
            url: format!("http://127.0.0.1:{port}/"),
        }
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

fn respond(
    root: &Path,
    url: &str,
    headers: &[(String, String)],
) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let relative = Path::new(path.trim_start_matches('/'));
    let safe = relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)));
    let mut file = root.join(relative);
    if file.is_dir() {
        file = file.join("index.html");
    }
    let (status, body, kind) = match std::fs::read(&file) {
        Ok(body) if safe || path == "/" => (200, body, content_type(&file)),
        _ => (404, b"not found".to_vec(), "text/plain; charset=utf-8"),
    };
    let mut response = tiny_http::Response::from_data(body).with_status_code(status);
    let mut all = vec![("Content-Type".to_string(), kind.to_string())];
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
