import type { Selector } from "../select";

/**
 * Every piece of Outlook on the web's markup Debrief relies on, and nothing else names it.
 * Each list runs from the most stable selector (roles, data attributes, icon names, id prefixes)
 * to the least (hashed class names, which Outlook rotates: evicypher changed its selectors four
 * times in 2022). `known` is the date the selector was last seen to hold in the source named;
 * where a source is dated only by year, it is the 1st of January of that year. The sources are
 * summarised in research/webmail-dom.md.
 */

const MAILVELOPE =
  "mailvelope/mailvelope outlook-api c623e539 src/content-scripts/outlookIntegration.js";
const MAILVELOPE_MOCK =
  "mailvelope/mailvelope outlook-api test/integration/__mocks__/outlook-dom-templates.js";
const BRISKINE = "Briskine/briskine src/content/plugins/outlook.js";
const UNATTRIBUTED_2026 =
  "unattributed index hits, Outlook 2026 (webmail-dom.md §Outlook; day not recorded)";

/** The reading pane, or the full-page view of a message when the reading pane is off. */
export const readingPane: readonly Selector[] = [
  {
    css: "#ReadingPaneContainerId",
    known: "2025-12-08",
    source: `${MAILVELOPE_MOCK}; evicypher src/content-scripts/outlook.ts (2022)`,
  },
  { css: "[data-app-section=MailReadCompose]", known: "2025-12-08", source: MAILVELOPE_MOCK },
  { css: "#ConversationReadingPaneContainer", known: "2025-12-08", source: MAILVELOPE_MOCK },
  { css: "[data-app-section=ConversationContainer]", known: "2025-12-08", source: MAILVELOPE_MOCK },
];

/** The selected conversation in the message list; its `data-convid` is the conversation id. */
export const selectedConversation: readonly Selector[] = [
  { css: "#MailList [aria-selected=true][data-convid]", known: "2025-12-08", source: MAILVELOPE },
  {
    css: "[role=option][aria-selected=true][data-convid]",
    known: "2025-12-08",
    source: `${MAILVELOPE_MOCK} (list rows are role=option)`,
  },
];

/** The conversation's subject. Its id is `CONV_<conversation id>_SUBJECT`. */
export const subject: readonly Selector[] = [
  {
    css: "[role=heading][id^=CONV_][id$=_SUBJECT]",
    known: "2026-01-01",
    source: UNATTRIBUTED_2026,
  },
  { css: "[id^=CONV_][id$=_SUBJECT]", known: "2026-01-01", source: UNATTRIBUTED_2026 },
  // A message's own subject in the reading pane, its full text on a child span[title].
  { css: "[id^=MSG_][id$=_SUBJECT]", known: "2026-01-01", source: UNATTRIBUTED_2026 },
  {
    css: "div[role=heading][title]",
    known: "2024-09-23",
    source: "Toggl's extension, src/content/outlook.js (research/webmail-dom-2026.md)",
  },
];

/** Where a subject's full text is kept when the heading shows it cut short. */
export const subjectFullText: readonly Selector[] = [
  { css: "span[title]", known: "2026-01-01", source: UNATTRIBUTED_2026 },
];

/**
 * One message of the open conversation, expanded or collapsed. Both known selectors are weak:
 * the label is English ("Email message"; the German capture has none) and the class is hashed.
 * The reader falls back to the bodies' nearest ancestors that also hold a sender.
 */
export const message: readonly Selector[] = [
  {
    css: "[aria-label='Email message']",
    known: "2025-12-08",
    source: `${MAILVELOPE_MOCK} (English only)`,
  },
  { css: ".aVla3", known: "2025-12-08", source: `${MAILVELOPE} (hashed class)` },
];

/**
 * A message's view state sits on its wrapper (`aria-expanded=true` when open): the nearest such
 * ancestor of the labelled message element, or the direct child of `.aVla3`. Toolbar buttons
 * deeper inside also carry `aria-expanded`, hence `div` and no deeper search.
 */
export const messageStateCarrier: readonly Selector[] = [
  {
    css: "div[aria-expanded]",
    known: "2025-12-08",
    source: `${MAILVELOPE_MOCK} (div.BS0OK[aria-expanded=true] wraps the message)`,
  },
];
export const collapsedMessage: readonly Selector[] = [
  {
    css: "[aria-expanded=false]",
    known: "2025-12-08",
    source: `${MAILVELOPE_MOCK} (the open message's wrapper has true)`,
  },
];

/**
 * The sender of one message. The `MSG_<id>_FROM` id is locale-free; the `aria-label` starts with
 * the localised word for "From" and holds the address; its text is `Name <address>` or a name.
 */
