// @vitest-environment happy-dom
import "fake-indexeddb/auto";
import "../setup/i18n";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("../../src/options/download-file", () => ({ downloadFile: vi.fn() }));
// The real deletion, unless a test holds it up to act while it runs.
vi.mock("../../src/options/delete-everything", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/options/delete-everything")>();
  return { deleteEverything: vi.fn(real.deleteEverything) };
});

import { act } from "preact/test-utils";
import { type DebriefDatabase, openDatabase } from "../../src/db/database";
import { addInterview } from "../../src/db/interviews";
import { App } from "../../src/options/app";
import { deleteEverything } from "../../src/options/delete-everything";
import { downloadFile } from "../../src/options/download-file";
import type { DebriefExport } from "../../src/options/export-data";
import { DatabaseContext } from "../../src/ui/db";
import { button, click, field, mount, text, type, waitFor } from "../setup/dom";
import { missingMessages } from "../setup/i18n";

let db: DebriefDatabase;
let page: Awaited<ReturnType<typeof mount>>;
let databases = 0;

async function openOptions(section: "templates" | "settings" | "data" = "templates") {
  location.hash = `#${section}`;
  page = await mount(
    <DatabaseContext value={db}>
      <App />
    </DatabaseContext>,
  );
  return page.root;
}

function count(root: HTMLElement, table: string): string {
  return root.querySelector(`[data-count="${table}"]`)?.textContent ?? "";
}

const draft = {
  company: "Lumen Analytics",
  role: "Data Analyst",
  round: "",
  date: "2026-03-04",
  time: "",
  interviewers: [],
  postingUrl: "",
  notes: "",
};

beforeEach(() => {
  databases += 1;
  db = openDatabase({ name: `options-test-${databases}` });
  vi.mocked(downloadFile).mockClear();
  vi.mocked(deleteEverything).mockClear();
  missingMessages.clear();
});

afterEach(async () => {
  page?.unmount();
  await db.delete();
  expect([...missingMessages]).toEqual([]);
});

describe("options page", () => {
  it("has a header, a navigation, a main landmark and the privacy promise", async () => {
    const root = await openOptions();
    expect(root.querySelector("header h1")?.textContent).toBe("Debrief options");
    expect(root.querySelector("nav")?.getAttribute("aria-label")).toBe("Sections");
    expect(root.querySelector('nav a[aria-current="page"]')?.textContent).toBe("Templates");
    expect(root.querySelector("main")).not.toBeNull();
    expect(text(root)).toContain(
      "Everything stays in this browser. Debrief sends nothing anywhere.",
    );
  });

  it("moves between sections by their address", async () => {
    const root = await openOptions();
    location.hash = "#data";
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    await waitFor(() => expect(root.querySelector("main h2")?.textContent).toBe("Your data"));
    expect(root.querySelector('nav a[aria-current="page"]')?.textContent).toBe("Your data");
    expect(document.activeElement).toBe(root.querySelector("main h2"));
  });
});

describe("settings", () => {
  it("saves the user's name and confirms it", async () => {
    const root = await openOptions("settings");
    const name = field(root, "Your name, as it should appear in replies");
    await waitFor(() => expect(button(root, "Save").disabled).toBe(false));
    await type(name, "  Alex Doe ");
    await click(button(root, "Save"));
    await waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe("Saved."));
    expect(await db.settings.get("myName")).toEqual({ key: "myName", value: "Alex Doe" });
  });

  it("shows the name saved before", async () => {
    await db.settings.put({ key: "myName", value: "Alex Doe" });
    const root = await openOptions("settings");
    await waitFor(() =>
      expect(field(root, "Your name, as it should appear in replies").value).toBe("Alex Doe"),
    );
  });

  it("says when the saved name cannot be read, and still lets the user save one", async () => {
    const read = vi.spyOn(db.settings, "get").mockRejectedValue(new Error("UnknownError"));
    const root = await openOptions("settings");
    await waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toBe(
        "Debrief could not read your saved settings, so the page shows the defaults; nothing was changed. The browser did not let Debrief finish: try again, and reload this page if it happens again.",
      ),
    );
    expect(text(root)).not.toContain("could not be saved");
    expect(button(root, "Save").disabled).toBe(false);
    read.mockRestore();

    await type(field(root, "Your name, as it should appear in replies"), "Alex Doe");
    await click(button(root, "Save"));
    await waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe("Saved."));
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(await db.settings.get("myName")).toEqual({ key: "myName", value: "Alex Doe" });
  });
});

