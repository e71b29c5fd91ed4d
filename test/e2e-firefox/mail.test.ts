import { describe, expect, it } from "vitest";
import { DEMO_REJECTION_SUBJECT } from "../../scripts/lib/demo-pages";
import { filledFirefoxBanner } from "../../scripts/lib/firefox-banner-probe";
import { BUTTONS, CLIENTS, expectAbove, FEEDBACK_ADDED } from "../e2e/mail-clients";
import { openConversation, shownText, useFirefox, useMailTabs } from "./harness";

const firefox = useFirefox();
const mailTab = useMailTabs(firefox);

describe.each(["gmail", "outlook"] as const)("in Firefox, on the demo %s", (host) => {
  const client = CLIENTS[host];

  it("the banner names the rejection, and Ask for feedback types the request into the reply", async () => {
    const { page, errors } = await mailTab(client.url);
    await openConversation(page, DEMO_REJECTION_SUBJECT);
    const banner = await filledFirefoxBanner(firefox(), page);
    expect((await banner.buttons()).filter((name) => name !== "Add to your interviews")).toEqual(
      BUTTONS,
    );
    expect((await banner.text()).split("\n")).toContain(
      "This looks like a rejection from Lumen Analytics",
    );
    await banner.click("Ask for feedback");
    await expect.poll(() => banner.status()).toBe(FEEDBACK_ADDED);
    const reply = await shownText(page, client.editor);
    expectAbove(reply, "Hi Maya,", client.below);
    expectAbove(reply, "Senior Product Analyst", client.below);
    await expect.poll(() => banner.buttons()).toContain("Ask again");
    expect(errors).toEqual([]);
  });
});
