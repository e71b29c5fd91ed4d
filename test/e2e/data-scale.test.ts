import { closeSync, openSync, writeSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_URLS } from "../../scripts/lib/demo-mailbox";
import { TMP } from "../../scripts/lib/extension-browser";
import { comparableHistory, sampleExport } from "../../scripts/lib/sample-history";
import type { DebriefExport } from "../../src/options/export-data";
import {
  openConversation,
  openEmails,
  openOptions as openOptionsPage,
  useExtensionBrowser,
} from "./harness";

const browser = useExtensionBrowser();

const count = (options: Page, table: string) =>
  options.locator(`[data-count="${table}"]`).textContent();

async function openData(): Promise<Page> {
  const options = await openOptionsPage(browser());
  options.setDefaultTimeout(20_000);
  await options.getByRole("link", { name: "Your data", exact: true }).click();
  return options;
}

async function downloadEverything(options: Page): Promise<DebriefExport> {
  const download = options.waitForEvent("download");
  await options.getByRole("button", { name: "Download everything (JSON)" }).click();
  return JSON.parse(await readFile(await (await download).path(), "utf8")) as DebriefExport;
}

async function importFile(options: Page, name: string, text: string): Promise<void> {
  await options.getByLabel("Import a Debrief file").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
}

describe("a year of job hunting through export, delete and import", () => {
  it("brings back 300 interviews and every record that hangs off them, field by field", async () => {
    const history = sampleExport(300, 7);
    const options = await openData();
    // A setting from some other tool travels along: it is named, and left out.
    const withStranger = {
      ...history,
      data: { ...history.data, settings: [...history.data.settings, { key: "theme", value: 1 }] },
    };
    await importFile(options, "history.json", JSON.stringify(withStranger));
    const interviewsRow = options.locator('[data-import-table="interviews"]');
    await expect.poll(() => interviewsRow.locator("[data-added]").textContent()).toBe("300");
    await expect
      .poll(() => options.locator(".import-left-out").textContent())
      .toContain("Setting “theme” is not one Debrief has: it is left out.");
    await options.getByRole("button", { name: "Import", exact: true }).click();
    await expect
      .poll(() => options.getByText(/^Imported [\d,]+ records\.$/).isVisible())
      .toBe(true);
    await expect.poll(() => count(options, "interviews")).toBe("300");

    const exported = await downloadEverything(options);
    expect(comparableHistory(exported.data)).toEqual(comparableHistory(history.data));

    // An email open in a mail tab is remembered by the background, until everything goes.
    const mail = await browser().context.newPage();
    await mail.goto(DEMO_URLS.gmail);
    await openConversation(mail, "Interview: Senior Product Analyst at Lumen Analytics");
    await expect.poll(async () => (await openEmails(browser())).length).toBeGreaterThan(0);
    await options.bringToFront();
    await options.getByRole("button", { name: "Delete everything…" }).click();
    await options.getByRole("dialog").getByRole("button", { name: "Delete everything" }).click();
    for (const table of ["interviews", "reflections", "feedback", "nextSteps"]) {
      await expect.poll(() => count(options, table)).toBe("0");
    }
    expect(await openEmails(browser())).toEqual([]);
    await mail.close();

    await importFile(options, "debrief-export.json", JSON.stringify(exported, null, 2));
    await expect.poll(() => interviewsRow.locator("[data-added]").textContent()).toBe("300");
    await options.getByRole("button", { name: "Import", exact: true }).click();
    await expect
      .poll(() => options.getByText(/^Imported [\d,]+ records\.$/).isVisible())
      .toBe(true);
    const back = await downloadEverything(options);
    expect(comparableHistory(back.data)).toEqual(comparableHistory(exported.data));
    for (const table of Object.keys(history.data) as (keyof DebriefExport["data"])[]) {
      expect(back.data[table], table).toHaveLength(history.data[table].length);
    }
    await options.close();
  });

  it("says a file is too large before reading it, and changes nothing", async () => {
    const options = await openData();
    await expect.poll(() => count(options, "interviews")).toBe("300");
    // 51 MB of spaces, written as a sparse file would take too long to send: written once, here.
    const path = resolve(TMP, "too-large.json");
    const file = openSync(path, "w");
    const block = Buffer.alloc(1024 * 1024, " ");
    for (let megabyte = 0; megabyte < 51; megabyte++) writeSync(file, block);
    closeSync(file);
    await options.getByLabel("Import a Debrief file").setInputFiles(path);
    await expect
      .poll(() => options.getByRole("alert").textContent())
      .toBe("too-large.json is 51 MB: Debrief reads files of up to 50 MB. Nothing was imported.");
    expect(await options.getByRole("button", { name: "Import", exact: true }).count()).toBe(0);
    expect(await count(options, "interviews")).toBe("300");
    await options.close();
  });
});
