import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { type BrowserContext, chromium, type Worker } from "playwright-core";
import { findChromium } from "./chromium";
import { isDemoAddress } from "./demo-mailbox";

export const ROOT = resolve(import.meta.dirname, "../..");
export const TMP = resolve(ROOT, "tmp");

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every address the browser asked for that is neither the extension nor the demo mailbox. */
  strayRequests: string[];
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  dist?: string;
  headless?: boolean;
  /** A profile folder to keep between runs; a fresh one under tmp/ when not given. */
  profileDir?: string;
  /** Let the browser reach the real network (only `npm start -- --live`). */
  network?: boolean;
  viewport?: { width: number; height: number } | null;
  /** The browser's language (`de`, `pt-BR`): its interface, `i18n.getUILanguage` and `navigator.language`. */
  language?: string;
  /**
   * The moment the pages and Debrief's worker take for now at launch, their clocks running on from
   * there (timers keep real time). Content scripts keep the real clock: they only write dates.
   */
  now?: Date;
}

/**
 * A script that moves `Date` in the scope it runs in by `offset` ms (`new Date(x)` and `Date.UTC`
 * are unchanged). Text, not a function: the TypeScript runner's helpers would not exist in a page.
 */
function shiftClock(offset: number): string {
  return `(() => {
    if (globalThis.__debriefClockShift !== undefined) return;
    globalThis.__debriefClockShift = ${offset};
    const RealDate = globalThis.Date;
    // Every date stays a real Date (instanceof, structured clone); only "now" moves.
    function ShiftedDate(...args) {
      const date = args.length === 0 ? new RealDate(RealDate.now() + ${offset}) : new RealDate(...args);
      return new.target ? date : date.toString();
    }
    ShiftedDate.prototype = RealDate.prototype;
    ShiftedDate.now = () => RealDate.now() + ${offset};
    ShiftedDate.parse = RealDate.parse;
    ShiftedDate.UTC = RealDate.UTC;
    globalThis.Date = ShiftedDate;
  })()`;
}

/** Starts Chromium with Debrief loaded from `dist` and waits for its service worker. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  // DEBRIEF_DIST lets a second build be tested beside the usual one (`vite build --outDir …`).
  const dist = resolve(ROOT, options.dist ?? process.env.DEBRIEF_DIST ?? "dist");
  mkdirSync(resolve(TMP, "xdg"), { recursive: true });
  // Chromium writes its scratch files and settings here, not in the user's home.
  process.env.TMPDIR = TMP;
  process.env.XDG_CONFIG_HOME = resolve(TMP, "xdg");
  const profileDir = options.profileDir ?? mkdtempSync(resolve(TMP, "profile-"));
  const args = [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    "--disable-gpu",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-sync",
    "--disable-component-update",
  ];
  // Chromium refuses to start as root with its sandbox on; anyone else keeps it.
  if (process.getuid?.() === 0) args.push("--no-sandbox");
  if (options.headless === false) args.push("--window-size=1360,900");
  if (options.language) args.push(`--lang=${options.language}`);
  if (!options.network) {
    args.push(
      "--disable-background-networking",
      "--disable-quic",
      "--host-resolver-rules=MAP * ~NOTFOUND",
    );
  }
  // Let the request log below see the service worker's requests too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args,
    ignoreDefaultArgs: ["--disable-extensions"],
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    ...(options.language ? { locale: options.language } : {}),
  });
  const strayRequests: string[] = [];
  context.on("request", (request) => {
    const url = request.url();
    if (
      !url.startsWith("chrome-extension://") &&
      !url.startsWith("data:") &&
      !url.startsWith("blob:") &&
      !isDemoAddress(url)
    ) {
      strayRequests.push(url);
    }
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith("chrome-extension://")) ??
    (await context.waitForEvent("serviceworker", { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  if (options.now) {
    const script = shiftClock(Math.round(options.now.getTime() - Date.now()));
    await context.addInitScript(script);
    // A worker the browser restarts is shifted again as it starts.
    await worker.evaluate(script);
    context.on("serviceworker", (restarted) => {
      void restarted.evaluate(script).catch(() => undefined);
    });
  }
  return {
    context,
    extensionId,
    worker,
    strayRequests,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, "")}`,
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
