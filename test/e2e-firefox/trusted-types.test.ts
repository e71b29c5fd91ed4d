import { describe, expect, it } from "vitest";
import { DEMO_REJECTION_SUBJECT } from "../../scripts/lib/demo-pages";
import { filledFirefoxBanner } from "../../scripts/lib/firefox-banner-probe";
import {
  assignsMarkup,
  CLIENTS,
  expectAbove,
  FEEDBACK_ADDED,
  TRUSTED_TYPES_HEADERS,
} from "../e2e/mail-clients";
import { openConversation, shownText, useFirefox, useMailTabs } from "./harness";

// A browser of its own: the request is asked once per email, and here it must be the first time.
const firefox = useFirefox();
const mailTab = useMailTabs(firefox);

describe("in Firefox, on the demo Gmail served with its Trusted Types policy", () => {
  it("the banner still appears and Ask for feedback still types the request", async () => {
    const { page, errors } = await mailTab(CLIENTS.gmail.url, TRUSTED_TYPES_HEADERS);
    // The policy is in force: the page itself may not assign markup from a string.
    expect(await page.evaluate(assignsMarkup)).toBe("refused");
    // Firefox reports that refusal as the page's error too; only what follows counts.
    await expect.poll(() => errors.length).toBe(1);
    errors.splice(0);
    await openConversation(page, DEMO_REJECTION_SUBJECT);
    const banner = await filledFirefoxBanner(firefox(), page);
    await banner.click("Ask for feedback");
    await expect.poll(() => banner.status()).toBe(FEEDBACK_ADDED);
    expectAbove(await shownText(page, CLIENTS.gmail.editor), "Hi Maya,", CLIENTS.gmail.below);
    expect(errors).toEqual([]);
  });
});
