// Renders icons/icon.svg to the PNG sizes the manifest names, with the browser Debrief is tested in.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { findChromium } from "./lib/chromium";

const root = resolve(import.meta.dirname, "..");
const svg = readFileSync(resolve(root, "icons/icon.svg"), "utf8");
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND"],
});
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    // The Chrome Web Store asks for the 128 px icon's art within a centred 96 × 96, transparent
    // around it (developer.chrome.com/docs/webstore/images#icons): drawn at 128/162, the tile's
    // 120 px become 95, from 16.6 to 111.4, its soft edge inside too. The smaller sizes, for the
    // toolbar and the extensions page, use their whole square.
    const framed =
      size === 128 ? svg.replace('viewBox="0 0 128 128"', 'viewBox="-17 -17 162 162"') : svg;
    const sized = framed.replace('width="128" height="128"', `width="${size}" height="${size}"`);
    await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`);
    await page.screenshot({ path: resolve(root, `icons/icon-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log("icons/icon-{16,32,48,128}.png written");
