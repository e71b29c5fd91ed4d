// @vitest-environment happy-dom
import "fake-indexeddb/auto";
import "../setup/i18n";
import "../setup/browser-mock";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The real deletion, which a test may hold or fail once.
vi.mock("../../src/db/interviews", async (original) => {
  const real = await original<typeof import("../../src/db/interviews")>();
  return { ...real, deleteInterview: vi.fn(real.deleteInterview) };
});

import { act } from "preact/test-utils";
import type { DebriefDatabase } from "../../src/db/database";
import { saveFeedback } from "../../src/db/feedback";
import { addFollowUp } from "../../src/db/follow-ups";
import { addInterview, deleteInterview } from "../../src/db/interviews";
import { addNextSteps } from "../../src/db/next-steps";
import { saveReflection } from "../../src/db/reflections";
import { recordUserVerdict } from "../../src/db/verdicts";
import { formatInterviewDate } from "../../src/ui/format-date";
import { button, click, eventually, field, hasButton, text, type, waitFor } from "../setup/dom";
import { usePopupTest } from "../setup/popup";

const popup = usePopupTest("popup-editing-test");
const { openPopup } = popup;
let db: DebriefDatabase;

beforeEach(() => {
  db = popup.db();
  // Each test counts its own deletions, whatever ran before it.
  vi.mocked(deleteInterview).mockClear();
});

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

async function openInterview(root: HTMLElement, company: string) {
  await waitFor(() => button(root, company));
  await click(button(root, company));
  await waitFor(() => expect(root.querySelector("main h2")?.textContent).toBe(company));
}

/** The one button whose accessible name, given by aria-label, is `name`. */
function labelled(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll("button")].filter(
    (element) => element.getAttribute("aria-label") === name,
  );
  if (found.length !== 1) throw new Error(`${found.length} buttons are named "${name}"`);
  return found[0] as HTMLButtonElement;
}

const DAY = formatInterviewDate("2026-03-10");
const EDIT = `Edit the feedback of ${DAY}`;

function theme(root: ParentNode, value: string): HTMLInputElement {
  const input = root.querySelector<HTMLInputElement>(`.theme-choices input[value="${value}"]`);
  if (!input) throw new Error(`no theme "${value}"`);
  return input;
}

function checkbox(root: ParentNode, label: string): HTMLInputElement {
  const found = [...root.querySelectorAll("label")].filter((element) => text(element) === label);
  if (found.length !== 1) throw new Error(`${found.length} labels read "${label}"`);
  const control =
    found[0]?.querySelector("input") ?? document.getElementById(found[0]?.htmlFor ?? "");
  if (!(control instanceof HTMLInputElement)) throw new Error(`no control for "${label}"`);
  return control;
}

/** An interview with a reflection, feedback, steps, a drafted request and a verdict on its message. */
async function interviewWithEverything(company: string) {
  const id = await addInterview(db, { ...draft, company });
  await saveReflection(db, id, { direct: { answer: "no", note: "" } }, "", new Date());
  const feedbackId = await saveFeedback(
    db,
    { interviewId: id, received: true, text: "Lacked confidence.", themes: ["confidence"] },
    new Date(),
  );
  await addNextSteps(db, id, feedbackId, [`Rehearse for ${company}`], new Date());
  await addFollowUp(db, {
    interviewId: id,
    kind: "feedback_request",
    host: "gmail",
    messageId: `${company}-message`,
    draftedAt: new Date().toISOString(),
  });
  await recordUserVerdict(
    db,
    `gmail:${company}-message`,
    { decision: "rejection", interviewId: id },
    new Date(),
  );
  return id;
}

/** How many rows of each table belong to the interview. */
async function rowsOf(id: number) {
  return {
    interviews: await db.interviews.where("id").equals(id).count(),
    reflections: await db.reflections.where("interviewId").equals(id).count(),
    feedback: await db.feedback.where("interviewId").equals(id).count(),
    nextSteps: await db.nextSteps.where("interviewId").equals(id).count(),
    followUps: await db.followUps.where("interviewId").equals(id).count(),
    verdicts: await db.verdicts.where("interviewId").equals(id).count(),
  };
}

const ALL_OF_ONE = {
  interviews: 1,
  reflections: 1,
  feedback: 1,
  nextSteps: 1,
  followUps: 1,
  verdicts: 1,
};

function dialogOf(root: ParentNode): HTMLDialogElement {
  const dialog = root.querySelector("dialog");
  if (!dialog) throw new Error("no dialog");
  return dialog;
}

