// @vitest-environment happy-dom
import "../setup/i18n";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { bannerRoot } from "../../src/content/banner/banner";
import type { MailClient, ReplyResult } from "../../src/content/host";
import { type BackgroundLine, createRejectionFlow } from "../../src/content/rejection-flow";
import type { Verdict } from "../../src/core/detect/types";
import type { OpenedEmail } from "../../src/core/email";
import type {
  InterviewSummary,
  Message,
  MessageType,
  RejectionState,
  Reply,
} from "../../src/messages";
import { missingMessages } from "../setup/i18n";
import { userChoose, userClick } from "../setup/user-event";

const LUMEN: InterviewSummary = {
  id: 4,
  company: "Lumen Analytics",
  role: "Senior Product Analyst",
  date: "2026-10-15",
};

function email(messageId: string, overrides: Partial<OpenedEmail> = {}): OpenedEmail {
  return {
    host: "gmail",
    messageId,
    threadId: `thread-${messageId}`,
    subject: "Interview: Senior Product Analyst at Lumen Analytics",
    from: { name: "Maya Okafor", address: "maya.okafor@lumen-analytics.example" },
    body: "Hi Jordan,\n\nThank you for interviewing for the Senior Product Analyst role at Lumen Analytics. After careful consideration, we have decided not to move forward with your application.\n\nBest wishes,\nMaya",
    ...overrides,
  };
}

const REJECTION: Verdict = {
  verdict: "rejection",
  confidence: 0.95,
  kind: "rejection_after_interview",
  language: "en",
  reasons: [
    {
      phrase: "not to move forward",
      field: "body",
      start: 0,
      end: 0,
      signal: "rejection",
      weight: 4,
    },
    { phrase: "next round", field: "body", start: 0, end: 0, signal: "progress", weight: -5 },
  ],
};
const NOT_REJECTION: Verdict = {
  ...REJECTION,
  verdict: "not_rejection",
  kind: "offer",
  reasons: [],
};

function rejectionState(overrides: Partial<RejectionState> = {}): RejectionState {
  return {
    company: "Lumen Analytics",
    role: "Senior Product Analyst",
    dismissed: false,
    interview: LUMEN,
    candidates: [],
    feedbackRequestedAt: null,
    outcomeLogged: false,
    ...overrides,
  };
}

type Answer = {
  [K in MessageType]?: (message: Message<K>) => Promise<Reply<K> | null> | Reply<K> | null;
};

/** A background that answers from `answers`, records what it was asked, and can be lost. */
function fakeBackground(answers: Answer = {}) {
  const sent: Message[] = [];
  const line = {
    lost: false,
    sent,
    answers,
    async request<K extends MessageType>(message: Message<K>): Promise<Reply<K> | null> {
      sent.push(message as Message);
      if (line.lost) return null;
      const answer = line.answers[message.type] as
        | ((message: Message<K>) => Promise<Reply<K> | null> | Reply<K> | null)
        | undefined;
      return answer ? await answer(message) : null;
    },
  };
  return line;
}

const defaultAnswers = (): Answer => ({
  rejectionOpened: () => rejectionState(),
  draftFeedbackRequest: () => ({
    text: "Hi Maya,\n\nThank you for letting me know.",
    language: "en",
  }),
  feedbackRequestDrafted: () =>
    rejectionState({ feedbackRequestedAt: "2026-10-23T09:30:00.000Z", outcomeLogged: true }),
  logRejection: () => rejectionState({ outcomeLogged: true }),
  notARejection: () => rejectionState({ dismissed: true }),
  chooseInterview: () => rejectionState(),
  createInterviewFromRejection: () => rejectionState(),
});

/** A page with one message element per id, and a client whose banner spot is that element. */
function fakeClient(replyResult: ReplyResult = { ok: true }) {
  const spots = vi.fn((doc: Document, messageId: string) =>
    doc.querySelector(`[data-test-message="${messageId}"]`),
  );
  const replyWith = vi.fn(
    async (_doc: Document, _id: string, _text: string, _signal: AbortSignal) => replyResult,
  );
  const client: MailClient = {
    host: "gmail",
    findOpenMessage: () => ({ kind: "none" }),
    bannerSpot: spots,
    replyWith,
  };
  return { client, spots, replyWith };
}

function showMessage(messageId: string): HTMLElement {
  const list =
    document.querySelector("#list") ?? document.body.appendChild(document.createElement("div"));
  list.id = "list";
  const item = document.createElement("div");
  item.className = "item";
  const message = document.createElement("div");
  message.setAttribute("data-test-message", messageId);
  message.textContent = `message ${messageId}`;
  item.append(message);
  list.append(item);
  return message;
}

