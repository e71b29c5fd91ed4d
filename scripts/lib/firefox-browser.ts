import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { demoResponse, type MailboxOptions } from "./demo-mailbox";
import { ROOT } from "./extension-browser";
import { findFirefox } from "./firefox";

/**
 * Firefox with the Firefox build of Debrief installed as a temporary add-on, driven over WebDriver
 * BiDi (puppeteer-core). One interception, for every tab and frame, answers the demo mailbox's
 * addresses and refuses, and records, any other request.
 */
export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** The add-on's id (`browser_specific_settings.gecko.id`). */
  extensionId: string;
  /** Every address the browser asked for that is neither the extension nor the demo mailbox. */
  strayRequests: string[];
  extensionUrl(path: string): string;
  /** A new tab showing `address` (one of `DEMO_URLS`), served the demo mailbox with `options`. */
  openMail(address: string, options?: MailboxOptions): Promise<Page>;
  /** A new tab showing one of the extension's pages (`src/popup/index.html`), loaded. */
  openExtensionPage(path: string, viewport: { width: number; height: number }): Promise<Page>;
  /** What the extension wrote to the browser console as an error or warning, and its script errors. */
  extensionErrors(): Promise<string[]>;
  /** The id of the tab's top browsing context, for BiDi commands. */
  contextOf(page: Page): string;
  bidi: Bidi;
  close(): Promise<void>;
}

/** The part of puppeteer's BiDi connection used here. */
export interface Bidi {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: string, handler: (params: never) => void): void;
}

/**
 * The address extension pages get: Firefox gives every add-on a random UUID for its
 * moz-extension:// origin unless the `extensions.webextensions.uuids` pref names one.
 */
export const FIREFOX_EXTENSION_UUID = "5d1f0c3a-7e2b-4a96-8c41-0b3e9d2a6f17";

interface BeforeRequestSent {
  context: string | null;
  isBlocked: boolean;
  navigation: string | null;
  request: { request: string; url: string };
}

const LOCAL = ["moz-extension:", "data:", "blob:", "about:"];

