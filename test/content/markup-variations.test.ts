// @vitest-environment happy-dom
/**
 * Generated variations of every page the readers are tested on (markup-variants.ts): for each one,
 * what a user would notice must still hold. A rejection gets its banner from the body alone, placed
 * above the message that was read; a look-alike gets none; on the demo mailbox, "Ask for feedback"
 * types the request above the quoted message. How many variants hold is printed with the results.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureHeaderOf } from "../../scripts/lib/sample-fixture";
import { gmail } from "../../src/content/gmail";
import { gmailReplyWith } from "../../src/content/gmail/reply";
import * as gmailSelectors from "../../src/content/gmail/selectors";
import type { PageClient, ReplyResult } from "../../src/content/host";
import { outlook } from "../../src/content/outlook";
import { outlookReplyWith } from "../../src/content/outlook/reply";
import * as outlookSelectors from "../../src/content/outlook/selectors";
import type { ReplyTiming } from "../../src/content/reply/open-reply";
import { matchesAny, type Selector } from "../../src/content/select";
import { classify } from "../../src/core/detect";
import type { OpenedEmail } from "../../src/core/email";
import { type PageParts, variantsOf } from "./markup-variants";
import {
  type DemoPage,
  findAndRead,
  fixturesDir,
  openDemo,
  openStatic,
  readFixture,
} from "./pages";

const GMAIL = "https://mail.google.com/mail/u/0/";
const OUTLOOK = "https://outlook.cloud.microsoft";
const REQUEST = "Hi,\n\nCould you share any feedback on my interview?\n\nBest,\nJordan";
const FAST: ReplyTiming = { editorTimeoutMs: 400, settleQuietMs: 5, settleMaxMs: 20 };

interface Client {
  client: PageClient;
  parts: PageParts;
  tail: readonly Selector[];
  reply(doc: Document, id: string, text: string, signal: AbortSignal): Promise<ReplyResult>;
}

const CLIENTS: Record<"gmail" | "outlook", Client> = {
  gmail: {
    client: gmail,
    parts: {
      subject: gmailSelectors.subject,
      sender: gmailSelectors.sender,
      body: gmailSelectors.body,
      message: gmailSelectors.bannerAnchor,
      addressAttributes: ["email"],
    },
    tail: [...gmailSelectors.replySignature, ...gmailSelectors.quotedText],
    reply: (doc, id, text, signal) => gmailReplyWith(doc, id, text, signal, FAST),
  },
  outlook: {
    client: outlook,
    parts: {
      subject: outlookSelectors.subject,
      sender: outlookSelectors.sender,
      body: outlookSelectors.body,
      message: outlookSelectors.message,
      addressAttributes: ["title"],
    },
    tail: [
      ...outlookSelectors.replySignature,
      ...outlookSelectors.quoteStart,
      ...outlookSelectors.quotedText,
    ],
    reply: (doc, id, text, signal) => outlookReplyWith(doc, id, text, signal, FAST),
  },
};

/** The demo mailbox's Outlook address of a conversation's newest message. */
function outlookAddress(item: string, query = ""): string {
  return `${OUTLOOK}/mail/inbox/id/${encodeURIComponent(item)}${query}`;
}
const LUMEN_ITEM =
  "AAMkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gARgAAAYdniOjBUukoe5ETQg80ViuUAhpIOT9j0ZhOg6TlTAAA=";

interface Base {
  name: string;
  host: "gmail" | "outlook";
  open(): Promise<DemoPage>;
  rejection: boolean;
  /** The body alone says "rejection" (some say it only with the subject's "your application"). */
  bodyAlone: boolean;
  /** The demo mailbox answers Reply; the static pages do not. */
  replies: boolean;
}

