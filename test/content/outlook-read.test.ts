// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import {
  outlookAdapter,
  outlookItemIdFromPath,
  parseMailbox,
} from "../../src/content/outlook/read";
import * as outlook from "../../src/content/outlook/selectors";
import { queryFirst } from "../../src/content/select";
import {
  countWalks,
  type DemoPage,
  emailOf,
  findAndRead,
  openDemo,
  openStatic,
  readFixture,
  throwingDocument,
} from "./pages";

const OUTLOOK = "https://outlook.live.com";
const LUMEN_CONVERSATION =
  "AAQkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gAEAARW9F/dwuclwpSNAzF+ImLC7I6GdFr";
const LUMEN_REJECTION_ITEM =
  "AAMkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gARgAAAYdniOjBUukoe5ETQg80ViuUAhpIOT9j0ZhOg6TlTAAA=";
const HARBOURLINE_ITEM =
  "AAMkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gARgAAAqnT2/QO/aL5+D0vQbK5hpyq4AltQ0AiI8+EGjyIGAAA=";

let page: DemoPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function read(opened: DemoPage) {
  return findAndRead(outlookAdapter, opened);
}

function rowOf(opened: DemoPage, convid: string): HTMLElement {
  const row = [
    ...opened.document.querySelectorAll<HTMLElement>("#MailList [role=option][data-convid]"),
  ].find((element) => element.getAttribute("data-convid") === convid);
  if (!row) throw new Error(`no row for ${convid}`);
  return row;
}

