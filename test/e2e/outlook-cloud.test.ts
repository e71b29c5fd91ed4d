import { describe, expect, it } from "vitest";
import { bannerProbe, FILLED_BANNER } from "../../scripts/lib/banner-probe";
import { openConversation, useExtensionBrowser } from "./harness";

// Microsoft 365 mail at its new address: the demo Outlook served at outlook.cloud.microsoft.
const browser = useExtensionBrowser();

describe("Outlook at outlook.cloud.microsoft", () => {
  it("gets the banner, and Ask for feedback types the request above the quoted message", async () => {
    const page = await browser().context.newPage();
    await page.goto("https://outlook.cloud.microsoft/mail/inbox");
    await openConversation(page, "Interview: Senior Product Analyst at Lumen Analytics");
    await page.locator(FILLED_BANNER).waitFor({ state: "visible" });
    const banner = bannerProbe(page);
    expect((await banner.text()).split("\n")).toContain(
      "This looks like a rejection from Lumen Analytics",
    );
    await banner.click("Ask for feedback");
    await expect
      .poll(() => banner.status())
      .toBe("Feedback request added to your reply. Read it, then press Send.");
    const editor = page.locator("[contenteditable=true][aria-multiline=true]");
    const text = (await editor.textContent()) ?? "";
    expect(text).toContain("Senior Product Analyst");
    expect(text.indexOf("Senior Product Analyst")).toBeLessThan(text.indexOf("From:"));
    await page.close();
  });
});
