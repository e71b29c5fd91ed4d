// @vitest-environment happy-dom
/**
 * The content script's flow on the demo mailbox under happy-dom: the real tracker, readers, banner
 * spots and in-page detector, with a fake background and a fake reply.
 */
import "../setup/i18n";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDetector } from "../../src/content/detector";
import { gmailBannerSpot } from "../../src/content/gmail/banner-spot";
import { gmailAdapter } from "../../src/content/gmail/read";
import type { MailClient } from "../../src/content/host";
import { createOpenEmailTracker } from "../../src/content/open-email-tracker";
import { outlookBannerSpot } from "../../src/content/outlook/banner-spot";
import { outlookAdapter } from "../../src/content/outlook/read";
import { type BackgroundLine, createRejectionFlow } from "../../src/content/rejection-flow";
import { BOOKS } from "../../src/core/detect/phrases";
import type { Language } from "../../src/core/detect/types";
import type { Message, MessageType, RejectionState, Reply } from "../../src/messages";
import { type DemoPage, openDemo } from "./pages";

const GMAIL = "https://mail.google.com/mail/u/0/";
const THREADS = {
  lumen: "FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG",
  german: "FMfcgzQXKdBrLmWqTzxHcNsVpJkfGtRw",
  offer: "FMfcgzQXKbzMwTqRjcsLpHnVdXfGkBtN",
  invitation: "FMfcgzQXKbtHnRwSzqLcVxPdMkfJgBsy",
  received: "FMfcgzQXKbvPqZnHtRxLwMcDfJgSkVbl",
  harbourline: "FMfcgzQXKbvNcRsDpwLqZtHmgXJfVkWs",
};

const STATE: RejectionState = {
  company: "",
  role: "",
  dismissed: false,
  interview: null,
  candidates: [],
  feedbackRequestedAt: null,
  outcomeLogged: false,
};

let page: DemoPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function wire(
  opened: DemoPage,
  adapter: typeof gmailAdapter,
  bannerSpot: MailClient["bannerSpot"],
) {
  const sent: Message[] = [];
  const asked: Language[] = [];
  const background: BackgroundLine = {
    lost: false,
    async request<K extends MessageType>(message: Message<K>): Promise<Reply<K> | null> {
      sent.push(message as Message);
      if (message.type === "rejectionOpened") return STATE as Reply<K>;
      return null;
    },
  };
  const client: MailClient = {
    ...adapter,
    bannerSpot,
    replyWith: vi.fn(async () => ({ ok: true as const })),
  };
  const flow = createRejectionFlow({
    client,
    background,
    doc: opened.document,
    log: () => {},
    detect: createDetector({
      askPhraseBook: async (language) => {
        asked.push(language);
        return BOOKS[language] ?? null;
      },
    }),
  });
  const track = createOpenEmailTracker({
    adapter,
    doc: opened.document,
    onOpened: (email) => flow.opened(email),
    onClosed: () => flow.closed(),
    log: () => {},
  });
  /** What the page watch does once the page settles after a change. */
  const change = async () => {
    await opened.settle();
    track();
    flow.check();
    await opened.settle();
  };
  return { change, sent, asked };
}

function banners(opened: DemoPage): Element[] {
  return [...opened.document.querySelectorAll("[data-debrief=banner]")];
}

