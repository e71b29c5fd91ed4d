import type { Selector } from "../select";

/**
 * Every piece of Outlook on the web's markup Debrief relies on, and nothing else names it.
 * Each list runs from the most stable selector (roles, data attributes, icon names, id prefixes)
 * to the least (hashed class names, which Outlook rotates: evicypher changed its selectors four
 * times in 2022). The comment above each selector
 * gives the date it was last seen to hold in the source named, then that source (summarised in
 * research/webmail-dom.md); where a source is dated only by year, the date is the 1st of January
 * of that year (the earliest day it could have been seen, so the oldest claim). Comments ship in
 * no bundle, so what is known about a selector costs a mail page nothing.
 */

/** The reading pane, or the full-page view of a message when the reading pane is off. */
export const readingPane: readonly Selector[] = [
  // 2025-12-08: mailvelope/mailvelope outlook-api test/integration/__mocks__/outlook-dom-templates.js; evicypher src/content-scripts/outlook.ts (2022)
  { css: "#ReadingPaneContainerId" },
  // 2025-12-08: mailvelope/mailvelope outlook-api test/integration/__mocks__/outlook-dom-templates.js
  { css: "[data-app-section=MailReadCompose]" },
  // 2025-12-08: mailvelope/mailvelope outlook-api test/integration/__mocks__/outlook-dom-templates.js
  { css: "#ConversationReadingPaneContainer" },
  // 2025-12-08: mailvelope/mailvelope outlook-api test/integration/__mocks__/outlook-dom-templates.js
  { css: "[data-app-section=ConversationContainer]" },
];

/** The selected conversation in the message list; its `data-convid` is the conversation id. */
export const selectedConversation: readonly Selector[] = [
  // 2025-12-08: mailvelope/mailvelope outlook-api c623e539 src/content-scripts/outlookIntegration.js
  { css: "#MailList [aria-selected=true][data-convid]" },
  // 2025-12-08: mailvelope/mailvelope outlook-api test/integration/__mocks__/outlook-dom-templates.js (list rows are role=option)
  { css: "[role=option][aria-selected=true][data-convid]" },
];

/** The conversation's subject. Its id is `CONV_<conversation id>_SUBJECT`. */
export const subject: readonly Selector[] = [
  // 2026-01-01: unattributed index hits, Outlook 2026 (webmail-dom.md §Outlook; day not recorded)
  { css: "[role=heading][id^=CONV_][id$=_SUBJECT]" },
  // 2026-01-01: unattributed index hits, Outlook 2026 (webmail-dom.md §Outlook; day not recorded)
  { css: "[id^=CONV_][id$=_SUBJECT]" },
  // A message's own subject in the reading pane, its full text on a child span[title].
  // 2026-01-01: unattributed index hits, Outlook 2026 (webmail-dom.md §Outlook; day not recorded)
  { css: "[id^=MSG_][id$=_SUBJECT]" },
  // 2024-09-23: Toggl's extension, src/content/outlook.js (research/webmail-dom-2026.md)
  { css: "div[role=heading][title]" },
];

/** Where a subject's full text is kept when the heading shows it cut short. */
export const subjectFullText: readonly Selector[] = [
  // 2026-01-01: unattributed index hits, Outlook 2026 (webmail-dom.md §Outlook; day not recorded)
  { css: "span[title]" },
];

/**
 * One message of the open conversation, expanded or collapsed. Both known selectors are weak:
 * the label is English ("Email message"; the German capture has none) and the class is hashed.
 * The reader falls back to the bodies' nearest ancestors that also hold a sender.
 */
export const message: readonly Selector[] = [
  // 2025-12-08: mailvelope/mailvelope outlook-api test/integration/__mocks__/outlook-dom-templates.js (English only)
  { css: "[aria-label='Email message']" },
  // 2025-12-08: mailvelope/mailvelope outlook-api c623e539 src/content-scripts/outlookIntegration.js (hashed class)
  { css: ".aVla3" },
];

/**
 * A message's view state sits on its wrapper (`aria-expanded=true` when open): the nearest such
 * ancestor of the labelled message element, or the direct child of `.aVla3`. Toolbar buttons
 * deeper inside also carry `aria-expanded`, hence `div` and no deeper search.
 */
export const messageStateCarrier: readonly Selector[] = [
  // 2025-12-08: mailvelope/mailvelope outlook-api test/integration/__mocks__/outlook-dom-templates.js (div.BS0OK[aria-expanded=true] wraps the message)
  { css: "div[aria-expanded]" },
];
export const collapsedMessage: readonly Selector[] = [
  // 2025-12-08: mailvelope/mailvelope outlook-api test/integration/__mocks__/outlook-dom-templates.js (the open message's wrapper has true)
  { css: "[aria-expanded=false]" },
];

/**
 * The sender of one message. The `MSG_<id>_FROM` id is locale-free; the `aria-label` starts with
 * the localised word for "From" and holds the address; its text is `Name <address>` or a name.
 */
export const sender: readonly Selector[] = [
  // 2026-01-01: unattributed index hits, Outlook 2026 (webmail-dom.md §Outlook; day not recorded)
  { css: "[id^=MSG_][id$=_FROM]" },
  // 2026-01-01: mailvelope/mailvelope outlook-api test/integration/__mocks__/outlook-dom-templates.js; unattributed index hits, Outlook 2026 (webmail-dom.md §Outlook; day not recorded)
  { css: "span[aria-label^='From:']" },
  // 2025-12-08: mailvelope/mailvelope outlook-api test/integration/__mocks__/outlook-dom-templates.js (German locale)
  { css: "span[aria-label^='Von:']" },
  // 2025-12-08: mailvelope/mailvelope outlook-api c623e539 src/content-scripts/outlookIntegration.js
  { css: "[aria-label^='From:']" },
  // 2024-01-01: mailvelope/mailvelope master src/content-scripts/providerSpecific.js (older OWA personas)
  { css: ".lpc-hoverTarget" },
];