function banners(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>("[data-debrief=banner]")];
}

/** The inside of the banner on show, as the content script sees it (the page cannot). */
function shadow(): ShadowRoot | null {
  const host = banners()[0];
  return host ? bannerRoot(host) : null;
}

function bannerButton(name: string): HTMLButtonElement {
  const root = shadow();
  const found = [...(root?.querySelectorAll("button") ?? [])].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Presses "Mark as rejected, without replying", opening More first as a user would. */
function markAsRejected(): void {
  const more = bannerButton("More");
  if (more.getAttribute("aria-expanded") !== "true") userClick(more);
  userClick(bannerButton("Mark as rejected, without replying"));
}

function bannerStatus(): string {
  return shadow()?.querySelector("[role=status]")?.textContent ?? "";
}

/** Lets the page's pending work run: the banner, then (a task later) the background's answer. */
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function setup(
  options: {
    answers?: Answer;
    verdicts?: Record<string, Verdict>;
    reply?: ReplyResult;
    minConfidence?: number;
    dismissed?: string[];
  } = {},
) {
  const background = fakeBackground({ ...defaultAnswers(), ...options.answers });
  const { client, spots, replyWith } = fakeClient(options.reply);
  const lines: string[] = [];
  const detect = vi.fn(
    async (opened: OpenedEmail) => options.verdicts?.[opened.messageId] ?? REJECTION,
  );
  const flow = createRejectionFlow({
    client,
    background: background as BackgroundLine,
    detect,
    doc: document,
    log: (line) => lines.push(line),
    ...(options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence }),
    ...(options.dismissed ? { dismissed: options.dismissed } : {}),
  });
  return { flow, background, spots, replyWith, lines, detect };
}

beforeEach(() => missingMessages.clear());
afterEach(() => {
  document.body.replaceChildren();
  expect([...missingMessages]).toEqual([]);
});

describe("when an email is opened", () => {
  it("shows nothing for an email that is not a rejection, and only tells the background it is open", async () => {
    showMessage("m1");
    const { flow, background } = setup({ verdicts: { m1: NOT_REJECTION } });
    flow.opened(email("m1"));
    await settle();
    expect(banners()).toEqual([]);
    expect(background.sent).toEqual([{ type: "emailOpened", email: email("m1") }]);
  });

  it("tells the background of a rejection, with its text, and shows the banner just above the message", async () => {
    const message = showMessage("m1");
    const { flow, background } = setup();
    flow.opened(email("m1"));
    await settle();
    expect(background.sent).toHaveLength(1);
    // The email and its language, nothing more: the background reads who it is from itself.
    expect(background.sent[0]).toEqual({
      type: "rejectionOpened",
      rejection: { email: email("m1"), language: "en" },
    });
    expect(banners()).toHaveLength(1);
    expect(banners()[0]?.nextElementSibling).toBe(message);
  });

  it("shows nothing for a message the user said is not a rejection", async () => {
    showMessage("m1");
    const { flow } = setup({
      answers: { rejectionOpened: () => rejectionState({ dismissed: true }) },
    });
    flow.opened(email("m1"));
    await settle();
    expect(banners()).toEqual([]);
  });

  it("shows nothing, logs one line and throws nothing when it cannot tell where the message is", async () => {
    const { flow, lines } = setup();
    flow.opened(email("m1"));
    await settle();
    flow.check();
    flow.opened(email("m2"));
    await settle();
    expect(banners()).toEqual([]);
    expect(lines).toEqual([expect.stringContaining("Debrief stays out of the way")]);
  });

  it("lists only the phrases that weighed towards a rejection under Why?", async () => {
    showMessage("m1");
    const { flow } = setup();
    flow.opened(email("m1"));
    await settle();
    userClick(bannerButton("More"));
    const quotes = [...(shadow()?.querySelectorAll("q") ?? [])];
    expect(quotes.map((quote) => quote.textContent)).toEqual(["not to move forward"]);
  });
});

