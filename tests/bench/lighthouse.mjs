// Lighthouse (mobile preset: simulated slow 4G, 4x CPU slowdown) on the
// explorer and on a Chart.js page of the same chart (tests/bench/chartjs),
// both behind Debian's nginx on 127.0.0.1: once with its stock settings
// (gzip for HTML only, as Debian ships it), once with the README's recipe
// (the .gz/.br files the build writes). Prints medians as a Markdown table.
// It measures and prints; it asserts nothing.
//
//   node tests/bench/lighthouse.mjs DIST CHARTJS_FILE [RUNS]
//
// Run by `bash .ci/bench`, which installs lighthouse and chart.js into .tools/.

import { execFileSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startNginx } from "./nginx.mjs";

const [dist, chartjs, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const lighthouse = resolve(".tools/lighthouse/node_modules/lighthouse/cli/index.js");
const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";
const flags = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-dev-shm-usage",
];
const servers = await startNginx(dist, chartjs);

function audit(url) {
  const out = execFileSync(
    process.execPath,
    [lighthouse, url, "--output=json", "--output-path=stdout", "--quiet",
      "--only-categories=performance,accessibility,best-practices,seo",
      `--chrome-flags=${flags.join(" ")} --user-data-dir=${mkdtempSync(join(tmpdir(), "lh-profile-"))}`],
    { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 256 * 1024 * 1024 },
  );
  const r = JSON.parse(out);
  const num = (id) => r.audits[id].numericValue;
  return {
    performance: r.categories.performance.score,
    fcp: num("first-contentful-paint"),
    lcp: num("largest-contentful-paint"),
    tbt: num("total-blocking-time"),
    cls: num("cumulative-layout-shift"),
    // Everything the load transferred, as sent (compressed or not).
    bytes: num("total-byte-weight"),
    accessibility: r.categories.accessibility.score,
    bestPractices: r.categories["best-practices"].score,
    seo: r.categories.seo.score,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pages = [
  ["explorer, stock nginx", `${servers.stock}explorer/`],
  ["explorer, README recipe (gzip/brotli files)", `${servers.tuned}explorer/`],
  ["Chart.js page, stock nginx", `${servers.stock}chartjs/`],
];
console.log(`\n## Lighthouse ${JSON.parse(readFileSync(resolve(".tools/lighthouse/node_modules/lighthouse/package.json"))).version}, mobile preset (medians of ${runs} runs)\n`);
console.log("| page | performance | FCP s | LCP s | TBT ms | CLS | transferred KiB | accessibility | best practices | SEO |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
try {
  for (const [name, url] of pages) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(audit(url));
    const m = (k) => median(results.map((r) => r[k]));
    console.log(
      `| ${name} | ${m("performance").toFixed(2)} | ${(m("fcp") / 1000).toFixed(2)} | ${(m("lcp") / 1000).toFixed(2)} | ` +
        `${Math.round(m("tbt"))} | ${m("cls").toFixed(3)} | ${(m("bytes") / 1024).toFixed(1)} | ${Math.round(100 * m("accessibility"))} | ` +
        `${Math.round(100 * m("bestPractices"))} | ${Math.round(100 * m("seo"))} |`,
    );
    // A row of the summary table .ci/bench writes into the README.
    if (process.env.LAMTHEOBAC_BENCH_TABLE) {
      appendFileSync(
        process.env.LAMTHEOBAC_BENCH_TABLE,
        `Lighthouse mobile, ${name}: performance, LCP s, TBT ms, accessibility\t` +
          `${m("performance").toFixed(2)}, ${(m("lcp") / 1000).toFixed(2)}, ${Math.round(m("tbt"))}, ${Math.round(100 * m("accessibility"))}\n`,
      );
    }
  }
} finally {
  servers.stop();
}
console.log(
  "\nTargets (explorer, stock nginx): performance ≥ 0.98, LCP ≤ 1.5 s, CLS ≤ 0.02, TBT ≤ 150 ms, better than the Chart.js page; accessibility, best practices, SEO 100.",
);
