import { type Message, type MessageType, type Reply, sendMessage, sendNotice } from "../messages";

/**
 * The content script's line to the background. When the extension is reloaded or updated while the
 * mail tab stays open, this copy of the script is orphaned: its messages throw "Extension context
 * invalidated". It then says so once in the console and stops the script through `stop()`,
 * instead of throwing into the page.
 */
export function createBackgroundLink(options: {
  send?: <K extends MessageType>(message: Message<K>) => Promise<Reply<K>>;
  /** Hands over a message that wants no reply (`sendNotice`). */
  notice?: (message: Message) => void;
  /** False once the extension that injected this script is gone (its runtime id disappears). */
  isConnected?: () => boolean;
  stop: () => void;
  log?: (line: string) => void;
}) {
  const send = options.send ?? sendMessage;
  const notice = options.notice ?? sendNotice;
  const isConnected =
    options.isConnected ??
    (() => Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id));
  const log = options.log ?? ((line: string) => console.info(line));
  let lost = false;
  /**
   * After a failed message: only a vanished extension loses the link; anything else (the
   * background refused this message, or failed at it) is said in the console, and the script
   * carries on.
   */
  const failed = (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    if (!isConnected() || reason.includes("Extension context invalidated")) lose(reason);
    else log(reason.startsWith("Debrief: ") ? reason : `Debrief: ${reason}`);
  };
  const lose = (reason: string) => {
    lost = true;
    log(
      `Debrief: lost contact with the extension (${reason}); reload this tab to use Debrief again.`,
    );
    options.stop();
  };
  return {
    get lost(): boolean {
      return lost;
    },
    /** Checks, without a message, that the extension is still there; stops the script if not. */
    alive(): boolean {
      if (!lost && !isConnected()) lose("the extension was reloaded or removed");
      return !lost;
    },
    /** The background's reply, or null when it could not be reached or refused the message. */
    async request<K extends MessageType>(message: Message<K>): Promise<Reply<K> | null> {
      if (lost) return null;
      try {
        return await send(message);
      } catch (error) {
        failed(error);
        return null;
      }
    },
    /**
     * Tells the background something it need not answer, in a way that still arrives while the
     * page goes away (see `sendNotice`).
     */
    notify(message: Message): void {
      if (lost) return;
      try {
        notice(message);
      } catch (error) {
        failed(error);
      }
    },
  };
}
