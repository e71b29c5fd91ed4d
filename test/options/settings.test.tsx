// @vitest-environment happy-dom
import "fake-indexeddb/auto";
import "../setup/i18n";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DebriefDatabase, openDatabase } from "../../src/db/database";
import { SettingsSection } from "../../src/options/settings-section";
import { DatabaseContext } from "../../src/ui/db";
import { button, click, field, mount, waitFor } from "../setup/dom";
import { missingMessages } from "../setup/i18n";

const GMAIL = "Gmail (mail.google.com)";
const OUTLOOK =
  "Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com, outlook.cloud.microsoft)";
const LEVEL = "Show the rejection banner";

let db: DebriefDatabase;
let page: Awaited<ReturnType<typeof mount>>;
let databases = 0;

async function open() {
  page = await mount(
    <DatabaseContext value={db}>
      <SettingsSection />
    </DatabaseContext>,
  );
  await waitFor(() => expect(button(page.root, "Save").disabled).toBe(false));
  return page.root;
}

function select(root: HTMLElement, label: string): HTMLSelectElement {
  const labelled = [...root.querySelectorAll("label")].find((l) => l.textContent === label);
  const control = root.querySelector(`#${labelled?.htmlFor ?? "none"}`);
  if (!(control instanceof HTMLSelectElement)) throw new Error(`no select "${label}"`);
  return control;
}

function optionWords(control: HTMLSelectElement): string[] {
  return [...control.options].map((option) => option.textContent ?? "");
}

async function choose(control: HTMLSelectElement, words: string) {
  const option = [...control.options].find((o) => o.textContent === words);
  if (!option) throw new Error(`no option "${words}"`);
  await act(() => {
    control.value = option.value;
    control.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

async function toggle(control: HTMLInputElement) {
  await click(control);
}

beforeEach(() => {
  databases += 1;
  db = openDatabase({ name: `settings-test-${databases}` });
  missingMessages.clear();
});

afterEach(async () => {
  page?.unmount();
  await db.delete();
  expect([...missingMessages]).toEqual([]);
});

describe("mail sites and the banner's threshold", () => {
  it("start with both sites on and 'Whenever it thinks so'", async () => {
    const root = await open();
    expect((field(root, GMAIL) as HTMLInputElement).checked).toBe(true);
    expect((field(root, OUTLOOK) as HTMLInputElement).checked).toBe(true);
    const level = select(root, LEVEL);
    expect(optionWords(level)).toEqual([
      "Only when it is quite sure",
      "When it is fairly sure",
      "Whenever it thinks so",
    ]);
    expect(level.selectedOptions[0]?.textContent).toBe("Whenever it thinks so");
  });

  it("are saved with the name by the one Save button, and confirmed", async () => {
    const root = await open();
    await toggle(field(root, GMAIL) as HTMLInputElement);
    await choose(select(root, LEVEL), "Only when it is quite sure");
    await click(button(root, "Save"));
    await waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe("Saved."));
    expect(await db.settings.get("mailSites")).toEqual({
      key: "mailSites",
      value: { gmail: false, outlook: true },
    });
    expect(await db.settings.get("minConfidence")).toEqual({ key: "minConfidence", value: 0.9 });
    expect(await db.settings.get("myName")).toEqual({ key: "myName", value: "" });
  });

  it("show what was saved before, and fall back to the defaults for what is malformed", async () => {
    await db.settings.put({ key: "mailSites", value: { gmail: true, outlook: false } });
    await db.settings.put({ key: "minConfidence", value: 0.9 });
    let root = await open();
    await waitFor(() => expect((field(root, OUTLOOK) as HTMLInputElement).checked).toBe(false));
    expect((field(root, GMAIL) as HTMLInputElement).checked).toBe(true);
    expect(select(root, LEVEL).selectedOptions[0]?.textContent).toBe("Only when it is quite sure");
    page.unmount();

    await db.settings.put({ key: "mailSites", value: "nope" });
    await db.settings.put({ key: "minConfidence", value: 0.42 });
    root = await open();
    expect((field(root, OUTLOOK) as HTMLInputElement).checked).toBe(true);
    expect(select(root, LEVEL).selectedOptions[0]?.textContent).toBe("Whenever it thinks so");
  });

  it("clear the confirmation when changed again", async () => {
    const root = await open();
    await click(button(root, "Save"));
    await waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe("Saved."));
    await toggle(field(root, OUTLOOK) as HTMLInputElement);
    expect(root.querySelector('[role="status"]')?.textContent).toBe("");
  });
});
