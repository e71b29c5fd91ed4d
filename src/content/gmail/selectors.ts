import type { Selector } from "../select";

/**
 * Every piece of Gmail's markup Debrief relies on, and nothing else names Gmail's markup.
 * Each list runs from the most stable selector (roles, data attributes, locale-free attributes)
 * to the least (Closure's generated class names). `known` is the date the selector was last seen
 * to hold in the source named; the sources are summarised in research/webmail-dom.md.
 * Where a source is dated only by year, `known` is the 1st of January of that year (the earliest
 * day it could have been seen, so the oldest claim).
 * When Gmail changes, add the new selector at the top with today's date and keep the old one
 * below it: Google rolls layouts out account by account (InboxSDK PR #1067/#1080, FlowCrypt PR #5495).
 */

const INBOXSDK = "InboxSDK/InboxSDK @ a8a6fe2c";
const GMAILJS = "KartikTalwar/gmail.js @ b7dfdabc";
const MAILVELOPE = "mailvelope/mailvelope src/content-scripts/gmailIntegration.js";
const FLOWCRYPT = "FlowCrypt/flowcrypt-browser gmail-element-replacer.ts";

/**
 * The conversation on screen, full view or preview pane. The last entry is a structural fallback:
 * with it a renamed thread container still lets the reader look for messages inside the main area.
 */
export const threadView: readonly Selector[] = [
  {
    css: "[role=main] .g.id .a98.iY",
    known: "2023-11-16",
    source: `${INBOXSDK} gmail-element-getter.ts getThreadContainerElement (selector_2023_11_16)`,
  },
  {
    css: "[role=main] .aia .a98.iY",
    known: "2023-11-30",
    source: `${INBOXSDK} gmail-route-view.ts preview pane, .ao9:has(.a98.iY, .apa) (selector_2023_11_30)`,
  },
  {
    css: "[role=main] .aia .apa",
    known: "2023-11-30",
    source: `${INBOXSDK} gmail-route-view.ts preview pane (selector_2023_11_30)`,
  },
  {
    css: "[role=main] .g.id table.Bs > tr",
    known: "2023-11-16",
    source: `${INBOXSDK} gmail-element-getter.ts getThreadContainerElement (before 2023-11)`,
  },
  {
    css: "[role=main]",
    known: "2026-01-01",
    source: `${INBOXSDK} gmail-route-view.ts waits for [role=main]`,
  },
];

/** Marks a thread container as the preview pane rather than the full conversation view. */
export const previewPane: readonly Selector[] = [
  { css: ".aia", known: "2023-11-30", source: `${INBOXSDK} gmail-element-getter.ts isPreviewPane` },
];

/** The element carrying a message's ids; one per message, expanded or collapsed. */
export const messageIdCarrier: readonly Selector[] = [
  {
    css: "[data-message-id]",
    known: "2026-01-01",
    source: `${INBOXSDK} views/gmail-message-view.ts; ${GMAILJS}`,
  },
  {
    css: "[data-legacy-message-id]",
    known: "2026-01-01",
    source: `${INBOXSDK} views/gmail-message-view.ts getMessageID`,
  },
  {
    css: "div.adn.ads",
    known: "2025-03-02",
    source: `${GMAILJS} api.dom.email / view_email observer`,
  },
];

/**
 * The message's list item, which carries its view state. Used with `closest()` from the id carrier.
 * `[role=listitem]` is the locale-free candidate but only corroborated by unattributed code, so the
 * state classes InboxSDK reads come first.
 */
export const messageItem: readonly Selector[] = [
  {
    css: ".h7, .kv, .ky, .kQ, .kx",
    known: "2026-01-01",
    source: `${INBOXSDK} views/gmail-message-view.ts getViewState`,
  },
  {
    css: "[role=listitem]",
    known: "2026-01-01",
    source: "unattributed index hits (webmail-dom.md §1, corroboration only)",
  },
  { css: "div.adn", known: "2025-03-02", source: `${GMAILJS} api.dom.thread opened_email` },
];

/** View state of a message item (InboxSDK getViewState and its class mutation stream). */
export const messageState: Readonly<
  Record<"expanded" | "collapsed" | "hidden", readonly Selector[]>
> = {
  expanded: [
    {
      css: ".h7",
      known: "2026-01-01",
      source: `${INBOXSDK} views/gmail-message-view.ts (h7 = open message)`,
    },
  ],
  collapsed: [
    {
      css: ".kv, .ky",
      known: "2026-01-01",
      source: `${INBOXSDK} views/gmail-message-view.ts (kv/ky = collapsed)`,
    },
  ],
  hidden: [
    {
      css: ".kQ, .kx",
      known: "2026-01-01",
      source: `${INBOXSDK} views/gmail-message-view.ts (kQ/kx = hidden)`,
    },
  ],
};