const DEMO_BASES: Base[] = [
  {
    name: "demo Gmail, rejection after interview",
    host: "gmail",
    open: () => openDemo("gmail", `${GMAIL}#inbox/FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG`),
    rejection: true,
    bodyAlone: true,
    replies: true,
  },
  {
    name: "demo Gmail, German rejection",
    host: "gmail",
    open: () => openDemo("gmail", `${GMAIL}#inbox/FMfcgzQXKdBrLmWqTzxHcNsVpJkfGtRw`),
    rejection: true,
    bodyAlone: true,
    replies: true,
  },
  {
    name: "demo Gmail, offer (look-alike)",
    host: "gmail",
    open: () => openDemo("gmail", `${GMAIL}#inbox/FMfcgzQXKbzMwTqRjcsLpHnVdXfGkBtN`),
    rejection: false,
    bodyAlone: false,
    replies: false,
  },
  {
    name: "demo Gmail, application received (look-alike)",
    host: "gmail",
    open: () => openDemo("gmail", `${GMAIL}#inbox/FMfcgzQXKbvPqZnHtRxLwMcDfJgSkVbl`),
    rejection: false,
    bodyAlone: false,
    replies: false,
  },
  {
    name: "demo Outlook, rejection after interview",
    host: "outlook",
    open: () => openDemo("outlook", outlookAddress(LUMEN_ITEM)),
    rejection: true,
    bodyAlone: true,
    replies: true,
  },
  {
    name: "demo Outlook full view, rejection after interview",
    host: "outlook",
    open: () => openDemo("outlook", outlookAddress(LUMEN_ITEM, "?readingpane=off")),
    rejection: true,
    bodyAlone: true,
    replies: true,
  },
  ...(
    [
      [
        "de",
        "AAMkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gARgAAAXyNbsaL2t65Tx/YD3EfFuCJDDkjbKaB9Ssv7lnkJAAA=",
      ],
      [
        "fr",
        "AAMkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gARgAAA6JH6tJ7aYz7NxWpoiPuj5FDZQlr25wy0OiW1ZjoKHtAjAAA=",
      ],
      [
        "nl",
        "AAMkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gARgAAAwFBC/ZhDXDEqYURMp3+5BW/i78IYgG+GFLzE67p0T+BHAAA=",
      ],
    ] as const
  ).map(
    ([language, item]): Base => ({
      name: `demo Outlook in ${language}, rejection`,
      host: "outlook",
      open: () => openDemo("outlook", outlookAddress(item, `?lang=${language}`)),
      rejection: true,
      bodyAlone: true,
      replies: true,
    }),
  ),
];

/**
 * Every fixture page under test/fixtures/gmail and outlook, as its `debrief-fixture` line says
 * (page samples turned into fixtures by `npm run sample:fixture` land there too).
 */
const FIXTURE_BASES: Base[] = (["gmail", "outlook"] as const).flatMap((host) =>
  readdirSync(join(fixturesDir, host))
    .filter((file) => file.endsWith(".html"))
    .map((file): Base => {
      const html = readFixture(host, file);
      const header = fixtureHeaderOf(html);
      if (!header) throw new Error(`${host}/${file} has no debrief-fixture line`);
      return {
        name: `${host}/${file}`,
        host: header.client,
        open: () => openStatic(html, header.url),
        rejection: header.rejection,
        bodyAlone: header.bodyAlone,
        replies: false,
      };
    }),
);

const BASES = [...DEMO_BASES, ...FIXTURE_BASES];

const tally = { gmail: { held: 0, all: 0 }, outlook: { held: 0, all: 0 } };

afterAll(() => {
  const total = tally.gmail.all + tally.outlook.all;
  const held = tally.gmail.held + tally.outlook.held;
  console.log(
    `Markup variations: ${held} of ${total} hold (Gmail ${tally.gmail.held}/${tally.gmail.all}, Outlook ${tally.outlook.held}/${tally.outlook.all}).`,
  );
});

/** What the content script would make of the page: the email read, or why not. */
function readPage(page: DemoPage, client: PageClient): OpenedEmail | string {
  const result = findAndRead(client, page);
  return result.kind === "email" ? result.email : `not read (${JSON.stringify(result)})`;
}

