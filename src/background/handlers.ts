import { hostOf } from "../content/host";
import { SELECTOR_LISTS } from "../content/selector-lists";
import { classify } from "../core/detect";
import { BOOKS } from "../core/detect/phrases";
import type { OpenedEmail } from "../core/email";
import { mergeSelectorHits, SELECTOR_HITS_KEY } from "../core/selector-hits";
import type { DebriefDatabase } from "../db/database";
import { findInterviewsBySender } from "../db/interviews";
import { readMailSites, readMinConfidence, saveOutlookOrigin } from "../db/settings";
import { dismissedMessageIds } from "../db/verdicts";
import type { Message, MessageType, Reply } from "../messages";
import { summarise } from "./interview-summary";
import { findOpenEmail, forgetOpenEmail, rememberOpenEmail, type SessionArea } from "./open-emails";
import { createRejectionHandlers } from "./rejections";
import {
  findUnreadablePage,
  forgetUnreadablePage,
  rememberUnreadablePage,
} from "./unreadable-pages";
import { InvalidMessageError, readMessage } from "./validate";

/** Who sent a message, as the browser says (`runtime.MessageSender`), never as the message says. */
export interface MessageSender {
  /** The tab of the content script that sent it; null for a page of Debrief's own not in a tab. */
  tabId: number | null;
  /** The frame of that tab the message came from (0: the top one). */
  frameId?: number;
  /** The address of the sending page or frame. */
  url: string | null;
  /** The sender is one of Debrief's own pages (popup, options), by the origin of its address. */
  extensionPage: boolean;
}

/**
 * The sender as the background trusts it: the tab from the browser's `sender.tab`, and whether its
 * address is in the extension's own origin (`runtime.getURL("")`).
 */
export function senderOf(
  sender: { tab?: { id?: number }; frameId?: number; url?: string },
  extensionOrigin: string,
): MessageSender {
  const url = sender.url ?? null;
  return {
    tabId: sender.tab?.id ?? null,
    frameId: sender.frameId ?? 0,
    url,
    extensionPage: url !== null && originOf(url) === originOf(extensionOrigin),
  };
}

function originOf(url: string): string | null {
  try {
    const { origin, protocol, host } = new URL(url);
    // The URL standard gives addresses of other schemes (moz-extension: in Firefox, chrome-extension:
    // outside Chrome) the opaque origin "null"; their scheme and host name them.
    return origin === "null" ? `${protocol}//${host}` : origin;
  } catch {
    return null;
  }
}

/** Who may send each message: a mail tab's content script, or one of Debrief's own pages. */
const SENT_FROM: { [K in MessageType]: "mailTab" | "extensionPage" } = {
  emailOpened: "mailTab",
  emailClosed: "mailTab",
  phraseBook: "mailTab",
  modelVerdict: "mailTab",
  rejectionOpened: "mailTab",
  chooseInterview: "mailTab",
  createInterviewFromRejection: "mailTab",
  draftFeedbackRequest: "mailTab",
  feedbackRequestDrafted: "mailTab",
  logRejection: "mailTab",
  notARejection: "mailTab",
  mailSettings: "mailTab",
  getOpenEmail: "extensionPage",
  pageUnreadable: "mailTab",
  getUnreadablePage: "extensionPage",
  selectorHits: "mailTab",
  replyTools: "mailTab",
};

/** How many entries each selector list has: stored counts of another length are from another version. */
const LIST_LENGTHS: ReadonlyMap<string, number> = new Map(
  [...SELECTOR_LISTS].map(([name, list]) => [name, list.length]),
);

type Handler<K extends MessageType> = (
  message: Message<K>,
  sender: MessageSender,
) => Promise<Reply<K>>;
export type Handlers = { [K in MessageType]: Handler<K> };

