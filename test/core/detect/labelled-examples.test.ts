import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classify } from "../../../src/core/detect";

// The project's own labelled emails (test/fixtures/emails): rejections and look-alikes of every kind,
// in each of the seven languages.
interface Example {
  id: string;
  label: "rejection" | "not_rejection";
  kind: string;
  lang: string;
  subject: string;
  body: string;
  from_name: string;
  from_address: string;
  hard_negative: boolean;
}

const dir = join(import.meta.dirname, "../../fixtures/emails");
const examples: Example[] = readdirSync(dir)
  .filter((file) => file.endsWith(".jsonl"))
  .flatMap((file) =>
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as Example),
  );

describe.each(["en", "es", "fr", "de", "pt", "nl", "it"])("emails in %s", (language) => {
  const own = examples.filter((example) => example.lang === language);

  it.each(own.map((example) => [example.id, example.kind, example] as const))(
    "%s (%s) gets the right verdict",
    (_id, _kind, example) => {
      const verdict = classify({
        subject: example.subject,
        body: example.body,
        from: { name: example.from_name, address: example.from_address },
      });
      expect(verdict.verdict).toBe(example.label);
      if (example.label === "rejection") {
        expect(verdict.confidence).toBeGreaterThan(0.5);
        expect(verdict.language).toBe(language);
      }
    },
  );

  it("covers rejections and the look-alikes that matter", () => {
    const kinds = new Set(own.map((example) => example.kind));
    expect(own.filter((example) => example.label === "rejection").length).toBeGreaterThanOrEqual(4);
    for (const kind of [
      "application_received",
      "interview_invite",
      "offer",
      "recruiter_outreach",
      "job_alert",
      "other",
    ]) {
      expect(kinds, `a ${kind} in ${language}`).toContain(kind);
    }
  });
});

describe("the reasons given for a rejection", () => {
  it("quote the email's own words at the places they stand", () => {
    for (const example of examples.filter((each) => each.label === "rejection")) {
      const verdict = classify({ subject: example.subject, body: example.body });
      const decisive = verdict.reasons.filter((reason) => reason.weight >= 4);
      expect(decisive.length, example.id).toBeGreaterThan(0);
      for (const reason of verdict.reasons) {
        const field = reason.field === "subject" ? example.subject : example.body;
        expect(field.slice(reason.start, reason.end), example.id).toBe(reason.phrase);
      }
    }
  });
});
