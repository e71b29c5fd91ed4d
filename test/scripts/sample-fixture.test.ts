// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { fixtureFromSample, fixtureHeaderOf } from "../../scripts/lib/sample-fixture";
import { gmail } from "../../src/content/gmail";
import type { PageClient } from "../../src/content/host";
import { outlook } from "../../src/content/outlook";
import { classify } from "../../src/core/detect";
import type { MailHost } from "../../src/core/email";
import {
  type DemoPage,
  emailOf,
  findAndRead,
  openDemo,
  openStatic,
  pageSampleOf,
  readFixture,
} from "../content/pages";

const CLIENTS: Record<MailHost, PageClient> = { gmail, outlook };
const pages: DemoPage[] = [];
afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

/** The page a sample becomes, opened where its fixture line says it is served. */
async function fixtureOf(sample: string, options = {}) {
  const made = fixtureFromSample(sample, options);
  if (typeof made === "string") throw new Error(made);
  const header = fixtureHeaderOf(made.html);
  if (!header) throw new Error("no debrief-fixture line");
  const page = await openStatic(made.html, header.url);
  pages.push(page);
  return { page, header, filled: made.filled };
}

describe("a page sample turned into a fixture page", () => {
  it.each([
    ["gmail", "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG"],
    [
      "outlook",
      `https://outlook.cloud.microsoft/mail/inbox/id/${encodeURIComponent("AAMkADk2ZDEwYmM0LTAyZjEtNGE3Ny1iZTM5LWRlbW9ib3gARgAAAYdniOjBUukoe5ETQg80ViuUAhpIOT9j0ZhOg6TlTAAA=")}`,
    ],
  ] as const)(
    "%s: is read as a rejection from the words filled in, and gets its banner's place",
    async (client, url) => {
      const demo = await openDemo(client, url);
      pages.push(demo);
      const { page, header, filled } = await fixtureOf(pageSampleOf(client, demo));
      expect(header).toMatchObject({ client, rejection: true, bodyAlone: true });
      expect(filled).toEqual(["body", "subject", "sender"]);
      const email = emailOf(findAndRead(CLIENTS[client], page));
      expect(email.body).toContain("we have decided not to move forward with your application");
      expect(email.subject).toBe("Your application for the Data Analyst position");
      expect(email.from.address).toBe("alex.morgan@sample-employer.example");
      expect(classify({ subject: "", body: email.body, from: email.from }).verdict).toBe(
        "rejection",
      );
      expect(CLIENTS[client].bannerSpot(page.document, email.messageId)).not.toBeNull();
    },
  );

  it("asks where the body is when the sample was taken because none was found, and takes the answer", async () => {
    const demo = await openStatic(
      readFixture("outlook", "reading-pane-de-2025-12.html"),
      "https://outlook.cloud.microsoft/mail/inbox",
    );
    pages.push(demo);
    for (const body of demo.document.querySelectorAll("[id^=UniqueMessageBody]")) {
      body.removeAttribute("id");
      body.parentElement?.removeAttribute("role");
      body.classList.remove("allowTextSelection");
      body.setAttribute("data-sample-body", "");
    }
    const sample = pageSampleOf("outlook", demo, "body");
    expect(fixtureFromSample(sample)).toMatch(/find no body in the sample.*--body CSS/);
    expect(fixtureFromSample(sample, { bodySelector: "[[" })).toMatch(/not valid CSS/);
    expect(fixtureFromSample(sample, { bodySelector: ".nothing-here" })).toMatch(
      /Nothing in the sample/,
    );
  });

  it("refuses what is not a page sample, in a sentence", () => {
    expect(fixtureFromSample("<div>hello</div>")).toMatch(/not a Debrief page sample/);
    expect(fixtureFromSample('<!-- debrief-page-sample {"client": -->\n<div></div>')).toMatch(
      /not a Debrief page sample|readable JSON/,
    );
    expect(
      fixtureFromSample(
        '<!-- debrief-page-sample {"client":"outlook","host":"example.com","path":"/"} -->\n<div></div>',
      ),
    ).toMatch(/not a mail site/);
    expect(
      fixtureFromSample(
        '<!-- debrief-page-sample {"client":"yahoo","host":"mail.yahoo.com","path":"/"} -->\n<div></div>',
      ),
    ).toMatch(/no mail client it knows/);
  });

  it("leaves out what an edited sample could run or load, and refuses header fields that are not text", async () => {
    const demo = await openDemo(
      "gmail",
      "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG",
    );
    pages.push(demo);
    const sample = `${pageSampleOf("gmail", demo)}<script>alert(1)</script><iframe src="https://x.example/"></iframe><div onclick="alert(2)"><a href="javascript:alert(3)">x</a></div>`;
    const made = fixtureFromSample(sample);
    if (typeof made === "string") throw new Error(made);
    expect(made.removed).toBeGreaterThanOrEqual(4);
    expect(made.html).not.toMatch(/<script|<iframe|onclick|javascript:/);
    const header = pageSampleOf("gmail", demo).split("\n")[0] ?? "";
    const forged = header.replace(/"version":"[^"]*"/, '"version":{"x":1}');
    expect(fixtureFromSample(`${forged}\n<div></div>`)).toBe(
      'The sample\'s "version" is not text.',
    );
  });

  it("fills a look-alike's body with a note that is no rejection when asked", async () => {
    const demo = await openDemo(
      "gmail",
      "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKbzMwTqRjcsLpHnVdXfGkBtN",
    );
    pages.push(demo);
    const { page, header } = await fixtureOf(pageSampleOf("gmail", demo), { notRejection: true });
    expect(header.rejection).toBe(false);
    const email = emailOf(findAndRead(gmail, page));
    expect(classify(email).verdict).toBe("not_rejection");
  });
});
