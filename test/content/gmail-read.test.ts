// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { gmailAdapter, gmailThreadIdFromHash } from "../../src/content/gmail/read";
import * as gmail from "../../src/content/gmail/selectors";
import { queryFirst } from "../../src/content/select";
import {
  countWalks,
  type DemoPage,
  emailOf,
  findAndRead,
  openDemo,
  openStatic,
  readFixture,
  realFixture,
  throwingDocument,
} from "./pages";

const GMAIL = "https://mail.google.com/mail/u/0/";
const LUMEN = "FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG";
const FELDMANN = "FMfcgzQXKdBrLmWqTzxHcNsVpJkfGtRw";
const COFFEE_CHAT = `${GMAIL}#inbox/FMfcgzQXLqWnRsTvBcDfGhJkLmNpQrSt`;

let page: DemoPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function read(opened: DemoPage) {
  return findAndRead(gmailAdapter, opened);
}

describe("Gmail adapter on the demo mailbox", () => {
  it("finds no email in the inbox", async () => {
    page = await openDemo("gmail", `${GMAIL}#inbox`);
    expect(page.document.querySelectorAll("tr.zA").length).toBeGreaterThan(5);
    expect(read(page)).toEqual({ kind: "none" });
  });

  it("finds the open message and its id without reading the body; reading is on request", async () => {
    page = await openDemo("gmail", `${GMAIL}#inbox/${LUMEN}`);
    const walks = countWalks(queryFirst(page.document, gmail.body) as Element);
    const found = gmailAdapter.findOpenMessage(page.document, page.url());
    expect(found).toMatchObject({ kind: "message", messageId: "msg-f:1782318250946271591" });
    expect(walks()).toBe(0);
    if (found.kind !== "message") return;
    expect(emailOf(found.read()).body).toContain("not to move forward");
    expect(walks()).toBeGreaterThan(0);
  });

  it("reads the newest message of a deep-linked conversation, without the quoted history", async () => {
    page = await openDemo("gmail", `${GMAIL}#inbox/${LUMEN}`);
    // Earlier messages are collapsed, with no body, as in Gmail.
    expect(page.document.querySelectorAll("[role=main] .kv").length).toBe(2);
    expect(page.document.querySelector(".kv .a3s")).toBeNull();

    const email = emailOf(read(page));
    expect(email.host).toBe("gmail");
    expect(email.subject).toBe("Interview: Senior Product Analyst at Lumen Analytics");
    expect(email.from).toEqual({
      name: "Maya Okafor",
      address: "maya.okafor@lumen-analytics.example",
    });
    expect(email.messageId).toBe("msg-f:1782318250946271591");
    // The conversation is keyed on its hex id (thread-f:1781042118350512401 in decimal).
    expect(email.threadId).toBe("18b7885eca4aa111");
    expect(email.body.startsWith("Hi Jordan,\n\nThank you again for interviewing with us")).toBe(
      true,
    );
    expect(email.body).toContain("we have decided not to move forward with your application");
    expect(email.body.endsWith("Maya Okafor\nAnalytics Lead | Lumen Analytics\nBristol, UK")).toBe(
      true,
    );
    // The candidate's thank-you note and the first invitation are quoted below it.
    expect(email.body).not.toContain("onboarding drop-off");
    expect(email.body).not.toContain("From:");
    expect(email.body).not.toContain("wrote:");
  });

  it("still leaves the quote out once Gmail's trimmed content is shown", async () => {
    page = await openDemo("gmail", `${GMAIL}#inbox/${LUMEN}`);
    const trimmed = page.document.querySelector<HTMLElement>(".h7 .ajR");
    trimmed?.click();
    const shown = page.document.querySelector<HTMLElement>(".h7 .demo-trimmed");
    expect(shown?.style.display).toBe("");
    expect(shown?.textContent).toContain("onboarding drop-off");
    const body = emailOf(read(page)).body;
    expect(body).toContain("not to move forward");
    expect(body).not.toContain("onboarding drop-off");
    expect(body).not.toContain("Sent:");
  });

  it("keeps reading the newest message when an earlier one is expanded", async () => {
    page = await openDemo("gmail", `${GMAIL}#inbox/${LUMEN}`);
    page.document.querySelector<HTMLElement>(".kv")?.click();
    expect(page.document.querySelectorAll(".h7").length).toBe(2);
    expect(emailOf(read(page)).messageId).toBe("msg-f:1782318250946271591");
  });

  it("follows navigation: thread, back to the inbox (old view still in the page), another thread", async () => {
    page = await openDemo("gmail", `${GMAIL}#inbox`);
    page.document.querySelector<HTMLElement>("tr.zA")?.click();
    await page.settle();
    expect(page.url().hash).toBe(`#inbox/${FELDMANN}`);
    const german = emailOf(read(page));
    expect(german.subject).toBe("Ihre Bewerbung als Softwareentwickler (m/w/d) Embedded Systems");
    expect(german.from).toEqual({
      name: "Katrin Vogel",
      address: "k.vogel@feldmann-robotik.example",
    });
    expect(german.body).toContain("leider mitteilen");
    expect(german.messageId).toBe("msg-f:1782455902764031123");

    page.window.location.hash = "#inbox";
    await page.settle();
    // Gmail keeps the conversation view, hidden; it must not count as open.
    expect(page.document.querySelector(".g.id [data-message-id]")).not.toBeNull();
    expect(read(page)).toEqual({ kind: "none" });

    page.window.location.hash = `#inbox/${LUMEN}`;
    await page.settle();
    expect(emailOf(read(page)).from.name).toBe("Maya Okafor");
  });

  it("reads around an open inline reply, and the reply selectors match the demo", async () => {
    page = await openDemo("gmail", `${GMAIL}#inbox/${LUMEN}`);
    const reply = queryFirst(page.document, gmail.replyControl) as HTMLElement | null;
    expect(reply?.textContent).toContain("Reply");
    reply?.click();
    const box = queryFirst(page.document, gmail.replyBox);
    const editable = queryFirst(page.document, gmail.editableBody);
    expect(box).not.toBeNull();
    expect(editable && box?.contains(editable)).toBe(true);
    expect(editable?.querySelector(".gmail_quote")).not.toBeNull();
    expect(editable?.querySelector(".gmail_signature")).not.toBeNull();
    editable?.append("Typed draft text");

    const email = emailOf(read(page));
    expect(email.messageId).toBe("msg-f:1782318250946271591");
    expect(email.body).not.toContain("Typed draft text");
  });
});