export const sender: readonly Selector[] = [
  { css: "[id^=MSG_][id$=_FROM]", known: "2026-01-01", source: UNATTRIBUTED_2026 },
  {
    css: "span[aria-label^='From:']",
    known: "2026-01-01",
    source: `${MAILVELOPE_MOCK}; ${UNATTRIBUTED_2026}`,
  },
  {
    css: "span[aria-label^='Von:']",
    known: "2025-12-08",
    source: `${MAILVELOPE_MOCK} (German locale)`,
  },
  { css: "[aria-label^='From:']", known: "2025-12-08", source: MAILVELOPE },
  {
    css: ".lpc-hoverTarget",
    known: "2024-01-01",
    source:
      "mailvelope/mailvelope master src/content-scripts/providerSpecific.js (older OWA personas)",
  },
];

/** The rendered body of one message; collapsed messages have none. */
export const body: readonly Selector[] = [
  { css: "[role=document] [id^=UniqueMessageBody]", known: "2025-12-08", source: MAILVELOPE },
  { css: "[id^=UniqueMessageBody]", known: "2025-12-08", source: MAILVELOPE },
  { css: "[role=document]", known: "2025-12-08", source: MAILVELOPE },
  {
    css: ".allowTextSelection",
    known: "2025-12-08",
    source: `${MAILVELOPE_MOCK} (class on the body)`,
  },
];

/**
 * Quoted history in a received body. Outlook prefixes ids in mail it renders with `x_`, hence the
 * suffix matches. message-text.ts applies the same conventions by default; they are listed here
 * so this file shows everything the Outlook reader relies on.
 */
export const quotedText: readonly Selector[] = [
  {
    css: "[id*=mail-editor-reference-message-container]",
    known: "2026-01-01",
    source: UNATTRIBUTED_2026,
  },
];

/** Where quoted history starts: these and everything after them are not the new message. */
export const quoteStart: readonly Selector[] = [
  {
    css: "[id$=appendonsend]",
    known: "2026-01-01",
    source: "Outlook reply markup (div#appendonsend before the reply header)",
  },
  {
    css: "[id$=divRplyFwdMsg]",
    known: "2026-01-01",
    source: "Outlook reply markup (reply header From/Sent/To/Subject)",
  },
];

/**
 * The reply button of a message is the `button` enclosing this icon (`closest('button')`).
 * Icon names are not localised (Mailvelope: "language-agnostic"); the label entry is English only.
 */
export const replyControl: readonly Selector[] = [
  { css: "button [data-icon-name=ArrowReplyRegular]", known: "2025-12-08", source: MAILVELOPE },
  { css: "[data-icon-name=ArrowReplyRegular]", known: "2025-12-08", source: MAILVELOPE },
  {
    css: "button[aria-label=Reply]",
    known: "2025-12-08",
    source: `${MAILVELOPE_MOCK} (English only)`,
  },
];

/** The editable body of the reply or compose form. */
export const editableBody: readonly Selector[] = [
  {
    css: "[role=main] [contenteditable=true][aria-multiline=true]",
    known: "2026-01-01",
    source: BRISKINE,
  },
  {
    css: "[data-app-section=Form_Content] [contenteditable=true][aria-multiline=true]",
    known: "2026-01-01",
    source: `${BRISKINE} (pop-out)`,
  },
  {
    css: "div[aria-label='Message body'][contenteditable=true]",
    known: "2026-01-01",
    source: `YodaSpow/outlook-inject-html README.md; ${UNATTRIBUTED_2026} (English only)`,
  },
];

/**
 * A message's outermost wrapper in the conversation; the banner (issue #4) is inserted before it.
 * Hashed, so the banner falls back to the body's outermost ancestor that holds no other message.
 */
export const messageContainer: readonly Selector[] = [
  { css: ".aVla3", known: "2025-12-08", source: `${MAILVELOPE} (hashed class)` },
];

/**
 * What a reply control found by its icon is pressed through: the nearest enclosing button
 * (`closest()`), as Mailvelope finds its buttons from their icons.
 */
export const replyControlButton: readonly Selector[] = [
  { css: "button", known: "2025-12-08", source: `${MAILVELOPE} (button enclosing the icon)` },
  {
    css: "[role=menuitem]",
    known: "2025-12-08",
    source: `${MAILVELOPE_MOCK} (message toolbar: button[role=menuitem] > i[data-icon-name])`,
  },
];

/**
 * The signature Outlook writes into a reply body (`div#Signature`; received copies get an `x_`
 * prefix, hence the substring test). With `quoteStart` and `quotedText` it is what the feedback
 * request goes above.
 */
export const replySignature: readonly Selector[] = [
  {
    css: "[id*=Signature]",
    known: "2026-01-01",
    source:
      "Outlook reply markup (div#Signature above #appendonsend); unattributed index hit (div[id=Signature] among signature wrappers)",
  },
];
