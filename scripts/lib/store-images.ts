import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { FILLED_BANNER } from "./banner-probe";
import { DEMO_NOW, DEMO_URLS, routeDemoMailbox } from "./demo-mailbox";
import { DEMO_REJECTION_SUBJECT, openConversation, openOptions, openPopup } from "./demo-pages";
import { type ExtensionBrowser, launchWithExtension, ROOT } from "./extension-browser";

/** Where the store listing's images are kept. */
export const STORE_IMAGES_DIR = resolve(ROOT, "store", "images");

/** The Chrome Web Store's screenshot and small promotional tile sizes (AMO takes the same). */
const SCREENSHOT = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };

const BRAND = "#0e6b66";

/** A page's picture, for a composed image. */
async function picture(page: Page): Promise<string> {
  return `data:image/png;base64,${(await page.screenshot()).toString("base64")}`;
}

/** The frame every listing screenshot shares: a headline and a line under it, then the picture. */
function framed(headline: string, line: string, body: string): string {
  return `<!doctype html><html><head><style>
    * { box-sizing: border-box; margin: 0; }
    body {
      width: ${SCREENSHOT.width}px; height: ${SCREENSHOT.height}px; overflow: hidden;
      font-family: "Inter", "Segoe UI", "Helvetica Neue", Arial, sans-serif;
      background: linear-gradient(160deg, #e8f4f1 0%, #d3ebe5 55%, #bfe0d8 100%);
      color: #0b3b39; display: flex; flex-direction: column; align-items: center;
    }
    header { text-align: center; padding: 38px 0 26px; }
    h1 { font-size: 40px; font-weight: 700; letter-spacing: -0.5px; }
    p { font-size: 21px; margin-top: 10px; color: #2d5c59; }
    .window {
      position: relative; border-radius: 12px; overflow: hidden; background: #fff;
      box-shadow: 0 24px 60px rgba(11, 59, 57, 0.28), 0 2px 8px rgba(11, 59, 57, 0.18);
    }
    .window img { display: block; }
    .popup {
      position: absolute; border-radius: 10px; overflow: hidden; background: #fff;
      box-shadow: 0 18px 48px rgba(0, 0, 0, 0.30), 0 0 0 1px rgba(0, 0, 0, 0.08);
    }
    .popup img { display: block; }
  </style></head><body><header><h1>${headline}</h1><p>${line}</p></header>${body}</body></html>`;
}

/** The promotional tile: the icon, the name, what it does. */
function tile(icon: string): string {
  return `<!doctype html><html><head><style>
    * { box-sizing: border-box; margin: 0; }
    body {
      width: ${TILE.width}px; height: ${TILE.height}px; overflow: hidden;
      font-family: "Inter", "Segoe UI", "Helvetica Neue", Arial, sans-serif;
      background: linear-gradient(135deg, #14806f 0%, ${BRAND} 55%, #0b5c63 100%);
      color: #fff; display: flex; align-items: center; gap: 26px; padding: 0 38px;
    }
    img { width: 112px; height: 112px; flex: none;
      filter: drop-shadow(0 8px 18px rgba(0, 0, 0, 0.25)); }
    h1 { font-size: 46px; font-weight: 700; letter-spacing: -0.5px; }
    p { font-size: 19px; line-height: 1.35; margin-top: 8px; color: #e3f4f0; }
  </style></head><body>
    <img src="${icon}" alt="">
    <div><h1>Debrief</h1><p>Turn a job rejection into a polite request for feedback</p></div>
  </body></html>`;
}

async function compose(
  browser: ExtensionBrowser,
  html: string,
  size: { width: number; height: number },
  path: string,
): Promise<void> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.setContent(html);
  await page.evaluate(async () => {
    await Promise.all([...document.images].map((image) => image.decode()));
  });
  await page.screenshot({ path });
  await page.close();
}

/**
 * Writes the store listing's images to `dir`, all on the demo's morning (DEMO_NOW): three
 * screenshots at 1280 × 800 (the banner above a rejection in Gmail, the popup over the mailbox,
 * the options page's templates) and the 440 × 280 promotional tile. Returns the files written.
 */
export async function takeStoreImages(dir: string = STORE_IMAGES_DIR): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const browser = await launchWithExtension({ now: DEMO_NOW });
  const written: string[] = [];
  try {
    await routeDemoMailbox(browser.context);
    // The demo user's interview at Lumen Analytics, kept from the open email.
    const gmail = await browser.context.newPage();
    await gmail.goto(DEMO_URLS.gmail);
    await openConversation(gmail, DEMO_REJECTION_SUBJECT);
    await gmail.locator(FILLED_BANNER).waitFor({ state: "visible" });
    const popup = await openPopup(browser);
    await popup.getByRole("button", { name: "Add as interview" }).click();
    await popup.getByLabel("Role").fill("Senior Product Analyst");
    await popup.getByLabel("Round").fill("Panel interview");
    await popup.getByLabel("Date").fill("2026-10-15");
    await popup.getByLabel("Time").fill("14:00");
    const interviewer = popup.getByRole("group", { name: "Interviewer 1" });
    if ((await interviewer.getByLabel("Name").inputValue()) === "") {
      await interviewer.getByLabel("Name").fill("Priya Raman");
    }
    await popup.getByRole("button", { name: "Save interview" }).click();
    await popup.getByText("Belongs to your interview at Lumen Analytics.").waitFor();
    const popupPicture = await picture(popup);
    await popup.close();

    await gmail.bringToFront();
    await gmail.goto(DEMO_URLS.gmail);
    await openConversation(gmail, DEMO_REJECTION_SUBJECT);
    await gmail.locator(FILLED_BANNER).waitFor({ state: "visible" });
    await gmail
      .getByText("Your interview on")
      .first()
      .waitFor()
      .catch(() => undefined);
    const gmailPicture = await picture(gmail);

    const options = await openOptions(browser);
    await options.getByRole("heading", { name: "Templates" }).waitFor();
    const optionsPicture = await picture(options);
    await options.close();

    const shots: [string, string][] = [
      [
        "1-banner-in-gmail.png",
        framed(
          "Knows a “no” when you open one",
          "A slim banner above the rejection: ask for feedback in one click, written for you",
          `<div class="window"><img src="${gmailPicture}" width="960" height="600" alt=""></div>`,
        ),
      ],
      [
        "2-popup-over-mailbox.png",
        framed(
          "Every interview in one place",
          "Reflect after each one, keep the feedback, and tick off your next steps",
          `<div class="window"><img src="${gmailPicture}" width="960" height="600" alt="">
             <div class="popup" style="right: 20px; top: 12px">
               <img src="${popupPicture}" width="323" height="493" alt=""></div></div>`,
        ),
      ],
      [
        "3-options-templates.png",
        framed(
          "Your words, your templates",
          "Edit the feedback request, thank-you note and check-in. Everything stays in your browser",
          `<div class="window"><img src="${optionsPicture}" width="869" height="600" alt=""></div>`,
        ),
      ],
    ];
    for (const [name, html] of shots) {
      const path = resolve(dir, name);
      await compose(browser, html, SCREENSHOT, path);
      written.push(path);
    }
    const icon = `data:image/svg+xml;base64,${readFileSync(resolve(ROOT, "icons", "icon.svg")).toString("base64")}`;
    const tilePath = resolve(dir, "promo-tile-440x280.png");
    await compose(browser, tile(icon), TILE, tilePath);
    written.push(tilePath);
  } finally {
    await browser.close();
  }
  return written;
}