export function createHandlers(deps: {
  db: DebriefDatabase;
  session: SessionArea;
  /** `storage.local`: what outlives the browser's session, here the selector counts. */
  local?: SessionArea;
  /** Runs `content/reply-script.ts` in a mail tab's frame (`scripting.executeScript`). */
  injectReplyTools?: (tabId: number, frameId: number) => Promise<void>;
  now?: () => Date;
}): Handlers {
  const now = deps.now ?? (() => new Date());
  const local = deps.local ?? memoryArea();
  let hitsWritten: Promise<void> = Promise.resolve();
  const interviewsOf = async (email: OpenedEmail) =>
    (await findInterviewsBySender(deps.db, email.from.address)).map(summarise);
  /** What the popup reads of the email a tab shows: noted for every opened email. */
  async function noteOpened(email: OpenedEmail, sender: MessageSender) {
    if (sender.tabId === null) return [];
    const interviews = await interviewsOf(email);
    await rememberOpenEmail(deps.session, {
      email,
      tabId: sender.tabId,
      openedAt: now().toISOString(),
      interviews,
    });
    await forgetUnreadablePage(deps.session, sender.tabId);
    return interviews;
  }
  const rejections = createRejectionHandlers({ db: deps.db, now });
  return {
    ...rejections,
    async rejectionOpened(message, sender) {
      // The banner waits only for its own answer: what the popup reads is noted beside it.
      const [state] = await Promise.all([
        rejections.rejectionOpened(message, sender),
        noteOpened(message.rejection.email, sender),
      ]);
      return state;
    },
    async emailOpened(message, sender) {
      return { interviews: await noteOpened(message.email, sender) };
    },
    async replyTools(_message, sender) {
      if (sender.tabId === null || !deps.injectReplyTools) return false;
      await deps.injectReplyTools(sender.tabId, sender.frameId ?? 0);
      return true;
    },
    async emailClosed(_message, sender) {
      if (sender.tabId === null) return null;
      await forgetOpenEmail(deps.session, sender.tabId);
      await forgetUnreadablePage(deps.session, sender.tabId);
      return null;
    },
    async pageUnreadable(message, sender) {
      const host = siteOf(sender.url);
      if (sender.tabId === null || host === null) return null;
      // The page shows no readable email now: the one it showed before is no longer open.
      await forgetOpenEmail(deps.session, sender.tabId);
      await rememberUnreadablePage(deps.session, {
        tabId: sender.tabId,
        host,
        missing: message.missing,
        seenAt: now().toISOString(),
      });
      return null;
    },
    async getUnreadablePage(message) {
      return findUnreadablePage(
        deps.session,
        message.tabId,
        async (tabId) => (await findOpenEmail(deps.session, tabId))?.tabId === tabId,
      );
    },
    async selectorHits(message) {
      // One merge at a time: two tabs reporting together would otherwise each write over the other.
      const merge = hitsWritten.then(async () => {
        const stored = (await local.get(SELECTOR_HITS_KEY))[SELECTOR_HITS_KEY];
        await local.set({
          [SELECTOR_HITS_KEY]: mergeSelectorHits(stored, message.hits, LIST_LENGTHS),
        });
      });
      hitsWritten = merge.catch(() => undefined);
      await merge;
      return null;
    },
    async modelVerdict(message) {
      // Any rejection: the model's, or the rules' with every language's phrases, which the page
      // may have read without (a book that did not arrive).
      const verdict = classify(message.email);
      return verdict.verdict === "rejection" ? verdict : null;
    },
    async phraseBook(message) {
      const language = message.language;
      return typeof language === "string" && Object.hasOwn(BOOKS, language)
        ? (BOOKS[language] ?? null)
        : null;
    },
    async mailSettings(_message, sender) {
      const minConfidence = await readMinConfidence(deps.db);
      const host = siteOf(sender.url);
      // A sender that is no mail site is not one the user can turn off.
      if (host === null) return { enabled: true, minConfidence, dismissed: [] };
      // New messages (a reminder's thank-you note) open in the Outlook the user was last seen in.
      // A failure here must not cost the page its banner: the address is only a convenience.
      if (host === "outlook" && sender.url !== null) {
        await saveOutlookOrigin(deps.db, new URL(sender.url).origin).catch((error: unknown) =>
          console.error("Debrief: could not note where Outlook is.", error),
        );
      }
      return {
        enabled: (await readMailSites(deps.db))[host],
        minConfidence,
        dismissed: await dismissedMessageIds(deps.db, host),
      };
    },
    async getOpenEmail(message) {
      const open = await findOpenEmail(deps.session, message.tabId);
      if (open === null) return null;
      // Looked up again: an interview may have been added for this sender since the email was opened.
      return { ...open, interviews: await interviewsOf(open.email) };
    },
  };
}

/** Storage that lasts as long as the worker: for tests that do not give one. */
function memoryArea(): SessionArea {
  const items: Record<string, unknown> = {};
  return {
    get: async (key) => (key === null ? { ...items } : key in items ? { [key]: items[key] } : {}),
    set: async (more) => {
      Object.assign(items, more);
    },
    remove: async (key) => {
      delete items[key];
    },
  };
}

/** The mail client of a sender's page, by its address; null for anything else. */
function siteOf(url: string | null) {
  if (url === null) return null;
  try {
    return hostOf(new URL(url));
  } catch {
    return null;
  }
}

/**
 * Checks a message and its sender, then runs its handler. A message that is malformed, of no
 * known type, or from a sender that may not send it rejects with an `InvalidMessageError`, before
 * anything is read or written.
 */
export async function dispatch(
  handlers: Handlers,
  message: unknown,
  sender: MessageSender,
): Promise<unknown> {
  const checked = readMessage(message);
  const from = SENT_FROM[checked.type];
  if (from === "extensionPage" && !sender.extensionPage)
    throw new InvalidMessageError(checked.type, "only Debrief's own pages may ask this");
  if (from === "mailTab" && (sender.tabId === null || sender.extensionPage))
    throw new InvalidMessageError(checked.type, "only a mail tab may send this");
  const handler = handlers[checked.type] as Handler<MessageType>;
  return handler(checked, sender);
}
