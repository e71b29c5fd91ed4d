import type { ElementHandle, Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { useFirefox } from "./harness";

const firefox = useFirefox();

const POPUP = { path: "src/popup/index.html", viewport: { width: 380, height: 580 } };
const OPTIONS = { path: "src/options/index.html", viewport: { width: 1100, height: 760 } };

/** Whether an element with exactly this text is shown. */
function shows(page: Page, text: string): Promise<boolean> {
  return page.evaluate(
    (wanted) =>
      [...document.querySelectorAll("body *")].some(
        (element) =>
          element.textContent?.trim() === wanted && (element as HTMLElement).checkVisibility(),
      ),
    text,
  );
}

/** The form control whose label starts with `label`, shown. */
async function field(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll("label")]
        .filter((each) => each.checkVisibility())
        .find((each) => each.textContent?.trim().startsWith(wanted))?.control ?? null,
    {},
    label,
  );
  return handle as ElementHandle<HTMLInputElement>;
}

async function fill(page: Page, label: string, value: string): Promise<void> {
  await (await field(page, label)).asLocator().fill(value);
}

/** Clicks the shown button or link named exactly `name`, as a user does. */
async function press(page: Page, name: string): Promise<void> {
  const handle = await page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll("button, a")].find(
        (each) => each.textContent?.trim() === wanted && (each as HTMLElement).checkVisibility(),
      ) ?? null,
    {},
    name,
  );
  await (handle as ElementHandle<Element>).click();
}

describe("in Firefox, the popup", () => {
  it("opens on its welcome, and saves an interview, which it then shows", async () => {
    const popup = await firefox().openExtensionPage(POPUP.path, POPUP.viewport);
    await expect.poll(() => shows(popup, "Welcome to Debrief")).toBe(true);
    await press(popup, "Add interview");
    await fill(popup, "Company", "Brightwell Health");
    await fill(popup, "Role", "UX Researcher");
    await fill(popup, "Date", "2026-11-03");
    await press(popup, "Save interview");
    await expect.poll(() => shows(popup, "Saved your interview at Brightwell Health.")).toBe(true);

    await popup.close();

    const again = await firefox().openExtensionPage(POPUP.path, POPUP.viewport);
    await expect.poll(() => shows(again, "Brightwell Health")).toBe(true);
    await again.close();
  });
});

describe("in Firefox, the options page", () => {
  it("opens on its sections, and keeps the user's name", async () => {
    const options = await firefox().openExtensionPage(OPTIONS.path, OPTIONS.viewport);
    for (const name of ["Templates", "Settings", "Your data"]) {
      await expect.poll(() => shows(options, name)).toBe(true);
    }
    await press(options, "Settings");
    const label = "Your name, as it should appear in replies";
    await fill(options, label, "Jordan Avery");
    await press(options, "Save");
    await expect.poll(() => shows(options, "Saved.")).toBe(true);
    await options.close();

    const again = await firefox().openExtensionPage(OPTIONS.path, OPTIONS.viewport);
    await press(again, "Settings");
    await expect
      .poll(async () => (await field(again, label)).evaluate((input) => input.value))
      .toBe("Jordan Avery");
    await again.close();
  });
});
