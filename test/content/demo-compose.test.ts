// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { type ComposeDraft, composeAddress } from "../../src/core/reminders";
import { type DemoPage, openDemo } from "./pages";

/** A thank-you note as Debrief's reminders write it: several lines, a blank one between. */
const thanks: ComposeDraft = {
  to: "maya.okafor@lumen-analytics.example",
  subject: "Thank you for your time – Senior Product Analyst",
  body: "Hi Maya,\n\nThank you for taking the time to speak with me.\n\nBest regards,\nJordan Avery",
};

/** Characters an address must carry through its encoding. */
const awkward: ComposeDraft = {
  to: "sam+jobs@cobalt-pine.example",
  subject: "Cobalt & Pine: 100% + café ☕ 🎉",
  body: "Zoë, a=b&c=d,\n50% + 50% – déjà vu 👍\n\nÀ bientôt",
};

/**
 * The editor's text as its reader sees it: a `<br>` breaks the line, and so does the end of a
 * line's `<div>` (happy-dom's innerText knows no layout, so the breaks are marked by hand).
 */
function shownText(editor: Element): string {
  const copy = editor.cloneNode(true) as Element;
  for (const br of copy.querySelectorAll("br")) br.replaceWith("\n");
  for (const line of copy.querySelectorAll("div")) {
    if (!line.textContent?.endsWith("\n")) line.append("\n");
  }
  return (copy.textContent ?? "").replace(/\n$/, "");
}

function one<T extends Element>(page: DemoPage, selector: string): T {
  const found = page.document.querySelectorAll<T>(selector);
  expect(found, selector).toHaveLength(1);
  return found[0] as T;
}

function click(page: DemoPage, selector: string): void {
  one<HTMLElement>(page, selector).click();
}

const toast = (page: DemoPage) => page.document.querySelector(".demo-toast.demo-on")?.textContent;

describe("the demo Gmail at a compose address", () => {
  let page: DemoPage | null = null;
  afterEach(async () => {
    await page?.close();
    page = null;
  });

  const gmail = (draft: ComposeDraft) => openDemo("gmail", composeAddress("gmail", draft));
  const recipients = (page: DemoPage) =>
    [...page.document.querySelectorAll(".AD div[name=to] [data-hovercard-id]")].map((chip) =>
      chip.getAttribute("data-hovercard-id"),
    );

  it("opens the new-message window with To, Subject and the body's lines filled in", async () => {
    page = await gmail(thanks);
    expect(one(page, ".dw .AD [role=dialog]").getAttribute("aria-label")).toBe("New Message");
    expect(recipients(page)).toEqual([thanks.to]);
    // A person the mailbox knows shows by name.
    expect(one(page, ".AD div[name=to] .afV").textContent).toBe("Maya Okafor");
    expect(one<HTMLInputElement>(page, ".AD input[name=subjectbox]").value).toBe(thanks.subject);
    expect(one(page, ".AD .aYF").textContent).toBe(thanks.subject);
    const body = one(page, '.AD .Ap div[aria-label="Message Body"][contenteditable=true]');
    expect(body.getAttribute("g_editable")).toBe("true");
    expect(shownText(body)).toBe(thanks.body);
    expect(page.document.activeElement).toBe(body);
    // The mailbox is still there behind the window.
    expect(page.document.querySelectorAll("tr.zA").length).toBeGreaterThan(0);
  });

  it("keeps &, %, +, accents and emoji as written", async () => {
    page = await gmail(awkward);
    expect(recipients(page)).toEqual([awkward.to]);
    expect(one<HTMLInputElement>(page, ".AD input[name=subjectbox]").value).toBe(awkward.subject);
    expect(shownText(one(page, ".AD [g_editable=true]"))).toBe(awkward.body);
  });

  it("also answers under /mail/u/0/, and sends by closing the window", async () => {
    const address = composeAddress("gmail", thanks).replace("/mail/?", "/mail/u/0/?");
    page = await openDemo("gmail", address);
    expect(recipients(page)).toEqual([thanks.to]);
    click(page, ".AD .T-I-atl");
    expect(page.document.querySelector(".AD")).toBeNull();
    expect(toast(page)).toBe("Message sent");
    // Reloading would show the inbox, not the draft again.
    expect(page.url().search).toBe("");
  });

  it("Compose opens the same window empty, and refuses to send without a recipient", async () => {
    page = await openDemo("gmail", "https://mail.google.com/mail/u/0/#inbox");
    expect(page.document.querySelector(".AD")).toBeNull();
    click(page, "[role=button][aria-label=Compose]");
    expect(one<HTMLInputElement>(page, ".AD input[name=subjectbox]").value).toBe("");
    expect(recipients(page)).toEqual([]);
    expect(page.document.activeElement).toBe(one(page, ".AD input[peoplekit-id]"));
    click(page, ".AD .T-I-atl");
    expect(toast(page)).toBe("Please specify at least one recipient.");
    expect(page.document.querySelector(".AD")).not.toBeNull();
  });
});

