//! Debian's nginx serving a copy of the built site on 127.0.0.1, configured
//! with the README's recipe (read from the README itself, so the recipe a
//! portal copies is the one tested), or as Debian ships it (gzip for HTML
//! only: the site copied into a folder, nothing configured). Stops when dropped.

use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Nginx {
    child: Child,
    scratch: PathBuf,
    /// The site's URL, ending in `/`.
    pub url: String,
    pub port: u16,
}

/// The site's path on the server in the README's recipe.
const MOUNT: &str = "/so-lieu/lam-theo-bac/";
const BROTLI_MODULE: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

impl Nginx {
    /// With the README's recipe.
    pub fn start(dist: &Path) -> Nginx {
        Nginx::start_with(dist, &readme_recipe())
    }

    /// As installed: the site in a folder of the server, nothing configured.
    pub fn start_stock(dist: &Path) -> Nginx {
        Nginx::start_with(
            dist,
            "location /so-lieu/lam-theo-bac/ {\n    alias /var/www/lam-theo-bac/;\n}",
        )
    }

    /// With `location`, a location block for `/so-lieu/lam-theo-bac/` that
    /// serves `/var/www/lam-theo-bac/` (both replaced by the test's own).
    pub fn start_with(dist: &Path, location: &str) -> Nginx {
        let scratch = std::env::temp_dir().join(format!(
            "lamtheobac-nginx-{}-{}",
            std::process::id(),
            free_port()
        ));
        let root = scratch.join("site");
        copy_dir(dist, &root);
        // nginx's workers read the files as www-data.
        let _ = std::fs::set_permissions(&scratch, std::fs::Permissions::from_mode(0o755));
        let port = free_port();
        let recipe = location
            .replace("/so-lieu/lam-theo-bac/", MOUNT)
            .replace("/var/www/lam-theo-bac/", &format!("{}/", root.display()));
        let module = if Path::new(BROTLI_MODULE).exists() {
            format!("load_module {BROTLI_MODULE};")
        } else {
            String::new()
        };
        let s = scratch.display();
        let config = format!(
            "{module}\nworker_processes 1;\ndaemon off;\npid {s}/nginx.pid;\nerror_log {s}/error.log;\n\
             events {{ worker_connections 64; }}\n\
             http {{\n include /etc/nginx/mime.types;\n default_type application/octet-stream;\n\
             access_log {s}/access.log;\n client_body_temp_path {s}/body;\n proxy_temp_path {s}/proxy;\n\
             fastcgi_temp_path {s}/fastcgi;\n uwsgi_temp_path {s}/uwsgi;\n scgi_temp_path {s}/scgi;\n\
             gzip on;\n\
             server {{\n  listen 127.0.0.1:{port};\n{recipe}\n }}\n}}\n"
        );
        let file = scratch.join("nginx.conf");
        std::fs::write(&file, config).expect("write nginx.conf");
        let nginx = std::env::var("NGINX").unwrap_or_else(|_| "/usr/sbin/nginx".into());
        let child = Command::new(&nginx)
            .arg("-c")
            .arg(&file)
            .arg("-e")
            .arg(scratch.join("error.log"))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {nginx}: {e} (install nginx; `bash .ci/test` does)")
            });
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "nginx did not listen on 127.0.0.1:{port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Nginx {
            child,
            scratch,
            url: format!("http://127.0.0.1:{port}{MOUNT}"),
            port,
        }
    }

    /// The bytes nginx sent for each request of a path ending in `suffix`
    /// (below the site), from its access log, as requested so far.
    pub fn sent(&self, suffix: &str) -> Vec<usize> {
        self.log()
            .into_iter()
            .filter(|(path, _, _)| path.ends_with(suffix))
            .map(|(_, _, bytes)| bytes)
            .collect()
    }

    /// Every request answered so far, in order: its path (without the query),
    /// status and the body's bytes as sent (compressed, if it was).
    pub fn log(&self) -> Vec<(String, u16, usize)> {
        let log = std::fs::read_to_string(self.scratch.join("access.log")).unwrap_or_default();
        log.lines()
            .filter_map(|line| {
                // combined format: … "GET /path HTTP/1.1" status bytes "referer" "agent"
                let request = line.split('"').nth(1)?;
                let path = request.split(' ').nth(1)?.split('?').next()?;
                let mut after = line.split('"').nth(2)?.split_whitespace();
                let status = after.next()?.parse().ok()?;
                let bytes = after.next()?.parse().ok()?;
                Some((path.to_string(), status, bytes))
            })
            .collect()
    }

    /// The status line and headers nginx answers a GET of `path` (below the
    /// site) with, asking for `encoding`, and the body's length.
    pub fn get(&self, path: &str, encoding: &str) -> (String, usize) {
        use std::io::{Read, Write};
        let mut stream =
            std::net::TcpStream::connect(("127.0.0.1", self.port)).expect("connect to nginx");
        write!(
            stream,
            "GET {MOUNT}{path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: {encoding}\r\nConnection: close\r\n\r\n"
        )
        .expect("request");
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).expect("response");
        let split = answer
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a header");
        (
            String::from_utf8_lossy(&answer[..split]).to_lowercase(),
            answer.len() - split - 4,
        )
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // SIGTERM, not SIGKILL: nginx's master then ends its workers, which a
        // killed master leaves behind, still listening.
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}

/// The location block between the README's recipe markers.
fn readme_recipe() -> String {
    let readme = include_str!("../../README.md");
    let start = readme
        .find("<!-- nginx recipe start -->")
        .expect("the README's nginx recipe");
    let end = readme.find("<!-- nginx recipe end -->").expect("its end");
    readme[start..end]
        .lines()
        .skip(1)
        .collect::<Vec<_>>()
        .join("\n")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("make the site's folder");
    let _ = std::fs::set_permissions(to, std::fs::Permissions::from_mode(0o755));
    for entry in std::fs::read_dir(from).expect("read dist").flatten() {
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if src.is_dir() {
            copy_dir(&src, &dst);
        } else {
            std::fs::copy(&src, &dst).expect("copy a file");
            let _ = std::fs::set_permissions(&dst, std::fs::Permissions::from_mode(0o644));
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}
