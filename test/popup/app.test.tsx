// @vitest-environment happy-dom
import "fake-indexeddb/auto";
import "../setup/i18n";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DebriefDatabase } from "../../src/db/database";
import { addInterview } from "../../src/db/interviews";
import { saveSwitch } from "../../src/db/settings";
import type { OpenEmailState, UnreadablePageState } from "../../src/messages";
import browser from "../setup/browser-mock";
import { button, click, field, hasButton, text, type, waitFor } from "../setup/dom";
import { usePopupTest } from "../setup/popup";

const sendMessage = vi.mocked(browser.runtime.sendMessage);

/** The background's answers, by the type of message asked; null for any other. */
function answers(replies: Record<string, unknown>): void {
  sendMessage.mockImplementation(async (message) => {
    const type = (message as { type: string }).type;
    return Object.hasOwn(replies, type) ? replies[type] : null;
  });
}

const popup = usePopupTest("popup-test");
const { openPopup } = popup;
let db: DebriefDatabase;

beforeEach(() => {
  db = popup.db();
});

const draft = {
  company: "Lumen Analytics",
  role: "Data Analyst",
  round: "Second round",
  date: "2026-03-04",
  time: "",
  interviewers: [{ name: "Priya Raman", email: "priya@lumen-analytics.example", title: "Lead" }],
  postingUrl: "",
  notes: "",
};

describe("popup, first open", () => {
  it("explains Debrief and offers to add an interview when there are none", async () => {
    const root = await openPopup();
    await waitFor(() =>
      expect(root.querySelector("main h2")?.textContent).toBe("Welcome to Debrief"),
    );
    expect(text(root)).toContain("Start by adding the interview you just had.");
    expect(text(root)).toContain(
      "Open an email about an interview in Gmail or Outlook on the web, and Debrief offers to fill in a new interview from it here.",
    );
    expect(text(root.querySelector("main") ?? root)).toContain(
      "Everything stays in this browser. Debrief sends nothing anywhere.",
    );
    expect(hasButton(root, "Add interview")).toBe(true);
    expect(root.querySelector(".interview-items")).toBeNull();
  });

  it("names Debrief in the header and opens the options page from there", async () => {
    const root = await openPopup();
    const header = root.querySelector("header");
    if (!header) throw new Error("no header");
    expect(root.querySelectorAll("h1")).toHaveLength(1);
    expect(header.querySelector("h1")?.textContent).toBe("Debrief");
    await click(button(header, "Options"));
    expect(browser.runtime.openOptionsPage).toHaveBeenCalled();
  });
});

