// Screenshots of the first seconds on a throttled phone (390 × 844 at 3×,
// slow 4G: 150 ms round trip, 1.6 Mbit/s down; 4× slower CPU), with the
// .wasm allowed and blocked, for a person to look at. Not a test.
//
//   node tests/bench/first_second.mjs URL OUT_DIR
//
// Uses the puppeteer that Lighthouse brings (`bash .ci/setup --bench`).

import { mkdirSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { emulatePhone } from "./phone.mjs";

const require = createRequire(resolve(".tools/lighthouse/node_modules/lighthouse/package.json"));
const puppeteer = require("puppeteer-core");
const [url, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  userDataDir: mkdtempSync(join(tmpdir(), "first-second-")),
});
for (const [name, query, block] of [
  ["default", "", false],
  ["default-no-wasm", "", true],
  ["trend-en", "?v=1&view=trend&lang=en", false],
  ["trend-en-no-wasm", "?v=1&view=trend&lang=en", true],
]) {
  const page = await browser.newPage();
  const cdp = await emulatePhone(page);
  if (block) await cdp.send("Network.setBlockedURLs", { urls: ["*.wasm*"] });
  const start = Date.now();
  page.goto(url + query).catch(() => {});
  for (const at of [500, 1000, 1500, 3000, 8000]) {
    await new Promise((done) => setTimeout(done, Math.max(0, start + at - Date.now())));
    await page.screenshot({ path: join(out, `${name}-${at}ms.png`) });
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
