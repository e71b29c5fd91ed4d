// @vitest-environment happy-dom
import "fake-indexeddb/auto";
import "../setup/i18n";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { builtinTemplate } from "../../src/core/templates";
import { type DebriefDatabase, openDatabase } from "../../src/db/database";
import { addInterview } from "../../src/db/interviews";
import { saveMyName } from "../../src/db/settings";
import { findDefaultTemplate, saveTemplate, type TemplateDraft } from "../../src/db/templates";
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

function labelled(root: HTMLElement, label: string): HTMLButtonElement {
  const found = root.querySelector(`button[aria-label="${label}"]`);
  if (!(found instanceof HTMLButtonElement)) throw new Error(`no button labelled ${label}`);
  return found;
}

async function choose(select: HTMLSelectElement, value: string) {
  await waitFor(() => {
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
    expect(select.value).toBe(value);
  });
}

/** The dialog's button, once the dialog is open. */
async function inDialog(root: HTMLElement, name: string): Promise<HTMLButtonElement> {
  const dialog = root.querySelector("dialog") as HTMLDialogElement;
  await waitFor(() => expect(dialog.open).toBe(true));
  return button(dialog, name);
}

/** A kind's templates in the list: each card's name and marks. */
function cards(root: HTMLElement, heading: string): string[] {
  const group = [...root.querySelectorAll("section.template-group")].find(
    (section) => text(section.querySelector("h3") as Element) === heading,
  );
  if (!group) throw new Error(`no group ${heading}`);
  return [...group.querySelectorAll(".template-card-head")].map((head) =>
    [...head.children].map(text).join(" "),
  );
}