describe("Outlook adapter on the demo mailbox", () => {
  it("finds no email when nothing is selected, though the reading pane is there", async () => {
    page = await openDemo("outlook", `${OUTLOOK}/mail/inbox`);
    expect(page.document.querySelector("#ReadingPaneContainerId")).not.toBeNull();
    expect(read(page)).toEqual({ kind: "none" });
  });

  it("reads the newest message after a row is selected, without the quoted history", async () => {
    // Personal accounts have the account index in the address; the demo keeps it.
    page = await openDemo("outlook", `${OUTLOOK}/mail/0/inbox`);
    rowOf(page, LUMEN_CONVERSATION).click();
    await page.settle();
    // Selecting pushes the encoded item id of the conversation's newest message.
    expect(page.url().pathname).toBe(
      `/mail/0/inbox/id/${encodeURIComponent(LUMEN_REJECTION_ITEM)}`,
    );
    expect(rowOf(page, LUMEN_CONVERSATION).getAttribute("aria-selected")).toBe("true");

    const email = emailOf(read(page));
    expect(email.host).toBe("outlook");
    expect(email.subject).toBe("Interview: Senior Product Analyst at Lumen Analytics");
    expect(email.from).toEqual({
      name: "Maya Okafor",
      address: "maya.okafor@lumen-analytics.example",
    });
    expect(email.messageId).toBe(LUMEN_REJECTION_ITEM);
    expect(email.threadId).toBe(LUMEN_CONVERSATION);
    expect(email.body.startsWith("Hi Jordan,\n\nThank you again for interviewing with us")).toBe(
      true,
    );
    expect(email.body).toContain("not to move forward with your application");
    expect(email.body.endsWith("Analytics Lead | Lumen Analytics\nBristol, UK")).toBe(true);
    expect(email.body).not.toContain("onboarding drop-off");
    expect(email.body).not.toContain("From:");
  });

  it("still leaves the quote out once the message history is shown", async () => {
    page = await openDemo(
      "outlook",
      `${OUTLOOK}/mail/inbox/id/${encodeURIComponent(LUMEN_REJECTION_ITEM)}`,
    );
    const history = page.document.querySelector<HTMLElement>(
      "[aria-expanded=true] [role=document] .demo-history",
    );
    history?.click();
    const shown = page.document.querySelector<HTMLElement>(
      "[aria-expanded=true] [role=document] .demo-trimmed",
    );
    expect(shown?.style.display).toBe("");
    expect(shown?.querySelector("[id=x_divRplyFwdMsg]")).not.toBeNull();
    const body = emailOf(read(page)).body;
    expect(body).toContain("not to move forward");
    expect(body).not.toContain("onboarding drop-off");
    expect(body).not.toContain("Subject:");
  });

  it("opens a deep link on load and reads it, the earlier messages collapsed below", async () => {
    page = await openDemo(
      "outlook",
      `${OUTLOOK}/mail/inbox/id/${encodeURIComponent(LUMEN_REJECTION_ITEM)}`,
    );
    expect(page.document.querySelectorAll(".aVla3 > [aria-expanded=false]").length).toBe(2);
    const email = emailOf(read(page));
    expect(email.messageId).toBe(LUMEN_REJECTION_ITEM);
    expect(email.threadId).toBe(LUMEN_CONVERSATION);
  });

  it("reads a single-message rejection from a no-reply address", async () => {
    page = await openDemo(
      "outlook",
      `https://outlook.office.com/mail/inbox/id/${encodeURIComponent(HARBOURLINE_ITEM)}`,
    );
    const email = emailOf(read(page));
    expect(email.from).toEqual({
      name: "Harbourline Careers",
      address: "no-reply@careers.harbourline.example",
    });
    expect(email.messageId).toBe(HARBOURLINE_ITEM);
    expect(email.body).toContain("we will not be taking your application forward");
    // The template's hidden inbox preview line is not part of the text.
    expect(email.body).not.toContain("An update on your application");
  });

  it("reads the full view, where no list row is selected, taking the conversation from the subject id", async () => {
    page = await openDemo(
      "outlook",
      `${OUTLOOK}/mail/inbox/id/${encodeURIComponent(LUMEN_REJECTION_ITEM)}?readingpane=off`,
    );
    expect(page.document.querySelector("#MailList")).toBeNull();
    const email = emailOf(read(page));
    expect(email.threadId).toBe(LUMEN_CONVERSATION);
    expect(email.messageId).toBe(LUMEN_REJECTION_ITEM);
  });

  it("follows back and forward (popstate)", async () => {
    page = await openDemo("outlook", `${OUTLOOK}/mail/inbox`);
    rowOf(page, LUMEN_CONVERSATION).click();
    await page.settle();
    expect(read(page).kind).toBe("email");
    page.window.history.pushState({}, "", "/mail/inbox");
    page.window.dispatchEvent(new page.window.PopStateEvent("popstate"));
    await page.settle();
    expect(read(page)).toEqual({ kind: "none" });
  });

  it("reads around an open reply form, and the reply selectors match the demo", async () => {
    page = await openDemo(
      "outlook",
      `${OUTLOOK}/mail/inbox/id/${encodeURIComponent(LUMEN_REJECTION_ITEM)}`,
    );
    const icon = queryFirst(page.document, outlook.replyControl);
    expect(icon?.getAttribute("data-icon-name")).toBe("ArrowReplyRegular");
    icon?.closest("button")?.click();
    const editable = queryFirst(page.document, outlook.editableBody);
    expect(editable?.getAttribute("aria-label")).toBe("Message body");
    expect(editable?.closest("[role=main]")).not.toBeNull();
    editable?.append("Typed draft text");
    const email = emailOf(read(page));
    expect(email.messageId).toBe(LUMEN_REJECTION_ITEM);
    expect(email.body).not.toContain("Typed draft text");
  });

  it("says what is missing when the address opens a message but the markup is unknown", async () => {
    const url = `${OUTLOOK}/mail/inbox/id/${encodeURIComponent(LUMEN_REJECTION_ITEM)}`;
    page = await openStatic("<div class=app><div class=pane>Loading…</div></div>", url);
    expect(read(page)).toEqual({ kind: "unrecognised", missing: "reading pane" });
    await page.close();
    page = await openStatic(
      "<div id=ReadingPaneContainerId><div class=zz>Something new</div></div>",
      url,
    );
    expect(read(page)).toEqual({ kind: "unrecognised", missing: "message" });
  });
});