/** The cancel event Escape fires; true when the dialog refused it. */
function pressEscape(dialog: HTMLDialogElement): boolean {
  const cancel = new Event("cancel", { cancelable: true });
  dialog.dispatchEvent(cancel);
  return cancel.defaultPrevented;
}

describe("deleting an interview", () => {
  it("asks first, and deletes nothing when the user keeps it", async () => {
    const id = await interviewWithEverything("Lumen Analytics");
    const root = await openPopup();
    await openInterview(root, "Lumen Analytics");
    await waitFor(() => button(root, "Delete interview…"));
    const dialog = dialogOf(root);
    expect(dialog.open).toBe(false);

    await click(button(root, "Delete interview…"));
    expect(dialog.open).toBe(true);
    expect(document.activeElement).toBe(button(dialog, "Keep interview"));
    expect(text(dialog.querySelector("h2") ?? dialog)).toBe(
      "Delete the interview at Lumen Analytics?",
    );
    const said = text(dialog);
    for (const what of ["reflection", "feedback", "next steps", "follow-ups"]) {
      expect(said).toContain(what);
    }

    // Escape is the dialog's: the popup stays on the interview, and nothing runs, so it may close.
    await act(() => {
      document.activeElement?.dispatchEvent(
        new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }),
      );
    });
    expect(root.querySelector("main h2")?.textContent).toBe("Lumen Analytics");
    expect(pressEscape(dialog)).toBe(false);

    await click(button(dialog, "Keep interview"));
    await waitFor(() => expect(dialog.open).toBe(false));
    expect(document.activeElement).toBe(button(root, "Delete interview…"));
    expect(root.querySelector("main h2")?.textContent).toBe("Lumen Analytics");
    expect(deleteInterview).not.toHaveBeenCalled();
    expect(await rowsOf(id)).toEqual(ALL_OF_ONE);
  });

  it("deletes the interview and everything of it, nothing of another, and goes home", async () => {
    const lumen = await interviewWithEverything("Lumen Analytics");
    const northwind = await interviewWithEverything("Northwind");
    const root = await openPopup();
    await openInterview(root, "Lumen Analytics");

    await click(button(root, "Delete interview…"));
    await click(button(dialogOf(root), "Delete interview"));
    // Home: the list, without the interview.
    await waitFor(() =>
      expect([...root.querySelectorAll(".interview-item-company")].map(text)).toEqual([
        "Northwind",
      ]),
    );
    expect(hasButton(root, "Delete interview…")).toBe(false);
    expect(root.querySelector("dialog")).toBeNull();

    expect(await rowsOf(lumen)).toEqual({
      interviews: 0,
      reflections: 0,
      feedback: 0,
      nextSteps: 0,
      followUps: 0,
      verdicts: 0,
    });
    // The verdict on its message stays, no longer pointing at it.
    expect(await db.verdicts.get("gmail:Lumen Analytics-message")).toMatchObject({
      decision: "rejection",
      interviewId: null,
    });
    expect(await rowsOf(northwind)).toEqual(ALL_OF_ONE);
  });

  it("cannot be dismissed while deleting, and shows a failure in the open dialog", async () => {
    const id = await interviewWithEverything("Lumen Analytics");
    let reject: (error: Error) => void = () => undefined;
    vi.mocked(deleteInterview).mockImplementationOnce(
      () => new Promise((_resolve, no) => (reject = no)),
    );
    const root = await openPopup();
    await openInterview(root, "Lumen Analytics");
    await click(button(root, "Delete interview…"));
    const dialog = dialogOf(root);
    await click(button(dialog, "Delete interview"));

    expect(button(dialog, "Keep interview").disabled).toBe(true);
    expect(button(dialog, "Delete interview").disabled).toBe(true);
    expect(pressEscape(dialog)).toBe(true);
    expect(dialog.open).toBe(true);

    await act(() => reject(new DOMException("The quota has been exceeded.", "QuotaExceededError")));
    await waitFor(() =>
      expect(dialog.querySelector('[role="alert"]')?.textContent).toBe(
        "Nothing was deleted. The browser has no room left for Debrief's data: free some disk space, then try again.",
      ),
    );
    expect(dialog.open).toBe(true);
    expect(root.querySelector("main h2")?.textContent).toBe("Lumen Analytics");
    expect(await rowsOf(id)).toEqual(ALL_OF_ONE);
    expect(pressEscape(dialog)).toBe(false);
  });
});

