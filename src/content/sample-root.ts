import type { MailHost } from "../core/email";
import * as gmail from "./gmail/selectors";
import * as outlook from "./outlook/selectors";
import { firstShown, type Selector } from "./select";
import { SELECTOR_LISTS } from "./selector-lists";

/** Where each client shows the open message: what a page sample holds, when it is found. */
const PANES: Record<MailHost, readonly Selector[]> = {
  gmail: gmail.threadView,
  outlook: outlook.readingPane,
};

/** The reading pane or thread view on screen; null when there is none (then the body is sampled). */
export function sampleRoot(client: MailHost, doc: Document): Element | null {
  return firstShown(doc, PANES[client]);
}

/** Every selector the readers use, so a sample keeps what they test (see page-sample.ts). */
export const READER_SELECTORS: readonly string[] = [...SELECTOR_LISTS.values()].flatMap((list) =>
  list.map((selector) => selector.css),
);
