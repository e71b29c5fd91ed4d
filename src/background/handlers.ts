import { hostOf } from "../content/host";
import { BOOKS } from "../core/detect/phrases";
import { MAX_BODY_CHARS, type OpenedEmail } from "../core/email";
import type { DebriefDatabase } from "../db/database";
import { findInterviewsBySender } from "../db/interviews";
import { readMailSites, readMinConfidence, saveOutlookOrigin } from "../db/settings";
import type { Message, MessageMap, MessageType, Reply } from "../messages";
import { summarise } from "./interview-summary";
import { findOpenEmail, forgetOpenEmail, rememberOpenEmail, type SessionArea } from "./open-emails";
import { createRejectionHandlers } from "./rejections";
import { isOpenedEmail } from "./validate";

/** Who sent a message, as the background sees it. */
export interface MessageSender {
  tabId: number | null;
  url: string | null;
}

type Handler<K extends MessageType> = (
  message: Message<K>,
  sender: MessageSender,
) => Promise<Reply<K>>;
export type Handlers = { [K in MessageType]: Handler<K> };

export function createHandlers(deps: {
  db: DebriefDatabase;
  session: SessionArea;
  now?: () => Date;
}): Handlers {
  const now = deps.now ?? (() => new Date());
  const interviewsOf = async (email: OpenedEmail) =>
    (await findInterviewsBySender(deps.db, email.from.address)).map(summarise);
  return {
    ...createRejectionHandlers({ db: deps.db, now }),
    async emailOpened(message, sender) {
      if (sender.tabId === null || !isOpenedEmail(message.email)) return { interviews: [] };
      const email = { ...message.email, body: message.email.body.slice(0, MAX_BODY_CHARS) };
      const interviews = await interviewsOf(email);
      await rememberOpenEmail(deps.session, {
        email,
        tabId: sender.tabId,
        openedAt: now().toISOString(),
        interviews,
      });
      return { interviews };
    },
    async emailClosed(_message, sender) {
      if (sender.tabId !== null) await forgetOpenEmail(deps.session, sender.tabId);
      return null;
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
      if (host === null) return { enabled: true, minConfidence };
      // New messages (a reminder's thank-you note) open in the Outlook the user was last seen in.
      // A failure here must not cost the page its banner: the address is only a convenience.
      if (host === "outlook" && sender.url !== null) {
        await saveOutlookOrigin(deps.db, new URL(sender.url).origin).catch((error: unknown) =>
          console.error("Debrief: could not note where Outlook is.", error),
        );
      }
      return { enabled: (await readMailSites(deps.db))[host], minConfidence };
    },
    async getOpenEmail(message) {
      const open = await findOpenEmail(
        deps.session,
        typeof message.tabId === "number" ? message.tabId : null,
      );
      if (open === null) return null;
      // Looked up again: an interview may have been added for this sender since the email was opened.
      return { ...open, interviews: await interviewsOf(open.email) };
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
 * Runs the handler for a message; unknown messages get `undefined`, which the sender sees as no
 * reply. A malformed message rejects with an `InvalidMessageError` and writes nothing.
 */
export function dispatch(
  handlers: Handlers,
  message: Message,
  sender: MessageSender,
): Promise<unknown> | undefined {
  if (!Object.hasOwn(handlers, message.type)) return undefined;
  const handler = handlers[message.type as keyof MessageMap] as Handler<MessageType>;
  return handler(message, sender);
}