export async function launchFirefoxWithExtension(
  options: { dist?: string } = {},
): Promise<FirefoxExtensionBrowser> {
  const dist = resolve(ROOT, options.dist ?? process.env.DEBRIEF_FIREFOX_DIST ?? "dist-firefox");
  const manifest = JSON.parse(readFileSync(resolve(dist, "manifest.json"), "utf8")) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const extensionId = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: findFirefox(),
    headless: true,
    // Lets BiDi reach the browser's own windows: extension pages load in a tab only with it, and the
    // browser console is read through it.
    args: ["--remote-allow-system-access"],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      // Grant the mail sites at install, as a user accepting the add-on's permissions does.
      "extensions.originControls.grantByDefault": true,
      "extensions.webextensions.uuids": JSON.stringify({ [extensionId]: FIREFOX_EXTENSION_UUID }),
      // A request that got past the interception would meet a proxy that answers nothing.
      "network.proxy.type": 1,
      "network.proxy.http": "127.0.0.1",
      "network.proxy.http_port": 9,
      "network.proxy.ssl": "127.0.0.1",
      "network.proxy.ssl_port": 9,
      "network.proxy.share_proxy_settings": true,
      "network.proxy.no_proxies_on": "",
    },
  });
  try {
    const bidi = (browser as unknown as { connection: Bidi }).connection;
    const strayRequests: string[] = [];
    const mailOptions = new Map<string, MailboxOptions>();
    const { result } = await bidi.send("network.addIntercept", { phases: ["beforeRequestSent"] });
    const intercept = (result as { intercept: string }).intercept;
    bidi.on("network.beforeRequestSent", (event: BeforeRequestSent) => {
      if (!event.isBlocked) return;
      void answer(bidi, event, mailOptions, strayRequests).catch(() => {
        // The tab may be gone by then; a request nobody waits for needs no answer.
      });
    });
    const installed = await browser.installExtension(dist);
    if (installed !== extensionId) {
      throw new Error(`Firefox installed ${installed}, not ${extensionId}`);
    }
    const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;
    const extensionUrl = (path: string) =>
      `moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, "")}`;

    return {
      browser,
      extensionId,
      strayRequests,
      extensionUrl,
      contextOf,
      bidi,
      async openMail(address, options = {}) {
        const page = await browser.newPage();
        mailOptions.set(contextOf(page), options);
        await page.goto(address);
        return page;
      },
      async openExtensionPage(path, viewport) {
        const page = await browser.newPage();
        await page.setViewport(viewport);
        const address = extensionUrl(path);
        // The navigation to a moz-extension:// page never reports its end over BiDi (the tab's
        // browsing context is replaced), so the page is watched until it has loaded.
        void page.goto(address).catch(() => undefined);
        const deadline = Date.now() + 20_000;
        for (;;) {
          const state = await page
            .evaluate(() => [location.href, document.readyState])
            .catch(() => null);
          if (state?.[0] === address && state[1] === "complete") return page;
          if (Date.now() > deadline) throw new Error(`${address} did not load`);
          await new Promise((done) => setTimeout(done, 100));
        }
      },
      extensionErrors: () => extensionErrors(bidi, extensionId),
      async close() {
        await bidi.send("network.removeIntercept", { intercept }).catch(() => undefined);
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function answer(
  bidi: Bidi,
  event: BeforeRequestSent,
  mailOptions: Map<string, MailboxOptions>,
  strayRequests: string[],
): Promise<void> {
  const { request, url } = event.request;
  if (LOCAL.some((scheme) => url.startsWith(scheme))) {
    await bidi.send("network.continueRequest", { request });
    return;
  }
  const served = await demoResponse(
    url,
    event.navigation !== null,
    (event.context && mailOptions.get(event.context)) || {},
  );
  if (!served) {
    strayRequests.push(url);
    await bidi.send("network.failRequest", { request });
    return;
  }
  await bidi.send("network.provideResponse", {
    request,
    statusCode: served.status,
    reasonPhrase: served.status === 200 ? "OK" : served.status === 204 ? "No Content" : "Not Found",
    headers: Object.entries(served.headers).map(([name, value]) => ({
      name,
      value: { type: "string", value },
    })),
    body: { type: "base64", value: served.body.toString("base64") },
  });
}

/**
 * The browser console, read in the browser's own window: script errors from the add-on's files
 * and the add-on's `console.error` and `console.warn` calls, from its background, pages and content
 * scripts alike.
 */
async function extensionErrors(bidi: Bidi, extensionId: string): Promise<string[]> {
  const { result } = await bidi.send("browsingContext.getTree", { "moz:scope": "chrome" });
  const chrome = (result as { contexts: { context: string; url: string }[] }).contexts.find(
    (context) => context.url.startsWith("chrome://browser/"),
  );
  if (!chrome) throw new Error("the browser's window is not reachable over BiDi");
  const source = `(() => {
    const origin = "moz-extension://${FIREFOX_EXTENSION_UUID}/";
    const lines = [];
    for (const message of Services.console.getMessageArray() ?? []) {
      if (!(message instanceof Ci.nsIScriptError)) continue;
      if (message.flags & Ci.nsIScriptError.infoFlag) continue;
      if (!(message.sourceName ?? "").startsWith(origin)) continue;
      lines.push(message.errorMessage + " at " + message.sourceName + ":" + message.lineNumber);
    }
    const storage = Cc["@mozilla.org/consoleAPI-storage;1"].getService(Ci.nsIConsoleAPIStorage);
    for (const event of storage.getEvents()) {
      if (event.addonId !== ${JSON.stringify(extensionId)}) continue;
      if (event.level !== "error" && event.level !== "warn") continue;
      lines.push("console." + event.level + ": " + event.arguments.map(String).join(" ") +
        " at " + event.filename + ":" + event.lineNumber);
    }
    return JSON.stringify(lines);
  })()`;
  const evaluated = (
    await bidi.send("script.evaluate", {
      expression: source,
      target: { context: chrome.context },
      awaitPromise: false,
    })
  ).result as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
  if (evaluated.type !== "success" || typeof evaluated.result?.value !== "string") {
    throw new Error(`could not read the browser console: ${evaluated.exceptionDetails?.text}`);
  }
  return JSON.parse(evaluated.result.value) as string[];
}
