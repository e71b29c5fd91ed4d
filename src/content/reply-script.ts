import type { MailHost } from "../core/email";
import { REPLY_ENTRY } from "../messages";
import { gmailReplyWith } from "./gmail/reply";
import type { ReplyWith } from "./host";
import { outlookReplyWith } from "./outlook/reply";

/**
 * Injected into a mail tab only when the user first presses "Ask for feedback" (the background runs
 * it with `scripting.executeScript` into the content script's frame), so opening a reply and typing
 * into it never weighs on the content script every mail page loads. It runs in the extension's
 * isolated world, like the content script, which finds the tools under `REPLY_ENTRY`; the page
 * cannot see or call them.
 */
const tools: Record<MailHost, ReplyWith> = { gmail: gmailReplyWith, outlook: outlookReplyWith };

(globalThis as Record<string, unknown>)[REPLY_ENTRY] = tools;