describe("your data", () => {
  it("counts what is stored and downloads it all as JSON", async () => {
    const interviewId = await addInterview(db, draft);
    await db.feedback.add({
      interviewId,
      received: false,
      text: "",
      themes: [],
      receivedAt: "",
      createdAt: "2026-03-10T09:00:00.000Z",
    });
    const root = await openOptions("data");
    await waitFor(() => expect(count(root, "interviews")).toBe("1"));
    expect(count(root, "feedback")).toBe("1");
    expect(count(root, "reflections")).toBe("0");
    expect(count(root, "nextSteps")).toBe("0");

    await click(button(root, "Download everything (JSON)"));
    await waitFor(() => expect(downloadFile).toHaveBeenCalledTimes(1));
    const [fileName, json] = vi.mocked(downloadFile).mock.calls[0] ?? [];
    expect(fileName).toMatch(/^debrief-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(json ?? "") as DebriefExport;
    expect(exported.format).toBe("debrief-export");
    expect(exported.data.interviews.map((interview) => interview.company)).toEqual([
      "Lumen Analytics",
    ]);
    expect(exported.data.feedback).toHaveLength(1);
    await waitFor(() => expect(text(root)).toContain(`Downloaded ${fileName}.`));
  });

  it("deletes everything only after confirmation", async () => {
    await addInterview(db, draft);
    await db.settings.put({ key: "myName", value: "Alex Doe" });
    const root = await openOptions("data");
    await waitFor(() => expect(count(root, "interviews")).toBe("1"));

    const dialog = root.querySelector("dialog");
    expect(dialog?.open).toBe(false);
    await click(button(root, "Delete everything…"));
    expect(dialog?.open).toBe(true);
    expect(document.activeElement).toBe(button(root, "Keep my data"));

    await click(button(root, "Keep my data"));
    await waitFor(() => expect(dialog?.open).toBe(false));
    expect(document.activeElement).toBe(button(root, "Delete everything…"));
    expect(await db.interviews.count()).toBe(1);

    await click(button(root, "Delete everything…"));
    await click(button(root, "Delete everything"));
    await waitFor(() => expect(count(root, "interviews")).toBe("0"));
    expect(dialog?.open).toBe(false);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(text(root)).toContain("Everything is deleted.");
  });

  /** Opens the data section and confirms a deletion that runs until the test makes it fail. */
  async function startHeldDeletion() {
    let reject: (error: Error) => void = () => undefined;
    vi.mocked(deleteEverything).mockImplementationOnce(
      () => new Promise((_resolve, no) => (reject = no)),
    );
    const root = await openOptions("data");
    await waitFor(() => expect(count(root, "interviews")).not.toBe("…"));
    const dialog = root.querySelector("dialog");
    if (!dialog) throw new Error("no dialog");
    await click(button(root, "Delete everything…"));
    await click(button(root, "Delete everything"));
    return { root, dialog, fail: (error: Error) => act(() => reject(error)) };
  }

  /** The cancel event Escape fires; true when the dialog refused it. */
  function pressEscape(dialog: HTMLDialogElement): boolean {
    const cancel = new Event("cancel", { cancelable: true });
    dialog.dispatchEvent(cancel);
    return cancel.defaultPrevented;
  }

  it("cannot be dismissed while deleting, and shows a failure in the open dialog", async () => {
    await addInterview(db, draft);
    const { dialog, fail } = await startHeldDeletion();
    expect(button(dialog, "Keep my data").disabled).toBe(true);
    expect(pressEscape(dialog)).toBe(true);
    expect(dialog.open).toBe(true);

    await fail(new DOMException("The quota has been exceeded.", "QuotaExceededError"));
    await waitFor(() =>
      expect(dialog.querySelector('[role="alert"]')?.textContent).toBe(
        "Nothing was deleted. The browser has no room left for Debrief's data: free some disk space, then try again.",
      ),
    );
    expect(dialog.open).toBe(true);
    expect(await db.interviews.count()).toBe(1);
    // Once nothing runs, Escape closes it again.
    expect(pressEscape(dialog)).toBe(false);
  });

  it("shows on the page a failure that came after the browser closed the dialog anyway", async () => {
    const { root, dialog, fail } = await startHeldDeletion();
    // Chrome closes a modal dialog on a repeated Escape, refused or not.
    await act(() => dialog.close());
    await fail(new DOMException("The quota has been exceeded.", "QuotaExceededError"));

    await waitFor(() =>
      expect(root.querySelector('.options-section > [role="alert"]')?.textContent).toBe(
        "Nothing was deleted. The browser has no room left for Debrief's data: free some disk space, then try again.",
      ),
    );
    expect(dialog.open).toBe(false);
    expect(dialog.querySelector('[role="alert"]')).toBeNull();
  });
});
