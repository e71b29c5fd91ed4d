// @vitest-environment happy-dom
import "fake-indexeddb/auto";
import "../setup/i18n";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DebriefDatabase } from "../../src/db/database";
import { saveFeedback } from "../../src/db/feedback";
import { addInterview, setInterviewStatus } from "../../src/db/interviews";
import { addNextSteps } from "../../src/db/next-steps";
import { saveReflection } from "../../src/db/reflections";
import { readListSnapshot, writeListSnapshot } from "../../src/ui/list-snapshot";
import { button, click, eventually, field, text, type, waitFor } from "../setup/dom";
import { messages } from "../setup/i18n";
import { usePopupTest } from "../setup/popup";

const popup = usePopupTest("popup-reflection-test");
const { openPopup } = popup;
let db: DebriefDatabase;

beforeEach(() => {
  db = popup.db();
});

const draft = {
  company: "Lumen Analytics",
  role: "Data Analyst",
  round: "Second round",
  date: "2026-03-04",
  time: "",
  interviewers: [{ name: "Priya Raman", email: "priya@lumen-analytics.example", title: "Lead" }],
  postingUrl: "",
  notes: "",
};

/** Yesterday, as the interview form writes a date. */
function daysFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

const companiesIn = (root: ParentNode) =>
  [...root.querySelectorAll(".interview-item-company")].map((item) => text(item));

function checkbox(root: ParentNode, label: string): HTMLInputElement {
  const found = [...root.querySelectorAll("label")].filter((element) => text(element) === label);
  if (found.length !== 1) throw new Error(`${found.length} labels read "${label}"`);
  const control =
    found[0]?.querySelector("input") ?? document.getElementById(found[0]?.htmlFor ?? "");
  if (!(control instanceof HTMLInputElement)) throw new Error(`no control for "${label}"`);
  return control;
}

function radio(root: ParentNode, question: string, answer: string): HTMLInputElement {
  const fieldset = [...root.querySelectorAll("fieldset")].find(
    (element) => text(element.querySelector("legend") ?? element) === question,
  );
  const choice = [...(fieldset?.querySelectorAll("label") ?? [])].find(
    (label) => text(label) === answer,
  );
  const input = choice?.querySelector("input");
  if (!input) throw new Error(`no "${answer}" for "${question}"`);
  return input;
}

async function openInterview(root: HTMLElement, company: string) {
  await waitFor(() => button(root, company));
  await click(button(root, company));
  await waitFor(() => expect(root.querySelector("main h2")?.textContent).toBe(company));
}

