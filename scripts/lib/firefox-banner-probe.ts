import type { Page } from "puppeteer-core";
import {
  BANNER,
  type BannerProbe,
  FILLED_BANNER,
  type InBanner,
  probeBanner,
} from "./banner-probe";
import type { FirefoxExtensionBrowser } from "./firefox-browser";

interface Evaluated {
  type: "success" | "exception";
  /** The value, serialized: a node's `value` holds its shadow root's reference. */
  result?: { value?: unknown };
  exceptionDetails?: { text: string };
}

/**
 * The banner probe in Firefox. WebDriver BiDi serializes a closed shadow root when asked to
 * (`includeShadowTree: "all"`), as a reference only this session holds; the probe's functions run
 * with it as `this`. Presses are BiDi pointer actions: trusted clicks where the button is drawn.
 */
export function firefoxBannerProbe(firefox: FirefoxExtensionBrowser, page: Page): BannerProbe {
  const target = { context: firefox.contextOf(page) };
  const inBanner: InBanner = async <T>(
    fn: ((root: ShadowRoot, arg: unknown) => T) | string,
    arg: unknown = null,
  ) => {
    const found = (
      await firefox.bidi.send("script.evaluate", {
        expression: `(() => { const all = [...document.querySelectorAll(${JSON.stringify(BANNER)})];
          return all.find((each) => each.checkVisibility()) ?? all[0] ?? null; })()`,
        target,
        awaitPromise: false,
        serializationOptions: { includeShadowTree: "all", maxDomDepth: 0 },
      })
    ).result as Evaluated;
    const node = found.result?.value as { shadowRoot?: { sharedId?: string } | null } | undefined;
    const root = node?.shadowRoot?.sharedId;
    if (!root) return null;
    const called = (
      await firefox.bidi.send("script.callFunction", {
        functionDeclaration: `async function (arg) {
          return JSON.stringify((await (${String(fn)})(this, JSON.parse(arg))) ?? null);
        }`,
        this: { sharedId: root },
        arguments: [{ type: "string", value: JSON.stringify(arg) }],
        target,
        awaitPromise: true,
      })
    ).result as Evaluated;
    if (called.type !== "success") {
      throw new Error(`in the banner: ${called.exceptionDetails?.text}`);
    }
    return JSON.parse(String(called.result?.value)) as T;
  };
  return probeBanner(inBanner, (x, y) => page.mouse.click(x, y));
}

/** Waits for the banner to show, filled in, and gives its probe. */
export async function filledFirefoxBanner(
  firefox: FirefoxExtensionBrowser,
  page: Page,
): Promise<BannerProbe> {
  await page.waitForSelector(FILLED_BANNER, { visible: true });
  return firefoxBannerProbe(firefox, page);
}
