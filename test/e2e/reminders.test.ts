import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openOptions, openPopup, useExtensionBrowser } from "./harness";

const browser = useExtensionBrowser();

function yesterday(): string {
  const day = new Date();
  day.setDate(day.getDate() - 1);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** The number on Debrief's toolbar button, as the browser shows it. */
async function badgeText(): Promise<string> {
  return browser().worker.evaluate(async () => {
    const scope = globalThis as unknown as {
      chrome: { action: { getBadgeText(details: object): Promise<string> } };
    };
    return scope.chrome.action.getBadgeText({});
  });
}

async function addInterview(popup: Page, company: string, interviewer: string, email: string) {
  await popup.getByRole("button", { name: "Add interview" }).first().click();
  await popup.getByLabel("Company").fill(company);
  await popup.getByLabel("Role").fill("Data Analyst");
  await popup.getByLabel("Date").fill(yesterday());
  const row = popup.getByRole("group", { name: "Interviewer 1" });
  await row.getByLabel("Name").fill(interviewer);
  await row.getByLabel("Email").fill(email);
  await popup.getByRole("button", { name: "Save interview" }).click();
  await expect.poll(() => popup.getByText(`Saved your interview at ${company}.`).count()).toBe(1);
}

async function saveSetting(label: string, on: boolean): Promise<void> {
  const options = await openOptions(browser());
  await options.getByRole("link", { name: "Settings", exact: true }).click();
  const checkbox = options.getByLabel(label, { exact: true });
  // Until the saved settings are read the page shows the defaults, and Save waits: a box that
  // already shows the wanted state before then would be left as the saved value says.
  await expect
    .poll(() => options.getByRole("button", { name: "Save", exact: true }).isEnabled())
    .toBe(true);
  await checkbox.setChecked(on);
  expect(await checkbox.isChecked()).toBe(on);
  await options.getByRole("button", { name: "Save", exact: true }).click();
  await expect.poll(() => options.getByRole("status").textContent()).toBe("Saved.");
  await options.close();
}

describe("reminders", () => {
  it("after an interview, the thank-you note is counted on the toolbar and opens filled in, in Gmail", async () => {
    const popup = await openPopup(browser());
    popup.setDefaultTimeout(10_000);
    await addInterview(popup, "Harbourline", "Maya Chen", "maya.chen@harbourline.example");

    const reminder = popup.getByText("Send Harbourline a thank-you note", { exact: true });
    await expect.poll(() => reminder.isVisible()).toBe(true);
    expect(await popup.getByText("Your interview was yesterday.", { exact: false }).count()).toBe(
      1,
    );
    await expect.poll(badgeText).toBe("1");

    const opened = browser().context.waitForEvent("page");
    await popup.getByRole("button", { name: "Write it in Gmail" }).click();
    const draft = await opened;
    await draft.waitForURL(/^https:\/\/mail\.google\.com\//);
    const address = new URL(draft.url());
    expect(address.origin).toBe("https://mail.google.com");
    expect(address.searchParams.get("view")).toBe("cm");
    expect(address.searchParams.get("to")).toBe("maya.chen@harbourline.example");
    expect(address.searchParams.get("su")).toBe("Thank you for your time – Data Analyst");
    expect(address.searchParams.get("body")).toMatch(
      /^Hi Maya,\n\nThank you for taking the time to speak with me on .+ about the Data Analyst role at Harbourline\./,
    );
    // What the user then sees: the demo Gmail's new-message window, filled in, waiting for Send.
    const compose = draft.locator(".aoI[role=region]");
    await expect
      .poll(() => compose.locator("input[name=subjectbox]").inputValue())
      .toBe("Thank you for your time – Data Analyst");
    expect(await compose.locator('[aria-label="Message Body"]').textContent()).toMatch(/^Hi Maya,/);
    await draft.close();

    // Done: the reminder and the count are gone, for good.
    await expect.poll(() => reminder.count()).toBe(0);
    await expect.poll(badgeText).toBe("");
    await popup.reload();
    await expect
      .poll(() => popup.getByRole("heading", { name: "Your interviews" }).isVisible())
      .toBe(true);
    expect(await reminder.count()).toBe(0);
    await popup.close();
  });

  it("turned off in the options, no reminder shows and the toolbar shows no count", async () => {
    await saveSetting("Remind me to send a thank-you note and a check-in", false);
    const popup = await openPopup(browser());
    popup.setDefaultTimeout(10_000);
    await addInterview(popup, "Quarry Labs", "Tomás Ruiz", "tomas@quarry.example");
    // The card of interviews to reflect on comes with the reminders: once it is there, they would be.
    await expect
      .poll(() =>
        popup.getByRole("button", { name: /Reflect on your interview at Quarry Labs/ }).count(),
      )
      .toBe(1);
    expect(await popup.getByText("Send Quarry Labs a thank-you note").count()).toBe(0);
    await expect.poll(badgeText).toBe("");

    await saveSetting("Remind me to send a thank-you note and a check-in", true);
    await expect
      .poll(() => popup.getByText("Send Quarry Labs a thank-you note", { exact: true }).count())
      .toBe(1);
    await expect.poll(badgeText).toBe("1");
    await popup.close();
  });
});
