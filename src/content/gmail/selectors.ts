import type { Selector } from "../select";

/**
 * Every piece of Gmail's markup Debrief relies on, and nothing else names Gmail's markup.
 * Each list runs from the most stable selector (roles, data attributes, locale-free attributes)
 * to the least (Closure's generated class names). The comment above each selector
 * gives the date it was last seen to hold in the source named, then that source (summarised in
 * research/webmail-dom.md); where a source is dated only by year, the date is the 1st of January
 * of that year (the earliest day it could have been seen, so the oldest claim). Comments ship in
 * no bundle, so what is known about a selector costs a mail page nothing.
 * When Gmail changes, add the new selector at the top with today's date and keep the old one
 * below it: Google rolls layouts out account by account (InboxSDK PR #1067/#1080, FlowCrypt PR #5495).
 */

/**
 * The conversation on screen, full view or preview pane. The last entry is a structural fallback:
 * with it a renamed thread container still lets the reader look for messages inside the main area.
 */
export const threadView: readonly Selector[] = [
  // 2023-11-16: InboxSDK/InboxSDK @ a8a6fe2c gmail-element-getter.ts getThreadContainerElement (selector_2023_11_16)
  { css: "[role=main] .g.id .a98.iY" },
  // 2023-11-30: InboxSDK/InboxSDK @ a8a6fe2c gmail-route-view.ts preview pane, .ao9:has(.a98.iY, .apa) (selector_2023_11_30)
  { css: "[role=main] .aia .a98.iY" },
  // 2023-11-30: InboxSDK/InboxSDK @ a8a6fe2c gmail-route-view.ts preview pane (selector_2023_11_30)
  { css: "[role=main] .aia .apa" },
  // 2023-11-16: InboxSDK/InboxSDK @ a8a6fe2c gmail-element-getter.ts getThreadContainerElement (before 2023-11)
  { css: "[role=main] .g.id table.Bs > tr" },
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c gmail-route-view.ts waits for [role=main]
  { css: "[role=main]" },
];

/** Marks a thread container as the preview pane rather than the full conversation view. */
export const previewPane: readonly Selector[] = [
  // 2023-11-30: InboxSDK/InboxSDK @ a8a6fe2c gmail-element-getter.ts isPreviewPane
  { css: ".aia" },
];

/** The element carrying a message's ids; one per message, expanded or collapsed. */
export const messageIdCarrier: readonly Selector[] = [
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c views/gmail-message-view.ts; KartikTalwar/gmail.js @ b7dfdabc
  { css: "[data-message-id]" },
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c views/gmail-message-view.ts getMessageID
  { css: "[data-legacy-message-id]" },
  // 2025-03-02: KartikTalwar/gmail.js @ b7dfdabc api.dom.email / view_email observer
  { css: "div.adn.ads" },
];

/**
 * The message's list item, which carries its view state. Used with `closest()` from the id carrier.
 * `[role=listitem]` is the locale-free candidate but only corroborated by unattributed code, so the
 * state classes InboxSDK reads come first.
 */
export const messageItem: readonly Selector[] = [
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c views/gmail-message-view.ts getViewState
  { css: ".h7, .kv, .ky, .kQ, .kx" },
  // 2026-01-01: unattributed index hits (webmail-dom.md §1, corroboration only)
  { css: "[role=listitem]" },
  // 2025-03-02: KartikTalwar/gmail.js @ b7dfdabc api.dom.thread opened_email
  { css: "div.adn" },
];

/** View state of a message item (InboxSDK getViewState and its class mutation stream). */
export const messageState: Readonly<
  Record<"expanded" | "collapsed" | "hidden", readonly Selector[]>
> = {
  expanded: [
    // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c views/gmail-message-view.ts (h7 = open message)
    { css: ".h7" },
  ],
  collapsed: [
    // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c views/gmail-message-view.ts (kv/ky = collapsed)
    { css: ".kv, .ky" },
  ],
  hidden: [
    // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c views/gmail-message-view.ts (kQ/kx = hidden)
    { css: ".kQ, .kx" },
  ],
};

/**
 * Thread ids. `data-thread-perm-id` holds `thread-f:<decimal>` (it can be the string "undefined");
 * `data-legacy-thread-id` holds the hex id.
 */
export const threadPermId: readonly Selector[] = [
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c gmail-thread-view.ts; KartikTalwar/gmail.js @ b7dfdabc api.new.get.thread_id
  { css: "[data-thread-perm-id]" },
];
export const threadLegacyId: readonly Selector[] = [
  // 2025-03-02: KartikTalwar/gmail.js @ b7dfdabc api.get.thread_id
  { css: "h2[data-legacy-thread-id]" },
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c gmail-thread-view.ts
  { css: "[data-legacy-thread-id]" },
];

