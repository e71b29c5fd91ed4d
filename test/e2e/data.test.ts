import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openOptions as openOptionsPage, openPopup, useExtensionBrowser } from "./harness";

const browser = useExtensionBrowser();
const openOptions = () => openOptionsPage(browser());

const INTERVIEWS = [
  { company: "Northwind Logistics", note: "Did not read their annual report" },
  { company: "Café Ébène, Lyon", note: 'Bring the "portfolio" next time' },
];

function yesterday(): string {
  const day = new Date();
  day.setDate(day.getDate() - 1);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

const count = (options: Page, table: string) =>
  options.locator(`[data-count="${table}"]`).textContent();

async function openData(): Promise<Page> {
  const options = await openOptions();
  options.setDefaultTimeout(10_000);
  await options.getByRole("link", { name: "Your data", exact: true }).click();
  return options;
}

/** The JSON file of the round trip, kept for the broken-import test. */
let exportedFile = "";

describe("importing and exporting data", () => {
  it("round-trips two interviews and their reflections through export, delete and import", async () => {
    const popup = await openPopup(browser());
    popup.setDefaultTimeout(10_000);
    const question = (name: string) => popup.getByRole("group", { name });
    for (const { company, note } of INTERVIEWS) {
      await popup.getByRole("button", { name: "Add interview" }).click();
      await popup.getByLabel("Company").fill(company);
      await popup.getByLabel("Date").fill(yesterday());
      await popup.getByRole("button", { name: "Save interview" }).click();
      await popup.getByRole("button", { name: `Reflect on your interview at ${company}` }).click();
      await question("Was I prepared?").getByRole("radio", { name: "No", exact: true }).check();
      await question("Was I prepared?").getByLabel("Note").fill(note);
      await popup.getByRole("button", { name: "Save reflection" }).click();
      await expect.poll(() => popup.getByText("Reflection saved.").isVisible()).toBe(true);
      await popup.keyboard.press("Escape");
      await expect
        .poll(() => popup.getByRole("heading", { name: "Your interviews" }).isVisible())
        .toBe(true);
    }

    const options = await openData();
    await expect.poll(() => count(options, "interviews")).toBe("2");
    await expect.poll(() => count(options, "reflections")).toBe("2");

    // The CSV: a byte-order mark, CRLF, and the comma-holding company quoted.
    const csvDownload = options.waitForEvent("download");
    await options.getByRole("button", { name: "Download interviews (CSV)" }).click();
    const csv = await readFile(await (await csvDownload).path(), "utf8");
    expect((await csvDownload).suggestedFilename()).toMatch(
      /^debrief-interviews-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(csv.startsWith("\uFEFFCompany,Role,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4);
    expect(csv).toContain('"Café Ébène, Lyon"');
    expect(csv).toContain('"No: Bring the ""portfolio"" next time"');

    const download = options.waitForEvent("download");
    await options.getByRole("button", { name: "Download everything (JSON)" }).click();
    exportedFile = await (await download).path();

    await options.getByRole("button", { name: "Delete everything…" }).click();
    await options.getByRole("dialog").getByRole("button", { name: "Delete everything" }).click();
    await expect.poll(() => count(options, "interviews")).toBe("0");
    await expect.poll(() => count(options, "reflections")).toBe("0");

    await options.getByLabel("Import a Debrief file").setInputFiles(exportedFile);
    const interviewsRow = options.locator('[data-import-table="interviews"]');
    await expect.poll(() => interviewsRow.locator("[data-added]").textContent()).toBe("2");
    expect(await interviewsRow.locator("[data-matched]").textContent()).toBe("0");
    expect(
      await options.locator('[data-import-table="reflections"] [data-added]').textContent(),
    ).toBe("2");
    // Nothing is written before the user confirms.
    expect(await count(options, "interviews")).toBe("0");
    await options.getByRole("button", { name: "Import", exact: true }).click();
    await expect.poll(() => options.getByText(/^Imported \d+ records\.$/).isVisible()).toBe(true);
    await expect.poll(() => count(options, "interviews")).toBe("2");
    await expect.poll(() => count(options, "reflections")).toBe("2");

    await popup.reload();
    for (const { company, note } of INTERVIEWS) {
      await popup.getByRole("button", { name: company, exact: true }).click();
      await expect
        .poll(() =>
          question("Was I prepared?").getByRole("radio", { name: "No", exact: true }).isChecked(),
        )
        .toBe(true);
      expect(await question("Was I prepared?").getByLabel("Note").inputValue()).toBe(note);
      await popup.keyboard.press("Escape");
      await expect
        .poll(() => popup.getByRole("heading", { name: "Your interviews" }).isVisible())
        .toBe(true);
    }
    await popup.close();
    await options.close();
  });

  it("refuses a broken file, a file that is not JSON, and a cancelled import, changing nothing", async () => {
    const options = await openData();
    await expect.poll(() => count(options, "interviews")).toBe("2");
    const input = options.getByLabel("Import a Debrief file");

    const exported = JSON.parse(await readFile(exportedFile, "utf8")) as {
      data: { interviews: { date: string; company: string }[] };
    };
    const extra = {
      ...exported.data.interviews[0],
      id: 99,
      company: "Brand new",
      date: "2026-02-30",
    };
    exported.data.interviews.push(extra as never);
    await input.setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    const alert = options.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("Nothing was imported from broken.json");
    expect(await alert.textContent()).toContain("Interview 3, date: 2026-02-30 does not exist.");
    expect(await options.getByRole("button", { name: "Import", exact: true }).count()).toBe(0);

    await input.setInputFiles({
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Company,Date\nLumen,2026-03-04\n"),
    });
    await expect
      .poll(() => alert.textContent())
      .toContain("This file is not a Debrief export: it is not JSON.");

    // The same export again: everything matches, and Cancel writes nothing.
    await input.setInputFiles(exportedFile);
    const interviewsRow = options.locator('[data-import-table="interviews"]');
    await expect.poll(() => interviewsRow.locator("[data-matched]").textContent()).toBe("2");
    expect(await interviewsRow.locator("[data-added]").textContent()).toBe("0");
    await options.getByRole("button", { name: "Cancel", exact: true }).click();
    await expect.poll(() => options.getByText("Nothing was imported.").isVisible()).toBe(true);

    await options.reload();
    await expect.poll(() => count(options, "interviews")).toBe("2");
    expect(await count(options, "reflections")).toBe("2");
    await options.close();
  });
});