describe("removing a next step", () => {
  it("removes that step and no other", async () => {
    const id = await addInterview(db, draft);
    await addNextSteps(db, id, null, ["Rehearse with a friend", "Research the company"]);
    const root = await openPopup();
    await openInterview(root, "Lumen Analytics");
    await waitFor(() => labelled(root, "Remove step: Rehearse with a friend"));
    expect(text(labelled(root, "Remove step: Rehearse with a friend"))).toBe("Remove");

    await click(labelled(root, "Remove step: Rehearse with a friend"));
    await eventually(async () =>
      expect((await db.nextSteps.toArray()).map((step) => step.text)).toEqual([
        "Research the company",
      ]),
    );
    await waitFor(() =>
      expect(text(root.querySelector(".own-steps") ?? root)).not.toContain("Rehearse"),
    );
    expect(text(root.querySelector(".next-steps [role=status]") ?? root)).toBe(
      "Removed the step “Rehearse with a friend”.",
    );
    expect(document.activeElement).toBe(root.querySelector("#next-steps-heading"));
    labelled(root, "Remove step: Research the company");
  });
});

describe("editing recorded feedback", () => {
  async function withFeedback() {
    const id = await addInterview(db, draft);
    const feedbackId = await saveFeedback(
      db,
      {
        interviewId: id,
        received: true,
        text: "Lacked confidence.",
        themes: ["confidence"],
        receivedAt: "2026-03-10",
      },
      new Date(),
    );
    const root = await openPopup();
    await openInterview(root, "Lumen Analytics");
    await waitFor(() => labelled(root, EDIT));
    return { id, feedbackId, root };
  }

  it("loads the feedback into the form and saves the changes over it", async () => {
    const { id, feedbackId, root } = await withFeedback();
    const edit = labelled(root, EDIT);
    expect(text(edit)).toBe("Edit");

    await click(edit);
    await waitFor(() => expect(field(root, "What did they say?").value).toBe("Lacked confidence."));
    expect(document.activeElement).toBe(field(root, "What did they say?"));
    expect(text(root)).toContain(`Editing the feedback of ${DAY}.`);
    expect(theme(root, "confidence").checked).toBe(true);
    expect(theme(root, "preparation").checked).toBe(false);

    await type(field(root, "What did they say?"), "Lacked confidence, and little preparation.");
    // The themes stay as recorded while the text changes; the user ticks the new one.
    expect(theme(root, "preparation").checked).toBe(false);
    await click(theme(root, "preparation"));
    expect(theme(root, "preparation").checked).toBe(true);
    await click(button(root, "Save changes"));
    await waitFor(() => expect(text(root)).toContain("Feedback updated."));

    const all = await db.feedback.where("interviewId").equals(id).toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      id: feedbackId,
      received: true,
      text: "Lacked confidence, and little preparation.",
      themes: ["confidence", "preparation"],
      receivedAt: "2026-03-10",
    });
    // The form is back to recording new feedback.
    expect(field(root, "What did they say?").value).toBe("");
    expect(text(root)).not.toContain("Editing the feedback");
    button(root, "Save feedback");
    await waitFor(() => expect(text(root)).toContain("Lacked confidence, and little preparation."));
  });

  it("changes nothing when the user cancels", async () => {
    const { feedbackId, root } = await withFeedback();
    const before = await db.feedback.get(feedbackId);
    await click(labelled(root, EDIT));
    await waitFor(() => expect(field(root, "What did they say?").value).toBe("Lacked confidence."));
    await type(field(root, "What did they say?"), "Something else.");
    await click(button(root, "Cancel editing"));

    await waitFor(() => expect(field(root, "What did they say?").value).toBe(""));
    expect(document.activeElement).toBe(labelled(root, EDIT));
    button(root, "Save feedback");
    expect(await db.feedback.get(feedbackId)).toEqual(before);
    expect(await db.feedback.count()).toBe(1);
  });

  it("turns a record that no feedback came into the feedback that came later", async () => {
    const id = await addInterview(db, draft);
    const feedbackId = await saveFeedback(
      db,
      { interviewId: id, received: false, text: "", themes: [], receivedAt: "2026-03-10" },
      new Date(),
    );
    const root = await openPopup();
    await openInterview(root, "Lumen Analytics");
    await waitFor(() => labelled(root, EDIT));
    await click(labelled(root, EDIT));
    await waitFor(() => expect(checkbox(root, "No feedback came").checked).toBe(true));
    expect(document.activeElement).toBe(checkbox(root, "No feedback came"));

    await click(checkbox(root, "No feedback came"));
    await type(field(root, "What did they say?"), "Your answers could be more direct.");
    await click(button(root, "Save changes"));
    await eventually(async () =>
      expect(await db.feedback.get(feedbackId)).toMatchObject({
        received: true,
        text: "Your answers could be more direct.",
      }),
    );
    expect(await db.feedback.count()).toBe(1);
  });
});