describe("the demo Outlook at a compose address", () => {
  let page: DemoPage | null = null;
  afterEach(async () => {
    await page?.close();
    page = null;
  });

  const recipients = (page: DemoPage) =>
    [...page.document.querySelectorAll("[role=main] [aria-label=To] .demo-pill")].map((pill) =>
      pill.getAttribute("title"),
    );
  const subject = (page: DemoPage) =>
    one<HTMLInputElement>(page, "[role=main] input[type=text][aria-label=Subject]").value;
  const body = (page: DemoPage) =>
    one(page, '[role=main] div[aria-label="Message body"][contenteditable=true]');

  for (const origin of ["https://outlook.live.com", "https://outlook.office.com"]) {
    it(`opens a new message in the reading pane, filled in (${origin})`, async () => {
      page = await openDemo("outlook", composeAddress("outlook", thanks, origin));
      expect(recipients(page)).toEqual([thanks.to]);
      expect(one(page, "[role=main] .demo-pill").textContent).toBe("Maya Okafor");
      expect(subject(page)).toBe(thanks.subject);
      expect(body(page).getAttribute("aria-multiline")).toBe("true");
      expect(shownText(body(page))).toBe(thanks.body);
      expect(page.document.activeElement).toBe(body(page));
      // The inbox is listed beside it.
      expect(
        one(page, "[role=treeitem][aria-selected=true]").getAttribute("data-folder-name"),
      ).toBe("inbox");
      expect(page.document.querySelectorAll("#MailList [data-convid]").length).toBeGreaterThan(0);
    });
  }

  it("keeps &, %, +, accents and emoji as written", async () => {
    page = await openDemo("outlook", composeAddress("outlook", awkward));
    expect(recipients(page)).toEqual([awkward.to]);
    expect(subject(page)).toBe(awkward.subject);
    expect(shownText(body(page))).toBe(awkward.body);
  });

  it("sends by closing the message, back to the inbox", async () => {
    page = await openDemo("outlook", composeAddress("outlook", thanks));
    click(page, "[role=main] [data-testid=ComposeSendButton]");
    expect(page.document.querySelector("[aria-label='New message']")).toBeNull();
    expect(toast(page)).toBe("Sent");
    expect(page.url().pathname).toBe("/mail/0/inbox");
    expect(page.url().search).toBe("");
  });

  it("New mail opens the same form empty, and opening a conversation leaves it", async () => {
    page = await openDemo("outlook", "https://outlook.live.com/mail/0/inbox");
    click(page, "button[aria-label='New mail']");
    expect(subject(page)).toBe("");
    expect(recipients(page)).toEqual([]);
    expect(shownText(body(page))).toBe("");
    click(page, "[role=main] [data-testid=ComposeSendButton]");
    expect(toast(page)).toBe("This message must have at least one recipient.");
    page.document.querySelector<HTMLElement>("#MailList [data-convid]")?.click();
    expect(page.document.querySelector("[aria-label='New message']")).toBeNull();
    expect(page.document.querySelector("[role=main] [role=heading][id^=CONV_]")).not.toBeNull();
  });
});