const mine: TemplateDraft = {
  kind: "feedback_request",
  language: "en",
  name: "Mine",
  subject: "Feedback",
  body: "Hello {{interviewer.firstName}}",
  builtinKey: "feedback_request.en",
};

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
    // Shown as it reads, filled in for the sample interview: no placeholder on the card.
    await waitFor(() => expect(text(root)).toContain(german.name));
    const cards = [...root.querySelectorAll(".template-card")].map((card) => text(card));
    expect(cards).toHaveLength(3);
    for (const card of cards) {
      expect(card).toContain("Senior Product Analyst");
      expect(card).not.toMatch(/\{\{|\[\[/);
    }
    expect(text(root)).toContain("As it reads for a sample interview with Lumen Analytics.");
  });

  it("previews the sample interview in the template's language, and saves it as the default", async () => {
    await saveMyName(db, "Jordan Avery");
    const root = await openSection();
    await waitFor(() => editButton(root, "Feedback request"));
    await click(editButton(root, "Feedback request"));
    expect(text(root)).toContain("Edit template: Feedback request (English)");
    expect(text(root)).toContain("What you save becomes a template of your own");
    expect(field(root, "Name").value).toBe("Feedback request (edited)");
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
      "After “Hi”: Unknown placeholder {{interviewer.frstName}}. Did you mean {{interviewer.firstName}}?",
    );
    expect(text(problems as Element)).toContain("After “Thanks”:");
    expect(text(problems as Element)).not.toMatch(/\bcolumn\b|\bline \d/i);
    expect(button(root, "Save template").disabled).toBe(true);
    expect(await db.templates.count()).toBe(0);

    // Underlined where it stands, behind the text the user types, and hidden from screen readers.
    const backdrop = textarea.previousElementSibling as HTMLElement;
    expect(backdrop.getAttribute("aria-hidden")).toBe("true");
    expect(backdrop.textContent).toBe(textarea.value);
    const marks = [...backdrop.querySelectorAll("mark")].map((mark) => [
      mark.textContent,
      mark.dataset.problem,
    ]);
    expect(marks).toEqual([
      ["{{interviewer.frstName}}", "unknownPlaceholder"],
      ["{{", "unclosedPlaceholder"],
    ]);
    expect(backdrop.querySelector("mark")?.previousSibling?.textContent).toBe("Hi ");

    await type(body(root), "Hi {{interviewer.firstName}},");
    expect(body(root).getAttribute("aria-invalid")).toBeNull();
    expect(body(root).getAttribute("aria-describedby")).toBeNull();
    expect(button(root, "Save template").disabled).toBe(false);
    expect([...missingMessages]).toEqual([]);
  });

  it("resets to the built-in template after a confirmation", async () => {
    await saveTemplate(db, mine, { makeDefault: true });
    await saveTemplate(
      db,
      { ...mine, language: "es", name: "Mía", builtinKey: "feedback_request.es" },
      { makeDefault: true },
    );
    const root = await openSection();
    await waitFor(() => editButton(root, "Mine"));
    await click(button(root, "Reset to built-in"));
    await click(await inDialog(root, "Cancel"));
    expect(await db.templates.count()).toBe(2);
    await click(button(root, "Reset to built-in"));
    expect(text(root.querySelector("dialog") as Element)).toContain(
      "Delete your saved template of this kind",
    );
    await click(await inDialog(root, "Delete and reset"));
    await waitFor(() => expect(text(root)).toContain("Reset to the built-in template."));
    expect((await db.templates.toArray()).map((row) => row.language)).toEqual(["es"]);
    await waitFor(() => expect(root.querySelector('button[aria-label="Edit Mine"]')).toBeNull());
  });

  it("puts the placeholder meant in place of a misspelt one, keeping its fallback", async () => {
    const root = await openSection();
    await waitFor(() => editButton(root, "Check-in"));
    await click(editButton(root, "Check-in"));
    await type(field(root, "Subject"), "News on {{rol|the role}}?");
    const subject = field(root, "Subject");
    expect(subject.getAttribute("aria-invalid")).toBe("true");
    expect(
      text(root.querySelector(`#${subject.getAttribute("aria-describedby")}`) as Element),
    ).toContain(
      "In the subject, after “News on”: Unknown placeholder {{rol}}. Did you mean {{role}}?",
    );
    expect(subject.previousElementSibling?.querySelector("mark")?.textContent).toBe(
      "{{rol|the role}}",
    );
    await click(button(root, "Use {{role|the role}}"));
    expect(field(root, "Subject").value).toBe("News on {{role|the role}}?");
    expect(field(root, "Subject").getAttribute("aria-invalid")).toBeNull();
    expect(field(root, "Subject").previousElementSibling?.querySelector("mark")).toBeNull();
    expect(button(root, "Save template").disabled).toBe(false);
  });

  it("previews a chosen interview, newest first, dated in the template's language", async () => {
    await saveMyName(db, "Jordan Avery");
    const draft = {
      role: "",
      round: "",
      time: "",
      postingUrl: "",
      notes: "",
      interviewers: [{ name: "Priya Raman", email: "priya@cobalt.example", title: "" }],
    };
    await addInterview(db, { ...draft, company: "Older & Co", date: "2026-03-02" });
    const cobalt = await addInterview(db, {
      ...draft,
      company: "Cobalt & Pine",
      role: "Staff Engineer",
      date: "2026-11-12",
    });
    const root = await openSection();
    const select = root.querySelector("#templates-language") as HTMLSelectElement;
    await choose(select, "es");
    const spanish = builtinTemplate("thank_you", "es").name;
    await waitFor(() => editButton(root, spanish));
    await click(editButton(root, spanish));
    const label = [...root.querySelectorAll("label")].find((l) => text(l) === "Fill in from");
    const source = root.querySelector(`#${label?.htmlFor}`) as HTMLSelectElement;
    await waitFor(() => expect(source.options.length).toBe(3));
    const names = [...source.options].map((option) => option.textContent ?? "");
    expect(names[0]).toBe("Sample interview");
    expect(names[1]).toMatch(/^Cobalt & Pine — Staff Engineer, /);
    expect(names[2]).toMatch(/^Older & Co, /);
    expect(preview(root)).toContain("Maya");

    await choose(source, String(cobalt));
    await waitFor(() => expect(preview(root)).toContain("Priya"));
    expect(preview(root)).toContain("12 de noviembre");
    expect(preview(root)).toContain("Cobalt & Pine");
    expect(preview(root)).toContain("Jordan Avery");
    expect(text(root)).toContain("Filled in from this interview");
    expect([...missingMessages]).toEqual([]);
  });

  it("lists the built-in template and each saved one, and makes another the default", async () => {
    const first = await saveTemplate(db, mine, { makeDefault: true });
    const second = await saveTemplate(db, { ...mine, name: "Short request" });
    const root = await openSection();
    await waitFor(() => editButton(root, "Short request"));
    expect(cards(root, "Feedback request")).toEqual([
      "Feedback request Built-in",
      "Mine Default",
      "Short request",
    ]);
    expect(root.querySelector('button[aria-label="Make default: Mine"]')).toBeNull();

    await click(labelled(root, "Make default: Short request"));
    await waitFor(() =>
      expect(cards(root, "Feedback request")).toEqual([
        "Feedback request Built-in",
        "Mine",
        "Short request Default",
      ]),
    );
    expect(text(root)).toContain("“Short request” is now the default: Debrief writes with it.");
    expect(document.activeElement?.id).toBe(`template-card-${second}`);
    expect((await findDefaultTemplate(db, "feedback_request", "en"))?.id).toBe(second);
    expect((await db.templates.get(first))?.isDefault).toBe(0);

    await click(labelled(root, "Make default: Feedback request"));
    await waitFor(() =>
      expect(cards(root, "Feedback request")).toEqual([
        "Feedback request Built-in Default",
        "Mine",
        "Short request",
      ]),
    );
    expect(await findDefaultTemplate(db, "feedback_request", "en")).toBeNull();
    expect([...missingMessages]).toEqual([]);
  });

  it("deletes a template after a confirmation; deleting the default brings back the built-in one", async () => {
    await saveTemplate(db, mine, { makeDefault: true });
    await saveTemplate(db, { ...mine, name: "Short request" });
    const root = await openSection();
    await waitFor(() => editButton(root, "Mine"));

    await click(labelled(root, "Delete Mine"));
    const dialog = root.querySelector("dialog") as HTMLDialogElement;
    expect(text(dialog)).toContain("Delete “Mine”?");
    expect(text(dialog)).toContain(
      "It is the default: Debrief will write with its built-in template again.",
    );
    await click(await inDialog(root, "Cancel"));
    expect(await db.templates.count()).toBe(2);

    await click(labelled(root, "Delete Mine"));
    await click(await inDialog(root, "Delete"));
    await waitFor(() =>
      expect(cards(root, "Feedback request")).toEqual([
        "Feedback request Built-in Default",
        "Short request",
      ]),
    );
    expect(text(root)).toContain("Deleted “Mine”.");
    expect(document.activeElement?.id).toBe("templates-feedback_request");
    expect((await db.templates.toArray()).map((row) => [row.name, row.isDefault])).toEqual([
      ["Short request", 0],
    ]);
  });

  it("starts a new template from the default's words and asks for its name", async () => {
    await saveTemplate(db, mine, { makeDefault: true });
    const root = await openSection();
    await waitFor(() => editButton(root, "Mine"));
    await click(labelled(root, "New template: Feedback request"));
    expect(text(root)).toContain("New template: Feedback request (English)");
    const name = field(root, "Name");
    expect(name.value).toBe("");
    expect(document.activeElement).toBe(name);
    expect(body(root).value).toBe(mine.body);
    expect(button(root, "Save template").disabled).toBe(true);
    expect(text(root)).toContain("Give the template a name to save it.");
    expect(text(root)).toContain("Left unticked, “Mine” stays the default.");
    expect((field(root, "Use as default") as HTMLInputElement).checked).toBe(false);

    await type(name, "Short request");
    await type(body(root), "Hi {{interviewer.firstName|there}}, any feedback?");
    await click(button(root, "Save template"));
    await waitFor(() => expect(text(root)).toContain("Saved. “Mine” is still the default."));
    expect((await findDefaultTemplate(db, "feedback_request", "en"))?.name).toBe("Mine");
    // Saved once, it is edited like any other: no box to tick, and the default stays where it is.
    expect(root.querySelector('input[type="checkbox"]')).toBeNull();
    expect(text(root)).toContain("“Mine” is the default, and saving keeps it so.");
    await type(body(root), "Hi {{interviewer.firstName|there}}, any feedback at all?");
    await click(button(root, "Save template"));
    await waitFor(async () =>
      expect((await db.templates.toArray()).map((row) => [row.name, row.isDefault])).toEqual([
        ["Mine", 1],
        ["Short request", 0],
      ]),
    );
    await click(button(root, "Close"));
    await waitFor(() => expect(document.activeElement?.id).toBe("templates-feedback_request"));
  });

  it("makes a new template the default when Use as default is ticked", async () => {
    await saveTemplate(db, mine, { makeDefault: true });
    const root = await openSection();
    await waitFor(() => editButton(root, "Mine"));
    await click(labelled(root, "New template: Feedback request"));
    await type(field(root, "Name"), "Short request");
    const box = field(root, "Use as default") as HTMLInputElement;
    await click(box);
    await click(button(root, "Save template"));
    await waitFor(() =>
      expect(text(root)).toContain(
        "Saved. Debrief will use this template for this kind and language.",
      ),
    );
    expect((await findDefaultTemplate(db, "feedback_request", "en"))?.name).toBe("Short request");
    expect(text(root)).toContain("This is the default for its kind and language");
  });

  it("asks before closing the editor with changes not saved, and keeps them when told to", async () => {
    const root = await openSection();
    await waitFor(() => editButton(root, "Feedback request"));
    await click(editButton(root, "Feedback request"));
    await type(body(root), "Hi {{interviewer.firstName|there}}, may I ask for feedback?");
    await click(button(root, "Close"));
    await click(await inDialog(root, "Keep editing"));
    expect(body(root).value).toBe("Hi {{interviewer.firstName|there}}, may I ask for feedback?");

    await click(button(root, "Close"));
    await click(await inDialog(root, "Close without saving"));
    await waitFor(() => expect(root.querySelector("textarea")).toBeNull());
    expect(await db.templates.count()).toBe(0);
  });

  it("will not give a new template the name of another of the same kind and language", async () => {
    await saveTemplate(db, mine, { makeDefault: true });
    const root = await openSection();
    await waitFor(() => editButton(root, "Mine"));
    await click(labelled(root, "New template: Feedback request"));
    await type(field(root, "Name"), " mine ");
    expect(text(root)).toContain(
      "You already have a template called “mine” for this kind and language",
    );
    expect(button(root, "Save template").disabled).toBe(true);
    await type(field(root, "Name"), "Mine, shorter");
    expect(button(root, "Save template").disabled).toBe(false);
  });

  it("comes back from another section to the open editor's language", async () => {
    let root = await openSection();
    await choose(root.querySelector("#templates-language") as HTMLSelectElement, "es");
    const spanish = builtinTemplate("feedback_request", "es").name;
    await waitFor(() => editButton(root, spanish));
    await click(editButton(root, spanish));
    page?.unmount();

    root = await openSection();
    await waitFor(() => expect(text(root)).toContain("Edit template: Feedback request (Spanish)"));
    await click(button(root, "Close"));
    await waitFor(() =>
      expect((root.querySelector("#templates-language") as HTMLSelectElement).value).toBe("es"),
    );
  });

  it("keeps an open editor and its words while the user visits another section", async () => {
    let root = await openSection();
    await waitFor(() => editButton(root, "Feedback request"));
    await click(editButton(root, "Feedback request"));
    await type(body(root), "Hi {{interviewer.firstName|there}}, half written");
    page?.unmount();

    root = await openSection();
    await waitFor(() =>
      expect(body(root).value).toBe("Hi {{interviewer.firstName|there}}, half written"),
    );
    await click(button(root, "Close"));
    await click(await inDialog(root, "Close without saving"));
    await waitFor(() => expect(root.querySelector("textarea")).toBeNull());
  });
});