describe("before the background answers", () => {
  /** A `rejectionOpened` answer the test gives when it likes. */
  function heldAnswer() {
    let give: (state: RejectionState | null) => void = () => {};
    const answer = new Promise<RejectionState | null>((resolve) => {
      give = resolve;
    });
    return { answer, give: (state: RejectionState | null) => give(state) };
  }
  const headlineText = () => shadow()?.querySelector(".headline")?.textContent;
  const interviewLineText = () => {
    const detail = shadow()?.querySelector<HTMLElement>(".detail");
    return detail && !detail.hidden ? detail.textContent : "";
  };

  it("the banner is already up, in the page's own words, and fills in when the answer comes", async () => {
    const message = showMessage("m1");
    const held = heldAnswer();
    const { flow, background } = setup({ answers: { rejectionOpened: () => held.answer } });
    flow.opened(email("m1"));
    await settle();
    expect(banners()).toHaveLength(1);
    expect(banners()[0]?.nextElementSibling).toBe(message);
    expect(headlineText()).toBe("This looks like a rejection");
    // Its line for the interview is kept, blank, so the message below does not move again.
    expect(shadow()?.querySelector<HTMLElement>(".details")?.hidden).toBe(false);
    expect(interviewLineText()).toBe("");
    expect(shadow()?.querySelector(".bar")?.getAttribute("aria-busy")).toBe("true");
    expect(background.sent.map((sent) => sent.type)).toEqual(["rejectionOpened"]);
    const before = banners()[0];
    held.give(rejectionState());
    await settle();
    expect(banners()).toEqual([before]);
    expect(headlineText()).toBe("This looks like a rejection from Lumen Analytics");
    expect(interviewLineText()).toMatch(/Senior Product Analyst/);
    expect(shadow()?.querySelector(".bar")?.getAttribute("aria-busy")).toBe("false");
  });

  it("a press waits for the answer, then acts on the interview it names", async () => {
    showMessage("m1");
    const held = heldAnswer();
    const { flow, background } = setup({ answers: { rejectionOpened: () => held.answer } });
    flow.opened(email("m1"));
    await settle();
    markAsRejected();
    await settle();
    expect(background.sent.map((sent) => sent.type)).toEqual(["rejectionOpened"]);
    held.give(rejectionState());
    await settle();
    expect(background.sent[1]).toMatchObject({ type: "logRejection", interviewId: 4 });
    expect(shadow()?.textContent).toContain("Marked as rejected");
  });

  it("the banner goes when the answer says the user dismissed it elsewhere, and stays gone", async () => {
    showMessage("m1");
    const { flow, detect } = setup({
      answers: { rejectionOpened: () => rejectionState({ dismissed: true }) },
    });
    flow.opened(email("m1"));
    await settle();
    expect(banners()).toEqual([]);
    flow.closed();
    flow.opened(email("m1"));
    await settle();
    expect(banners()).toEqual([]);
    expect(detect).toHaveBeenCalledTimes(1);
  });

  it("a message dismissed before the page loaded never gets a banner, not even for a moment", async () => {
    showMessage("m1");
    const { flow, background, detect } = setup({ dismissed: ["m1"] });
    const seen: number[] = [];
    const watch = new MutationObserver(() => seen.push(banners().length));
    watch.observe(document.body, { childList: true, subtree: true });
    flow.opened(email("m1"));
    await settle();
    watch.disconnect();
    expect(seen.filter((count) => count > 0)).toEqual([]);
    expect(detect).not.toHaveBeenCalled();
    expect(background.sent).toEqual([{ type: "emailOpened", email: email("m1") }]);
  });

  it("the same message read again with more of its body keeps its banner and its one answer", async () => {
    showMessage("m1");
    showMessage("m2");
    const { flow, background } = setup({
      verdicts: { m2: NOT_REJECTION },
    });
    flow.opened(email("m1", { body: "Unfortunately" }));
    await settle();
    const first = banners()[0];
    flow.opened(email("m1"));
    await settle();
    expect(banners()).toEqual([first]);
    expect(background.sent.map((sent) => sent.type)).toEqual(["rejectionOpened"]);
    markAsRejected();
    await settle();
    // The action carries the fuller reading.
    expect(background.sent[1]).toMatchObject({
      type: "logRejection",
      rejection: { email: email("m1") },
    });
  });

  it("a message read again that no longer reads as a rejection loses its banner", async () => {
    showMessage("m1");
    let verdict = REJECTION;
    const { flow, detect } = setup();
    detect.mockImplementation(async () => verdict);
    flow.opened(email("m1", { body: "Unfortunately" }));
    await settle();
    expect(banners()).toHaveLength(1);
    verdict = NOT_REJECTION;
    flow.opened(email("m1", { body: "Unfortunately the venue is booked; we meet on Friday." }));
    await settle();
    expect(banners()).toEqual([]);
  });
});

