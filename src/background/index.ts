import browser, { type Runtime } from "webextension-polyfill";
import { openDatabase } from "../db/database";
import { isMessage } from "../messages";
import { createHandlers, dispatch } from "./handlers";
import { forgetOpenEmail } from "./open-emails";

// The background owns the database for content scripts: IndexedDB opened in a content script would
// belong to the mail site's origin, where the site could read it.
const db = openDatabase();
const session = browser.storage.session;
const handlers = createHandlers({ db, session });

// Listeners are registered synchronously so a message that wakes the worker is not missed.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
  return dispatch(handlers, message, { tabId: sender.tab?.id ?? null, url: sender.url ?? null });
});

// A tab that closes, reloads or goes elsewhere no longer shows its email; a mail tab that reloads
// reports it again. Neither event needs the "tabs" permission.
browser.tabs.onRemoved.addListener((tabId) => {
  void forgetOpenEmail(session, tabId);
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === "loading") void forgetOpenEmail(session, tabId);
});