describe("Outlook adapter on fixture pages", () => {
  it("finds the open message and its id without reading the body; reading is on request", async () => {
    page = await openStatic(
      readFixture("outlook", "reading-pane-de-2025-12.html"),
      "https://outlook.office365.com/mail/inbox",
    );
    const walks = countWalks(queryFirst(page.document, outlook.body) as Element);
    const found = outlookAdapter.findOpenMessage(page.document, page.url());
    expect(found).toMatchObject({
      kind: "message",
      messageId: "AAQkADdemoBrandt/+0000000000000000000000000AAA=#1",
    });
    expect(walks()).toBe(0);
    if (found.kind !== "message") return;
    expect(emailOf(found.read()).body).toContain("Leider haben wir");
    expect(walks()).toBeGreaterThan(0);
  });

  it("keeps the conversation the list has selected when no subject heading is found", async () => {
    page = await openStatic(
      readFixture("outlook", "reading-pane-de-2025-12.html"),
      "https://outlook.office365.com/mail/inbox",
    );
    page.document.querySelector("[id$=_SUBJECT]")?.remove();
    const result = findAndRead(outlookAdapter, page);
    if (result.kind !== "email") throw new Error(JSON.stringify(result));
    expect(result.email.messageId).toBe("AAQkADdemoBrandt/+0000000000000000000000000AAA=#1");
    expect(result.email.subject).toBe("");
    expect(result.missed).toEqual(["subject"]);
    expect(result.email.body).toContain("Leider haben wir");
  });

  it("reads a German pane in the other recorded shapes: the message's own subject, a sender by name only", async () => {
    const html = readFixture("outlook", "reading-pane-de-2025-12.html")
      .replace(
        /<span role="heading" aria-level="2" id="CONV_[^"]*_SUBJECT">[^<]*<\/span>/,
        '<span role="heading" aria-level="3" id="MSG_d3_SUBJECT"><span title="AW: Ihre Bewerbung bei Nordlicht Software">AW: Ihre Bewerbung…</span></span>',
      )
      .replace(
        'aria-label="Von: Lena Brandt <lena.brandt@nordlicht.example>"',
        'aria-label="Von: Lena Brandt"',
      );
    expect(html).toContain("MSG_d3_SUBJECT");
    page = await openStatic(html, `${OUTLOOK}/mail/inbox/id/de3`);
    const result = read(page);
    if (result.kind !== "email") throw new Error(`not read: ${JSON.stringify(result)}`);
    expect(result.missed).toEqual(["sender address"]);
    expect(result.email.subject).toBe("AW: Ihre Bewerbung bei Nordlicht Software");
    expect(result.email.from).toEqual({ name: "Lena Brandt", address: "" });
    expect(result.email.body).toContain("Leider haben wir");
  });

  it("reads a German reading pane: no English labels, newest on top, no item id in the address", async () => {
    page = await openStatic(
      readFixture("outlook", "reading-pane-de-2025-12.html"),
      "https://outlook.office365.com/mail/inbox",
    );
    const email = emailOf(read(page));
    expect(email.subject).toBe("AW: Ihre Bewerbung bei Nordlicht Software");
    expect(email.from).toEqual({ name: "Lena Brandt", address: "lena.brandt@nordlicht.example" });
    expect(email.threadId).toBe("AAQkADdemoBrandt/+0000000000000000000000000AAA=");
    // Two messages, newest on top: counted from the oldest, the newest is #1.
    expect(email.messageId).toBe("AAQkADdemoBrandt/+0000000000000000000000000AAA=#1");
    expect(email.body).toBe(
      "Hallo Test User,\n\ndanke für Ihre Rückmeldung. Leider haben wir uns für eine andere Person entschieden.\nViele Grüße\nLena Brandt",
    );
  });

  it("reads the older message when only it is expanded", async () => {
    page = await openStatic(
      readFixture("outlook", "reading-pane-de-2025-12.html"),
      "https://outlook.office365.com/mail/inbox",
    );
    const [newest, older] = [...page.document.querySelectorAll(".aVla3 > [aria-expanded]")];
    newest?.setAttribute("aria-expanded", "false");
    newest?.querySelector("[role=document]")?.remove();
    older?.setAttribute("aria-expanded", "true");
    const body = page.document.createElement("div");
    body.setAttribute("role", "document");
    body.innerHTML = '<div id="UniqueMessageBody_1">Sehr geehrte Frau Brandt, vielen Dank.</div>';
    older?.querySelector(".wide-content-host")?.append(body);
    const email = emailOf(read(page));
    expect(email.from).toEqual({ name: "Test User", address: "test.user@example.com" });
    expect(email.messageId).toBe("AAQkADdemoBrandt/+0000000000000000000000000AAA=#0");
  });

  it("reads a full view with the MSG_ and CONV_ ids only", async () => {
    const itemId = "AAMkADdemoHaddad/+item000000000000000000AAA=";
    page = await openStatic(
      readFixture("outlook", "full-view-2026-11.html"),
      `${OUTLOOK}/mail/0/inbox/id/${encodeURIComponent(itemId)}`,
    );
    const email = emailOf(read(page));
    expect(email.subject).toBe("Your interview with Quarry & Co");
    expect(email.from).toEqual({ name: "Noor Haddad", address: "noor.haddad@quarryco.example" });
    expect(email.threadId).toBe("AAQkADdemoHaddad000000000000000000000000AAA=");
    expect(email.messageId).toBe(itemId);
    expect(email.body).toBe(
      "Hello,\n\nThank you for meeting with us. Unfortunately we will not be moving forward.",
    );
  });

  it("reads a message's own subject heading, whose full text is on a child's title", async () => {
    const html = readFixture("outlook", "full-view-2026-11.html").replace(
      /<div role="heading" aria-level="2" id="CONV_[^"]*_SUBJECT">Your interview with Quarry &amp; Co<\/div>/,
      '<div role="heading" aria-level="3" id="MSG_a1b2_SUBJECT"><span title="Your interview with Quarry &amp; Co: next steps">Your interview with Quarry…</span></div>',
    );
    expect(html).toContain("MSG_a1b2_SUBJECT");
    page = await openStatic(html, `${OUTLOOK}/mail/inbox/id/abc`);
    const result = read(page);
    if (result.kind !== "email") throw new Error(`not read: ${JSON.stringify(result)}`);
    expect(result.missed).toEqual([]);
    expect(result.email.subject).toBe("Your interview with Quarry & Co: next steps");
    expect(result.email.threadId).toBe("abc");
  });

  it("reads the body when no subject heading is found, from the item in the address", async () => {
    const html = readFixture("outlook", "full-view-2026-11.html").replace(
      /<div role="heading" aria-level="2" id="CONV_[^"]*_SUBJECT">[^<]*<\/div>/,
      "",
    );
    page = await openStatic(html, `${OUTLOOK}/mail/inbox/id/abc`);
    const result = read(page);
    if (result.kind !== "email") throw new Error(`not read: ${JSON.stringify(result)}`);
    expect(result.missed).toEqual(["subject"]);
    expect(result.email.subject).toBe("");
    expect(result.email.body).toContain("Unfortunately");
  });

  it("reads a sender shown by name only, and says the address is missing", async () => {
    const html = readFixture("outlook", "full-view-2026-11.html").replace(
      " &lt;noor.haddad@quarryco.example&gt;",
      "",
    );
    page = await openStatic(html, `${OUTLOOK}/mail/inbox/id/abc`);
    const result = read(page);
    if (result.kind !== "email") throw new Error(`not read: ${JSON.stringify(result)}`);
    expect(result.missed).toEqual(["sender address"]);
    expect(result.email.from).toEqual({ name: "Noor Haddad", address: "" });
    expect(result.email.body).toContain("Unfortunately");
  });

  it("reports instead of throwing when the DOM throws", () => {
    const hostile = throwingDocument("gone");
    expect(outlookAdapter.findOpenMessage(hostile, new URL(`${OUTLOOK}/mail/inbox`))).toEqual({
      kind: "unrecognised",
      missing: "reader error: gone",
    });
  });
});