describe("in the demo Gmail", () => {
  it("shows one banner above the newest message of a rejection, and keeps it there through re-renders", async () => {
    page = await openDemo("gmail", `${GMAIL}#inbox/${THREADS.lumen}`);
    const { change } = wire(page, gmailAdapter, gmailBannerSpot);
    await change();
    expect(banners(page)).toHaveLength(1);
    const banner = banners(page)[0] as Element;
    expect(banner.nextElementSibling?.getAttribute("data-message-id")).toBe(
      "#msg-f:1782318250946271591",
    );
    // Expanding an earlier message redraws the whole conversation, as Gmail does.
    page.document.querySelector<HTMLElement>("[role=main] .kv")?.click();
    expect(banner.isConnected).toBe(false);
    await change();
    expect(banners(page)).toEqual([banner]);
    expect(banner.nextElementSibling?.getAttribute("data-message-id")).toBe(
      "#msg-f:1782318250946271591",
    );
  });

  it("shows the banner from the body alone when the subject and the sender's address are not found", async () => {
    page = await openDemo("gmail", `${GMAIL}#inbox/${THREADS.lumen}`);
    const { change, sent } = wire(page, gmailAdapter, gmailBannerSpot);
    // As a Gmail whose markup moved would: no subject heading, no sender with an address.
    for (const element of page.document.querySelectorAll("h2.hP, [role=main] [email]")) {
      element.remove();
    }
    await change();
    expect(banners(page)).toHaveLength(1);
    const opened = sent.find((message) => message.type === "rejectionOpened");
    expect(opened && "rejection" in opened ? opened.rejection.email : null).toMatchObject({
      subject: "",
      from: { name: "", address: "" },
    });
  });

  it("follows the user: no banner on look-alikes, one on each rejection, none left behind", async () => {
    page = await openDemo("gmail", `${GMAIL}#inbox`);
    const { change, asked } = wire(page, gmailAdapter, gmailBannerSpot);
    const open = async (thread: string) => {
      (page as DemoPage).window.location.hash = `#inbox/${thread}`;
      await change();
      return banners(page as DemoPage).length;
    };
    expect(await open(THREADS.offer)).toBe(0);
    expect(await open(THREADS.harbourline)).toBe(1);
    expect(await open(THREADS.invitation)).toBe(0);
    expect(await open(THREADS.lumen)).toBe(1);
    expect(await open(THREADS.received)).toBe(0);
    expect(await open(THREADS.german)).toBe(1);
    expect(await open(THREADS.lumen)).toBe(1);
    expect(await open(THREADS.german)).toBe(1);
    expect(asked).toEqual(["en", "de"]);
    page.window.location.hash = "#inbox";
    await change();
    expect(banners(page)).toEqual([]);
  });
});

describe("in the demo Outlook", () => {
  it("shows the banner above the open message, and none on a look-alike", async () => {
    page = await openDemo("outlook", "https://outlook.live.com/mail/0/inbox");
    const { change, sent } = wire(page, outlookAdapter, outlookBannerSpot);
    const select = async (subject: string) => {
      const row = [
        ...(page as DemoPage).document.querySelectorAll<HTMLElement>("#MailList [role=option]"),
      ].find((each) => each.textContent?.includes(subject));
      row?.click();
      await change();
      return banners(page as DemoPage);
    };
    const shown = await select("Interview: Senior Product Analyst at Lumen Analytics");
    expect(shown).toHaveLength(1);
    expect(shown[0]?.nextElementSibling).toBe(page.document.querySelector(".aVla3"));
    expect(sent.at(-1)).toMatchObject({
      type: "rejectionOpened",
      rejection: { email: { subject: "Interview: Senior Product Analyst at Lumen Analytics" } },
    });
    // Only what the page showed: the background reads the names itself.
    expect(Object.keys((sent.at(-1) as { rejection: object }).rejection).sort()).toEqual([
      "email",
      "language",
    ]);
    expect(await select("We've received your application: Marketing Associate")).toHaveLength(0);
    expect(await select("Your application for Operations Coordinator")).toHaveLength(1);
  });
});

describe("the in-page detector", () => {
  it("asks for a language's phrases once when they come, and with each email of it while they do not", async () => {
    const askPhraseBook = vi.fn(async (language: Language) =>
      language === "en" ? BOOKS.en : null,
    );
    const detect = createDetector({ askPhraseBook });
    const german = {
      subject: "Ihre Bewerbung als Softwareentwickler",
      body: "Sehr geehrte Frau Avery,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen",
    };
    await detect(german);
    await detect(german);
    // English came and is kept; German did not, so the second German email asks again.
    expect(askPhraseBook.mock.calls).toEqual([["en"], ["de"], ["de"]]);
    const english = await detect({
      subject: "Your application",
      body: "Unfortunately we have decided not to move forward with your application for the role.",
    });
    expect(english.verdict).toBe("rejection");
    expect(askPhraseBook).toHaveBeenCalledTimes(3);
  });

  it("reads the email in its language once the book arrives", async () => {
    const detect = createDetector({ askPhraseBook: async (language) => BOOKS[language] ?? null });
    const verdict = await detect({
      subject: "Ihre Bewerbung als Softwareentwickler",
      body: "Sehr geehrte Frau Avery,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen",
    });
    expect(verdict).toMatchObject({ verdict: "rejection", language: "de" });
  });
});
