import type { MailHost } from "../../core/email";
import { type Message, REPLY_ENTRY, type Reply } from "../../messages";
import type { ReplyWith } from "../host";

/** The tools `content/reply-script.ts` leaves in this isolated world, once injected. */
function injected(host: MailHost): ReplyWith | null {
  const tools = (globalThis as Record<string, unknown>)[REPLY_ENTRY] as
    | Partial<Record<MailHost, ReplyWith>>
    | undefined;
  const reply = tools?.[host];
  return typeof reply === "function" ? reply : null;
}

/**
 * `host`'s reply, loaded on first use: the background injects the reply code into this frame the
 * first time the user asks for feedback (`replyTools`), and every later ask finds it there. When it
 * cannot be loaded, nothing is typed and the banner says so.
 */
export function replyThroughTools(
  host: MailHost,
  background: { request(message: Message<"replyTools">): Promise<Reply<"replyTools"> | null> },
): ReplyWith {
  let loading: Promise<unknown> | null = null;
  return async (doc, messageId, text, signal) => {
    if (!injected(host)) {
      loading ??= background.request({ type: "replyTools" }).finally(() => {
        loading = null;
      });
      await loading;
    }
    const reply = injected(host);
    if (signal.aborted) return { ok: false, reason: "aborted" };
    if (!reply) return { ok: false, reason: "not-inserted" };
    return reply(doc, messageId, text, signal);
  };
}
