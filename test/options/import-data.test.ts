import { describe, expect, it } from "vitest";
import { checkImport, parseImport } from "../../src/options/import-data";

const at = "2026-03-10T09:00:00.000Z";

function interview(id: number, overrides: Record<string, unknown> = {}) {
  return {
    id,
    company: `Company ${id}`,
    role: "Analyst",
    round: "",
    date: "2026-03-04",
    time: "",
    interviewers: [],
    postingUrl: "",
    notes: "",
    status: "active",
    threads: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

function file(data: Record<string, unknown[]> = {}, version: unknown = 1) {
  return {
    format: "debrief-export",
    version,
    exportedAt: at,
    data: {
      interviews: [interview(1)],
      reflections: [],
      feedback: [],
      nextSteps: [],
      templates: [],
      followUps: [],
      verdicts: [],
      settings: [],
      ...data,
    },
  };
}

const problemsOf = (value: unknown) => {
  const result = checkImport(value);
  return result.ok ? [] : result.problems;
};

describe("checkImport", () => {
  it("accepts an export and trims interviews as the form does", () => {
    const result = checkImport(file({ interviews: [interview(1, { company: "  Lumen " })] }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.interviews[0]?.company).toBe("Lumen");
  });

  it("refuses what is not JSON, not a Debrief export, or newer", () => {
    expect(parseImport("not json {")).toEqual({
      ok: false,
      problems: ["This file is not a Debrief export: it is not JSON."],
    });
    expect(problemsOf({ format: "other", version: 1 })).toEqual([
      "This file is not a Debrief export.",
    ]);
    expect(problemsOf(file({}, 2))).toEqual([
      "This file comes from a newer Debrief; update Debrief first.",
    ]);
    expect(problemsOf(file({}, "1"))).toEqual(["This Debrief export has no format version."]);
    expect(problemsOf({ ...file(), data: { interviews: [] } })).toContain(
      "The file has no list of reflections.",
    );
  });

  it("names the record and what is wrong with it", () => {
    const interviews = Array.from({ length: 12 }, (_, index) => interview(index + 1));
    interviews[11] = interview(12, { date: "2026-02-30" });
    interviews[2] = interview(3, { status: "lost" });
    interviews[4] = interview(5, { time: "25:00", company: "" });
    interviews[5] = interview(6, {
      interviewers: [{ name: "Ana", email: "not-an-address", title: "" }],
    });
    expect(problemsOf(file({ interviews }))).toEqual([
      'Interview 3: status should be one of "active", "offer", "rejected", "withdrawn", "no_answer".',
      "Interview 5: the company is missing.",
      'Interview 5: the time "25:00" is not a time of day (HH:MM).',
      'Interview 6: the interviewer address "not-an-address" is not an email address.',
      "Interview 12: the date 2026-02-30 does not exist.",
    ]);
  });

  it("checks the other tables' shapes and what they point at", () => {
    const problems = problemsOf(
      file({
        reflections: [
          {
            interviewId: 1,
            answers: { direct: { answer: "maybe", note: "" } },
            note: "",
            createdAt: at,
            updatedAt: at,
          },
          { interviewId: 7, answers: {}, note: "", createdAt: at, updatedAt: at },
        ],
        nextSteps: [
          {
            interviewId: 1,
            feedbackId: null,
            text: "x",
            done: 0,
            dueDate: "2026-13-01",
            createdAt: at,
            doneAt: "",
          },
        ],
        templates: [{ kind: "letter" }],
        settings: ["myName"],
      }),
    );
    expect(problems).toEqual([
      'Reflection 1: answers "direct" answer should be one of "yes", "partly", "no".',
      "Reflection 2: points at interview 7, which is not in the file.",
      "Next step 1: dueDate 2026-13-01 does not exist.",
      'Template 1: kind should be one of "thank_you", "check_in", "feedback_request".',
      "Setting 1: should be a record.",
    ]);
  });
});
