import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { bannerProbe } from "../../scripts/lib/banner-probe";
import { DEMO_URLS } from "../../scripts/lib/demo-mailbox";
import { DEMO_REJECTION_SUBJECT } from "../../scripts/lib/demo-pages";
import { openConversation, useExtensionBrowser } from "./harness";

/** The demo's Lumen rejection padded to 5 million characters (`?bodysize=`, emails.js). */
const BODY_SIZE = 5_000_000;
const EDITORS = {
  gmail: "[g_editable=true]",
  outlook: "[contenteditable=true][aria-multiline=true]",
} as const;

function hugeMailAddress(host: keyof typeof DEMO_URLS): string {
  const url = new URL(DEMO_URLS[host]);
  url.searchParams.set("bodysize", String(BODY_SIZE));
  return url.href;
}

describe.each(["gmail", "outlook"] as const)("in %s, a 5 MB rejection", (host) => {
  const browser = useExtensionBrowser();
  const pages: Page[] = [];
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });

  it("gets its banner, and Ask for feedback types the request above the quoted text", async () => {
    const page = await browser().context.newPage();
    pages.push(page);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(hugeMailAddress(host));
    await openConversation(page, DEMO_REJECTION_SUBJECT);
    const bodyLength = await page.evaluate(() => document.body.textContent?.length ?? 0);
    // Line breaks are <br>s, which hold no text: the page holds a little less than the size asked.
    expect(bodyLength, "the page holds the padded message").toBeGreaterThan(BODY_SIZE * 0.9);

    await page.locator("[data-debrief=banner]").waitFor({ state: "visible", timeout: 30_000 });
    const banner = bannerProbe(page);
    expect(await banner.text()).toContain("This looks like a rejection from Lumen Analytics");
    await banner.click("Ask for feedback");
    await expect
      .poll(() => banner.status(), { timeout: 30_000 })
      .toBe("Feedback request added to your reply. Read it, then press Send.");
    const typed = await page.evaluate((selector) => {
      const editor = [...document.querySelectorAll(selector)].find((element) =>
        (element as HTMLElement).checkVisibility(),
      );
      const text = editor?.textContent ?? "";
      // The request, and where it stands: above the signature, which stands above the quote.
      return {
        request: text.includes("Senior Product Analyst") && text.includes("feedback"),
        aboveSignature:
          text.indexOf("Senior Product Analyst") < text.indexOf("Product analyst · Bristol"),
      };
    }, EDITORS[host]);
    expect(typed).toEqual({ request: true, aboveSignature: true });
    expect(errors).toEqual([]);
  });
});
