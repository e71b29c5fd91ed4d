import type { OpenedEmail } from "../core/email";
import type { HostAdapter } from "./host";

/**
 * Follows which email the page shows and reports each change once: a newly opened email, or that none
 * is open any more. Markup the adapter does not recognise is logged once per kind and otherwise ignored.
 */
export function createOpenEmailTracker(options: {
  adapter: HostAdapter;
  onOpened: (email: OpenedEmail) => void;
  onClosed: () => void;
  doc?: Document;
  log?: (line: string) => void;
}) {
  const doc = options.doc ?? document;
  const log = options.log ?? ((line: string) => console.info(line));
  const reported = new Set<string>();
  let current: string | null = null;

  return function check(): void {
    const result = options.adapter.readOpenEmail(doc, new URL(doc.location.href));
    if (result.kind === "email") {
      const key = `${result.email.host}:${result.email.messageId}`;
      if (key === current) return;
      current = key;
      options.onOpened(result.email);
      return;
    }
    if (result.kind === "unrecognised" && !reported.has(result.missing)) {
      reported.add(result.missing);
      log(
        `Debrief: this ${options.adapter.host} page's markup is not one Debrief knows (${result.missing} not found); Debrief stays out of the way.`,
      );
    }
    if (current !== null) {
      current = null;
      options.onClosed();
    }
  };
}
