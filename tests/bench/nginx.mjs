// Debian's nginx on 127.0.0.1 serving the explorer (DIST) and the Chart.js
// comparison page (tests/bench/chartjs) twice: as Debian ships it (gzip for
// HTML only) and with the README's recipe (the .gz/.br files the build
// writes). Shared by the benchmark scripts; stop() ends it and removes the copy.

import { execFileSync, spawn } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const here = new URL(".", import.meta.url).pathname;
const BROTLI = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

const freePort = () =>
  new Promise((done) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });

// Returns { stock, tuned } (each the server's base URL, ending in "/"; the
// explorer is at "explorer/", the Chart.js page at "chartjs/") and stop().
export async function startNginx(dist, chartjs) {
  // World-readable: nginx's workers read the files as www-data.
  const root = mkdtempSync(join(tmpdir(), "lamtheobac-nginx-"));
  chmodSync(root, 0o755);
  cpSync(dist, join(root, "explorer"), { recursive: true });
  cpSync(join(here, "chartjs"), join(root, "chartjs"), { recursive: true });
  cpSync(chartjs, join(root, "chartjs", "chart.umd.min.js"));
  execFileSync("chmod", ["-R", "a+rX", root]);

  const readme = readFileSync("README.md", "utf8");
  const recipe = readme
    .slice(readme.indexOf("<!-- nginx recipe start -->"), readme.indexOf("<!-- nginx recipe end -->"))
    .split("\n").slice(1).join("\n")
    .replace("/so-lieu/lam-theo-bac/", "/explorer/")
    .replace("/var/www/lam-theo-bac/", `${root}/explorer/`);
  const [stock, tuned] = [await freePort(), await freePort()];
  // Debian's nginx.conf http settings, as shipped: gzip on, for text/html only.
  const conf = `${existsSync(BROTLI) ? `load_module ${BROTLI};` : ""}
worker_processes 1; daemon off; pid ${root}/nginx.pid; error_log ${root}/error.log;
events { worker_connections 256; }
http {
  sendfile on; tcp_nopush on; types_hash_max_size 2048;
  include /etc/nginx/mime.types; default_type application/octet-stream;
  access_log off; gzip on;
  client_body_temp_path ${root}/t1; proxy_temp_path ${root}/t2; fastcgi_temp_path ${root}/t3;
  uwsgi_temp_path ${root}/t4; scgi_temp_path ${root}/t5;
  server { listen 127.0.0.1:${stock}; root ${root}; }
  server { listen 127.0.0.1:${tuned}; root ${root};
${recipe}
  }
}`;
  writeFileSync(join(root, "nginx.conf"), conf);
  const nginx = spawn("/usr/sbin/nginx", ["-c", join(root, "nginx.conf"), "-e", join(root, "error.log")], {
    stdio: "inherit",
  });
  await new Promise((done) => setTimeout(done, 500));
  return {
    stock: `http://127.0.0.1:${stock}/`,
    tuned: `http://127.0.0.1:${tuned}/`,
    stop() {
      nginx.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
