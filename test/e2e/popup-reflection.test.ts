import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { openPopup, useExtensionBrowser } from "./harness";

const browser = useExtensionBrowser();
const SHOTS = resolve(import.meta.dirname, "../../tmp/shots-popup");

async function checkView(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`) });
  // The popup scrolls inside; let it grow for one picture of the whole view.
  await page.evaluate(() =>
    document.querySelector<HTMLElement>(".popup")?.style.setProperty("max-height", "none"),
  );
  await page.screenshot({ path: resolve(SHOTS, `${name}-full.png`), fullPage: true });
  await page.evaluate(() =>
    document.querySelector<HTMLElement>(".popup")?.style.removeProperty("max-height"),
  );
  expect(await seriousViolations(page), name).toEqual([]);
}

function daysFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

const FEEDBACK =
  "Thank you for your time. The panel felt your answers were not always direct, and you could have prepared more about our company.";

describe("the popup, from an interview to next steps", () => {
  it("goes from “I just had an interview” to a saved reflection", async () => {
    const popup = await openPopup(browser());
    popup.setDefaultTimeout(10_000);
    await expect
      .poll(() => popup.getByRole("heading", { name: "Welcome to Debrief" }).isVisible())
      .toBe(true);
    await checkView(popup, "1-empty");

    await popup.getByRole("button", { name: "Add interview" }).click();
    await expect.poll(() => popup.getByLabel("Company").isVisible()).toBe(true);
    await checkView(popup, "2-add-form");
    await popup.getByLabel("Company").fill("Northwind Logistics");
    await popup.getByLabel("Role").fill("Operations Analyst");
    await popup.getByLabel("Date").fill(daysFromToday(-1));
    await popup.getByRole("button", { name: "Save interview" }).click();

    const reflect = popup.getByRole("button", {
      name: "Reflect on your interview at Northwind Logistics",
    });
    await expect.poll(() => reflect.isVisible()).toBe(true);
    await checkView(popup, "3-home");
    await reflect.click();
    const heading = popup.getByRole("heading", { name: "Northwind Logistics", level: 2 });
    await expect
      .poll(() => heading.evaluate((element) => element === document.activeElement))
      .toBe(true);

    const question = (name: string) => popup.getByRole("group", { name });
    await question("Did I answer the questions directly?")
      .getByRole("radio", { name: "Partly", exact: true })
      .check();
    await question("Did I show my skills while staying humble?")
      .getByRole("radio", { name: "Yes", exact: true })
      .check();
    await question("Did the conversation flow naturally?")
      .getByRole("radio", { name: "Yes", exact: true })
      .check();
    await question("Was I prepared?").getByRole("radio", { name: "No", exact: true }).check();
    await question("Was I prepared?").getByLabel("Note").fill("Did not read their annual report");
    await popup.getByLabel("Anything else to remember").fill("Ask about the team next time.");
    await checkView(popup, "4-interview");
    await popup.getByRole("button", { name: "Save reflection" }).click();
    await expect.poll(() => popup.getByText("Reflection saved.").isVisible()).toBe(true);

    // Saved for good: the prompt is gone, and the answers come back on a fresh popup.
    await popup.keyboard.press("Escape");
    await expect
      .poll(() => popup.getByRole("heading", { name: "Your interviews" }).isVisible())
      .toBe(true);
    expect(await reflect.count()).toBe(0);
    await popup.reload();
    await popup.getByRole("button", { name: "Northwind Logistics", exact: true }).click();
    await expect
      .poll(() =>
        question("Was I prepared?").getByRole("radio", { name: "No", exact: true }).isChecked(),
      )
      .toBe(true);
    expect(await question("Was I prepared?").getByLabel("Note").inputValue()).toBe(
      "Did not read their annual report",
    );
    await popup.close();
  });

  it("goes from “they wrote back with feedback” to next steps, and ticks one off", async () => {
    const popup = await openPopup(browser());
    popup.setDefaultTimeout(10_000);
    await popup.getByRole("button", { name: "Northwind Logistics", exact: true }).click();
    await popup.getByLabel("What did they say?").fill(FEEDBACK);
    const direct = popup.getByRole("checkbox", { name: /^Direct answers\W+suggested$/ });
    await expect.poll(() => direct.isChecked()).toBe(true);
    expect(
      await popup.getByRole("checkbox", { name: /^Preparation\W+suggested$/ }).isChecked(),
    ).toBe(true);
    expect(await popup.getByRole("checkbox", { name: "Confidence" }).isChecked()).toBe(false);
    await popup.getByRole("checkbox", { name: "Confidence" }).check();
    await popup.getByRole("button", { name: "Save feedback" }).click();
    await expect
      .poll(() => popup.getByText("Feedback saved.", { exact: false }).isVisible())
      .toBe(true);

    const suggested = popup.getByRole("group", { name: "Suggested steps" }).getByRole("checkbox");
    await expect.poll(() => suggested.count()).toBeGreaterThan(3);
    const firstStep = (await suggested.first().getAttribute("id")) ?? "";
    const firstText = (await popup.locator(`label[for="${firstStep}"]`).textContent()) ?? "";
    await popup.getByRole("button", { name: "Add selected steps" }).click();
    const mine = popup.locator(".own-steps .step-item");
    await expect.poll(() => mine.count()).toBeGreaterThan(3);
    const added = await mine.count();
    await checkView(popup, "5-interview-steps");

    const step = popup.locator(".own-steps").getByRole("checkbox", { name: firstText });
    await step.check();
    await expect.poll(() => step.isChecked()).toBe(true);

    // The first screen lists the steps still open, without the one ticked off.
    await popup.getByRole("button", { name: "Back", exact: true }).click();
    await expect
      .poll(() => popup.getByRole("heading", { name: "Your next steps" }).isVisible())
      .toBe(true);
    const open = popup.locator(".open-steps").getByRole("checkbox");
    await expect.poll(() => open.count()).toBe(Math.min(added - 1, 3));
    expect(await popup.locator(".open-steps").getByText(firstText).count()).toBe(0);
    await checkView(popup, "6-home-steps");

    // Hidden until there is a new step: the card goes, and stays gone on a fresh popup.
    await popup
      .getByRole("button", { name: "Hide “Your next steps” until there is something new" })
      .click();
    await expect.poll(() => popup.locator(".open-steps").count()).toBe(0);
    await popup.reload();
    await expect
      .poll(() => popup.getByRole("heading", { name: "Your interviews" }).isVisible())
      .toBe(true);
    // The cards around it are drawn (the thank-you reminder for yesterday's interview), it is not.
    await expect.poll(() => popup.locator(".reminders").isVisible()).toBe(true);
    expect(await popup.locator(".open-steps").count()).toBe(0);
    await popup.close();
  });

  it("shows the insights, with a chart that has words", async () => {
    const popup = await openPopup(browser());
    popup.setDefaultTimeout(10_000);
    await popup.getByRole("button", { name: "Insights" }).click();
    await expect
      .poll(() => popup.getByRole("heading", { name: "Insights", level: 2 }).isVisible())
      .toBe(true);
    await expect
      .poll(() => popup.getByText("1 of 1 answers (100%)").first().isVisible())
      .toBe(true);
    const chart = popup.getByRole("img", { name: /no reflections|answers\)/ });
    expect(await chart.count()).toBe(1);
    await checkView(popup, "7-insights");
    await popup.emulateMedia({ colorScheme: "dark" });
    await checkView(popup, "8-insights-dark");
    await popup.getByRole("button", { name: "Back", exact: true }).click();
    await popup.getByRole("button", { name: "Northwind Logistics", exact: true }).click();
    await expect
      .poll(() => popup.getByRole("heading", { name: "Feedback", level: 3 }).isVisible())
      .toBe(true);
    await checkView(popup, "9-interview-dark");
    await popup.emulateMedia({ colorScheme: "light" });
    await popup.keyboard.press("Escape");
    await expect
      .poll(() => popup.getByRole("heading", { name: "Your interviews" }).isVisible())
      .toBe(true);
    await popup.close();
  });
});
