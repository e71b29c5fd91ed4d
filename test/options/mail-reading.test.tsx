// @vitest-environment happy-dom
import "../setup/i18n";
import { afterEach, describe, expect, it } from "vitest";
import { SELECTOR_HITS_KEY } from "../../src/core/selector-hits";
import { MailReading } from "../../src/options/mail-reading";
import browser from "../setup/browser-mock";
import { button, click, mount, text, waitFor } from "../setup/dom";
import { missingMessages } from "../setup/i18n";

let page: Awaited<ReturnType<typeof mount>> | undefined;
afterEach(() => {
  page?.unmount();
  browser.storage.local.items.clear();
  expect([...missingMessages]).toEqual([]);
});

describe("Reading your mail", () => {
  it("lists, per client, the parts found another way or never found, and resets the counts", async () => {
    browser.storage.local.items.set(SELECTOR_HITS_KEY, {
      "outlook.body": [30, 4, 0, 0, 2],
      "outlook.subject": [12, 0, 0, 0, 3],
      "gmail.sender": [0, 0, 0, 0, 9],
    });
    page = await mount(<MailReading />);
    const root = page.root;
    await waitFor(() => expect(text(root)).toContain("body found another way 4 of 36 times."));
    expect(text(root)).toContain("Not found at all 2 times.");
    expect(text(root)).toContain("sender never found, in 9 looks.");
    // A part missing now and then, and otherwise found the usual way, is no sign of change.
    expect([...root.querySelectorAll("code")].map((code) => code.textContent)).toEqual([
      "sender",
      "body",
    ]);
    expect([...root.querySelectorAll("h4")].map((h) => h.textContent)).toEqual([
      "Gmail",
      "Outlook",
    ]);

    await click(button(root, "Reset the counts"));
    await waitFor(() => expect(text(root)).toContain("The counts are reset."));
    expect(browser.storage.local.items.has(SELECTOR_HITS_KEY)).toBe(false);
    expect(root.querySelector("li")).toBeNull();
    expect(text(root)).toContain("Nothing counted yet.");
  });

  it("says all is well when every part was found the usual way", async () => {
    browser.storage.local.items.set(SELECTOR_HITS_KEY, { "outlook.body": [30, 0, 0, 0, 2] });
    page = await mount(<MailReading />);
    await waitFor(() =>
      expect(text(page?.root as HTMLElement)).toContain(
        "Nothing to report: everything Debrief looked for was found the usual way.",
      ),
    );
  });
});
