// `npm start`: opens Chromium with the freshly built Debrief on the demo mailbox.
//   npm start                       a browser window on the demo Gmail and Outlook (needs a display)
//   npm start -- --live             the real Gmail instead, in a profile kept under tmp/live-profile
//   npm start -- --screenshots DIR  no window: writes PNGs of the demo pages, popup and options to DIR,
//                                   and the store listing's images to store/images/
//     [--languages de,fr,pt_BR]     and, in a browser set to each language, DIR/<language>/*.png
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { UI_LOCALES } from "../src/ui/i18n";
import { DEMO_URLS, routeDemoMailbox } from "./lib/demo-mailbox";
import { launchWithExtension, TMP } from "./lib/extension-browser";
import { takeLanguageScreenshots, takeScreenshots } from "./lib/screenshots";
import { takeStoreImages } from "./lib/store-images";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        live: { type: "boolean", default: false },
        screenshots: { type: "string" },
        languages: { type: "string" },
      },
      allowPositionals: false,
    }).values;
  } catch (error) {
    return fail(
      `${error instanceof Error ? error.message : String(error)}\n` +
        "Usage: npm start [-- --live | -- --screenshots DIR [--languages de,fr,…]]",
    );
  }
}

/** Builds dist/ afresh: a dist/ left by an older build or a dev server must never be what runs. */
function build(): void {
  const result = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (result.status !== 0) fail("The build failed; see above.");
}

const values = readArgs();

async function main(): Promise<void> {
  if (values.screenshots !== undefined) {
    build();
    const dir = resolve(process.cwd(), values.screenshots);
    const languages = (values.languages ?? "").split(",").filter(Boolean);
    const unknown = languages.filter((each) => !(UI_LOCALES as readonly string[]).includes(each));
    if (unknown.length > 0) {
      fail(`No interface in ${unknown.join(", ")}: the languages are ${UI_LOCALES.join(", ")}.`);
    }
    const everyPicture = languages.length === 0 || values.languages === undefined;
    const files = [
      ...(everyPicture ? await takeScreenshots(dir) : []),
      ...(everyPicture ? await takeStoreImages() : []),
      ...(await takeLanguageScreenshots(dir, languages)),
    ];
    console.log(`Screenshots written:\n${files.map((file) => `  ${file}`).join("\n")}`);
    return;
  }
  const hasDisplay =
    process.platform !== "linux" || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDisplay) {
    fail(
      "There is no display to open a browser window on.\n" +
        "To see Debrief on the demo mailbox without one, write screenshots instead:\n" +
        "  npm start -- --screenshots out/",
    );
  }
  build();
  if (values.live) {
    const browser = await launchWithExtension({
      headless: false,
      network: true,
      profileDir: resolve(TMP, "live-profile"),
      viewport: null,
    });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto("https://mail.google.com/");
    console.log(
      "Debrief is loaded in this browser window, on the real Gmail. Sign in, then open an email.",
    );
    await new Promise((done) => browser.context.on("close", done));
    return;
  }
  const browser = await launchWithExtension({
    headless: false,
    profileDir: resolve(TMP, "demo-profile"),
    viewport: null,
  });
  await routeDemoMailbox(browser.context);
  const gmail = browser.context.pages()[0] ?? (await browser.context.newPage());
  await gmail.goto(DEMO_URLS.gmail);
  const outlook = await browser.context.newPage();
  await outlook.goto(DEMO_URLS.outlook);
  await gmail.bringToFront();
  console.log(
    [
      "Debrief is running on the demo mailbox (no account, no network):",
      `  Gmail:   ${DEMO_URLS.gmail}`,
      `  Outlook: ${DEMO_URLS.outlook}`,
      "Open Debrief from the puzzle-piece menu in the toolbar (pin it to keep it there).",
      "Close the browser window to stop.",
    ].join("\n"),
  );
  await new Promise((done) => browser.context.on("close", done));
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error));
});