describe("the first screen", () => {
  it("groups interviews as upcoming, waiting to hear and closed, the latest first", async () => {
    await addInterview(db, { ...draft, company: "Older Waiting", date: "2024-01-10" });
    await addInterview(db, { ...draft, company: "Newer Waiting", date: "2025-06-10" });
    await addInterview(db, { ...draft, company: "Ahead Co", date: daysFromToday(30) });
    const closed = await addInterview(db, { ...draft, company: "Closed Co", date: "2025-02-01" });
    await setInterviewStatus(db, closed, "rejected", new Date());

    const root = await openPopup();
    await waitFor(() => expect(root.querySelectorAll(".interview-item")).toHaveLength(4));
    const groups = [...root.querySelectorAll(".interview-group")];
    expect(groups.map((group) => text(group.querySelector("h3") ?? group))).toEqual([
      "Upcoming 1",
      "Waiting to hear 2",
      "Closed 1",
    ]);
    expect(companiesIn(groups[1] ?? root)).toEqual(["Newer Waiting", "Older Waiting"]);
    expect(companiesIn(groups[2] ?? root)).toEqual(["Closed Co"]);
  });

  it("offers the latest interviews to reflect on, and says how many more wait", async () => {
    for (const [company, days] of [
      ["Alpha", -2],
      ["Bravo", -4],
      ["Charlie", -6],
      ["Delta", -8],
      ["Echo", -10],
    ] as const) {
      await addInterview(db, { ...draft, company, date: daysFromToday(days) });
    }
    const root = await openPopup();
    await waitFor(() => expect(text(root)).toContain("And 2 more from the last three months"));
    const prompts = [...root.querySelectorAll(".reflect-prompt-items button")].map(text);
    expect(prompts).toEqual([
      "Reflect on your interview at Alpha",
      "Reflect on your interview at Bravo",
      "Reflect on your interview at Charlie",
    ]);
  });

  it("opens with the list as it last drew it, then shows what the database holds", async () => {
    writeListSnapshot({
      upcoming: [],
      waiting: [
        {
          id: 41,
          company: "Kept Company",
          role: "",
          round: "",
          date: "2026-11-02",
          time: "",
          status: "active",
        },
      ],
      closed: [],
      waitingTotal: 1,
      closedTotal: 0,
    });
    await addInterview(db, { ...draft, company: "Stored Company" });
    const root = await openPopup();
    // Drawn before the database has answered.
    expect(companiesIn(root)).toEqual(["Kept Company"]);
    await waitFor(() => expect(companiesIn(root)).toEqual(["Stored Company"]));
    // And kept in turn for the next time: written once the list is painted, so waited for.
    await waitFor(() =>
      expect(readListSnapshot()?.waiting.map((interview) => interview.company)).toEqual([
        "Stored Company",
      ]),
    );
  });

  it("filters by company or role as the user types", async () => {
    await addInterview(db, { ...draft, company: "Société Générale", role: "Risk Analyst" });
    await addInterview(db, { ...draft, company: "Brightwell Health", role: "UX Researcher" });
    const root = await openPopup();
    await waitFor(() => expect(root.querySelectorAll(".interview-item")).toHaveLength(2));

    await type(field(root, "Search by company or role"), "societe");
    await waitFor(() => expect(companiesIn(root)).toEqual(["Société Générale"]));
    await type(field(root, "Search by company or role"), "researcher");
    await waitFor(() => expect(companiesIn(root)).toEqual(["Brightwell Health"]));
    await type(field(root, "Search by company or role"), "nobody");
    await waitFor(() => expect(text(root)).toContain("No interview matches “nobody”."));
    await type(field(root, "Search by company or role"), "");
    await waitFor(() => expect(companiesIn(root)).toHaveLength(2));
  });

  it("lists open steps and ticks one off", async () => {
    const id = await addInterview(db, draft);
    await addNextSteps(db, id, null, ["Rehearse with a friend", "Research the company"]);
    const root = await openPopup();
    await waitFor(() => expect(text(root)).toContain("Your next steps"));
    expect(text(root)).toContain("For Lumen Analytics");
    await click(checkbox(root, "Rehearse with a friend"));
    await waitFor(() => expect(text(root)).not.toContain("Rehearse with a friend"));
    const steps = await db.nextSteps.toArray();
    expect(steps.find((step) => step.text === "Rehearse with a friend")?.done).toBe(1);
    expect(steps.find((step) => step.text === "Research the company")?.done).toBe(0);
  });

  it("opens a step's interview from the first screen", async () => {
    const id = await addInterview(db, draft);
    await addNextSteps(db, id, null, ["Rehearse with a friend"]);
    const root = await openPopup();
    await waitFor(() => expect(text(root)).toContain("For Lumen Analytics"));
    await click(button(root, "For Lumen Analytics"));
    await waitFor(() => expect(text(root)).toContain("Did I answer the questions directly?"));
  });

  it("shows the latest twenty of a long group, and all of them when asked", async () => {
    for (let day = 1; day <= 25; day++) {
      await addInterview(db, { ...draft, company: `Company ${day}`, date: daysFromToday(-day) });
    }
    const root = await openPopup();
    await waitFor(() => expect(text(root)).toContain("Show all 25"));
    expect(root.querySelectorAll("li.interview-item")).toHaveLength(20);
    await click(button(root, "Show all 25"));
    await waitFor(() => expect(root.querySelectorAll("li.interview-item")).toHaveLength(25));
  });
});

