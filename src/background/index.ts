import browser, { type Runtime } from "webextension-polyfill";
import { openDatabase } from "../db/database";
import { NOTICE_PORT, type PortAnswer, REQUEST_PORT } from "../messages";
import { createHandlers, dispatch, senderOf } from "./handlers";
import { forgetOpenEmail } from "./open-emails";
import { keepReminderBadge } from "./reminder-badge";
import { REPLY_SCRIPT_FILE } from "./reply-script-file";
import { forgetUnreadablePage } from "./unreadable-pages";

// The background owns the database for content scripts: IndexedDB opened in a content script would
// belong to the mail site's origin, where the site could read it.
const db = openDatabase();
const session = browser.storage.session;
const handlers = createHandlers({
  db,
  session,
  local: browser.storage.local,
  injectReplyTools: async (tabId, frameId) => {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [REPLY_SCRIPT_FILE],
    });
  },
});
const extensionOrigin = browser.runtime.getURL("");

// Listeners are registered synchronously so a message that wakes the worker is not missed.
// Each message is checked, and its sender with it (the tab from `sender.tab`, never from the
// message), before anything is read: see `dispatch`.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  return dispatch(handlers, message, senderOf(sender, extensionOrigin));
});

// Debrief's pages and content scripts ask on a port per request (see `sendMessage`), answered on
// it. A mail page going away sends its last words as notices, each on a port of its own: nobody
// waits for an answer, so a failure is said here.
browser.runtime.onConnect.addListener((port) => {
  if (port.sender?.id !== browser.runtime.id) return;
  const sender = senderOf(port.sender, extensionOrigin);
  if (port.name === REQUEST_PORT) {
    port.onMessage.addListener((message: unknown) => {
      dispatch(handlers, message, sender)
        .then(
          (reply): PortAnswer => ({ reply: reply ?? null }),
          (error: unknown): PortAnswer => ({
            refused: error instanceof Error ? error.message : String(error),
          }),
        )
        .then((answer) => port.postMessage(answer))
        .catch(() => {
          // The page that asked is gone: nobody waits for the answer.
        });
    });
  } else if (port.name === NOTICE_PORT) {
    port.onMessage.addListener((message: unknown) => {
      dispatch(handlers, message, sender).catch((error: unknown) =>
        console.error("Debrief: a notice from a mail page failed.", error),
      );
    });
  }
});

// A closed tab shows no email any more. A tab that reloads or leaves the mail site says so itself
// (the content script reports the page going away): Chrome's tab updates cannot tell a new page
// from Outlook moving between messages in the same page.
browser.tabs.onRemoved.addListener((tabId) => {
  void forgetOpenEmail(session, tabId);
  void forgetUnreadablePage(session, tabId);
});

// The toolbar button counts the thank-you notes and check-ins due.
keepReminderBadge({
  db,
  action: browser.action,
  onStartup: browser.runtime.onStartup,
  alarms: browser.alarms,
});