/** The static 2026-11 conversation: three messages, an older view hidden in the page. */
function openCoffeeChat(): Promise<DemoPage> {
  return openStatic(readFixture("gmail", "conversation-2026-11.html"), COFFEE_CHAT);
}

describe("Gmail adapter on fixture pages", () => {
  it("reads the newest open message, skipping a hidden older view and the hidden preheader", async () => {
    page = await openCoffeeChat();
    const email = emailOf(read(page));
    expect(email.subject).toBe("Coffee chat follow-up ☕");
    expect(email.threadId).toBe("18d75b8423f30065");
    // Just sent: no legacy id yet, so the sync id stands alone.
    expect(email.messageId).toBe("msg-f:1790000000000000303");
    expect(email.from).toEqual({ name: "Rosa Lind", address: "rosa.lind@meridian-labs.example" });
    expect(email.body).toBe(
      "Hi there,\n\nFollowing up on our chat about the Platform Engineer opening: I've passed your details to our hiring manager.\n\nBest,\nRosa",
    );
  });

  it("gives one conversation the same id whichever of Gmail's thread ids the page carries", async () => {
    const variants: Record<string, (heading: Element) => void> = {
      both: () => {},
      "permanent id missing": (heading) => heading.removeAttribute("data-thread-perm-id"),
      'permanent id "undefined"': (heading) =>
        heading.setAttribute("data-thread-perm-id", "undefined"),
      "legacy id missing": (heading) => heading.removeAttribute("data-legacy-thread-id"),
      "legacy id in capitals": (heading) =>
        heading.setAttribute("data-legacy-thread-id", "18D75B8423F30065"),
    };
    const ids: Record<string, string> = {};
    for (const [name, change] of Object.entries(variants)) {
      page = await openCoffeeChat();
      const heading = page.document.querySelector(".g.id:not([style]) h2.hP") as Element;
      change(heading);
      ids[name] = emailOf(read(page)).threadId;
      await page.close();
    }
    page = null;
    expect(new Set(Object.values(ids))).toEqual(new Set(["18d75b8423f30065"]));
  });

  it("keys a newest message that shows no id by its place, and never reads an older one instead", async () => {
    page = await openCoffeeChat();
    for (const element of page.document.querySelectorAll("[data-message-id]")) {
      element.removeAttribute("data-message-id");
    }
    const result = read(page);
    if (result.kind !== "email") throw new Error(JSON.stringify(result));
    expect(result.email.body).toContain("passed your details to our hiring manager");
    expect(result.email.messageId).toBe("18d75b8423f30065#2");
    expect(result.missed).toContain("message id");
  });

  it("reads the newest *expanded* message when the newest is collapsed", async () => {
    page = await openCoffeeChat();
    const items = page.document.querySelectorAll(".g.id:not([style]) [role=listitem]");
    const newest = items[items.length - 1] as Element;
    newest.classList.replace("h7", "kv");
    newest.querySelector(".ii.gt")?.remove();
    const email = emailOf(read(page));
    expect(email.messageId).toBe("msg-f:1790000000000000202");
    expect(email.from.address).toBe("test.user@example.com");
    expect(email.body).toBe("Thanks Rosa, the link works. Talk soon!");
  });

  it("reads the preview pane with older attributes: legacy ids only and the former body class", async () => {
    page = await openStatic(readFixture("gmail", "preview-pane-2026-11.html"), `${GMAIL}#inbox`);
    const email = emailOf(read(page));
    expect(email.subject).toBe("Next steps for the Support Lead role");
    // data-thread-perm-id="undefined" is Gmail's way of saying "none".
    expect(email.threadId).toBe("18d90b2c44aa0f1e");
    expect(email.messageId).toBe("18d90b2c44aa0f1e");
    expect(email.from).toEqual({ name: "Tidewater Hiring", address: "hiring@tidewater.example" });
    expect(email.body).toBe(
      "Dear applicant,\n\nThank you for your interest in the Support Lead role.\nWe would like to invite you to a short phone call.\n\nDate Thursday 5 November\nTime 15:00",
    );
  });

  it("says what is missing when the address opens a thread but the markup is unknown", async () => {
    page = await openStatic(
      "<div role=main><div class=zz9><h2>Subject</h2><div class=qq>Body</div></div></div>",
      COFFEE_CHAT,
    );
    expect(read(page)).toEqual({ kind: "unrecognised", missing: "message" });
    await page.close();
    page = await openStatic("<div class=loading>Loading…</div>", COFFEE_CHAT);
    expect(read(page)).toEqual({ kind: "unrecognised", missing: "thread view" });
  });

  it("reads the body when the sender cannot be found, and says what it missed", async () => {
    page = await openCoffeeChat();
    for (const span of page.document.querySelectorAll(".g.id:not([style]) .h7 [email]"))
      span.removeAttribute("email");
    const result = read(page);
    if (result.kind !== "email") throw new Error(`not read: ${JSON.stringify(result)}`);
    expect(result.missed).toEqual(["sender"]);
    expect(result.email.from).toEqual({ name: "", address: "" });
    expect(result.email.body).not.toBe("");
    expect(result.email.subject).not.toBe("");
  });

  it("reads the body when the subject is missing too, and names both", async () => {
    page = await openCoffeeChat();
    for (const element of page.document.querySelectorAll("h2.hP")) element.remove();
    for (const span of page.document.querySelectorAll(".g.id:not([style]) .h7 [email]"))
      span.remove();
    const result = read(page);
    if (result.kind !== "email") throw new Error(`not read: ${JSON.stringify(result)}`);
    expect(result.missed).toEqual(expect.arrayContaining(["subject", "sender"]));
    expect(result.email.subject).toBe("");
    expect(result.email.body).not.toBe("");
  });

  it("names the body when even that is missing", async () => {
    page = await openCoffeeChat();
    for (const element of page.document.querySelectorAll("div.ii.gt")) element.remove();
    expect(read(page)).toEqual({ kind: "unrecognised", missing: "body" });
  });

  it("finds nothing in the real 2014 Gmail thread list, without throwing", async (context) => {
    const html = realFixture(
      "gmail-inbox-threadlist-2014.inboxsdk.injected-thread-identifier.html",
    );
    if (html === null) {
      context.skip(
        "../shared/fixtures/real/ is not present in this checkout, so the real 2014 capture cannot be read",
      );
      return;
    }
    page = await openStatic(html, `${GMAIL}#inbox`);
    expect(page.document.querySelectorAll("tr.zA").length).toBeGreaterThan(10);
    expect(read(page)).toEqual({ kind: "none" });
  });

  it("reports instead of throwing when the DOM throws", () => {
    const hostile = throwingDocument("document went away");
    expect(gmailAdapter.findOpenMessage(hostile, new URL(`${GMAIL}#inbox`))).toEqual({
      kind: "unrecognised",
      missing: "reader error: document went away",
    });
  });
});

describe("gmailThreadIdFromHash", () => {
  it.each([
    ["#inbox/FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG", "FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG"],
    ["#label/Job+search/FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG", "FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG"],
    ["#sent/18b7885eca4aa111", "18b7885eca4aa111"],
    ["#inbox", null],
    ["#inbox/p2", null],
    ["#search/lumen+analytics", null],
    ["#search/interviewfeedbackrequests", null],
    ["#settings/general", null],
    ["", null],
  ])("%s → %s", (hash, expected) => {
    expect(gmailThreadIdFromHash(hash)).toBe(expected);
  });
});