describe("outlookItemIdFromPath", () => {
  it.each([
    ["/mail/inbox/id/AAMk%2Fab%2Bcd%3D", "AAMk/ab+cd="],
    ["/mail/0/inbox/id/AAMkXYZ", "AAMkXYZ"],
    ["/mail/id/AAMkXYZ", "AAMkXYZ"],
    ["/mail/deeplink/read/AAMk%3D", "AAMk="],
    ["/mail/inbox/id/AAMk%E0%A4%A", "AAMk%E0%A4%A"],
    ["/mail/inbox", null],
    ["/mail/", null],
    ["/calendar/view/day", null],
  ])("%s → %s", (path, expected) => {
    expect(outlookItemIdFromPath(path)).toBe(expected);
  });
});

describe("parseMailbox", () => {
  it.each([
    ["Maya Okafor <maya@lumen.example>", { name: "Maya Okafor", address: "maya@lumen.example" }],
    [
      '"Okafor, Maya" <maya@lumen.example>',
      { name: "Okafor, Maya", address: "maya@lumen.example" },
    ],
    ["maya@lumen.example", { name: "", address: "maya@lumen.example" }],
    ["Maya Okafor", { name: "Maya Okafor", address: "" }],
    ["  ", { name: "", address: "" }],
  ])("%s", (text, expected) => {
    expect(parseMailbox(text)).toEqual(expected);
  });
});
