import { describe, expect, it } from "vitest";
import type { Interview } from "../../src/db/schema";
import { csvField, csvFileName, interviewRows, toCsv } from "../../src/options/export-csv";

describe("toCsv", () => {
  it("quotes fields with commas, quotes and line breaks, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
  });

  it("starts with a byte-order mark and ends lines with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["Zürich, CH", "é"],
      ]),
    ).toBe('\uFEFFa,b\r\n"Zürich, CH",é\r\n');
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
    expect(header?.slice(0, 10)).toEqual([
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
    ]);
    expect(row).toEqual([
      "Café Nord",
      "Barista",
      "Second",
      "2026-03-04",
      "14:30",
      "rejected",
      "Ana; Bo",
      "ana@nord.example",
      "https://nord.example/jobs",
      "Line one\nline two",
      "partly: rambled",
      "",
      "",
      "",
      "tired",
      "yes",
      "More latte art.",
      "technical_depth; communication",
    ]);
  });
});