describe("adding an interview", () => {
  it("blocks saving, shows each message next to its field and focuses the first", async () => {
    const root = await openPopup();
    await waitFor(() => button(root, "Add interview"));
    await click(button(root, "Add interview"));
    await waitFor(() => field(root, "Company"));
    await type(field(root, "Link to the job posting"), "not a link");
    await click(button(root, "Save interview"));

    const company = field(root, "Company");
    await waitFor(() => expect(document.activeElement).toBe(company));
    expect(company.getAttribute("aria-invalid")).toBe("true");
    const companyError = document.getElementById(company.getAttribute("aria-describedby") ?? "");
    expect(companyError?.textContent).toBe("Enter the company’s name.");

    const date = field(root, "Date");
    expect(date.getAttribute("aria-invalid")).toBe("true");
    expect(text(root)).toContain("Enter the date of the interview.");
    expect(field(root, "Link to the job posting").getAttribute("aria-invalid")).toBe("true");
    expect(text(root)).toContain("Enter the whole link, starting with https://");
    expect(field(root, "Role").getAttribute("aria-invalid")).toBeNull();

    expect(await db.interviews.count()).toBe(0);
  });

  it("puts an interviewer's email error on the right row when a blank row comes first", async () => {
    const root = await openPopup();
    await waitFor(() => button(root, "Add interview"));
    await click(button(root, "Add interview"));
    await waitFor(() => field(root, "Company"));
    await type(field(root, "Company"), "Lumen Analytics");
    await type(field(root, "Date"), "2026-03-04");
    await click(button(root, "Add an interviewer"));
    const rows = root.querySelectorAll<HTMLFieldSetElement>(".interviewer-row");
    expect(rows).toHaveLength(2);
    const secondEmail = rows[1]?.querySelector<HTMLInputElement>('input[type="email"]');
    if (!secondEmail) throw new Error("no email field in the second row");
    await type(secondEmail, "priya-at-lumen");
    await click(button(root, "Save interview"));

    await waitFor(() => expect(document.activeElement).toBe(secondEmail));
    expect(secondEmail.getAttribute("aria-invalid")).toBe("true");
    expect(rows[0]?.querySelector('[aria-invalid="true"]')).toBeNull();
    expect(text(root)).toContain("Enter an email address such as name@company.com.");
    expect(await db.interviews.count()).toBe(0);
  });

  it("clears a field's message as soon as the user corrects it", async () => {
    const root = await openPopup();
    await waitFor(() => button(root, "Add interview"));
    await click(button(root, "Add interview"));
    await waitFor(() => button(root, "Save interview"));
    await click(button(root, "Save interview"));
    await waitFor(() => expect(field(root, "Company").getAttribute("aria-invalid")).toBe("true"));
    await type(field(root, "Company"), "L");
    expect(field(root, "Company").getAttribute("aria-invalid")).toBeNull();
    expect(text(root)).not.toContain("Enter the company’s name.");
  });

  it("saves a valid interview and the list shows it", async () => {
    const root = await openPopup();
    await waitFor(() => button(root, "Add interview"));
    await click(button(root, "Add interview"));
    // The form's code may still be on its way the first time it opens.
    await waitFor(() =>
      expect(root.querySelector("main h2")?.textContent).toBe("Add an interview"),
    );
    const heading = root.querySelector("main h2");
    await waitFor(() => expect(document.activeElement).toBe(heading));
    await type(field(root, "Company"), "  Lumen Analytics ");
    await type(field(root, "Role"), "Data Analyst");
    await type(field(root, "Round"), "Second round");
    await type(field(root, "Date"), "2026-03-04");
    await type(field(root, "Time"), "14:30");
    await type(field(root, "Name"), "Priya Raman");
    await type(field(root, "Email"), "priya@lumen-analytics.example");
    await type(field(root, "Job title"), "Analytics Lead");
    await type(field(root, "Notes"), "Asked about SQL window functions.");
    await click(button(root, "Save interview"));

    await waitFor(() =>
      expect(root.querySelector(".interview-item-company")?.textContent).toBe("Lumen Analytics"),
    );
    expect(text(root)).toContain("Saved your interview at Lumen Analytics.");
    expect(text(root.querySelector(".interview-item") ?? root)).toContain(
      "Data Analyst · Second round",
    );

    const saved = await db.interviews.toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      company: "Lumen Analytics",
      date: "2026-03-04",
      time: "14:30",
      status: "active",
      interviewers: [
        { name: "Priya Raman", email: "priya@lumen-analytics.example", title: "Analytics Lead" },
      ],
      notes: "Asked about SQL window functions.",
    });
  });

  it("drops an interviewer row the user removed, and cancel saves nothing", async () => {
    const root = await openPopup();
    await waitFor(() => button(root, "Add interview"));
    await click(button(root, "Add interview"));
    await waitFor(() => button(root, "Remove interviewer 1"));
    await click(button(root, "Remove interviewer 1"));
    expect(root.querySelectorAll(".interviewer-row")).toHaveLength(0);
    expect(document.activeElement).toBe(button(root, "Add an interviewer"));
    await type(field(root, "Company"), "Lumen Analytics");
    await click(button(root, "Cancel"));
    await waitFor(() => expect(root.querySelector("h2")?.textContent).toBe("Welcome to Debrief"));
    expect(document.activeElement).toBe(root.querySelector("main h2"));
    expect(await db.interviews.count()).toBe(0);
  });
});

describe("the interview list", () => {
  it("lists interviews newest first, with their status in words", async () => {
    await addInterview(db, { ...draft, company: "Older Co", date: "2020-01-15" });
    await addInterview(db, { ...draft, company: "Future Co", date: "2199-06-01" });
    const root = await openPopup();
    await waitFor(() => expect(root.querySelectorAll(".interview-item")).toHaveLength(2));
    const items = [...root.querySelectorAll(".interview-item")];
    expect(items.map((item) => item.querySelector(".interview-item-company")?.textContent)).toEqual(
      ["Future Co", "Older Co"],
    );
    expect(items[0]?.querySelector(".status-chip")?.textContent).toBe("Upcoming");
    expect(items[1]?.querySelector(".status-chip")?.textContent).toBe("Waiting to hear");
    expect(items[1]?.querySelector("time")?.getAttribute("datetime")).toBe("2020-01-15");
  });

  it("updates when the database changes elsewhere", async () => {
    const root = await openPopup();
    await waitFor(() => expect(root.querySelector("h2")?.textContent).toBe("Welcome to Debrief"));
    const id = await addInterview(db, draft);
    await waitFor(() =>
      expect(root.querySelector(".interview-item-company")?.textContent).toBe("Lumen Analytics"),
    );
    await db.interviews.update(id, { status: "offer" });
    await waitFor(() => expect(root.querySelector(".status-chip")?.textContent).toBe("Offer"));
  });
});

