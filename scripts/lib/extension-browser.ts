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
