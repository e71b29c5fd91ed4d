import { Window } from "happy-dom";
import * as gmail from "../../src/content/gmail/selectors";
import * as outlook from "../../src/content/outlook/selectors";
import type { Selector } from "../../src/content/select";
import { MAIL_HOSTS, type MailHost } from "../../src/core/email";
import { MAIL_SITES } from "../../src/core/mail-sites";

/**
 * A page sample (what "Copy a page sample" gives: the page's structure, none of its words) turned
 * into a test fixture page: the blanked body filled with a rejection the project wrote, the subject
 * and sender given invented values, and a `debrief-fixture` line saying where the page is served
 * and what it holds, which the markup-variation tests read (test/content/markup-variations.test.ts).
 */

export interface SampleHeader {
  client: MailHost;
  host: string;
  path: string;
  missing: string;
  version: string;
  taken: string;
  cut?: boolean;
}

/** What a fixture page says of itself, on its `debrief-fixture` line. */
export interface FixtureHeader {
  client: MailHost;
  /** The address the page is served at. */
  url: string;
  /** The newest message is a rejection. */
  rejection: boolean;
  /** Its words alone say so, without the subject. */
  bodyAlone: boolean;
  /** Where the page comes from. */
  origin: string;
}

const SAMPLE_LINE = /^<!-- debrief-page-sample (\{.*\}) -->\r?\n/;
const FIXTURE_LINE = /<!-- debrief-fixture (\{.*?\}) -->/;

/** A rejection with its job context in the body, so it needs no subject. Written for the fixtures. */
const REJECTION = [
  "Hello,",
  "Thank you for applying for the Data Analyst position and for the time you gave our interviews.",
  "After careful thought we have decided not to move forward with your application.",
  "We wish you every success in your search.",
  "Kind regards,",
  "Alex Morgan",
];
const SUBJECT = "Your application for the Data Analyst position";
const SENDER = { name: "Alex Morgan", address: "alex.morgan@sample-employer.example" };

/** What each client's pages are read with: where the fill goes. */
const PARTS: Record<
  MailHost,
  {
    body: readonly Selector[];
    subject: readonly Selector[];
    sender: readonly Selector[];
    keep: readonly Selector[];
  }
> = {
  gmail: {
    body: gmail.body,
    subject: gmail.subject,
    sender: gmail.sender,
    keep: [...gmail.quotedText, ...gmail.replySignature],
  },
  outlook: {
    body: outlook.body,
    subject: outlook.subject,
    sender: outlook.sender,
    keep: [...outlook.quotedText, ...outlook.quoteStart, ...outlook.replySignature],
  },
};

/** The header of a page sample, or a sentence saying why the text is not one. */
export function sampleHeaderOf(text: string): SampleHeader | string {
  const match = SAMPLE_LINE.exec(text);
  if (!match?.[1])
    return "This is not a Debrief page sample: its first line is not `<!-- debrief-page-sample {…} -->`.";
  let header: unknown;
  try {
    header = JSON.parse(match[1]);
  } catch {
    return "The sample's first line does not hold readable JSON.";
  }
  const { client, host, path } = (header ?? {}) as Partial<SampleHeader>;
  if (!MAIL_HOSTS.includes(client as MailHost))
    return `The sample names no mail client it knows ("${String(client)}").`;
  if (typeof host !== "string" || !MAIL_SITES[client as MailHost].includes(host)) {
    return `The sample's host ("${String(host)}") is not a mail site Debrief runs on.`;
  }
  if (typeof path !== "string" || !path.startsWith("/")) return "The sample's path is missing.";
  const { missing, version, taken } = header as Partial<SampleHeader>;
  for (const [name, value] of [
    ["missing", missing],
    ["version", version],
    ["taken", taken],
  ] as const) {
    if (typeof value !== "string") return `The sample's "${name}" is not text.`;
  }
  return header as SampleHeader;
}

/** The `debrief-fixture` line of a fixture page, or null when it has none. */
export function fixtureHeaderOf(html: string): FixtureHeader | null {
  const match = FIXTURE_LINE.exec(html);
  if (!match?.[1]) return null;
  return JSON.parse(match[1]) as FixtureHeader;
}

export interface FixtureOptions {
  /** CSS for the body when the client's body selectors find none (why the sample was taken). */
  bodySelector?: string;
  /** The sample shows a message that is not a rejection: its body is filled with a plain note. */
  notRejection?: boolean;
}

/**
 * The fixture page for a sample, or a sentence saying why none can be made. Changes nothing on
 * disk; the caller writes the page.
 */