describe("when the user moves between emails", () => {
  it("never shows two banners and never a stale one", async () => {
    showMessage("m1");
    const m2 = showMessage("m2");
    const { flow } = setup();
    flow.opened(email("m1"));
    await settle();
    expect(banners()).toHaveLength(1);
    flow.opened(email("m2"));
    // The previous email's banner goes at once, before the new one is even classified.
    expect(banners()).toEqual([]);
    await settle();
    expect(banners()).toHaveLength(1);
    expect(banners()[0]?.nextElementSibling).toBe(m2);
  });

  it("tells the background nothing of a rejection the user left before it was sent", async () => {
    showMessage("m1");
    showMessage("m2");
    const { flow, background } = setup({ verdicts: { m2: NOT_REJECTION } });
    flow.opened(email("m1"));
    // The banner is up, and the message to the background waits for the next task.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(banners()).toHaveLength(1);
    flow.opened(email("m2"));
    await settle();
    // Only the email on screen: m1's news would otherwise arrive after m2's and stand for it.
    expect(background.sent).toEqual([{ type: "emailOpened", email: email("m2") }]);
    expect(banners()).toEqual([]);
  });

  it("drops an answer that arrives for an email the user has already left", async () => {
    showMessage("m1");
    const m2 = showMessage("m2");
    let answerFirst: (state: RejectionState) => void = () => {};
    const { flow } = setup({
      answers: {
        rejectionOpened: (message) =>
          message.rejection.email.messageId === "m1"
            ? new Promise<RejectionState>((resolve) => {
                answerFirst = resolve;
              })
            : rejectionState(),
      },
    });
    flow.opened(email("m1"));
    await settle();
    flow.opened(email("m2"));
    await settle();
    answerFirst(rejectionState());
    await settle();
    expect(banners()).toHaveLength(1);
    expect(banners()[0]?.nextElementSibling).toBe(m2);
  });

  it("removes the banner at once when the email closes or a non-rejection opens", async () => {
    showMessage("m1");
    showMessage("m3");
    const { flow } = setup({ verdicts: { m3: NOT_REJECTION } });
    flow.opened(email("m1"));
    await settle();
    flow.closed();
    expect(banners()).toEqual([]);
    flow.opened(email("m1"));
    await settle();
    flow.opened(email("m3"));
    await settle();
    expect(banners()).toEqual([]);
  });

  it("removes a banner an earlier copy of the script left behind", async () => {
    showMessage("m1");
    const leftover = document.createElement("div");
    leftover.setAttribute("data-debrief", "banner");
    document.body.prepend(leftover);
    const { flow } = setup();
    flow.opened(email("m1"));
    await settle();
    expect(banners()).toHaveLength(1);
    expect(leftover.isConnected).toBe(false);
  });
});

describe("when the client re-renders", () => {
  it("puts the same banner back above the message, status and all, and only looks when it is gone", async () => {
    showMessage("m1");
    const { flow, spots } = setup();
    flow.opened(email("m1"));
    await settle();
    const banner = banners()[0] as HTMLElement;
    markAsRejected();
    await settle();
    const lookups = spots.mock.calls.length;
    for (let i = 0; i < 100; i++) flow.check();
    expect(spots.mock.calls.length).toBe(lookups);

    // The client redraws the conversation: new message nodes, the banner dropped with the old ones.
    document.body.replaceChildren();
    const redrawn = showMessage("m1");
    flow.check();
    expect(banners()).toEqual([banner]);
    expect(banner.nextElementSibling).toBe(redrawn);
    expect(bannerStatus()).toBe("Marked as rejected.");
  });

  it("waits while the message is not in the page, then puts the banner back", async () => {
    showMessage("m1");
    const { flow } = setup();
    flow.opened(email("m1"));
    await settle();
    document.body.replaceChildren();
    flow.check();
    expect(banners()).toEqual([]);
    showMessage("m1");
    flow.check();
    expect(banners()).toHaveLength(1);
  });
});

