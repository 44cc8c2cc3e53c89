// A phone as Lighthouse's mobile preset emulates it, for the puppeteer
// scripts: 390 × 844 at 3×, touch, slow 4G (150 ms round trip, 1.6 Mbit/s
// down, 750 kbit/s up), a 4× slower CPU, and no cache.
export async function emulatePhone(page) {
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const cdp = await page.createCDPSession();
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return cdp;
}