export function fixtureFromSample(
  text: string,
  options: FixtureOptions = {},
): { html: string; header: FixtureHeader; filled: string[]; removed: number } | string {
  const header = sampleHeaderOf(text);
  if (typeof header === "string") return header;
  const parts = PARTS[header.client];
  const window = new Window({ url: `https://${header.host}${header.path}` });
  try {
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = text.replace(SAMPLE_LINE, "");
    // A sample pasted into a bug report may have been edited: nothing in it runs or loads once it
    // is a test page (the scrubber writes none of these).
    const removed = withoutActiveContent(doc);
    const filled: string[] = [];

    let bodies: Element[];
    try {
      bodies = options.bodySelector
        ? [...doc.querySelectorAll(options.bodySelector)]
        : allOf(doc, parts.body, "innermost");
    } catch {
      return `The body selector "${options.bodySelector}" is not valid CSS.`;
    }
    if (bodies.length === 0) {
      return options.bodySelector
        ? `Nothing in the sample matches "${options.bodySelector}".`
        : `The ${header.client} body selectors find no body in the sample (it was taken because: ${header.missing || "nothing was missing"}); say where it is with --body CSS.`;
    }
    // Every message's body, so whichever message the reader takes for the newest reads the words.
    for (const body of bodies) {
      fillBody(doc, body, options.notRejection ? NOT_REJECTION : REJECTION, parts.keep);
    }
    filled.push("body");

    // Every subject heading and sender the readers could pick, so whichever they pick is filled.
    const subjects = allOf(doc, parts.subject);
    for (const subject of subjects) {
      fillText(subject, options.notRejection ? "Catching up next week" : SUBJECT);
    }
    if (subjects.length > 0) filled.push("subject");
    const senders = allOf(doc, parts.sender);
    for (const sender of senders) fillSender(sender);
    if (senders.length > 0) filled.push("sender");

    const fixture: FixtureHeader = {
      client: header.client,
      url: `https://${header.host}${header.path}`,
      rejection: !options.notRejection,
      bodyAlone: !options.notRejection,
      origin: `page sample taken ${header.taken} with Debrief ${header.version}${header.missing ? `, which could not find its ${header.missing}` : ""}${header.cut ? "; cut at the sample limit" : ""}`,
    };
    const html = [
      "<!-- biome-ignore-all lint/a11y: a mail client's own markup, scrubbed, which is what the adapter must read -->",
      "<!doctype html>",
      `<!-- debrief-fixture ${JSON.stringify(fixture).replace(/--/g, "\\u002d\\u002d")} -->`,
      `<html><head><meta charset="utf-8"><title>Page sample</title></head><body>`,
      doc.body.innerHTML,
      "</body></html>",
      "",
    ].join("\n");
    return { html, header: fixture, filled, removed };
  } finally {
    void window.happyDOM.close();
  }
}

const NOT_REJECTION = [
  "Hi,",
  "Good to see you at the meetup on Thursday. Shall we catch up over coffee next week?",
  "Best,",
  "Alex",
];

/** Elements that run or load something, and attributes that do; how many were taken out. */
function withoutActiveContent(doc: Document): number {
  let removed = 0;
  for (const element of doc.body.querySelectorAll(
    "script, style, iframe, frame, object, embed, link, meta, base",
  )) {
    element.remove();
    removed++;
  }
  for (const element of doc.body.querySelectorAll("*")) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? "";
      if (
        /^on/i.test(name) ||
        /^(?:src|srcset|href|action|formaction|xlink:href)$/i.test(name) ||
        /^\s*javascript:/i.test(value)
      ) {
        element.removeAttribute(name);
        removed++;
      }
    }
  }
  return removed;
}

/** Every element any of the selectors matches, the outermost of nested ones (or the innermost). */
function allOf(
  doc: Document,
  selectors: readonly Selector[],
  keep: "outermost" | "innermost" = "outermost",
): Element[] {
  const found = new Set<Element>();
  for (const selector of selectors)
    for (const element of doc.querySelectorAll(selector.css)) found.add(element);
  return [...found].filter(
    (element) =>
      ![...found].some(
        (other) =>
          other !== element &&
          (keep === "outermost" ? other.contains(element) : element.contains(other)),
      ),
  );
}

/** The body's own words replaced by `lines`; quoted history and signature kept below them. */
function fillBody(
  doc: Document,
  body: Element,
  lines: readonly string[],
  keep: readonly Selector[],
): void {
  const kept = [...body.children].filter((child) =>
    keep.some((selector) => child.matches(selector.css) || child.querySelector(selector.css)),
  );
  body.replaceChildren(
    ...lines.map((line) => {
      const block = doc.createElement("div");
      block.textContent = line;
      return block;
    }),
    ...kept,
  );
}

function fillText(element: Element, text: string): void {
  for (const carrier of [element, ...element.querySelectorAll("[title]")]) {
    if (carrier.hasAttribute("title")) carrier.setAttribute("title", text);
  }
  const leaf = [...element.querySelectorAll("*")]
    .reverse()
    .find((each) => each.children.length === 0);
  if (leaf) leaf.textContent = text;
  else element.textContent = text;
}

function fillSender(sender: Element): void {
  for (const carrier of [sender, ...sender.querySelectorAll("*")]) {
    if (carrier.hasAttribute("email")) carrier.setAttribute("email", SENDER.address);
    if (carrier.hasAttribute("name")) carrier.setAttribute("name", SENDER.name);
    const label = carrier.getAttribute("aria-label");
    // The localised "From:" before the colon is kept; what followed it was blanked.
    if (label !== null) {
      const word = /^[^:]{1,24}:/.exec(label)?.[0];
      carrier.setAttribute(
        "aria-label",
        `${word ? `${word} ` : ""}${SENDER.name} <${SENDER.address}>`,
      );
    }
  }
  // Gmail keeps the address in `email` and shows the name; Outlook shows "Name <address>".
  fillText(
    sender,
    sender.hasAttribute("email") ? SENDER.name : `${SENDER.name} <${SENDER.address}>`,
  );
}
