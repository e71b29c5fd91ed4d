import { describe, expect, it } from "vitest";
import { foundMessage, hostOf, MAIL_SITES, safely } from "../../src/content/host";

describe("the adapters' never-throws contract", () => {
  it("passes a step's result through", () => {
    expect(safely(() => ({ kind: "none" }) as const)).toEqual({ kind: "none" });
  });

  it("turns a throw into an unrecognised page naming the error", () => {
    expect(
      safely(() => {
        throw new Error("document went away");
      }),
    ).toEqual({ kind: "unrecognised", missing: "reader error: document went away" });
    expect(
      safely(() => {
        throw "plain";
      }),
    ).toEqual({ kind: "unrecognised", missing: "reader error: plain" });
  });

  it("keeps a found message's read() from throwing too", () => {
    const found = foundMessage("m1", () => {
      throw new Error("detached");
    });
    expect(found.kind).toBe("message");
    if (found.kind !== "message") return;
    expect(found.messageId).toBe("m1");
    expect(found.read()).toEqual({ kind: "unrecognised", missing: "reader error: detached" });
  });
});

describe("hostOf", () => {
  it.each([
    ["https://mail.google.com/mail/u/0/#inbox", "gmail"],
    ["https://outlook.live.com/mail/0/inbox", "outlook"],
    ["https://outlook.office.com/mail/", "outlook"],
    ["https://outlook.office365.com/mail/", "outlook"],
    ["http://mail.google.com/", null],
    ["https://calendar.google.com/", null],
    ["https://evil.example/mail.google.com", null],
  ])("%s → %s", (url, expected) => {
    expect(hostOf(new URL(url))).toBe(expected);
  });
});

describe("the sites Debrief runs on", () => {
  it("are exactly the manifest's content-script matches and host permissions, and nowhere else", async () => {
    const { readFileSync } = await import("node:fs");
    const manifest = JSON.parse(
      readFileSync(new URL("../../manifest.json", import.meta.url), "utf8"),
    ) as {
      content_scripts: { matches: string[] }[];
      host_permissions?: string[];
    };
    const matches = manifest.content_scripts.flatMap((script) => script.matches).sort();
    const sites = Object.values(MAIL_SITES)
      .flat()
      .map((site) => `https://${site}/*`)
      .sort();
    expect(matches).toEqual(sites);
    // The same sites, for the page sample the popup takes in a mail tab (scripting.executeScript).
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(sites);
  });

  it("load each client's own content script there, so a page carries no other client's reader", async () => {
    const { readFileSync } = await import("node:fs");
    const manifest = JSON.parse(
      readFileSync(new URL("../../manifest.json", import.meta.url), "utf8"),
    ) as { content_scripts: { matches: string[]; js: string[] }[] };
    const byClient = Object.fromEntries(
      manifest.content_scripts.map((script) => [script.js.join(" "), [...script.matches].sort()]),
    );
    expect(byClient).toEqual(
      Object.fromEntries(
        Object.entries(MAIL_SITES).map(([host, names]) => [
          `src/content/${host}-page.ts`,
          names.map((site) => `https://${site}/*`).sort(),
        ]),
      ),
    );
    // Gmail's entry has none of Outlook's selectors, and the other way round.
    const entry = (host: string) =>
      readFileSync(new URL(`../../src/content/${host}-page.ts`, import.meta.url), "utf8");
    expect(entry("gmail")).not.toMatch(/outlook/);
    expect(entry("outlook")).not.toMatch(/gmail/);
  });
});
