import "../setup/i18n";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkImport, parseImport } from "../../src/options/import-data";
import { getMessage, missingMessages } from "../setup/i18n";

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

afterEach(() => {
  expect([...missingMessages]).toEqual([]);
});

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
      'Interview 3, status: should be one of "active", "offer", "rejected", "withdrawn", "no_answer".',
      "Interview 5, company: empty.",
      'Interview 5, time: "25:00" is not a time of day (HH:MM).',
      'Interview 6, interviewers › 1 › email: "not-an-address" is not an email address.',
      "Interview 12, date: 2026-02-30 does not exist.",
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
      'Reflection 1, answers › direct › answer: should be one of "yes", "partly", "no".',
      "Reflection 2, interviewId: interview 7 is not in the file.",
      "Next step 1, dueDate: 2026-13-01 does not exist.",
      'Template 1, kind: should be one of "thank_you", "check_in", "feedback_request".',
      "Template 1: missing language, name, subject, body, isDefault, builtinKey, updatedAt.",
      "Setting 1: should be a record.",
    ]);
  });

  it("names the interviewer by their place in the file, blank ones counted", () => {
    const interviewers = [
      { name: "", email: "", title: "" },
      { name: "Ana", email: "ana@nord.example", title: "" },
      { name: "Bo", email: "bo at nord", title: "" },
    ];
    expect(problemsOf(file({ interviews: [interview(1, { interviewers })] }))).toEqual([
      'Interview 1, interviewers › 3 › email: "bo at nord" is not an email address.',
    ]);
  });

  it("gathers a record's missing fields into one line and refuses a list for a record", () => {
    const { company: _company, status: _status, ...partial } = interview(2);
    expect(
      problemsOf(
        file({
          interviews: [interview(1), partial, [interview(3)]],
          feedback: [
            {
              id: 1,
              interviewId: 1,
              received: "yes",
              text: "",
              themes: ["fit", 3],
              receivedAt: "",
              createdAt: "soon",
            },
          ],
        }),
      ),
    ).toEqual([
      "Interview 2: missing company, status.",
      "Interview 3: should be a record.",
      "Feedback 1, received: should be true or false.",
      "Feedback 1, themes › 2: should be text.",
      "Feedback 1, createdAt: should be a date and time.",
    ]);
  });

  it("checks the ids other records point at: each once, and present in the file", () => {
    const feedback = (id: number) => ({
      id,
      interviewId: 1,
      received: true,
      text: "More SQL.",
      themes: [],
      receivedAt: at,
      createdAt: at,
    });
    const step = (feedbackId: number | null) => ({
      interviewId: 1,
      feedbackId,
      text: "Practise",
      done: 0,
      dueDate: "",
      createdAt: at,
      doneAt: "",
    });
    expect(
      problemsOf(
        file({
          // Interview 2 is wrong, but it is in the file: what points at it is not told otherwise.
          interviews: [interview(1), interview(2, { createdAt: 7 }), interview(1)],
          reflections: [{ interviewId: 2, answers: {}, note: "", createdAt: at, updatedAt: at }],
          feedback: [feedback(4), feedback(4)],
          nextSteps: [step(4), step(5), step(null)],
        }),
      ),
    ).toEqual([
      "Interview 2, createdAt: should be a date and time.",
      "Interview 3, id: 1 is used twice.",
      "Feedback 2, id: 4 is used twice.",
      "Next step 2, feedbackId: feedback 5 is not in the file.",
    ]);
  });

  it("lists at most 20 problems, then how many more there are", () => {
    const interviews = Array.from({ length: 25 }, (_, index) =>
      interview(index + 1, { date: "2026-02-30" }),
    );
    const problems = problemsOf(file({ interviews }));
    expect(problems).toHaveLength(21);
    expect(problems[19]).toBe("Interview 20, date: 2026-02-30 does not exist.");
    expect(problems[20]).toBe("…and 5 more problems.");
  });

  it("leaves behind fields Debrief does not keep", () => {
    const result = checkImport(file({ interviews: [interview(1, { salary: "secret" })] }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.interviews[0]).not.toHaveProperty("salary");
  });

  it("tells the problems in the interface's language, in that language's order", () => {
    const french: Record<string, string> = {
      importProblem: "$1 — champ $2 : $3.",
      importRecordInterview: "Entretien $1",
      importDayImpossible: "la date $1 n’existe pas",
    };
    const scope = globalThis as unknown as {
      chrome: { i18n: { getMessage: typeof getMessage } };
    };
    const spy = vi
      .spyOn(scope.chrome.i18n, "getMessage")
      .mockImplementation((key, substitutions) =>
        key in french
          ? (french[key] ?? "").replace(/\$([1-9])/g, (_whole, which: string) =>
              String([substitutions ?? []].flat()[Number(which) - 1]),
            )
          : getMessage(key, substitutions),
      );
    try {
      expect(problemsOf(file({ interviews: [interview(4, { date: "2026-02-30" })] }))).toEqual([
        "Entretien 1 — champ date : la date 2026-02-30 n’existe pas.",
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("limits, checked before the records are", () => {
  it("refuses a file larger than 50 MB before reading it, and says how large it is", async () => {
    const { fileSizeProblem } = await import("../../src/options/import-data");
    expect(fileSizeProblem("huge.json", 63 * 1024 * 1024)).toBe(
      "huge.json is 63 MB: Debrief reads files of up to 50 MB. Nothing was imported.",
    );
    expect(fileSizeProblem("fine.json", 50 * 1024 * 1024)).toBeNull();
    const parse = vi.spyOn(JSON, "parse");
    const result = parseImport(" ".repeat(50 * 1024 * 1024 + 1), "padded.json");
    expect(result).toEqual({
      ok: false,
      problems: ["padded.json is 50 MB: Debrief reads files of up to 50 MB. Nothing was imported."],
    });
    expect(parse).not.toHaveBeenCalled();
  });

  it("refuses a list of more than 100,000 records in one line, without checking each", () => {
    const steps = Array.from({ length: 100_001 }, () => ({}));
    expect(problemsOf(file({ nextSteps: steps }))).toEqual([
      "The file’s list of nextSteps holds 100,001 records: Debrief brings back at most 100,000 of one kind at a time.",
    ]);
  });

  it("refuses a text field longer than 100,000 characters, naming the record and the field", () => {
    const notes = "a".repeat(100_001);
    expect(problemsOf(file({ interviews: [interview(1, { notes })] }))).toEqual([
      "Interview 1, notes: 100,001 characters long, where Debrief keeps at most 100,000 in one field.",
    ]);
    expect(checkImport(file({ interviews: [interview(1, { notes: notes.slice(1) })] })).ok).toBe(
      true,
    );
  });
});

describe("settings in a file", () => {
  it("brings back only the settings Debrief has, with values it would have saved, and names the rest", () => {
    const result = checkImport(
      file({
        settings: [
          { key: "myName", value: "Alex" },
          { key: "minConfidence", value: 0.3 },
          { key: "mailSites", value: "yes" },
          { key: "reminders", value: false },
          { key: "theme", value: "dark" },
          { key: "outlookOrigin", value: "https://evil.example" },
          { key: "mailSites", value: { gmail: false, outlook: true } },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.settings).toEqual([
      { key: "myName", value: "Alex" },
      { key: "reminders", value: false },
      { key: "mailSites", value: { gmail: false, outlook: true } },
    ]);
    expect(result.leftOut).toEqual([
      "Setting “minConfidence” holds a value Debrief would never have saved: it is left out, and yours stays as it is.",
      "Setting “mailSites” holds a value Debrief would never have saved: it is left out, and yours stays as it is.",
      "Setting “theme” is not one Debrief has: it is left out.",
      "Setting “outlookOrigin” holds a value Debrief would never have saved: it is left out, and yours stays as it is.",
    ]);
  });
});
