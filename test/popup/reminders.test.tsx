// @vitest-environment happy-dom
import "fake-indexeddb/auto";
import "../setup/i18n";
import { beforeEach, describe, expect, it } from "vitest";
import { localDay } from "../../src/core/reflection/calendar";
import type { DebriefDatabase } from "../../src/db/database";
import { saveFeedback } from "../../src/db/feedback";
import { addInterview } from "../../src/db/interviews";
import { saveMyName, saveSwitch } from "../../src/db/settings";
import browser from "../setup/browser-mock";
import { button, click, hasButton, text, waitFor } from "../setup/dom";
import { usePopupTest } from "../setup/popup";

const popup = usePopupTest("reminders-test");
const { openPopup } = popup;
let db: DebriefDatabase;

/** A calendar day back from today: counted in days, not hours, so a clock change cannot skip one. */
const daysAgo = (days: number) => {
  const today = new Date();
  return localDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() - days));
};

async function interviewDaysAgo(days: number) {
  return addInterview(db, {
    company: "Lumen Analytics",
    role: "Data Analyst",
    round: "",
    date: daysAgo(days),
    time: "",
    interviewers: [{ name: "Maya Chen", email: "maya.chen@lumen.example", title: "Lead" }],
    postingUrl: "",
    notes: "",
  });
}

beforeEach(() => {
  db = popup.db();
  browser.tabs.create.mockClear();
  browser.action.setBadgeText.mockClear();
});

describe("reminders on the popup's first screen", () => {
  it("offers the thank-you note the day after, and opens it filled in, in Gmail", async () => {
    await interviewDaysAgo(1);
    await saveMyName(db, "Ana Souza");
    const root = await openPopup();
    await waitFor(() => expect(text(root)).toContain("Send Lumen Analytics a thank-you note"));
    expect(text(root)).toContain("Your interview was yesterday.");
    expect(text(root)).toContain("To maya.chen@lumen.example.");

    await click(button(root, "Write it in Gmail"));
    await waitFor(() => expect(browser.tabs.create).toHaveBeenCalledTimes(1));
    const address = new URL(browser.tabs.create.mock.calls[0]?.[0].url ?? "");
    expect(address.origin).toBe("https://mail.google.com");
    expect(address.searchParams.get("to")).toBe("maya.chen@lumen.example");
    expect(address.searchParams.get("su")).toBe("Thank you for your time – Data Analyst");
    expect(address.searchParams.get("body")).toMatch(/^Hi Maya,[\s\S]*Ana Souza\s*$/);

    await waitFor(() => expect(text(root)).not.toContain("Send Lumen Analytics a thank-you note"));
    const [followUp] = await db.followUps.toArray();
    expect(followUp).toMatchObject({ kind: "thank_you", host: "gmail" });
    expect(followUp?.markedDone).toBeUndefined();
  });

  it("offers a check-in after a quiet week; Mark done ends it without opening anything", async () => {
    await interviewDaysAgo(9);
    const root = await openPopup();
    await waitFor(() => expect(text(root)).toContain("Check in with Lumen Analytics"));
    // The popup keeps the toolbar's count true itself: the background may be asleep.
    await waitFor(() =>
      expect(browser.action.setBadgeText).toHaveBeenLastCalledWith({ text: "1" }),
    );
    expect(text(root)).toContain("No news in the 9 days since your interview.");
    button(root, "Mark done").focus();
    await click(button(root, "Mark done"));
    await waitFor(() => expect(text(root)).not.toContain("Check in with Lumen Analytics"));
    // Its card went with it: the keyboard carries on from the list's heading, not from nowhere.
    await waitFor(() => expect(document.activeElement?.id).toBe("interview-list-heading"));
    expect(browser.tabs.create).not.toHaveBeenCalled();
    await waitFor(() => expect(browser.action.setBadgeText).toHaveBeenLastCalledWith({ text: "" }));
    expect((await db.followUps.toArray())[0]).toMatchObject({ kind: "check_in", markedDone: true });
  });

  it("keeps the reminder, and says why, when the message cannot be opened", async () => {
    await interviewDaysAgo(1);
    browser.tabs.create.mockRejectedValueOnce(new Error("No tab for you"));
    const root = await openPopup();
    await waitFor(() => button(root, "Write it in Gmail"));
    await click(button(root, "Write it in Gmail"));
    await waitFor(() =>
      expect(text(root)).toContain(
        "The message was not opened, and the reminder stays. The browser did not let Debrief finish: try again, and reload this page if it happens again.",
      ),
    );
    await waitFor(() => expect(text(root)).toContain("Send Lumen Analytics a thank-you note"));
    expect(await db.followUps.count()).toBe(0);
  });

  it("shows none when the user turned reminders off", async () => {
    await interviewDaysAgo(1);
    await saveSwitch(db, "reminders", false);
    const root = await openPopup();
    await waitFor(() => expect(text(root)).toContain("Lumen Analytics"));
    // The cards under the list are read once it is drawn: give them the time to come.
    await waitFor(() => expect(text(root)).toContain("How did it go"));
    expect(hasButton(root, "Write it in Gmail")).toBe(false);
    expect(text(root)).not.toContain("thank-you note");
  });
});

describe("hiding the words of rejections", () => {
  it("keeps saved feedback out of sight until the user asks", async () => {
    const id = await interviewDaysAgo(20);
    await saveFeedback(
      db,
      {
        interviewId: id,
        received: true,
        text: "We went with someone with more experience.",
        themes: [],
      },
      new Date(),
    );
    await saveSwitch(db, "hideRejectionText", true);
    const root = await openPopup();
    await waitFor(() => button(root, "Lumen Analytics"));
    await click(button(root, "Lumen Analytics"));
    await waitFor(() => button(root, "Show the feedback"));
    expect(text(root)).not.toContain("more experience");
    await click(button(root, "Show the feedback"));
    expect(text(root)).toContain("We went with someone with more experience.");
  });
});

describe("the messages of an interview", () => {
  it("lists what Debrief wrote, and writes a check-in on request, whatever the reminders say", async () => {
    const id = await interviewDaysAgo(3);
    await db.followUps.add({
      interviewId: id,
      kind: "feedback_request",
      host: "outlook",
      messageId: "AAMk1",
      draftedAt: new Date(2026, 10, 20, 9).toISOString(),
    });
    const root = await openPopup();
    await waitFor(() => button(root, "Lumen Analytics"));
    await click(button(root, "Lumen Analytics"));
    await waitFor(() =>
      expect(text(root)).toContain("Feedback request written in a reply in Outlook, Nov 20, 2026"),
    );

    await click(button(root, "Write a check-in in Gmail"));
    await waitFor(() => expect(browser.tabs.create).toHaveBeenCalledTimes(1));
    const address = new URL(browser.tabs.create.mock.calls[0]?.[0].url ?? "");
    expect(address.searchParams.get("su")).toBe(
      "Following up on my interview for the Data Analyst role",
    );
    await waitFor(() => expect(text(root)).toMatch(/Check-in opened in Gmail, \w{3} \d+, \d{4}/));
  });

  it("offers no thank-you note or check-in before the interview", async () => {
    await interviewDaysAgo(-2);
    const root = await openPopup();
    await waitFor(() => button(root, "Lumen Analytics"));
    await click(button(root, "Lumen Analytics"));
    await waitFor(() => expect(text(root)).toContain("Once the interview is over"));
    expect(hasButton(root, "Write a thank-you note in Gmail")).toBe(false);
  });
});
