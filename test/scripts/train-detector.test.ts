import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { trainingEmails, trainModel } from "../../scripts/lib/train-detector";

const root = join(import.meta.dirname, "..", "..");

describe("npm run train:detector", () => {
  it("gives exactly the weights that ship, from the project's own labelled emails", () => {
    const emails = trainingEmails(join(root, "test", "fixtures", "emails"));
    // Never the blind split.
    expect(emails.some((email) => /-b\d{3}$/.test(email.id))).toBe(false);
    const shipped = readFileSync(
      join(root, "src", "core", "detect", "model", "weights.json"),
      "utf8",
    );
    expect(`${JSON.stringify(trainModel(emails).file)}\n`).toBe(shipped);
  }, 600_000);
});
