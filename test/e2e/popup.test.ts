import { describe, expect, it } from "vitest";
import { DEMO_URLS } from "../../scripts/lib/demo-mailbox";
import { openConversation, openEmails, openPopup, useExtensionBrowser } from "./harness";

const browser = useExtensionBrowser();

describe("the popup", () => {
  it("welcomes a new user and explains what to do first", async () => {
    const popup = await openPopup(browser());
    await expect
      .poll(() => popup.getByRole("heading", { name: "Welcome to Debrief" }).isVisible())
      .toBe(true);
    await expect
      .poll(() => popup.getByText("Start by adding the interview you just had.").isVisible())
      .toBe(true);
    await popup.close();
  });

  it("refuses an interview with no company or date, and saves a complete one", async () => {
    const popup = await openPopup(browser());
    await popup.getByRole("button", { name: "Add interview" }).click();
    await popup.getByRole("button", { name: "Save interview" }).click();
    await expect.poll(() => popup.getByText("Enter the company’s name.").isVisible()).toBe(true);
    await expect
      .poll(() => popup.getByText("Enter the date of the interview.").isVisible())
      .toBe(true);
    await popup.getByLabel("Company").fill("Brightwell Health");
    await popup.getByLabel("Role").fill("UX Researcher");
    await popup.getByLabel("Date").fill("2026-11-03");
    await popup.getByRole("button", { name: "Save interview" }).click();
    await expect
      .poll(() => popup.getByText("Saved your interview at Brightwell Health.").isVisible())
      .toBe(true);
    await popup.reload();
    await expect.poll(() => popup.getByText("Brightwell Health").first().isVisible()).toBe(true);
    await expect
      .poll(() => popup.getByText("UX Researcher", { exact: false }).first().isVisible())
      .toBe(true);
    await popup.close();
  });

  it("fills a new interview from the email open in Gmail, and the background then links that email to it", async () => {
    const gmail = await browser().context.newPage();
    await gmail.goto(DEMO_URLS.gmail);
    await openConversation(gmail, "Interview: Senior Product Analyst at Lumen Analytics");
    await expect
      .poll(async () => (await openEmails(browser())).map((open) => open.email.from.address))
      .toContain("maya.okafor@lumen-analytics.example");

    const popup = await openPopup(browser());
    await popup.getByRole("button", { name: "Add as interview" }).click();
    await expect.poll(() => popup.getByLabel("Company").inputValue()).toBe("Lumen Analytics");
    await popup.getByLabel("Date").fill("2026-10-15");
    await popup.getByRole("button", { name: "Save interview" }).click();
    await expect
      .poll(() => popup.getByText("Belongs to your interview at Lumen Analytics.").isVisible())
      .toBe(true);

    // Opening the email again is a round trip from the content script to the database.
    await gmail.goto(DEMO_URLS.gmail);
    await expect.poll(async () => (await openEmails(browser())).length).toBe(0);
    await openConversation(gmail, "Interview: Senior Product Analyst at Lumen Analytics");
    await expect
      .poll(async () =>
        (await openEmails(browser())).flatMap((open) => open.interviews.map((i) => i.company)),
      )
      .toEqual(["Lumen Analytics"]);
    await popup.close();
    await gmail.close();
  });
});