describe("reflecting on an interview", () => {
  it("prompts for a reflection and saves the checklist", async () => {
    const id = await addInterview(db, { ...draft, date: daysFromToday(-1) });
    const root = await openPopup();
    await waitFor(() => button(root, "Reflect on your interview at Lumen Analytics"));
    expect(text(root)).toContain("How did it go?");
    await click(button(root, "Reflect on your interview at Lumen Analytics"));
    await waitFor(() => expect(root.querySelector("main h2")?.textContent).toBe("Lumen Analytics"));
    await waitFor(() => expect(document.activeElement).toBe(root.querySelector("main h2")));

    await click(radio(root, "Did I answer the questions directly?", "Partly"));
    await click(radio(root, "Was I prepared?", "No"));
    await click(radio(root, "Did the conversation flow naturally?", "Yes"));
    const notes = root.querySelectorAll<HTMLInputElement>(".checklist-question input[type=text]");
    await type(notes[0] as HTMLInputElement, "Rambled on the SQL question");
    await type(field(root, "Anything else to remember"), "Ask about the team size next time.");
    await click(button(root, "Save reflection"));
    await waitFor(() => expect(text(root)).toContain("Reflection saved."));

    const saved = await db.reflections.where("interviewId").equals(id).first();
    expect(saved?.answers).toEqual({
      direct: { answer: "partly", note: "Rambled on the SQL question" },
      flow: { answer: "yes", note: "" },
      prepared: { answer: "no", note: "" },
    });
    expect(saved?.note).toBe("Ask about the team size next time.");

    // The checklist's answers suggest steps already.
    expect(text(root)).toContain(messages.stepAnswerFirst?.message ?? "?");
    expect(text(root)).toContain(messages.stepResearchCompany?.message ?? "?");
  });

  it("goes back to the list with Escape", async () => {
    await addInterview(db, draft);
    const root = await openPopup();
    await openInterview(root, "Lumen Analytics");
    await waitFor(() => button(root, "Save reflection"));
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await waitFor(() => expect(root.querySelector("main h2")?.textContent).toBe("Your interviews"));
  });

  it("keeps what the user typed when Escape is pressed in a field", async () => {
    await addInterview(db, draft);
    const root = await openPopup();
    await openInterview(root, "Lumen Analytics");
    const feedback = field(root, "What did they say?");
    await type(feedback, "They liked the case study.");
    feedback.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await waitFor(() => expect(root.querySelector("main h2")?.textContent).toBe("Lumen Analytics"));
    expect(field(root, "What did they say?").value).toBe("They liked the case study.");
  });

  it("changes the interview's status", async () => {
    const id = await addInterview(db, draft);
    const root = await openPopup();
    await openInterview(root, "Lumen Analytics");
    const status = root.querySelector<HTMLSelectElement>("#interview-status");
    if (!status) throw new Error("no status");
    expect(status.value).toBe("active");
    status.value = "offer";
    status.dispatchEvent(new Event("change", { bubbles: true }));
    await eventually(async () => expect((await db.interviews.get(id))?.status).toBe("offer"));
  });

  it("edits the date and keeps everything else", async () => {
    const id = await addInterview(db, draft);
    const root = await openPopup();
    await openInterview(root, "Lumen Analytics");
    await click(button(root, "Edit"));
    await waitFor(() => expect(field(root, "Company").value).toBe("Lumen Analytics"));
    await type(field(root, "Date"), "2026-02-31");
    await click(button(root, "Save interview"));
    await waitFor(() => expect(field(root, "Date").getAttribute("aria-invalid")).toBe("true"));
    await type(field(root, "Date"), "2026-03-05");
    await click(button(root, "Save interview"));
    await waitFor(() => expect(text(root)).toContain("Saved your changes."));
    expect(await db.interviews.get(id)).toMatchObject({
      ...draft,
      date: "2026-03-05",
      status: "active",
    });
  });
});

