import type { OpenedEmail } from "../core/email";
import type { HostAdapter } from "./host";

/** How often an opened message is read again on settled checks while its body keeps changing. */
const MAX_REREADS = 3;

/**
 * Follows which email the page shows and reports each change once: a newly opened email, or that none
 * is open any more. Markup the adapter does not recognise is logged once per kind and otherwise ignored.
 * Each check only finds the open message (cheap); its body is read when its id is new, and once more
 * on the next settled check (a body that arrives in parts): read longer or otherwise changed, the
 * same message is reported again with it. A message that could not be read is tried again on the
 * next check, since its markup may still be arriving.
 * An `"armed"` check (in the observer's callback, right after a click or navigation) reports only
 * an email it could read: a message still being drawn is not yet one Debrief cannot read.
 */
export function createOpenEmailTracker(options: {
  adapter: HostAdapter;
  onOpened: (email: OpenedEmail) => void;
  onClosed: () => void;
  /**
   * The page shows a message Debrief cannot read (the readers say so only when the address says a
   * message is open); `missing` names what was not found. It ends the email open before, if any
   * (without it, that is said through `onClosed`). Said again only when `missing` changes; a later
   * read or a page with no message open ends it (`onOpened`, `onClosed`). `sayInConsole` writes
   * the console's line about it (once per thing missing): called by the listener once the page
   * stays unreadable, so a message still being drawn leaves no false alarm in the console.
   */
  onUnreadable?: (missing: string, sayInConsole: () => void) => void;
  doc?: Document;
  log?: (line: string) => void;
}) {
  const doc = options.doc ?? document;
  const log = options.log ?? ((line: string) => console.info(line));
  const reported = new Set<string>();
  /** The id of the message last reported as opened, while it stays open. */
  let current: string | null = null;
  /** What the page last lacked, while it shows a message Debrief cannot read. */
  let unreadable: string | null = null;
  /** The body last reported for `current`, and how many more settled re-reads it gets. */
  let reportedBody = "";
  let rereadsLeft = 0;
  /** The address of the last settled check, or of the email last opened. */
  let settledAt = "";

  /** Says `line` once for each `kind` of trouble while the page stays loaded. */
  function logOnce(kind: string, line: string): void {
    if (reported.has(kind)) return;
    reported.add(kind);
    log(line);
  }
  const host = options.adapter.host;
  const unknownMarkup = (missing: string) =>
    logOnce(
      missing,
      `Debrief: this ${host} page's markup is not one Debrief knows (${missing} not found); Debrief stays out of the way.`,
    );
  const missedPart = (part: string) =>
    logOnce(
      `part:${part}`,
      `Debrief: this ${host} page shows a message whose ${part} Debrief could not find; it reads the rest.`,
    );

  return function check(when: "armed" | "settled" = "settled"): void {
    // document.URL, not location.href: the same address, read far more cheaply on every callback.
    const href = doc.URL;
    // A click that changed no address (a checkbox, a menu, the page's own corner) opens no
    // message the settled check would not find: the observer's callback stays next to free.
    if (when === "armed" && href === settledAt) return;
    if (when === "settled") settledAt = href;
    const found = options.adapter.findOpenMessage(doc, new URL(href));
    if (found.kind === "message") {
      const again = found.messageId === current;
      if (again && (when === "armed" || rereadsLeft === 0)) return;
      if (again) rereadsLeft--;
      const result = found.read();
      if (result.kind === "email") {
        if (again && result.email.body === reportedBody) {
          rereadsLeft = 0;
          return;
        }
        if (!again) rereadsLeft = MAX_REREADS;
        current = found.messageId;
        reportedBody = result.email.body;
        settledAt = href;
        // Read all the same: what needs the missing part is off for this email, nothing more.
        for (const part of result.missed) missedPart(part);
        unreadable = null;
        options.onOpened(result.email);
        return;
      }
      // Read before, unreadable now: the message is being redrawn; its report stands.
      if (again || when === "armed") return;
      cannotRead(result.missing);
    } else if (found.kind === "unrecognised") {
      if (when === "armed") return;
      cannotRead(found.missing);
    } else if (current !== null || unreadable !== null) {
      current = null;
      unreadable = null;
      options.onClosed();
    }
  };

  function cannotRead(missing: string): void {
    const wasOpen = current !== null;
    current = null;
    if (missing === unreadable) return;
    unreadable = missing;
    if (options.onUnreadable) options.onUnreadable(missing, () => unknownMarkup(missing));
    else {
      unknownMarkup(missing);
      if (wasOpen) options.onClosed();
    }
  }
}