/**
 * Thread ids. `data-thread-perm-id` holds `thread-f:<decimal>` (it can be the string "undefined");
 * `data-legacy-thread-id` holds the hex id.
 */
export const threadPermId: readonly Selector[] = [
  {
    css: "[data-thread-perm-id]",
    known: "2026-01-01",
    source: `${INBOXSDK} gmail-thread-view.ts; ${GMAILJS} api.new.get.thread_id`,
  },
];
export const threadLegacyId: readonly Selector[] = [
  { css: "h2[data-legacy-thread-id]", known: "2025-03-02", source: `${GMAILJS} api.get.thread_id` },
  {
    css: "[data-legacy-thread-id]",
    known: "2026-01-01",
    source: `${INBOXSDK} gmail-thread-view.ts`,
  },
];

/** The conversation's subject line. */
export const subject: readonly Selector[] = [
  {
    css: "h2[data-thread-perm-id]",
    known: "2026-01-01",
    source: `${INBOXSDK} gmail-thread-view.ts (subject h2 carries the ids)`,
  },
  { css: "h2[data-legacy-thread-id]", known: "2025-03-02", source: `${GMAILJS} api.get.thread_id` },
  { css: ".ha h2", known: "2026-01-01", source: `${INBOXSDK} gmail-thread-view.ts getSubject` },
  { css: "h2.hP", known: "2025-11-12", source: `${GMAILJS} api.dom.thread; ${FLOWCRYPT}` },
];

/** The sender of one message: an element with `email` and `name` attributes. */
export const sender: readonly Selector[] = [
  {
    css: "h3.iw span[email]",
    known: "2026-01-01",
    source: `${INBOXSDK} views/gmail-message-view.ts (h3.iw holds the sender)`,
  },
  {
    css: "td.gF span[email]",
    known: "2026-01-01",
    source: `${INBOXSDK} views/gmail-message-view.ts getSender`,
  },
  {
    css: "span.gD[email]",
    known: "2025-11-12",
    source: `${GMAILJS} api.dom.email from; ${FLOWCRYPT} (.gs span.gD[email])`,
  },
  {
    css: ".gs .cf.ix span[email]",
    known: "2025-01-01",
    source: "mailvelope/mailvelope src/content-scripts/providerSpecific.js",
  },
];

/** Recipients of one message. */
export const recipients: readonly Selector[] = [
  {
    css: ".hb span[email]",
    known: "2026-01-01",
    source: `${INBOXSDK} views/gmail-message-view.ts getRecipients`,
  },
  { css: "span.g2[email]", known: "2025-03-02", source: `${GMAILJS} api.dom.email to` },
];

/** When the message was sent; the `title` attribute holds the full date. */
export const date: readonly Selector[] = [
  {
    css: ".ads .gK .g3[title]",
    known: "2026-01-01",
    source: `${INBOXSDK} views/gmail-message-view.ts getDateString`,
  },
  { css: "span.g3[title]", known: "2025-03-02", source: `${GMAILJS} api.dom.email timestamp` },
];

/**
 * The rendered body of one message. `.a3s` inside a hidden `.ii.gt` can be an empty placeholder
 * with class `undefined` (gmail.js #492), so the reader takes the first candidate that is shown.
 */
export const body: readonly Selector[] = [
  {
    css: "div.ii.gt div.a3s.aiL",
    known: "2026-01-01",
    source: `${MAILVELOPE} MSG_BODY_SELECTOR; ${INBOXSDK}`,
  },
  {
    css: "div.ii.gt div.a3s.aXjCH",
    known: "2025-01-01",
    source: `${MAILVELOPE} MSG_BODY_SELECTOR (former class); ${GMAILJS}`,
  },
  {
    css: "div.ii.gt div.a3s:not(.undefined)",
    known: "2025-11-12",
    source: `${FLOWCRYPT} msgInner; gmail.js #492`,
  },
  {
    css: "div.ii.gt",
    known: "2026-01-01",
    source: `${INBOXSDK} views/gmail-message-view.ts getContentsElement`,
  },
  {
    css: ".adP",
    known: "2026-01-01",
    source: `${INBOXSDK} views/gmail-message-view.ts getContentsElement fallback`,
  },
];

/**
 * Quoted history inside a body, left out of the text. message-text.ts also knows the mail
 * clients' own quoting conventions; these are what Gmail is documented to render.
 */
export const quotedText: readonly Selector[] = [
  { css: ".gmail_quote", known: "2025-11-12", source: `${MAILVELOPE}; ${FLOWCRYPT}` },
  {
    css: "blockquote",
    known: "2026-01-01",
    source: `${INBOXSDK} views/gmail-message-view.ts isElementInQuotedArea`,
  },
];

/**
 * Controls Gmail draws inside a message body, which are not the sender's words: the "Show
 * trimmed content" button (`div.ajR[role=button]` holding `img.ajT`).
 */