describe("Ask for feedback", () => {
  it("types the drafted request into the reply, then records it and says so", async () => {
    showMessage("m1");
    const { flow, background, replyWith } = setup();
    flow.opened(email("m1"));
    await settle();
    userClick(bannerButton("Ask for feedback"));
    await settle();
    expect(background.sent.map((message) => message.type)).toEqual([
      "rejectionOpened",
      "draftFeedbackRequest",
      "feedbackRequestDrafted",
    ]);
    expect(background.sent[1]).toMatchObject({ interviewId: 4 });
    expect(replyWith).toHaveBeenCalledWith(
      document,
      "m1",
      "Hi Maya,\n\nThank you for letting me know.",
      expect.any(AbortSignal),
    );
    expect(bannerStatus()).toBe("Feedback request added to your reply. Read it, then press Send.");
    expect(() => bannerButton("Ask again")).not.toThrow();
  });

  it("says plainly when the reply could not be written, and records nothing", async () => {
    showMessage("m1");
    const { flow, background } = setup({ reply: { ok: false, reason: "no-editor" } });
    flow.opened(email("m1"));
    await settle();
    userClick(bannerButton("Ask for feedback"));
    await settle();
    expect(background.sent.map((message) => message.type)).not.toContain("feedbackRequestDrafted");
    expect(bannerStatus()).toBe("The reply box did not open, so nothing was written or recorded.");
    expect(() => bannerButton("Ask for feedback")).not.toThrow();
  });

  it("asks the user to check the reply, not to try again, when only part of it went in", async () => {
    showMessage("m1");
    const { flow, background } = setup({ reply: { ok: false, reason: "partly-inserted" } });
    flow.opened(email("m1"));
    await settle();
    userClick(bannerButton("Ask for feedback"));
    await settle();
    expect(background.sent.map((message) => message.type)).not.toContain("feedbackRequestDrafted");
    expect(bannerStatus()).toBe(
      "Only part of the request went into your reply. Check it before you send; nothing was recorded.",
    );
  });

  it("stops typing when the user leaves the email", async () => {
    showMessage("m1");
    const { flow, replyWith, background } = setup();
    let signal: AbortSignal | undefined;
    replyWith.mockImplementation(
      (_doc, _id, _text, given) =>
        new Promise<ReplyResult>((resolve) => {
          signal = given;
          given.addEventListener("abort", () => resolve({ ok: false, reason: "aborted" }));
        }),
    );
    flow.opened(email("m1"));
    await settle();
    userClick(bannerButton("Ask for feedback"));
    await settle();
    flow.closed();
    await settle();
    expect(signal?.aborted).toBe(true);
    expect(background.sent.map((message) => message.type)).not.toContain("feedbackRequestDrafted");
  });
});

describe("the other controls", () => {
  it("Log outcome records the rejection for the interview", async () => {
    showMessage("m1");
    const { flow, background } = setup();
    flow.opened(email("m1"));
    await settle();
    markAsRejected();
    await settle();
    expect(background.sent[1]).toMatchObject({ type: "logRejection", interviewId: 4 });
    expect(shadow()?.textContent).toContain("Marked as rejected");
  });

  it("Not a rejection removes the banner for good, even when the email is opened again", async () => {
    showMessage("m1");
    const { flow, background, detect } = setup();
    flow.opened(email("m1"));
    await settle();
    userClick(bannerButton("Not a rejection"));
    await settle();
    expect(background.sent[1]).toMatchObject({ type: "notARejection" });
    expect(banners()).toEqual([]);
    flow.closed();
    flow.opened(email("m1"));
    await settle();
    flow.check();
    expect(banners()).toEqual([]);
    expect(detect).toHaveBeenCalledTimes(1);
  });

  it("picking an interview links it", async () => {
    showMessage("m1");
    const other = { ...LUMEN, id: 8, role: "Data Analyst" };
    const { flow, background } = setup({
      answers: {
        rejectionOpened: () => rejectionState({ interview: null, candidates: [LUMEN, other] }),
        chooseInterview: (message) =>
          rejectionState({ interview: message.interviewId === 8 ? other : LUMEN }),
      },
    });
    flow.opened(email("m1"));
    await settle();
    const select = shadow()?.querySelector("select") as HTMLSelectElement;
    userChoose(select, "8");
    await settle();
    expect(background.sent[1]).toMatchObject({ type: "chooseInterview", interviewId: 8 });
    expect(shadow()?.textContent).toContain("Data Analyst");
    expect(bannerStatus()).toBe("Linked to this interview.");
  });

  it("creating the interview from the email asks the background to", async () => {
    showMessage("m1");
    const { flow, background } = setup({
      answers: { rejectionOpened: () => rejectionState({ interview: null }) },
    });
    flow.opened(email("m1"));
    await settle();
    userClick(bannerButton("Add to your interviews"));
    await settle();
    expect(background.sent[1]).toMatchObject({ type: "createInterviewFromRejection" });
    expect(shadow()?.textContent).toContain("Your interview on");
  });
});

