// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { outlook } from "../../src/content/outlook/index";
import { type DemoPage, findAndRead, openDemo } from "./pages";

/**
 * The demo Outlook in other interface languages (`?lang=`, test/fixtures/mailbox/outlook-languages.js)
 * and what Debrief's Outlook reader makes of each: the labels are translated and the reading pane
 * takes the other shapes on record, while ids, data-testid, data-app-section and icon names stay.
 */

const HOST = "https://outlook.cloud.microsoft";
const itemPath = (item: string) => `/mail/inbox/id/${encodeURIComponent(item)}`;

const LANGUAGES = {
  de: {
    item: "AAMkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gARgAAAXyNbsaL2t65Tx/YD3EfFuCJDDkjbKaB9Ssv7lnkJAAA=",
    conversation:
      "AAQkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gAEAAXyNbsaL2t65Tx/YD3EfFuCJDDkjbK",
    subject: "Ihre Bewerbung als Softwareentwickler (m/w/d) Embedded Systems",
    // Shown by name only, as colleagues in the same organisation are.
    from: { name: "Katrin Vogel", address: "" },
    missed: ["sender address"],
    opening: "Guten Tag Jordan Avery,\n\nvielen Dank für Ihr Interesse",
    closing: "Feldmann Robotik GmbH · Augsburg",
    labels: { from: "Von:", reply: "Antworten", body: "Nachrichtentext", inbox: "Posteingang" },
  },
  fr: {
    item: "AAMkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gARgAAA6JH6tJ7aYz7NxWpoiPuj5FDZQlr25wy0OiW1ZjoKHtAjAAA=",
    conversation:
      "AAQkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gAEAAV/0C4L2oXrW8wSzJ88z2QCkmJI2TW",
    subject: "Votre candidature au poste de Chef de projet données",
    from: { name: "Camille Roussel", address: "camille.roussel@atelier-meridien.example" },
    missed: [],
    opening: "Bonjour Jordan,\n\nMerci pour le temps que vous nous avez accordé",
    closing: "Atelier Méridien · Lyon",
    labels: {
      from: "De :",
      reply: "Répondre",
      body: "Corps du message",
      inbox: "Boîte de réception",
    },
  },
  nl: {
    item: "AAMkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gARgAAAwFBC/ZhDXDEqYURMp3+5BW/i78IYgG+GFLzE67p0T+BHAAA=",
    conversation:
      "AAQkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gAEAApNKQWFcJboOm0ue7Tj+dl1upSAEhH",
    subject: "Je sollicitatie voor de functie Data-analist bij Polderlicht",
    from: { name: "Sanne de Vries", address: "sanne.devries@polderlicht.example" },
    missed: [],
    opening: "Beste Jordan,\n\nHartelijk dank voor je sollicitatie",
    closing: "Recruiter | Polderlicht B.V.\nUtrecht",
    labels: { from: "Van:", reply: "Beantwoorden", body: "Berichttekst", inbox: "Postvak IN" },
  },
} as const;
type Language = keyof typeof LANGUAGES;

