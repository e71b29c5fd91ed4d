import { DEFAULT_MIN_CONFIDENCE } from "../core/confidence";
import type { OpenedEmail } from "../core/email";
import { PAGE_COUNTS_ENTRY } from "../messages";
import { createBackgroundLink } from "./background-link";
import { createDetector } from "./detector";
import { hostOf, type MailClient, type PageClient } from "./host";
import { createOpenEmailTracker } from "./open-email-tracker";
import { watchPage } from "./page-watch";
import { createRejectionFlow } from "./rejection-flow";
import { replyThroughTools } from "./reply/reply-tools";
import { createSelectorHitsReport } from "./selector-hits-report";

/** How long a message must stay unreadable before the popup is told of it. */
const UNREADABLE_AFTER_MS = 1_000;

/** What the content script does when the background cannot say: run, at the default threshold. */
const DEFAULT_SETTINGS = {
  enabled: true,
  minConfidence: DEFAULT_MIN_CONFIDENCE,
  dismissed: [] as string[],
};

/**
 * Debrief in one mail client's page. Each client has its own entry (`gmail-page.ts`,
 * `outlook-page.ts`), so a page loads its own client's reader and no other.
 */
export async function startIn(page: PageClient): Promise<void> {
  const host = hostOf(new URL(location.href));
  if (host !== page.host) return;
  const lifetime = new AbortController();
  const background = createBackgroundLink({ stop: () => lifetime.abort() });
  const client: MailClient = { ...page, replyWith: replyThroughTools(host, background) };
  // Asked once, before anything watches the page: the user may have turned this site off.
  const settings = (await background.request({ type: "mailSettings" })) ?? DEFAULT_SETTINGS;
  if (lifetime.signal.aborted) return;
  if (settings.enabled === false) {
    console.info("Debrief: turned off for this site in its options.");
    return;
  }
  const rejections = createRejectionFlow({
    client,
    background,
    minConfidence:
      typeof settings.minConfidence === "number"
        ? settings.minConfidence
        : DEFAULT_SETTINGS.minConfidence,
    dismissed: Array.isArray(settings.dismissed) ? settings.dismissed : [],
    detect: createDetector<OpenedEmail>({
      askPhraseBook: (language) => background.request({ type: "phraseBook", language }),
      askModel: (email) => background.request({ type: "modelVerdict", email }),
    }),
  });
  // The extension went away under this tab: a banner on screen says to reload it.
  lifetime.signal.addEventListener("abort", () => rejections.orphan(), { once: true });
  const hits = createSelectorHitsReport({
    send: (counts) => background.notify({ type: "selectorHits", hits: counts }),
  });
  // A page sample, taken in this isolated world when the user asks (popup), reads this page's counts.
  (globalThis as Record<string, unknown>)[PAGE_COUNTS_ENTRY] = () => hits.thisPage();
  let unreadableSoon: ReturnType<typeof setTimeout> | undefined;
  let watch: ReturnType<typeof watchPage> | undefined;
  const check = createOpenEmailTracker({
    adapter: client,
    onOpened: (email) => {
      clearTimeout(unreadableSoon);
      // Found: the rest of this open (a re-read, the client's redraws) can wait for the page to settle.
      watch?.disarm();
      // The flow tells the background: as a rejection once its banner is up, or as an email.
      rejections.opened(email);
      hits.soon();
    },
    onClosed: () => {
      clearTimeout(unreadableSoon);
      void background.request({ type: "emailClosed" });
      rejections.closed();
    },
    onUnreadable: (part, sayInConsole) => {
      rejections.closed();
      hits.soon();
      // A message still arriving (the address changes before the pane is drawn) is not yet a page
      // Debrief cannot read: the popup and the console hear of it only if it lasts.
      clearTimeout(unreadableSoon);
      unreadableSoon = setTimeout(() => {
        sayInConsole();
        void background.request({ type: "pageUnreadable", missing: part });
      }, UNREADABLE_AFTER_MS);
    },
  });
  // The page is going away (reload, another site): the email it showed is no longer open, and
  // what this page counted is kept.
  addEventListener(
    "pagehide",
    () => {
      // A page kept in the back-forward cache must not say later that it could not read this one.
      clearTimeout(unreadableSoon);
      background.notify({ type: "emailClosed" });
      hits.now();
    },
    { signal: lifetime.signal },
  );
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  idle(() => void rejections.warmUp());
  // An orphaned copy (the extension was reloaded under this tab) stops at its next look at the page.
  watch = watchPage({
    onChange: () => {
      if (!background.alive()) return;
      check("settled");
      rejections.check();
    },
    // Right after a click or navigation: the message is looked for as the page draws it, so its
    // banner is in the same frame.
    // (An orphaned copy is stopped by the settled check, or by its first message to the background.)
    onArmedChange: () => {
      check("armed");
      rejections.check();
    },
    signal: lifetime.signal,
    // A frame and a bit: a page changing every frame still waits for its burst to end (or for
    // page-watch's maxWaitMs).
    delayMs: 20,
  });
}
