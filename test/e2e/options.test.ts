import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { openOptions as openOptionsPage, openPopup, useExtensionBrowser } from "./harness";

const browser = useExtensionBrowser();

const openOptions = () => openOptionsPage(browser());

describe("the options page", () => {
  it("shows its three sections and keeps the user's name", async () => {
    const options = await openOptions();
    for (const name of ["Templates", "Settings", "Your data"]) {
      await options.getByRole("link", { name, exact: true }).click();
      await expect
        .poll(() => options.getByRole("heading", { name, exact: true }).isVisible())
        .toBe(true);
    }
    await options.getByRole("link", { name: "Settings", exact: true }).click();
    await options.getByLabel("Your name, as it should appear in replies").fill("Jordan Avery");
    await options.getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => options.getByText("Saved.", { exact: true }).isVisible()).toBe(true);
    await options.reload();
    await expect
      .poll(() => options.getByLabel("Your name, as it should appear in replies").inputValue())
      .toBe("Jordan Avery");
    await options.close();
  });

  it("downloads everything the popup saved, then deletes it after a confirmation", async () => {
    const popup = await openPopup(browser());
    await popup.getByRole("button", { name: "Add interview" }).click();
    await popup.getByLabel("Company").fill("Cobalt & Pine");
    await popup.getByLabel("Date").fill("2026-11-12");
    await popup.getByRole("button", { name: "Save interview" }).click();
    await expect
      .poll(() => popup.getByText("Saved your interview at Cobalt & Pine.").isVisible())
      .toBe(true);

    const options = await openOptions();
    await options.getByRole("link", { name: "Your data", exact: true }).click();
    const download = options.waitForEvent("download");
    await options.getByRole("button", { name: "Download everything (JSON)" }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, "utf8")) as {
      format: string;
      version: number;
      data: { interviews: { company: string }[] };
    };
    expect(exported.format).toBe("debrief-export");
    expect(exported.version).toBe(1);
    expect(exported.data.interviews.map((interview) => interview.company)).toEqual([
      "Cobalt & Pine",
    ]);

    await options.getByRole("button", { name: "Delete everything…" }).click();
    await options.getByRole("button", { name: "Keep my data" }).click();
    await popup.reload();
    await expect.poll(() => popup.getByText("Cobalt & Pine").first().isVisible()).toBe(true);

    await options.getByRole("button", { name: "Delete everything…" }).click();
    await options
      .getByRole("dialog")
      .getByRole("button", { name: "Delete everything", exact: true })
      .click();
    await expect.poll(() => options.getByText("Everything is deleted.").isVisible()).toBe(true);
    await popup.reload();
    await expect
      .poll(() => popup.getByRole("heading", { name: "Welcome to Debrief" }).isVisible())
      .toBe(true);
    await popup.close();
    await options.close();
  });
});