describe("feedback into next steps", () => {
  it("suggests themes from the text, lets the user change them, and saves them", async () => {
    const id = await addInterview(db, draft);
    const root = await openPopup();
    await openInterview(root, "Lumen Analytics");
    await type(
      field(root, "What did they say?"),
      "The panel felt your answers were not always direct, and you could have prepared more about our company.",
    );
    await waitFor(() => expect(checkbox(root, "Direct answers suggested").checked).toBe(true));
    expect(checkbox(root, "Preparation suggested").checked).toBe(true);
    expect(checkbox(root, "Confidence").checked).toBe(false);

    await click(checkbox(root, "Preparation suggested"));
    await click(checkbox(root, "Confidence"));
    expect(checkbox(root, "Preparation suggested").checked).toBe(false);
    await click(button(root, "Save feedback"));
    await waitFor(() => expect(text(root)).toContain("Feedback saved."));

    const saved = await db.feedback.where("interviewId").equals(id).toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ received: true, themes: ["direct_answers", "confidence"] });
  });

  it("says in its own words why nothing was saved when the browser refuses the write", async () => {
    await addInterview(db, draft);
    const root = await openPopup();
    await openInterview(root, "Lumen Analytics");
    await type(field(root, "What did they say?"), "We went with someone else.");
    const full = new DOMException(
      "QuotaExceededError: see https://example.invalid",
      "QuotaExceededError",
    );
    const refuse = vi.spyOn(db.feedback, "add").mockRejectedValue(full);
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await click(button(root, "Save feedback"));
    await waitFor(() =>
      expect(text(root)).toContain(
        "Nothing was saved. The browser has no room left for Debrief's data: free some disk space, then try again.",
      ),
    );
    expect(text(root)).not.toMatch(/QuotaExceededError|https?:/);
    expect(await db.feedback.count()).toBe(0);
    refuse.mockRestore();
    quiet.mockRestore();
  });

  it("records that no feedback came", async () => {
    const id = await addInterview(db, draft);
    const root = await openPopup();
    await openInterview(root, "Lumen Analytics");
    await click(button(root, "Save feedback"));
    await waitFor(() => expect(text(root)).toContain("Write what they said, or tick"));
    expect(await db.feedback.count()).toBe(0);
    await click(checkbox(root, "No feedback came"));
    await click(button(root, "Save feedback"));
    await eventually(async () =>
      expect(await db.feedback.where("interviewId").equals(id).toArray()).toMatchObject([
        { received: false, themes: [] },
      ]),
    );
  });

  it("adds the suggested steps, ticks one off and gives one a date", async () => {
    const id = await addInterview(db, draft);
    await saveFeedback(
      db,
      { interviewId: id, received: true, text: "Lacked confidence.", themes: ["confidence"] },
      new Date(),
    );
    const root = await openPopup();
    await openInterview(root, "Lumen Analytics");
    const mock = messages.stepMockInterviews?.message ?? "?";
    const achievements = messages.stepAchievementsList?.message ?? "?";
    await waitFor(() => expect(checkbox(root, mock).checked).toBe(true));
    await click(checkbox(root, achievements));
    await click(button(root, "Add selected steps"));
    await eventually(async () => expect(await db.nextSteps.count()).toBe(1));
    const [step] = await db.nextSteps.toArray();
    expect(step?.text).toBe(mock);

    await waitFor(() => expect(checkbox(root, mock).id).toBe(`step-${step?.id}`));
    await click(checkbox(root, mock));
    await eventually(async () => expect((await db.nextSteps.get(step?.id ?? 0))?.done).toBe(1));

    const due = root.querySelector<HTMLInputElement>(`#step-${step?.id}-due`);
    if (!due) throw new Error("no date for the step");
    due.value = "2026-12-01";
    await click(due);
    due.dispatchEvent(new Event("change", { bubbles: true }));
    await eventually(async () =>
      expect((await db.nextSteps.get(step?.id ?? 0))?.dueDate).toBe("2026-12-01"),
    );
  });
});

describe("insights", () => {
  it("says there is nothing yet, then shows the numbers", async () => {
    const root = await openPopup();
    await click(button(root, "Insights"));
    await waitFor(() => expect(text(root)).toContain("Nothing to show yet."));

    const first = await addInterview(db, draft);
    const second = await addInterview(db, { ...draft, company: "Brightwell Health" });
    await saveReflection(
      db,
      first,
      { direct: { answer: "no", note: "" }, prepared: { answer: "yes", note: "" } },
      "",
      new Date(),
    );
    await saveReflection(db, second, { direct: { answer: "partly", note: "" } }, "", new Date());
    await saveFeedback(
      db,
      { interviewId: first, received: true, text: "", themes: ["preparation", "fit"] },
      new Date(),
    );
    await saveFeedback(
      db,
      { interviewId: second, received: true, text: "", themes: ["preparation"] },
      new Date(),
    );
    await waitFor(() => expect(text(root)).toContain("Preparation in 2 of 2 pieces of feedback"));
    const bars = [...root.querySelectorAll(".bar-item")].map((item) => [
      text(item.querySelector(".bar-label") ?? item),
      text(item.querySelector(".bar-value") ?? item),
    ]);
    expect(bars).toEqual([
      ["Did I answer the questions directly?", "2 of 2 answers (100%)"],
      ["Did I show my skills while staying humble?", "Not answered yet"],
      ["Did the conversation flow naturally?", "Not answered yet"],
      ["Was I prepared?", "0 of 1 answers (0%)"],
    ]);
    const themes = [...root.querySelectorAll(".theme-count")].map((item) => text(item));
    expect(themes).toEqual([
      "Preparation in 2 of 2 pieces of feedback",
      "Fit in 1 of 2 pieces of feedback",
    ]);
    expect(root.querySelector(".month-chart svg")?.getAttribute("aria-label")).toContain(
      "no reflections",
    );
  });
});
