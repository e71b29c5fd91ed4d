import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_URLS } from "../../scripts/lib/demo-mailbox";
import { openConversation, openOptions, openPopup, useExtensionBrowser } from "./harness";

const LUMEN = "Interview: Senior Product Analyst at Lumen Analytics";
const BANNER = "[data-debrief=banner]";
const GMAIL = "Gmail (mail.google.com)";
const OFF_LINE = "Debrief: turned off for this site in its options.";
const FEEDBACK = "We chose a candidate with more hospital experience.";

/** A real reload: the content script starts again and asks for its settings. */
async function reload(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.reload();
}

/** Waits until the conversation is on screen, then long enough for a banner that would come. */
async function openLumen(page: Page): Promise<void> {
  // In Gmail the list is hidden behind an open conversation.
  if (page.url().startsWith("https://mail.google.com/") && !page.url().endsWith("#inbox")) {
    await page.evaluate(() => {
      location.hash = "#inbox";
    });
  }
  await openConversation(page, LUMEN);
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          [...document.querySelectorAll("h2.hP, [id^=CONV_][id$=_SUBJECT]")]
            .find((element) => (element as HTMLElement).checkVisibility())
            ?.textContent?.trim() ?? "",
      ),
    )
    .toBe(LUMEN);
  await page.waitForTimeout(600);
}

describe("mail sites in the options", () => {
  const browser = useExtensionBrowser();

  it("turning Gmail off removes the banner from Gmail after a reload, and Outlook keeps it", async () => {
    const gmail = await browser().context.newPage();
    const lines: string[] = [];
    gmail.on("console", (message) => lines.push(message.text()));
    await gmail.goto(DEMO_URLS.gmail);
    await openLumen(gmail);
    await gmail.locator(BANNER).waitFor({ state: "visible" });

    const options = await openOptions(browser());
    await options.getByRole("link", { name: "Settings", exact: true }).click();
    const checkbox = options.getByLabel(GMAIL, { exact: true });
    await expect.poll(() => checkbox.isChecked()).toBe(true);
    await checkbox.uncheck();
    await options.getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => options.getByRole("status").textContent()).toBe("Saved.");

    await reload(gmail, DEMO_URLS.gmail);
    await openLumen(gmail);
    // The script says it is off once it has read its settings, however long that takes here.
    await expect.poll(() => lines).toContain(OFF_LINE);
    expect(await gmail.locator(BANNER).count()).toBe(0);

    const outlook = await browser().context.newPage();
    await outlook.goto(DEMO_URLS.outlook);
    await openLumen(outlook);
    await outlook.locator(BANNER).waitFor({ state: "visible" });
    expect(await outlook.locator(BANNER).count()).toBe(1);

    // Turned back on, Gmail shows it again after a reload.
    await checkbox.check();
    await options.getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => options.getByRole("status").textContent()).toBe("Saved.");
    await reload(gmail, DEMO_URLS.gmail);
    await openLumen(gmail);
    await gmail.locator(BANNER).waitFor({ state: "visible" });
    for (const page of [gmail, outlook, options]) await page.close();
  });

  it("hiding the words of rejections keeps saved feedback out of the popup until asked for", async () => {
    const popup = await openPopup(browser());
    popup.setDefaultTimeout(10_000);
    await popup.getByRole("button", { name: "Add interview" }).first().click();
    await popup.getByLabel("Company").fill("Brightwell Health");
    await popup.getByLabel("Date").fill("2026-10-01");
    await popup.getByRole("button", { name: "Save interview" }).click();
    await popup.getByRole("button", { name: "Brightwell Health", exact: true }).click();
    await popup.getByLabel("What did they say?").fill(FEEDBACK);
    await popup.getByRole("button", { name: "Save feedback" }).click();
    await expect.poll(() => popup.getByText(FEEDBACK).count()).toBe(1);

    const options = await openOptions(browser());
    await options.getByRole("link", { name: "Settings", exact: true }).click();
    const hide = options.getByLabel("Hide the words of rejections in the popup", { exact: true });
    await expect.poll(() => hide.isEnabled()).toBe(true);
    await hide.check();
    await options.getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => options.getByRole("status").textContent()).toBe("Saved.");

    // The open popup follows at once; the words come back only when asked for.
    await expect.poll(() => popup.getByText(FEEDBACK).count()).toBe(0);
    await popup.getByRole("button", { name: "Show the feedback" }).click();
    await expect.poll(() => popup.getByText(FEEDBACK).count()).toBe(1);
    await options.close();
    await popup.close();
  });
});