describe("when the background refuses a request", () => {
  it("the banner says it could not, and stays usable", async () => {
    showMessage("m1");
    const { flow } = setup({ answers: { logRejection: () => null } });
    flow.opened(email("m1"));
    await settle();
    markAsRejected();
    await settle();
    expect(bannerStatus()).toBe("Debrief could not do that just now. Try again.");
    expect(bannerButton("Mark as rejected, without replying").getAttribute("aria-disabled")).toBe(
      "false",
    );
  });
});

describe("when the extension is reloaded under the tab", () => {
  it("the banner says to reload the tab when a press finds the background gone", async () => {
    showMessage("m1");
    const { flow, background, replyWith } = setup();
    flow.opened(email("m1"));
    await settle();
    background.lost = true;
    userClick(bannerButton("Ask for feedback"));
    await settle();
    expect(bannerStatus()).toBe("Debrief was updated. Reload this tab to use it again.");
    expect(replyWith).not.toHaveBeenCalled();
    expect(bannerButton("Mark as rejected, without replying").getAttribute("aria-disabled")).toBe(
      "true",
    );
  });

  it("the banner on screen says to reload the tab when the script is stopped, and nothing more happens", async () => {
    showMessage("m1");
    showMessage("m2");
    const { flow, background } = setup();
    flow.opened(email("m1"));
    await settle();
    flow.orphan();
    expect(bannerStatus()).toBe("Debrief was updated. Reload this tab to use it again.");
    flow.opened(email("m2"));
    await settle();
    expect(background.sent).toHaveLength(1);
  });

  it("says to reload the tab when the background cannot be reached to begin with", async () => {
    showMessage("m1");
    const { flow, background } = setup();
    background.lost = true;
    flow.opened(email("m1"));
    await settle();
    expect(banners()).toHaveLength(1);
    expect(bannerStatus()).toBe("Debrief was updated. Reload this tab to use it again.");
    expect(bannerButton("Mark as rejected, without replying").getAttribute("aria-disabled")).toBe(
      "true",
    );
  });

  it("keeps the banner when the background fails to answer once, and a press asks again", async () => {
    showMessage("m1");
    let answers = 0;
    const { flow, background } = setup({
      answers: { rejectionOpened: () => (++answers === 1 ? null : rejectionState()) },
    });
    flow.opened(email("m1"));
    await settle();
    expect(banners()).toHaveLength(1);
    expect(bannerStatus()).toBe("");
    markAsRejected();
    await settle();
    expect(background.sent.map((sent) => sent.type)).toEqual([
      "rejectionOpened",
      "rejectionOpened",
      "logRejection",
    ]);
    expect(shadow()?.textContent).toContain("Marked as rejected");
  });

  it("says it could not when the background still cannot answer at the press", async () => {
    showMessage("m1");
    const { flow, background } = setup({ answers: { rejectionOpened: () => null } });
    flow.opened(email("m1"));
    await settle();
    markAsRejected();
    await settle();
    expect(background.sent.map((sent) => sent.type)).toEqual([
      "rejectionOpened",
      "rejectionOpened",
    ]);
    expect(bannerStatus()).toBe("Debrief could not do that just now. Try again.");
  });
});

describe("how sure the detector must be (the user's setting)", () => {
  const at = (confidence: number): Verdict => ({ ...REJECTION, confidence });

  it("shows the banner from 0.5 by default, and nothing below it", async () => {
    showMessage("sure");
    showMessage("unsure");
    const { flow, background } = setup({ verdicts: { sure: at(0.5), unsure: at(0.49) } });
    flow.opened(email("unsure"));
    await settle();
    expect(banners()).toEqual([]);
    expect(background.sent.map((message) => message.type)).toEqual(["emailOpened"]);
    flow.opened(email("sure"));
    await settle();
    expect(banners()).toHaveLength(1);
  });

  it("shows no banner for a rejection less sure than the level asked for", async () => {
    showMessage("m1");
    const { flow, background } = setup({ verdicts: { m1: at(0.85) }, minConfidence: 0.9 });
    flow.opened(email("m1"));
    await settle();
    expect(banners()).toEqual([]);
    expect(background.sent.map((message) => message.type)).toEqual(["emailOpened"]);
  });

  it("shows the banner for a less sure rejection when the user asks for it", async () => {
    showMessage("m1");
    const { flow } = setup({ verdicts: { m1: at(0.55) }, minConfidence: 0.5 });
    flow.opened(email("m1"));
    await settle();
    expect(banners()).toHaveLength(1);
  });
});