/** The conversation's subject line. */
export const subject: readonly Selector[] = [
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c gmail-thread-view.ts (subject h2 carries the ids)
  { css: "h2[data-thread-perm-id]" },
  // 2025-03-02: KartikTalwar/gmail.js @ b7dfdabc api.get.thread_id
  { css: "h2[data-legacy-thread-id]" },
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c gmail-thread-view.ts getSubject
  { css: ".ha h2" },
  // 2025-11-12: KartikTalwar/gmail.js @ b7dfdabc api.dom.thread; FlowCrypt/flowcrypt-browser gmail-element-replacer.ts
  { css: "h2.hP" },
];

/** The sender of one message: an element with `email` and `name` attributes. */
export const sender: readonly Selector[] = [
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c views/gmail-message-view.ts (h3.iw holds the sender)
  { css: "h3.iw span[email]" },
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c views/gmail-message-view.ts getSender
  { css: "td.gF span[email]" },
  // 2025-11-12: KartikTalwar/gmail.js @ b7dfdabc api.dom.email from; FlowCrypt/flowcrypt-browser gmail-element-replacer.ts (.gs span.gD[email])
  { css: "span.gD[email]" },
  // 2025-01-01: mailvelope/mailvelope src/content-scripts/providerSpecific.js
  { css: ".gs .cf.ix span[email]" },
];

/** Recipients of one message. */
export const recipients: readonly Selector[] = [
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c views/gmail-message-view.ts getRecipients
  { css: ".hb span[email]" },
  // 2025-03-02: KartikTalwar/gmail.js @ b7dfdabc api.dom.email to
  { css: "span.g2[email]" },
];

/** When the message was sent; the `title` attribute holds the full date. */
export const date: readonly Selector[] = [
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c views/gmail-message-view.ts getDateString
  { css: ".ads .gK .g3[title]" },
  // 2025-03-02: KartikTalwar/gmail.js @ b7dfdabc api.dom.email timestamp
  { css: "span.g3[title]" },
];

/**
 * The rendered body of one message. `.a3s` inside a hidden `.ii.gt` can be an empty placeholder
 * with class `undefined` (gmail.js #492), so the reader takes the first candidate that is shown.
 */
export const body: readonly Selector[] = [
  // 2026-01-01: mailvelope/mailvelope src/content-scripts/gmailIntegration.js MSG_BODY_SELECTOR; InboxSDK/InboxSDK @ a8a6fe2c
  { css: "div.ii.gt div.a3s.aiL" },
  // 2025-01-01: mailvelope/mailvelope src/content-scripts/gmailIntegration.js MSG_BODY_SELECTOR (former class); KartikTalwar/gmail.js @ b7dfdabc
  { css: "div.ii.gt div.a3s.aXjCH" },
  // 2025-11-12: FlowCrypt/flowcrypt-browser gmail-element-replacer.ts msgInner; gmail.js #492
  { css: "div.ii.gt div.a3s:not(.undefined)" },
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c views/gmail-message-view.ts getContentsElement
  { css: "div.ii.gt" },
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c views/gmail-message-view.ts getContentsElement fallback
  { css: ".adP" },
];

/**
 * Quoted history inside a body, left out of the text. message-text.ts also knows the mail
 * clients' own quoting conventions; these are what Gmail is documented to render.
 */
export const quotedText: readonly Selector[] = [
  // 2025-11-12: mailvelope/mailvelope src/content-scripts/gmailIntegration.js; FlowCrypt/flowcrypt-browser gmail-element-replacer.ts
  { css: ".gmail_quote" },
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c views/gmail-message-view.ts isElementInQuotedArea
  { css: "blockquote" },
];

/**
 * Controls Gmail draws inside a message body, which are not the sender's words: the "Show
 * trimmed content" button (`div.ajR[role=button]` holding `img.ajT`).
 */
export const bodyControls: readonly Selector[] = [
  // 2020-10-01: evan-brass/js-min compose capture (fixtures/real/gmail-compose-dialog-2020.html)
  { css: "div.ajR[role=button]" },
];

/** Gmail's "[Message clipped] View entire message" link, shown for long mail. */
export const clippedNotice: readonly Selector[] = [
  // 2025-01-01: mailvelope/mailvelope src/content-scripts/gmailIntegration.js (clipped mail)
  { css: ".iX a" },
];

/**
 * Reply controls of a message, for the reply feature. The bottom row `.amn` can appear twice
 * under A/B tests (InboxSDK gmail-thread-view.ts), so callers pick the visible one.
 * The `aria-label`/`data-tooltip` entries are English-only: a last resort.
 */
