import { describe, expect, it } from "vitest";
import { parseLabelledLine } from "../../scripts/lib/detect-jsonl";

const line = (fields: Record<string, unknown>) => JSON.stringify(fields);
const email = { id: "en-001", subject: "Your application", body: "Thank you." };

describe("reading a labelled set for the benchmark", () => {
  it("keeps the label apart from what the detector sees", () => {
    const parsed = parseLabelledLine(
      line({
        ...email,
        label: "rejection",
        kind: "position_filled",
        lang: "en",
        hard_negative: false,
        ambiguous: true,
        from_name: "Ana",
        company: "Fernleaf",
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        id: "en-001",
        input: { subject: "Your application", body: "Thank you.", from: { name: "Ana" } },
        label: "rejection",
        kind: "position_filled",
        lang: "en",
        hardNegative: false,
        ambiguous: true,
      },
    });
  });

  it("takes the flags as false and kind and language as unknown when they are absent", () => {
    const parsed = parseLabelledLine(line({ ...email, label: "not_rejection" }));
    expect(parsed.ok && parsed.value).toMatchObject({
      kind: "?",
      lang: "?",
      hardNegative: false,
      ambiguous: false,
    });
  });

  it("refuses a line without a usable label or with a flag that is not a boolean", () => {
    expect(parseLabelledLine(line(email))).toEqual({
      ok: false,
      error: '"label" must be "rejection" or "not_rejection", found nothing',
    });
    expect(parseLabelledLine(line({ ...email, label: "Rejection" }))).toMatchObject({ ok: false });
    expect(parseLabelledLine(line({ ...email, label: "rejection", ambiguous: "no" }))).toEqual({
      ok: false,
      error: '"ambiguous" must be true or false, found a string',
    });
    expect(parseLabelledLine(line({ ...email, id: " ", label: "rejection" }))).toEqual({
      ok: false,
      error: '"id" is empty',
    });
  });
});
