// @vitest-environment happy-dom
import "fake-indexeddb/auto";
import "../setup/i18n";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { builtinTemplate } from "../../src/core/templates";
import { type DebriefDatabase, openDatabase } from "../../src/db/database";
import { saveMyName } from "../../src/db/settings";
import { findDefaultTemplate, saveDefaultTemplate } from "../../src/db/templates";
import { TemplatesSection } from "../../src/options/templates-section";
import { DatabaseContext } from "../../src/ui/db";
import { button, click, field, mount, text, type, waitFor } from "../setup/dom";
import { missingMessages } from "../setup/i18n";

let db: DebriefDatabase;
let page: Awaited<ReturnType<typeof mount>>;
let databases = 0;

beforeEach(() => {
  db = openDatabase({ name: `templates-${++databases}` });
  missingMessages.clear();
});

afterEach(() => {
  page?.unmount();
  db.close();
});

async function openSection() {
  page = await mount(
    <DatabaseContext value={db}>
      <TemplatesSection />
    </DatabaseContext>,
  );
  return page.root;
}

function editButton(root: HTMLElement, name: string): HTMLButtonElement {
  const found = root.querySelector(`button[aria-label="Edit ${name}"]`);
  if (!(found instanceof HTMLButtonElement)) throw new Error(`no Edit button for ${name}`);
  return found;
}

const body = (root: HTMLElement) => field(root, "Message") as HTMLTextAreaElement;
const preview = (root: HTMLElement) => text(root.querySelector("[data-preview=body]") as Element);

describe("the templates section", () => {
  it("shows each kind's built-in template and the placeholders, with every word it needs", async () => {
    const root = await openSection();
    await waitFor(() => expect(text(root)).toContain("Feedback request"));
    for (const kind of ["Thank-you note", "Check-in", "Feedback request"]) {
      expect(editButton(root, kind)).toBeTruthy();
    }
    expect(text(root)).toContain("{{interviewer.firstName}}");
    expect(text(root)).toContain("The company you interviewed with.");
    expect([...missingMessages]).toEqual([]);
  });

  it("shows the chosen language's built-in templates", async () => {
    const root = await openSection();
    const select = root.querySelector("#templates-language") as HTMLSelectElement;
    await waitFor(() => expect(select).toBeTruthy());
    await waitFor(() => {
      select.value = "de";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    const german = builtinTemplate("feedback_request", "de");
    await waitFor(() => expect(text(root)).toContain(german.subject));
  });

  it("previews the sample interview in the template's language, and saves it as the default", async () => {
    await saveMyName(db, "Jordan Avery");
    const root = await openSection();
    await waitFor(() => editButton(root, "Feedback request"));
    await click(editButton(root, "Feedback request"));
    await waitFor(() => expect(preview(root)).toContain("Hi Maya,"));
    expect(preview(root)).toContain(
      "on October 15 to talk about the Senior Product Analyst role at Lumen Analytics",
    );
    await waitFor(() => expect(preview(root)).toContain("Jordan Avery"));

    const edited = body(root).value.replace(
      "Hi {{interviewer.firstName|there}},",
      "Hi {{interviewer.firstName|there}},\n\nThank you for the honest process.",
    );
    await type(body(root), edited);
    expect(preview(root)).toContain("Thank you for the honest process.");
    await click(button(root, "Save template"));
    await waitFor(() => expect(text(root)).toContain("Saved."));
    const saved = await findDefaultTemplate(db, "feedback_request", "en");
    expect(saved?.body).toBe(edited);
    expect(saved?.builtinKey).toBe("feedback_request.en");

    // Saving again edits the same row.
    await type(body(root), `${edited}\nP.S.`);
    await click(button(root, "Save template"));
    await waitFor(async () => expect(await db.templates.count()).toBe(1));
    await waitFor(() => expect(text(root)).toContain("Saved."));
    expect((await db.templates.toArray())[0]?.body).toBe(`${edited}\nP.S.`);
  });

  it("dates the preview in the template's language", async () => {
    const root = await openSection();
    const select = root.querySelector("#templates-language") as HTMLSelectElement;
    await waitFor(() => {
      select.value = "es";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await waitFor(() => editButton(root, builtinTemplate("feedback_request", "es").name));
    await click(editButton(root, builtinTemplate("feedback_request", "es").name));
    await waitFor(() => expect(preview(root)).toContain("15 de octubre"));
  });

  it("lists a misspelt placeholder with the nearest known one, and will not save", async () => {
    const root = await openSection();
    await waitFor(() => editButton(root, "Feedback request"));
    await click(editButton(root, "Feedback request"));
    await type(body(root), "Hi {{interviewer.frstName}},\nThanks {{");
    const textarea = body(root);
    expect(textarea.getAttribute("aria-invalid")).toBe("true");
    const problems = root.querySelector(`#${textarea.getAttribute("aria-describedby")}`);
    expect(text(problems as Element)).toContain(
      "Line 1, column 4: Unknown placeholder {{interviewer.frstName}}. Did you mean {{interviewer.firstName}}?",
    );
    expect(text(problems as Element)).toContain("Line 2, column 8:");
    expect(button(root, "Save template").disabled).toBe(true);
    expect(await db.templates.count()).toBe(0);

    await type(body(root), "Hi {{interviewer.firstName}},");
    expect(body(root).getAttribute("aria-invalid")).toBeNull();
    expect(body(root).getAttribute("aria-describedby")).toBeNull();
    expect(button(root, "Save template").disabled).toBe(false);
    expect([...missingMessages]).toEqual([]);
  });

  it("resets to the built-in template after a confirmation", async () => {
    await saveDefaultTemplate(db, {
      kind: "feedback_request",
      language: "en",
      name: "Mine",
      subject: "Feedback",
      body: "Hello",
      builtinKey: "feedback_request.en",
    });
    await saveDefaultTemplate(db, {
      kind: "feedback_request",
      language: "es",
      name: "Mía",
      subject: "Comentarios",
      body: "Hola",
      builtinKey: "feedback_request.es",
    });
    const root = await openSection();
    await waitFor(() => editButton(root, "Mine"));
    await click(button(root, "Reset to built-in"));
    await click(button(root, "Cancel"));
    expect(await db.templates.count()).toBe(2);
    await click(button(root, "Reset to built-in"));
    expect(text(root)).toContain("Delete your 1 saved template(s)");
    await click(button(root, "Delete and reset"));
    await waitFor(() => expect(text(root)).toContain("Reset to the built-in template."));
    expect((await db.templates.toArray()).map((row) => row.language)).toEqual(["es"]);
    await waitFor(() => expect(root.querySelector('button[aria-label="Edit Mine"]')).toBeNull());
  });
});