export const bodyControls: readonly Selector[] = [
  {
    css: "div.ajR[role=button]",
    known: "2020-10-01",
    source: "evan-brass/js-min compose capture (fixtures/real/gmail-compose-dialog-2020.html)",
  },
];

/** Gmail's "[Message clipped] View entire message" link, shown for long mail. */
export const clippedNotice: readonly Selector[] = [
  { css: ".iX a", known: "2025-01-01", source: `${MAILVELOPE} (clipped mail)` },
];

/**
 * Reply controls of a message, for the reply feature. The bottom row `.amn` can appear twice
 * under A/B tests (InboxSDK gmail-thread-view.ts), so callers pick the visible one.
 * The `aria-label`/`data-tooltip` entries are English-only: a last resort.
 */
export const replyControl: readonly Selector[] = [
  {
    css: ".amn span.ams.bkH[role=link]",
    known: "2026-01-01",
    source: `${GMAILJS} reply_button; ${MAILVELOPE} span.ams[role=link]; ${INBOXSDK} footer .amn`,
  },
  {
    css: "td.acX [role=button].aaq",
    known: "2025-03-02",
    source: `${GMAILJS} api.dom.email reply_button`,
  },
  {
    css: "td.acX [role=button].bsQ",
    known: "2025-03-02",
    source: `${GMAILJS} api.dom.email reply_button`,
  },
  { css: "td.acX .DILLkc", known: "2025-11-12", source: `${FLOWCRYPT} header reply button` },
  {
    css: "li[data-action-type='94']",
    known: "2025-11-12",
    source: `${FLOWCRYPT} 5a6b382a2 (#6112), message menu item`,
  },
  {
    css: "[role=button][data-tooltip=Reply]",
    known: "2023-01-01",
    source: "unattributed 2023 markup td.gH.acX.bAm > div.aaq[data-tooltip=Reply] (English only)",
  },
  {
    css: "[role=button][aria-label=Reply]",
    known: "2025-11-12",
    source: "FlowCrypt live e2e test/source/tests/gmail.ts (English account)",
  },
];

/** The open reply or compose box. */
export const replyBox: readonly Selector[] = [
  {
    css: ".ip.adB .M9",
    known: "2026-01-01",
    source: `${INBOXSDK} views/gmail-message-view.ts #setupReplyStream (.ip gains adB)`,
  },
  {
    css: ".AO div.M9",
    known: "2025-03-02",
    source: `${GMAILJS} compose observer (inline when under .AO)`,
  },
  {
    css: "div.M9",
    known: "2025-03-02",
    source: `${GMAILJS} compose roots; Briskine src/content/plugins/gmail.js`,
  },
];

/** The editable body of a reply or compose box. */
export const editableBody: readonly Selector[] = [
  {
    css: ".Ap [g_editable=true]",
    known: "2026-01-01",
    source: `${INBOXSDK} views/gmail-compose-view.ts getMaybeBodyElement`,
  },
  {
    css: "div[contenteditable=true][role=textbox][aria-multiline=true]",
    known: "2026-08-08",
    source: "real compose capture 2020 (fixtures/real); unattributed note 2026-08-08",
  },
  {
    css: "div.Am.aiL.Al.editable",
    known: "2026-08-08",
    source: "unattributed note 2026-08-08 (class Am aiL Al editable LW-avf tS-tW)",
  },
  {
    css: "div.Am.Al.editable",
    known: "2020-10-01",
    source: "evan-brass/js-min compose capture (fixtures/real/gmail-compose-dialog-2020.html)",
  },
];

/**
 * The banner (issue #4) is inserted just before the message element, inside its list item
 * (`.h7`), so it stands above the newest expanded message and goes away with it.
 */
export const bannerAnchor: readonly Selector[] = [
  {
    css: "div.adn",
    known: "2025-11-12",
    source: `${FLOWCRYPT} msgOuter div.adn; ${GMAILJS} api.dom.email`,
  },
];

/**
 * The signature Gmail writes into a reply body: the "-- " prefix line, then the signature block.
 * With the quote (`quotedText`) it is what the feedback request goes above. The class names are
 * part of the email Gmail sends, not of its interface, so they change far less than the UI's.
 */
export const replySignature: readonly Selector[] = [
  {
    css: "[data-smartmail=gmail_signature]",
    known: "2026-01-01",
    source:
      "Gmail-composed HTML as sent (public mailing-list archives, unattributed index hits); demo mailbox",
  },
  {
    css: ".gmail_signature",
    known: "2026-01-01",
    source:
      "Gmail-composed HTML as sent (public mailing-list archives, unattributed index hits); demo mailbox",
  },
  {
    css: ".gmail_signature_prefix",
    known: "2026-01-01",
    source:
      "Gmail-composed HTML as sent: <span class=gmail_signature_prefix>-- </span> (unattributed index hits)",
  },
];