let page: DemoPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function ariaLabels(root: ParentNode): string[] {
  return [...root.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label") ?? "");
}

describe("the demo Outlook's interface languages", () => {
  for (const lang of Object.keys(LANGUAGES) as Language[]) {
    const { item, labels, subject } = LANGUAGES[lang];

    it(`?lang=${lang} translates the labels and keeps the locale-free hooks`, async () => {
      page = await openDemo("outlook", `${HOST}${itemPath(item)}?lang=${lang}`);
      const doc = page.document;
      const pane = doc.querySelector("#ReadingPaneContainerId") as Element;
      const labelled = ariaLabels(doc);
      for (const english of ["Email message", "Reply", "Message body", "Reading Pane", "Folders"])
        expect(labelled, english).not.toContain(english);
      expect(labelled.some((label) => label.startsWith("From:"))).toBe(false);
      expect(doc.querySelector("[id^=MSG_][id$=_FROM]")?.getAttribute("role")).toBe("heading");
      expect(labelled).toContain(labels.reply);
      expect(labelled).toContain(labels.body);
      expect(doc.querySelector("[role=tree] [aria-selected=true]")?.getAttribute("title")).toBe(
        labels.inbox,
      );
      expect(doc.documentElement.lang).toBe(lang);
      // What extensions hold on to is not translated.
      for (const hook of [
        "[role=main][data-app-section=MailReadCompose]",
        "#ConversationReadingPaneContainer > [data-app-section=ConversationContainer]",
        "#MailList [role=option][aria-selected=true][data-convid]",
        "[role=document] [id^=UniqueMessageBody]",
        "button [data-icon-name=ArrowReplyRegular]",
      ])
        expect(pane.ownerDocument.querySelector(hook), hook).not.toBeNull();
      // The subject is no longer the conversation's heading, and its shown text is cut short.
      expect(doc.querySelector("[id^=CONV_][id$=_SUBJECT]")).toBeNull();
      const heading = doc.querySelector(".demo-convhead [role=heading]") as Element;
      expect(heading.textContent).not.toBe(subject);
      expect(heading.textContent?.endsWith("…")).toBe(true);
      expect(subject.startsWith((heading.textContent ?? "").slice(0, -1))).toBe(true);
      // Selecting another conversation keeps the language in the address.
      (doc.querySelector("#MailList [role=option][aria-selected=false]") as HTMLElement).click();
      await page.settle();
      expect(page.url().search).toBe(`?lang=${lang}`);
    });
  }

  it("German shows the subject as the message's own heading and no sender address anywhere", async () => {
    const { item, subject } = LANGUAGES.de;
    page = await openDemo("outlook", `${HOST}${itemPath(item)}?lang=de`);
    const heading = page.document.querySelector("[id^=MSG_][id$=_SUBJECT]") as Element;
    expect(heading.getAttribute("aria-level")).toBe("3");
    expect(heading.querySelector("span[title]")?.getAttribute("title")).toBe(subject);
    const from = page.document.querySelector("span[role=heading][id^=MSG_][id$=_FROM]");
    expect(from?.getAttribute("aria-label")).toBe("Von: Katrin Vogel");
    expect(from?.textContent).toBe("Katrin Vogel");
    const pane = page.document.querySelector("#ReadingPaneContainerId") as Element;
    expect(pane.innerHTML).not.toContain("feldmann-robotik.example");
    expect(page.document.querySelector("#MailList")?.innerHTML).not.toContain(
      "feldmann-robotik.example",
    );
  });

  it("French shows the subject as a titled heading and the sender as 'De : Name <address>' text", async () => {
    const { item, subject, from } = LANGUAGES.fr;
    page = await openDemo("outlook", `${HOST}${itemPath(item)}?lang=fr`);
    expect(page.document.querySelector("div[role=heading][title]")?.getAttribute("title")).toBe(
      subject,
    );
    const sender = page.document.querySelector("span[role=heading][id^=MSG_][id$=_FROM]");
    expect(sender?.textContent).toBe(`De : ${from.name} <${from.address}>`);
    expect(sender?.hasAttribute("aria-label")).toBe(false);
  });

  it("the reply form and the dates speak the language too", async () => {
    page = await openDemo("outlook", `${HOST}${itemPath(LANGUAGES.de.item)}?lang=de`);
    (page.document.querySelector("button [data-icon-name=ArrowReplyRegular]") as Element)
      .closest("button")
      ?.click();
    await page.settle();
    const editor = page.document.querySelector(
      "[contenteditable=true][aria-multiline=true]",
    ) as Element;
    expect(editor.getAttribute("aria-label")).toBe("Nachrichtentext");
    expect(editor.querySelector("[id=divRplyFwdMsg]")?.textContent).toContain(
      "Gesendet: Freitag, 23. Oktober 2026 09:12",
    );
    expect(page.document.querySelector(".demo-mdate")?.textContent).toBe("Fr 23.10.2026 09:12");
    expect(page.document.querySelector(".demo-group")?.textContent).toBe("Heute");
  });

  it("an unknown language leaves the page English and says so in the console", async () => {
    page = await openDemo("outlook", `${HOST}/mail/inbox?lang=xx`);
    expect(ariaLabels(page.document)).toContain("Reading Pane");
    expect(
      page.document.querySelector("[role=tree] [aria-selected=true]")?.getAttribute("title"),
    ).toBe("Inbox");
    expect(page.document.documentElement.lang).toBe("en");
    expect(page.window.happyDOM.virtualConsolePrinter.readAsString()).toContain(
      'no interface language "xx"',
    );
  });
});

describe("the Outlook reader on each language's page", () => {
  for (const lang of Object.keys(LANGUAGES) as Language[]) {
    const expected = LANGUAGES[lang];

    it(`reads the ${lang} rejection in the reading pane: body, full subject, sender, what is missing`, async () => {
      page = await openDemo("outlook", `${HOST}${itemPath(expected.item)}?lang=${lang}`);
      const result = findAndRead(outlook, page);
      if (result.kind !== "email") throw new Error(`not read: ${JSON.stringify(result)}`);
      expect(result.email.subject).toBe(expected.subject);
      expect(result.email.from).toEqual(expected.from);
      expect(result.missed).toEqual(expected.missed);
      expect(result.email.messageId).toBe(expected.item);
      expect(result.email.threadId).toBe(expected.conversation);
      expect(result.email.body.startsWith(expected.opening)).toBe(true);
      expect(result.email.body.endsWith(expected.closing)).toBe(true);
    });
  }

  it("reads the German rejection in full view, where no list row names the conversation", async () => {
    const { item, subject, from } = LANGUAGES.de;
    page = await openDemo("outlook", `${HOST}${itemPath(item)}?lang=de&readingpane=off`);
    expect(page.document.querySelector("#MailList")).toBeNull();
    const result = findAndRead(outlook, page);
    if (result.kind !== "email") throw new Error(`not read: ${JSON.stringify(result)}`);
    expect(result.email.subject).toBe(subject);
    expect(result.email.from).toEqual(from);
    expect(result.missed).toEqual(["sender address"]);
    // With neither a conversation heading nor a selected row, the item id stands for the thread.
    expect(result.email.threadId).toBe(item);
  });
});