/** The rendered body of one message; collapsed messages have none. */
export const body: readonly Selector[] = [
  // 2025-12-08: mailvelope/mailvelope outlook-api c623e539 src/content-scripts/outlookIntegration.js
  { css: "[role=document] [id^=UniqueMessageBody]" },
  // 2025-12-08: mailvelope/mailvelope outlook-api c623e539 src/content-scripts/outlookIntegration.js
  { css: "[id^=UniqueMessageBody]" },
  // 2025-12-08: mailvelope/mailvelope outlook-api c623e539 src/content-scripts/outlookIntegration.js
  { css: "[role=document]" },
  // 2025-12-08: mailvelope/mailvelope outlook-api test/integration/__mocks__/outlook-dom-templates.js (class on the body)
  { css: ".allowTextSelection" },
];

/**
 * Quoted history in a received body. Outlook prefixes ids in mail it renders with `x_`, hence the
 * suffix matches. message-text.ts applies the same conventions by default; they are listed here
 * so this file shows everything the Outlook reader relies on.
 */
export const quotedText: readonly Selector[] = [
  // 2026-01-01: unattributed index hits, Outlook 2026 (webmail-dom.md §Outlook; day not recorded)
  { css: "[id*=mail-editor-reference-message-container]" },
];

/** Where quoted history starts: these and everything after them are not the new message. */
export const quoteStart: readonly Selector[] = [
  // 2026-01-01: Outlook reply markup (div#appendonsend before the reply header)
  { css: "[id$=appendonsend]" },
  // 2026-01-01: Outlook reply markup (reply header From/Sent/To/Subject)
  { css: "[id$=divRplyFwdMsg]" },
];

/**
 * The reply button of a message is the `button` enclosing this icon (`closest('button')`).
 * Icon names are not localised (Mailvelope: "language-agnostic"); the label entry is English only.
 */
export const replyControl: readonly Selector[] = [
  // 2025-12-08: mailvelope/mailvelope outlook-api c623e539 src/content-scripts/outlookIntegration.js
  { css: "button [data-icon-name=ArrowReplyRegular]" },
  // 2025-12-08: mailvelope/mailvelope outlook-api c623e539 src/content-scripts/outlookIntegration.js
  { css: "[data-icon-name=ArrowReplyRegular]" },
  // 2025-12-08: mailvelope/mailvelope outlook-api test/integration/__mocks__/outlook-dom-templates.js (English only)
  { css: "button[aria-label=Reply]" },
];

/** The editable body of the reply or compose form. */
export const editableBody: readonly Selector[] = [
  // 2026-01-01: Briskine/briskine src/content/plugins/outlook.js
  { css: "[role=main] [contenteditable=true][aria-multiline=true]" },
  // 2026-01-01: Briskine/briskine src/content/plugins/outlook.js (pop-out)
  { css: "[data-app-section=Form_Content] [contenteditable=true][aria-multiline=true]" },
  // 2026-01-01: YodaSpow/outlook-inject-html README.md; unattributed index hits, Outlook 2026 (webmail-dom.md §Outlook; day not recorded) (English only)
  { css: "div[aria-label='Message body'][contenteditable=true]" },
];

/**
 * A message's outermost wrapper in the conversation; the banner (issue #4) is inserted before it.
 * Hashed, so the banner falls back to the body's outermost ancestor that holds no other message.
 */
export const messageContainer: readonly Selector[] = [
  // 2025-12-08: mailvelope/mailvelope outlook-api c623e539 src/content-scripts/outlookIntegration.js (hashed class)
  { css: ".aVla3" },
];

/**
 * What a reply control found by its icon is pressed through: the nearest enclosing button
 * (`closest()`), as Mailvelope finds its buttons from their icons.
 */
export const replyControlButton: readonly Selector[] = [
  // 2025-12-08: mailvelope/mailvelope outlook-api c623e539 src/content-scripts/outlookIntegration.js (button enclosing the icon)
  { css: "button" },
  // 2025-12-08: mailvelope/mailvelope outlook-api test/integration/__mocks__/outlook-dom-templates.js (message toolbar: button[role=menuitem] > i[data-icon-name])
  { css: "[role=menuitem]" },
];

/**
 * The signature Outlook writes into a reply body (`div#Signature`; received copies get an `x_`
 * prefix, hence the substring test). With `quoteStart` and `quotedText` it is what the feedback
 * request goes above.
 */
export const replySignature: readonly Selector[] = [
  // 2026-01-01: Outlook reply markup (div#Signature above #appendonsend); unattributed index hit (div[id=Signature] among signature wrappers)
  { css: "[id*=Signature]" },
];

/**
 * Every list above, by its name: what `selector-lists.ts` counts. A plain object, so the content
 * script carries no module namespace; a test checks no list is left out.
 */
export const ALL_LISTS = {
  readingPane,
  selectedConversation,
  subject,
  subjectFullText,
  message,
  messageStateCarrier,
  collapsedMessage,
  sender,
  body,
  quotedText,
  quoteStart,
  replyControl,
  editableBody,
  messageContainer,
  replyControlButton,
  replySignature,
};
