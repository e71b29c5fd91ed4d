import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_URLS } from "../../scripts/lib/demo-mailbox";
import { DEMO_REJECTION_SUBJECT, unknownBodies } from "../../scripts/lib/demo-pages";
import { TMP } from "../../scripts/lib/extension-browser";
import { seriousViolations } from "./axe";
import { openConversation, openOptions, openPopup, useExtensionBrowser } from "./harness";

const browser = useExtensionBrowser();

/** The selector counts the extension keeps in `storage.local`. */
async function storedHits(): Promise<Record<string, number[]>> {
  return browser().worker.evaluate(async () => {
    const scope = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    const stored = await scope.chrome.storage.local.get("selectorHits");
    return (stored.selectorHits ?? {}) as Record<string, number[]>;
  });
}

describe("an Outlook page Debrief cannot read", () => {
  it("is said in the popup, whose page sample holds the page's structure and no word of the email", async () => {
    const outlook = await browser().context.newPage();
    await outlook.addInitScript(unknownBodies);
    await outlook.goto(DEMO_URLS.outlook);
    await openConversation(outlook, DEMO_REJECTION_SUBJECT);
    // The message is on screen, its words with it: what the sample must leave behind.
    const shown = await outlook
      .getByText("we have decided not to move forward", { exact: false })
      .first()
      .evaluate((element) => element.textContent ?? "");
    expect(shown).toContain("subscription pricing");

    // The background hears of it once it has lasted a moment (a message still arriving is not it).
    await expect
      .poll(async () => {
        const session = await browser().worker.evaluate(async () => {
          const scope = globalThis as unknown as {
            chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
          };
          return scope.chrome.storage.session.get(null);
        });
        return Object.keys(session).filter((key) => key.startsWith("unreadablePage:")).length;
      })
      .toBe(1);
    const popup = await openPopup(browser());
    // What the popup writes to the clipboard is kept for the test (the clipboard of a headless
    // browser cannot be granted to an extension's origin).
    await popup.evaluate(() => {
      const written: string[] = [];
      (globalThis as unknown as { written: string[] }).written = written;
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: async (text: string) => void written.push(text) },
      });
    });
    await expect
      .poll(() =>
        popup
          // The popup is opened in a tab of its own here, so the mail page is another tab.
          .getByText(
            "Debrief can't read the Outlook page open in another tab: the open message was not recognised.",
          )
          .isVisible(),
      )
      .toBe(true);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole("button", { name: "Copy a page sample" }).click();
    await expect
      .poll(() => popup.getByRole("status").textContent())
      .toBe(
        "Page sample copied. Paste it into a bug report: it holds the page's structure, not your mail's words.",
      );
    const written = await popup.evaluate(
      () => (globalThis as unknown as { written: string[] }).written,
    );
    expect(written).toHaveLength(1);
    const sample = written[0] ?? "";

    const header = /^<!-- debrief-page-sample (\{.*\}) -->\n/.exec(sample);
    expect(header, sample.slice(0, 300)).not.toBeNull();
    expect(JSON.parse(header?.[1] ?? "{}")).toMatchObject({
      client: "outlook",
      host: "outlook.live.com",
      missing: "expanded message",
      version: "0.1.0",
    });
    expect(sample).toContain('id="ReadingPaneContainerId"');
    for (const word of [
      "decided not to move forward",
      "subscription",
      "Jordan",
      "Lumen",
      "Analytics",
      "Senior Product Analyst",
      "Maya",
      "Okafor",
      "maya.okafor@lumen-analytics.example",
    ]) {
      expect(sample, word).not.toContain(word);
    }
    expect(sample).not.toContain("@lumen");

    // Screenshots for the eye, in light and dark.
    const dir = resolve(TMP, "screenshots");
    mkdirSync(dir, { recursive: true });
    await popup.screenshot({ path: resolve(dir, "popup-unreadable.png") });
    // Without motion, the buttons take their dark colours at once rather than over a transition.
    await popup.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot({ path: resolve(dir, "popup-unreadable-dark.png") });
    await popup.close();

    // The counts: in the sample for this page, and kept once the page goes away.
    const body = (JSON.parse(header?.[1] ?? "{}") as { selectorHits?: Record<string, number[]> })
      .selectorHits?.["outlook.body"];
    expect(body?.at(-1), "misses of outlook.body in the sample").toBeGreaterThan(0);
    await outlook.close();
    await expect
      .poll(async () => {
        const kept = await storedHits();
        return kept["outlook.body"]?.at(-1) ?? 0;
      })
      .toBeGreaterThan(0);
    const options = await openOptions(browser());
    await options.goto(browser().extensionUrl("src/options/index.html#data"));
    const reading = options.locator(".mail-reading");
    await expect
      .poll(() => reading.getByRole("heading", { name: "Outlook" }).isVisible())
      .toBe(true);
    expect(await reading.textContent()).toMatch(/body\s*never found, in \d+ looks\./);
    await reading.screenshot({ path: resolve(dir, "options-mail-reading.png") });
    await reading.getByRole("button", { name: "Reset the counts" }).click();
    await expect
      .poll(() => reading.getByRole("status").textContent())
      .toBe("The counts are reset.");
    expect(await storedHits()).toEqual({});
    await options.close();
  });

  it("is taken by a script the extension injects only then, which no web page can find", async () => {
    const dist = resolve(import.meta.dirname, "..", "..", process.env.DEBRIEF_DIST ?? "dist");
    const manifest = JSON.parse(readFileSync(resolve(dist, "manifest.json"), "utf8")) as {
      web_accessible_resources?: unknown;
      permissions?: string[];
      content_scripts: { js: string[] }[];
    };
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.permissions).toContain("scripting");
    // The scrubber is not in what every mail page loads.
    const contentScript = readFileSync(
      resolve(dist, manifest.content_scripts[0]?.js[0] ?? ""),
      "utf8",
    );
    expect(contentScript).not.toContain("debrief-page-sample");
  });
});