export const replyControl: readonly Selector[] = [
  // 2026-01-01: KartikTalwar/gmail.js @ b7dfdabc reply_button; mailvelope/mailvelope src/content-scripts/gmailIntegration.js span.ams[role=link]; InboxSDK/InboxSDK @ a8a6fe2c footer .amn
  { css: ".amn span.ams.bkH[role=link]" },
  // 2025-03-02: KartikTalwar/gmail.js @ b7dfdabc api.dom.email reply_button
  { css: "td.acX [role=button].aaq" },
  // 2025-03-02: KartikTalwar/gmail.js @ b7dfdabc api.dom.email reply_button
  { css: "td.acX [role=button].bsQ" },
  // 2025-11-12: FlowCrypt/flowcrypt-browser gmail-element-replacer.ts header reply button
  { css: "td.acX .DILLkc" },
  // 2025-11-12: FlowCrypt/flowcrypt-browser gmail-element-replacer.ts 5a6b382a2 (#6112), message menu item
  { css: "li[data-action-type='94']" },
  // 2023-01-01: unattributed 2023 markup td.gH.acX.bAm > div.aaq[data-tooltip=Reply] (English only)
  { css: "[role=button][data-tooltip=Reply]" },
  // 2025-11-12: FlowCrypt live e2e test/source/tests/gmail.ts (English account)
  { css: "[role=button][aria-label=Reply]" },
];

/** The open reply or compose box. */
export const replyBox: readonly Selector[] = [
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c views/gmail-message-view.ts #setupReplyStream (.ip gains adB)
  { css: ".ip.adB .M9" },
  // 2025-03-02: KartikTalwar/gmail.js @ b7dfdabc compose observer (inline when under .AO)
  { css: ".AO div.M9" },
  // 2025-03-02: KartikTalwar/gmail.js @ b7dfdabc compose roots; Briskine src/content/plugins/gmail.js
  { css: "div.M9" },
];

/** The editable body of a reply or compose box. */
export const editableBody: readonly Selector[] = [
  // 2026-01-01: InboxSDK/InboxSDK @ a8a6fe2c views/gmail-compose-view.ts getMaybeBodyElement
  { css: ".Ap [g_editable=true]" },
  // 2026-08-08: real compose capture 2020 (fixtures/real); unattributed note 2026-08-08
  { css: "div[contenteditable=true][role=textbox][aria-multiline=true]" },
  // 2026-08-08: unattributed note 2026-08-08 (class Am aiL Al editable LW-avf tS-tW)
  { css: "div.Am.aiL.Al.editable" },
  // 2020-10-01: evan-brass/js-min compose capture (fixtures/real/gmail-compose-dialog-2020.html)
  { css: "div.Am.Al.editable" },
];

/**
 * The banner (issue #4) is inserted just before the message element, inside its list item
 * (`.h7`), so it stands above the newest expanded message and goes away with it.
 */
export const bannerAnchor: readonly Selector[] = [
  // 2025-11-12: FlowCrypt/flowcrypt-browser gmail-element-replacer.ts msgOuter div.adn; KartikTalwar/gmail.js @ b7dfdabc api.dom.email
  { css: "div.adn" },
];

/**
 * The signature Gmail writes into a reply body: the "-- " prefix line, then the signature block.
 * With the quote (`quotedText`) it is what the feedback request goes above. The class names are
 * part of the email Gmail sends, not of its interface, so they change far less than the UI's.
 */
export const replySignature: readonly Selector[] = [
  // 2026-01-01: Gmail-composed HTML as sent (public mailing-list archives, unattributed index hits); demo mailbox
  { css: "[data-smartmail=gmail_signature]" },
  // 2026-01-01: Gmail-composed HTML as sent (public mailing-list archives, unattributed index hits); demo mailbox
  { css: ".gmail_signature" },
  // 2026-01-01: Gmail-composed HTML as sent: <span class=gmail_signature_prefix>-- </span> (unattributed index hits)
  { css: ".gmail_signature_prefix" },
];

/**
 * Every list above, by its name: what `selector-lists.ts` counts. A plain object, so the content
 * script carries no module namespace; a test checks no list is left out.
 */
export const ALL_LISTS = {
  threadView,
  previewPane,
  messageIdCarrier,
  messageItem,
  messageState,
  threadPermId,
  threadLegacyId,
  subject,
  sender,
  recipients,
  date,
  body,
  quotedText,
  bodyControls,
  clippedNotice,
  replyControl,
  replyBox,
  editableBody,
  bannerAnchor,
  replySignature,
};