describe("the email the user has open", () => {
  const open: OpenEmailState = {
    tabId: 7,
    openedAt: "2026-03-05T09:00:00.000Z",
    email: {
      host: "gmail",
      messageId: "msg-f:1",
      threadId: "thread-f:1",
      subject: "Your interview with Lumen Analytics",
      from: { name: "Priya Raman", address: "talent@lumen-analytics.example" },
      body: "",
    },
    interviews: [],
  };

  it("keeps the subject out of sight when the user asked to hide the words of rejections", async () => {
    answers({ getOpenEmail: open });
    await saveSwitch(db, "hideRejectionText", true);
    const root = await openPopup();
    await waitFor(() =>
      expect(text(root)).toContain("The email open in GmailAn email from Priya Raman"),
    );
    expect(text(root)).not.toContain("Your interview with Lumen Analytics");
    await click(button(root, "Show the subject"));
    expect(text(root)).toContain(
      "The email open in Gmail“Your interview with Lumen Analytics”, from Priya Raman",
    );
    expect(document.activeElement?.classList.contains("hidden-words-shown")).toBe(true);
  });

  it("asks the background about the active tab and offers to add the email as an interview", async () => {
    answers({ getOpenEmail: open });
    const root = await openPopup();
    await waitFor(() =>
      expect(text(root)).toContain(
        "The email open in Gmail“Your interview with Lumen Analytics”, from Priya Raman",
      ),
    );
    expect(sendMessage).toHaveBeenCalledWith({ type: "getOpenEmail", tabId: 7 });
    expect(text(root)).not.toContain("Belongs to your interview");

    await click(button(root, "Add as interview"));
    await waitFor(() => expect(text(root)).toContain("Filled in from the email you have open."));
    expect(field(root, "Company").value).toBe("Lumen Analytics");
    expect(field(root, "Name").value).toBe("Priya Raman");
    expect(field(root, "Email").value).toBe("talent@lumen-analytics.example");
    expect(field(root, "Notes").value).toBe("Your interview with Lumen Analytics");
  });

  it("names the interview the email belongs to and offers to add a later round of it", async () => {
    answers({
      getOpenEmail: {
        ...open,
        email: { ...open.email, host: "outlook" },
        interviews: [
          { id: 1, company: "Lumen Analytics", role: "Data Analyst", date: "2026-03-04" },
        ],
      },
    });
    const root = await openPopup();
    await waitFor(() =>
      expect(text(root)).toContain("Belongs to your interview at Lumen Analytics."),
    );
    expect(text(root)).toContain("The email open in Outlook");
    expect(hasButton(root, "Add as interview")).toBe(false);

    await click(button(root, "Add a later round"));
    await waitFor(() => expect(field(root, "Company").value).toBe("Lumen Analytics"));
    expect(field(root, "Role").value).toBe("Data Analyst");
    expect(field(root, "Date").value).toBe("");
  });

  it("shows nothing when the background does not answer", async () => {
    sendMessage.mockRejectedValue(
      new Error("Could not establish connection. Receiving end does not exist."),
    );
    const root = await openPopup();
    await waitFor(() => expect(root.querySelector("h2")?.textContent).toBe("Welcome to Debrief"));
    expect(root.querySelector(".open-email-card")).toBeNull();
  });
});

describe("a mail page Debrief cannot read", () => {
  // The popup's own tab is 7 (the mock's active tab).
  const unreadable: UnreadablePageState = {
    tabId: 7,
    host: "outlook",
    missing: "body",
    seenAt: "2026-12-02T09:00:00.000Z",
  };

  it("is named with what is missing, and its sample goes to the clipboard with what it holds", async () => {
    answers({ getUnreadablePage: unreadable });
    const sample = "<!-- debrief-page-sample {} -->\n<div>xxxx</div>";
    vi.mocked(browser.scripting.executeScript).mockResolvedValue([{ result: { sample } }]);
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const root = await openPopup();
    await waitFor(() =>
      expect(text(root)).toContain("Debrief can't read this Outlook page: no message body found."),
    );
    expect(sendMessage).toHaveBeenCalledWith({ type: "getUnreadablePage", tabId: 7 });
    await click(button(root, "Copy a page sample"));
    await waitFor(() =>
      expect(text(root)).toContain(
        "Page sample copied. Paste it into a bug report: it holds the page's structure, not your mail's words.",
      ),
    );
    // The scrubber goes into the tab only now, then is called there with what the popup knows.
    const calls = vi.mocked(browser.scripting.executeScript).mock.calls.map(([details]) => details);
    expect(calls[0]).toMatchObject({
      target: { tabId: 7 },
      files: [expect.stringContaining("page-sample-script.ts")],
    });
    expect(calls[1]).toMatchObject({
      target: { tabId: 7 },
      args: ["debriefTakePageSample", expect.objectContaining({ missing: "body" })],
    });
    expect(writeText).toHaveBeenCalledWith(sample);
  });

  it("says so when the tab cannot give a sample", async () => {
    answers({ getUnreadablePage: { ...unreadable, tabId: 12, missing: "reader error: boom" } });
    vi.mocked(browser.scripting.executeScript).mockRejectedValue(
      new Error("Cannot access contents of the page."),
    );
    vi.spyOn(console, "error").mockImplementation(() => {});
    const root = await openPopup();
    // Another tab's page (this one shows no mail) is named as such.
    await waitFor(() =>
      expect(text(root)).toContain("Debrief can't read the Outlook page open in another tab."),
    );
    expect(root.querySelector("#unreadable-page-heading")?.textContent).toBe("Another mail tab");
    await click(button(root, "Copy a page sample"));
    await waitFor(() =>
      expect(root.querySelector("[role=alert]")?.textContent).toBe(
        "Could not copy a page sample. Reload the Outlook tab, open the message again, then try again.",
      ),
    );
  });
});
