import type { CDPSession, Page } from "playwright-core";
import { BANNER_STATE } from "../../src/content/banner/banner";

/**
 * Debrief's banner seen from outside the page, for tests and screenshots. Its shadow root is
 * closed: neither the page's scripts nor Playwright's locators (which pierce open shadow roots
 * only) reach inside. The Chrome DevTools Protocol does, as the Elements panel does: `DOM.describeNode`
 * with `pierce: true` names the closed root, `DOM.resolveNode` gives a handle on it that only this
 * session holds, and `Runtime.callFunctionOn` reads it. Presses are real mouse clicks and keys
 * (`page.mouse`, `page.keyboard`), trusted like the user's own, at the place the button is drawn.
 */
export interface BannerProbe {
  /** Whether a banner is in the page, shown. */
  shown(): Promise<boolean>;
  /** The words of the banner that are shown (its lines and its controls), or "" when none is. */
  text(): Promise<string>;
  /** The names of the buttons shown, in order. */
  buttons(): Promise<string[]>;
  /** The status line (what an action did). */
  status(): Promise<string>;
  /** The phrases "Why?" lists. */
  quotes(): Promise<string[]>;
  /** The name of the control that has focus inside the banner, "" for none. */
  focused(): Promise<string>;
  /** Gives a button focus, as a user tabbing to it would. */
  focus(name: string | RegExp): Promise<void>;
  /** A button that ignores presses (the extension is gone, or an action runs). */
  isDisabled(name: string | RegExp): Promise<boolean>;
  /** Clicks a button with the mouse where it is drawn, once it is shown. */
  click(name: string | RegExp): Promise<void>;
  /** Scrolls the banner to the middle of the window. */
  scrollIntoView(): Promise<void>;
}

export const BANNER = '[data-debrief="banner"]';
/** The banner once the background's answer has filled it in (company, role, interview). */
export const FILLED_BANNER = `${BANNER}[${BANNER_STATE}="filled"]`;

/** Waits for the banner to show, filled in, and gives its probe. */
export async function filledBanner(page: Page): Promise<BannerProbe> {
  await page.locator(FILLED_BANNER).waitFor({ state: "visible" });
  return bannerProbe(page);
}
const GROUP = "debrief-banner-probe";
const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => {
        await cdp.send("DOM.enable");
        return cdp;
      });
    sessions.set(page, session);
  }
  return session;
}

type Pattern = { source: string; flags: string } | { exact: string };
const patternOf = (name: string | RegExp): Pattern =>
  typeof name === "string" ? { exact: name } : { source: name.source, flags: name.flags };

/**
 * `InBanner` over the Chrome DevTools Protocol. `fn` is sent as source, so it may use only its
 * arguments, and names no function of its own (see `FIND_BUTTON`).
 */
