import { describe, expect, it } from "vitest";
import { composeAddress } from "../../../src/core/reminders";

const draft = {
  to: "maya.chen@lumen.example",
  subject: "Thank you – Data Analyst",
  body: "Hi Maya,\n\nThank you & see you soon.\nBest, Ana",
};

describe("composeAddress", () => {
  it("opens Gmail's compose view with recipient, subject and body", () => {
    const address = new URL(composeAddress("gmail", draft));
    expect(address.origin).toBe("https://mail.google.com");
    expect(address.searchParams.get("view")).toBe("cm");
    expect(address.searchParams.get("to")).toBe(draft.to);
    expect(address.searchParams.get("su")).toBe(draft.subject);
    expect(address.searchParams.get("body")).toBe(draft.body);
  });

  it("writes spaces as %20, never +, which Outlook would show as a plus sign", () => {
    const address = composeAddress("outlook", draft);
    expect(address).not.toContain("+");
    expect(address).toContain("Thank%20you");
  });

  it("opens Outlook where the user was last seen, personal accounts under mail/0/", () => {
    const personal = new URL(composeAddress("outlook", draft));
    expect(`${personal.origin}${personal.pathname}`).toBe(
      "https://outlook.live.com/mail/0/deeplink/compose",
    );
    expect(personal.searchParams.get("subject")).toBe(draft.subject);
    expect(personal.searchParams.get("body")).toBe(draft.body);
    const work = new URL(composeAddress("outlook", draft, "https://outlook.office.com"));
    expect(`${work.origin}${work.pathname}`).toBe(
      "https://outlook.office.com/mail/deeplink/compose",
    );
    // Microsoft 365 mail's new address keeps the work accounts' path.
    const moved = new URL(composeAddress("outlook", draft, "https://outlook.cloud.microsoft"));
    expect(`${moved.origin}${moved.pathname}`).toBe(
      "https://outlook.cloud.microsoft/mail/deeplink/compose",
    );
  });

  it("never opens an address that is not Outlook's", () => {
    const address = new URL(composeAddress("outlook", draft, "https://evil.example"));
    expect(address.origin).toBe("https://outlook.live.com");
  });

  it("leaves out a recipient it does not know", () => {
    const address = new URL(composeAddress("gmail", { ...draft, to: "" }));
    expect(address.searchParams.has("to")).toBe(false);
  });
});
