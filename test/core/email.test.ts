import { describe, expect, it } from "vitest";
import { readMessage } from "../../src/background/validate";
import { MAX_SUBJECT_CHARS, type OpenedEmail, withinLimits } from "../../src/core/email";

const email = (overrides: Partial<OpenedEmail> = {}): OpenedEmail => ({
  host: "gmail",
  messageId: "msg-f:1",
  threadId: "thread-f:1",
  subject: "Your application",
  from: { name: "Maya Okafor", address: "maya@lumen.example" },
  body: "Unfortunately we will not be moving forward.",
  ...overrides,
});

describe("withinLimits", () => {
  it("cuts a subject longer than the background reads, so the email still gets its banner", () => {
    const long = email({ subject: `Your application ${"and more ".repeat(600)}` });
    const cut = withinLimits(long);
    expect(cut.subject.length).toBeGreaterThan(MAX_SUBJECT_CHARS - 10);
    expect(cut.subject.length).toBeLessThanOrEqual(MAX_SUBJECT_CHARS);
    expect(cut.subject.startsWith("Your application and more")).toBe(true);
    expect(() => readMessage({ type: "emailOpened", email: long })).toThrow();
    expect(readMessage({ type: "emailOpened", email: cut })).toMatchObject({ email: cut });
  });

  it("leaves out an address too long to be one, as when the page shows none, and cuts a long name", () => {
    const cut = withinLimits(
      email({ from: { name: `Ms ${"Q".repeat(1_000)}`, address: `${"a".repeat(300)}@x.example` } }),
    );
    expect(cut.from.address).toBe("");
    expect(cut.from.name).toHaveLength(320);
    expect(() => readMessage({ type: "emailOpened", email: cut })).not.toThrow();
  });

  it("changes nothing in an ordinary email", () => {
    expect(withinLimits(email())).toEqual(email());
  });
});