/**
 * What is wrong with the page as a user would see it, or null when all is well. The newest
 * message's own words must be read first (quoted history whose marker is gone may follow), the
 * subject and sender as on the unchanged page or left empty and named as missed, a rejection still
 * a rejection while its subject is read, a look-alike never one; the banner's spot above the message
 * read, and (where the page answers Reply) the request typed above the quote.
 */
async function problemWith(
  page: DemoPage,
  base: Base,
  baseline: OpenedEmail,
): Promise<string | null> {
  const { client, reply, tail } = CLIENTS[base.host];
  const result = findAndRead(client, page);
  if (result.kind !== "email") return `not read (${JSON.stringify(result)})`;
  const { email, missed } = result;
  if (!email.body.startsWith(baseline.body)) return "read another body";
  if (email.subject !== baseline.subject && !(email.subject === "" && missed.includes("subject"))) {
    return `subject read as "${email.subject}"`;
  }
  const senderMissed = missed.includes("sender") || missed.includes("sender address");
  if (
    email.from.address !== baseline.from.address &&
    !(email.from.address === "" && senderMissed)
  ) {
    return `sender read as "${email.from.address}"`;
  }
  const verdict = classify({ subject: email.subject, body: email.body, from: email.from });
  const rejection = verdict.verdict === "rejection";
  if (rejection && !base.rejection) return "a look-alike called a rejection";
  if (!rejection && base.rejection && email.subject === baseline.subject) {
    return `verdict ${verdict.verdict}`;
  }
  if (!rejection) return null;

  const spot = client.bannerSpot(page.document, email.messageId);
  if (!spot) return "no place for the banner";
  const longest = [...email.body.split("\n")].sort((a, b) => b.length - a.length)[0] ?? "";
  if (!spot.textContent?.replace(/\s+/g, " ").includes(longest.slice(0, 40).trim())) {
    return "banner placed above another message";
  }
  if (!base.replies) return null;

  const replied = await reply(
    page.document,
    email.messageId,
    REQUEST,
    new AbortController().signal,
  );
  if (!replied.ok) return `reply: ${replied.reason}`;
  const editor = [...page.document.querySelectorAll("[contenteditable=true]")].find((each) =>
    each.textContent?.includes("Could you share any feedback on my interview?"),
  );
  if (!editor) return "request not in a reply box";
  const quote = [...editor.querySelectorAll("*")].find((each) => matchesAny(each, tail));
  const typed = findText(editor, "Could you share any feedback on my interview?");
  if (
    quote &&
    typed &&
    !(typed.compareDocumentPosition(quote) & Node.DOCUMENT_POSITION_FOLLOWING)
  ) {
    return "request typed below the quote";
  }
  return null;
}

function findText(root: Element, text: string): Node | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.includes(text)) return node;
  }
  return null;
}

describe("generated markup variations", () => {
  for (const base of BASES) {
    it(base.name, async () => {
      const first = await base.open();
      const baseline = readPage(first, CLIENTS[base.host].client);
      const variants = variantsOf(first.document, CLIENTS[base.host].parts);
      await first.close();
      if (typeof baseline === "string") throw new Error(`the unchanged page is ${baseline}`);
      expect(variants.length).toBeGreaterThan(10);
      // Where the words alone say "rejection", every variant must get its banner.
      const bodyAlone = classify({
        subject: "",
        body: baseline.body,
        from: { name: "", address: "" },
      });
      expect(bodyAlone.verdict === "rejection").toBe(base.rejection && base.bodyAlone);

      const failures: string[] = [];
      for (const variant of variants) {
        const page = await base.open();
        try {
          variant.apply(page.document);
          const problem = await problemWith(page, base, baseline);
          if (problem) failures.push(`${variant.name}: ${problem}`);
        } finally {
          await page.close();
        }
      }
      tally[base.host].all += variants.length;
      tally[base.host].held += variants.length - failures.length;
      expect(failures).toEqual([]);
    });
  }
});
