import { expect } from "vitest";
import { DEMO_URLS } from "../../scripts/lib/demo-mailbox";

/** The demo mailbox's two clients as the banner tests read them, in Chromium and in Firefox. */
export const CLIENTS = {
  gmail: {
    url: DEMO_URLS.gmail,
    editor: "[g_editable=true]",
    replyControl: ".amn .ams.bkH",
    /** Text that stands below the place the request must go: the signature, then the quote. */
    below: ["Product analyst · Bristol", "wrote:"],
  },
  outlook: {
    url: DEMO_URLS.outlook,
    editor: "[contenteditable=true][aria-multiline=true]",
    replyControl: "button:has([data-icon-name=ArrowReplyRegular])",
    below: ["Product analyst · Bristol", "From:"],
  },
} as const;

/** The three buttons every rejection banner has, in order. */
export const BUTTONS = ["Ask for feedback", "Not a rejection", "More"];

/** The banner's status once Ask for feedback has typed the request into the reply. */
export const FEEDBACK_ADDED = "Feedback request added to your reply. Read it, then press Send.";

/** Gmail's Trusted Types policy, as a response header of the demo's pages. */
export const TRUSTED_TYPES_HEADERS = {
  "Content-Security-Policy": "require-trusted-types-for 'script'",
};

/** In the page: whether it may still assign markup from a string ("refused" under the policy). */
export function assignsMarkup(): "allowed" | "refused" {
  try {
    document.createElement("div").innerHTML = "<b>x</b>";
    return "allowed";
  } catch {
    return "refused";
  }
}

/** `request` stands in the reply above every one of `below` (signature, quoted message). */
export function expectAbove(text: string, request: string, below: readonly string[]): void {
  const at = text.indexOf(request);
  expect(at, `"${request}" in the reply`).toBeGreaterThanOrEqual(0);
  for (const marker of below) {
    const markerAt = text.indexOf(marker);
    expect(markerAt, `"${marker}" in the reply`).toBeGreaterThanOrEqual(0);
    expect(at, `"${request}" above "${marker}"`).toBeLessThan(markerAt);
  }
}