async function inBanner<T>(
  page: Page,
  fn: ((root: ShadowRoot, arg: unknown) => T) | string,
  arg: unknown = null,
): Promise<T | null> {
  const cdp = await sessionOf(page);
  try {
    const found = await cdp.send("Runtime.evaluate", {
      expression: `(() => { const all = [...document.querySelectorAll(${JSON.stringify(BANNER)})];
        return all.find((each) => each.checkVisibility()) ?? all[0] ?? null; })()`,
      objectGroup: GROUP,
    });
    const hostId = found.result.objectId;
    if (!hostId) return null;
    const { node } = await cdp.send("DOM.describeNode", {
      objectId: hostId,
      depth: 1,
      pierce: true,
    });
    const root = node.shadowRoots?.[0];
    if (!root) return null;
    const { object } = await cdp.send("DOM.resolveNode", {
      backendNodeId: root.backendNodeId,
      objectGroup: GROUP,
    });
    if (!object.objectId) return null;
    const called = await cdp.send("Runtime.callFunctionOn", {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${String(fn)})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (called.exceptionDetails) {
      throw new Error(
        `in the banner: ${called.exceptionDetails.exception?.description ?? called.exceptionDetails.text}`,
      );
    }
    return called.result.value as T;
  } finally {
    await cdp.send("Runtime.releaseObjectGroup", { objectGroup: GROUP }).catch(() => {});
  }
}

/**
 * Finds a shown button by name inside `root`. Source text, not a function: tsx and Vitest compile
 * this file with helpers (`__name`) that do not exist in the page.
 */
const FIND_BUTTON = `(root, pattern) => [...root.querySelectorAll("button")].find((button) => {
  const text = button.textContent?.trim() ?? "";
  const named = pattern.exact !== undefined
    ? text === pattern.exact
    : new RegExp(pattern.source, pattern.flags).test(text);
  return named && button.checkVisibility();
}) ?? null`;

export function bannerProbe(page: Page): BannerProbe {
  return probeBanner(
    (fn, arg) => inBanner(page, fn, arg),
    (x, y) => page.mouse.click(x, y),
  );
}

/**
 * Runs `fn(root, arg)` on the shadow root of the banner shown (else of the first), in the page's
 * own world, and returns what it returns (null when there is no banner). `fn` goes as source text.
 */
export type InBanner = <T>(
  fn: ((root: ShadowRoot, arg: unknown) => T) | string,
  arg?: unknown,
) => Promise<T | null>;

/** The probe, for any browser driver that can run code on the banner's root and click a point. */
export function probeBanner(
  inBanner: InBanner,
  clickAt: (x: number, y: number) => Promise<void>,
): BannerProbe {
  // Each call sends the finder along with what it does with the button.
  const withButton = <T>(name: string | RegExp, action: string) =>
    inBanner<T>(
      `(root, arg) => { const button = (${FIND_BUTTON})(root, arg); ${action} }`,
      patternOf(name),
    );

  return {
    async shown() {
      return (await inBanner((root) => (root.host as HTMLElement).checkVisibility())) ?? false;
    },
    async text() {
      return (
        (await inBanner((root) =>
          [...root.querySelectorAll("p, .role, .detail, li, label, button, option:checked")]
            .filter((element) => !element.closest("[hidden]"))
            .map((element) => element.textContent?.trim() ?? "")
            .filter(Boolean)
            .join("\n"),
        )) ?? ""
      );
    },
    async buttons() {
      return (
        (await inBanner((root) =>
          [...root.querySelectorAll("button")]
            .filter((button) => button.checkVisibility())
            .map((button) => button.textContent?.trim() ?? ""),
        )) ?? []
      );
    },
    async status() {
      return (
        (await inBanner((root) => root.querySelector("[role=status]")?.textContent ?? "")) ?? ""
      );
    },
    async quotes() {
      return (
        (await inBanner((root) =>
          [...root.querySelectorAll("q")].map((quote) => quote.textContent ?? ""),
        )) ?? []
      );
    },
    async focused() {
      return (await inBanner((root) => root.activeElement?.textContent?.trim() ?? "")) ?? "";
    },
    async focus(name) {
      const done = await withButton<boolean>(
        name,
        "if (!button) return false; button.focus(); return true;",
      );
      if (!done) throw new Error(`no button ${String(name)} in the banner`);
    },
    async isDisabled(name) {
      const disabled = await withButton<boolean | null>(
        name,
        'return button ? button.disabled || button.getAttribute("aria-disabled") === "true" : null;',
      );
      if (disabled === null) throw new Error(`no button ${String(name)} in the banner`);
      return disabled;
    },
    async click(name) {
      const deadline = Date.now() + 10_000;
      for (;;) {
        // Where the button is drawn, once it is there and nothing covers its middle.
        const point = await withButton<{ x: number; y: number } | null>(
          name,
          `if (!button) return null;
          button.scrollIntoView({ block: "center", inline: "center" });
          const box = button.getBoundingClientRect();
          const x = box.left + box.width / 2, y = box.top + box.height / 2;
          const hit = root.elementFromPoint(x, y);
          return hit && (hit === button || button.contains(hit)) ? { x, y } : null;`,
        );
        if (point) {
          await clickAt(point.x, point.y);
          return;
        }
        if (Date.now() > deadline) throw new Error(`no button ${String(name)} shown in the banner`);
        await new Promise((done) => setTimeout(done, 50));
      }
    },
    async scrollIntoView() {
      await inBanner((root) => root.host.scrollIntoView({ block: "center" }));
    },
  };
}
