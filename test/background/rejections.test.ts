import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createHandlers, dispatch, type Handlers, senderOf } from "../../src/background/handlers";
import type { SessionArea } from "../../src/background/open-emails";
import { InvalidMessageError } from "../../src/background/validate";
import { emptyDraft, type InterviewDraft } from "../../src/core/interview-draft";
import { openDatabase } from "../../src/db/database";
import { addInterview } from "../../src/db/interviews";
import { saveMyName } from "../../src/db/settings";
import type { Message, OpenedRejection } from "../../src/messages";

const session: SessionArea = {
  get: async () => ({}),
  set: async () => undefined,
  remove: async () => undefined,
};

// 26 November 2026, 10:00 in the test's own time zone; each call a second later.
function setup() {
  const db = openDatabase({
    name: `test-${Math.random()}`,
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  let tick = 0;
  const handlers = createHandlers({
    db,
    session,
    now: () => new Date(2026, 10, 26, 10, 0, tick++),
  });
  return { db, handlers };
}

const sender = senderOf(
  { tab: { id: 3 }, url: "https://mail.google.com/mail/u/0/" },
  "chrome-extension://debrief/",
);

function rejection(
  fields: Partial<OpenedRejection> = {},
  email: Partial<OpenedRejection["email"]> = {},
): OpenedRejection {
  return {
    email: {
      host: "gmail",
      messageId: "msg-f:100",
      threadId: "thread-100",
      subject: "Your application for Data Analyst at Lumen",
      from: { name: "Priya Raman", address: "priya.raman@lumen.example" },
      body: "Unfortunately we will not be moving forward.\n\nBest,\nPriya",
      ...email,
    },
    language: "en",
    ...fields,
  };
}

async function interview(
  db: ReturnType<typeof setup>["db"],
  fields: Partial<InterviewDraft> = {},
): Promise<number> {
  return addInterview(db, {
    ...emptyDraft(),
    company: "Lumen",
    role: "Data Analyst",
    date: "2026-11-10",
    interviewers: [{ name: "Priya Raman", email: "priya.raman@lumen.example", title: "" }],
    ...fields,
  });
}

const opened = (handlers: Handlers, r = rejection()) =>
  handlers.rejectionOpened({ type: "rejectionOpened", rejection: r }, sender);

async function everything(db: ReturnType<typeof setup>["db"]) {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])),
  );
}

describe("a rejection opened in the mail client", () => {
  it("names no interview when none matches, and records the detector's verdict", async () => {
    const { db, handlers } = setup();
    expect(await opened(handlers)).toEqual({
      company: "Lumen",
      role: "Data Analyst",
      dismissed: false,
      interview: null,
      candidates: [],
      feedbackRequestedAt: null,
      outcomeLogged: false,
    });
    expect(await db.verdicts.get("gmail:msg-f:100")).toMatchObject({
      decision: "rejection",
      decidedBy: "detector",
      interviewId: null,
    });
  });

  it("names the interview its sender took part in", async () => {
    const { db, handlers } = setup();
    const id = await interview(db);
    const state = await opened(handlers);
    expect(state.interview).toEqual({
      id,
      company: "Lumen",
      role: "Data Analyst",
      date: "2026-11-10",
    });
    expect(state.candidates).toEqual([]);
    expect((await db.verdicts.get("gmail:msg-f:100"))?.interviewId).toBe(id);
  });

  it("offers the candidates when several match equally, and remembers the one the user picks", async () => {
    const { db, handlers } = setup();
    const older = await interview(db, { role: "Designer", date: "2026-10-01", interviewers: [] });
    const newer = await interview(db, { role: "Engineer", date: "2026-11-01", interviewers: [] });
    const r = rejection({}, { from: { name: "Lumen Talent", address: "no-reply@greenhouse.io" } });
    const state = await opened(handlers, r);
    expect(state.interview).toBeNull();
    expect(state.candidates.map((c) => c.id)).toEqual([newer, older]);

    const chosen = await handlers.chooseInterview(
      { type: "chooseInterview", rejection: r, interviewId: older },
      sender,
    );
    expect(chosen.interview?.id).toBe(older);
    expect((await db.interviews.get(older))?.threads).toEqual([
      { host: "gmail", threadId: "thread-100" },
    ]);
    expect((await db.interviews.get(older))?.status).toBe("active");
    // The conversation is linked now: the next message in it, and this one again, name the choice.
    expect((await opened(handlers, r)).interview?.id).toBe(older);
    const next = rejection({}, { messageId: "msg-f:101", from: r.email.from });
    expect((await opened(handlers, next)).interview?.id).toBe(older);
  });

  it("prefers a linked conversation to the sender's own interviews", async () => {
    const { db, handlers } = setup();
    await interview(db, { date: "2026-11-20" });
    const linked = await interview(db, { company: "Elsewhere", interviewers: [] });
    await db.interviews.update(linked, { threads: [{ host: "gmail", threadId: "thread-100" }] });
    expect((await opened(handlers)).interview?.id).toBe(linked);
  });

  it("stays dismissed once the user says it is not a rejection", async () => {
    const { db, handlers } = setup();
    await interview(db);
    await opened(handlers);
    const dismissed = await handlers.notARejection(
      { type: "notARejection", rejection: rejection() },
      sender,
    );
    expect(dismissed).toEqual({
      company: "",
      role: "",
      dismissed: true,
      interview: null,
      candidates: [],
      feedbackRequestedAt: null,
      outcomeLogged: false,
    });
    expect((await opened(handlers)).dismissed).toBe(true);
    expect((await opened(handlers)).dismissed).toBe(true);
    expect(await db.verdicts.get("gmail:msg-f:100")).toMatchObject({
      decision: "not_rejection",
      decidedBy: "user",
    });
    // Another message is another matter.
    expect((await opened(handlers, rejection({}, { messageId: "msg-f:2" }))).dismissed).toBe(false);
  });
});

describe("creating the interview from a rejection", () => {
  it("takes the company, role and sender from the email, dated today, and links the conversation", async () => {
    const { db, handlers } = setup();
    const state = await handlers.createInterviewFromRejection(
      { type: "createInterviewFromRejection", rejection: rejection() },
      sender,
    );
    expect(state.interview).toMatchObject({
      company: "Lumen",
      role: "Data Analyst",
      date: "2026-11-26",
    });
    const saved = await db.interviews.get(state.interview?.id ?? 0);
    expect(saved).toMatchObject({
      status: "active",
      threads: [{ host: "gmail", threadId: "thread-100" }],
      interviewers: [{ name: "Priya Raman", email: "priya.raman@lumen.example", title: "" }],
    });
    // Asked again (a double click): still one interview.
    await handlers.createInterviewFromRejection(
      { type: "createInterviewFromRejection", rejection: rejection() },
      sender,
    );
    expect(await db.interviews.count()).toBe(1);
  });

  it("makes no interviewer of a no-reply or hiring-platform address, and names the company from the domain", async () => {
    const { db, handlers } = setup();
    const fromPlatform = rejection(
      {},
      {
        subject: "Your application",
        from: { name: "Recruiting", address: "no-reply@lumen-analytics.example" },
      },
    );
    const state = await handlers.createInterviewFromRejection(
      { type: "createInterviewFromRejection", rejection: fromPlatform },
      sender,
    );
    expect(state.interview?.company).toBe("Lumen Analytics");
    expect((await db.interviews.get(state.interview?.id ?? 0))?.interviewers).toEqual([]);
  });
});

describe("the feedback request", () => {
  it("is written from the built-in template with the interview's details", async () => {
    const { db, handlers } = setup();
    const id = await interview(db);
    await saveMyName(db, "Alex Doe");
    const draft = await handlers.draftFeedbackRequest(
      { type: "draftFeedbackRequest", rejection: rejection(), interviewId: id },
      sender,
    );
    expect(draft.language).toBe("en");
    expect(draft.text).toMatch(/^Hi Priya,\n\nThank you/);
    expect(draft.text).toContain("on November 10 to talk about the Data Analyst role at Lumen.");
    expect(draft.text).toMatch(/Best regards,\nAlex Doe$/);
    expect(draft.text).not.toMatch(/\{\{|undefined| {2}/);
  });

  it("is in the email's language, and in English when Debrief has no template in it", async () => {
    const { db, handlers } = setup();
    const id = await interview(db);
    const ask = (language: OpenedRejection["language"]) =>
      handlers.draftFeedbackRequest(
        { type: "draftFeedbackRequest", rejection: rejection({ language }), interviewId: id },
        sender,
      );
    expect((await ask("es")).text).toMatch(/^Hola, Priya:\n[\s\S]*del 10 de noviembre/);
    expect((await ask("fr")).text).toMatch(/^Bonjour Priya,\n[\s\S]*du 10 novembre/);
    expect((await ask("de")).text).toMatch(/^Hallo Priya,\n[\s\S]*am 10\. November/);
    expect((await ask("pt")).text).toMatch(/^Olá Priya,\n[\s\S]*do dia 10 de novembro/);
    const dutch = await ask("nl");
    expect(dutch.language).toBe("en");
    expect(dutch.text).toMatch(/^Hi Priya,/);
  });

  it("uses the user's own default template for that language", async () => {
    const { db, handlers } = setup();
    const id = await interview(db);
    await db.templates.add({
      kind: "feedback_request",
      language: "nl",
      name: "Mijn verzoek",
      subject: "",
      body: "Hoi {{interviewer.firstName|daar}},\n\nBedankt voor het gesprek over {{role}}.",
      isDefault: 1,
      builtinKey: "",
      updatedAt: "2026-11-01T00:00:00.000Z",
    });
    const draft = await handlers.draftFeedbackRequest(
      { type: "draftFeedbackRequest", rejection: rejection({ language: "nl" }), interviewId: id },
      sender,
    );
    expect(draft).toEqual({
      text: "Hoi Priya,\n\nBedankt voor het gesprek over Data Analyst.",
      language: "nl",
    });
  });

  it("without an interview, greets the sender by the name they signed with, or no one", async () => {
    const { handlers } = setup();
    const ask = (r: OpenedRejection) =>
      handlers.draftFeedbackRequest(
        { type: "draftFeedbackRequest", rejection: r, interviewId: null },
        sender,
      );
    const signed = await ask(
      rejection(
        {},
        {
          subject: "Your application to Lumen",
          from: { name: "Maya Lind", address: "maya@lumen.example" },
          body: "Unfortunately we will not be moving forward.",
        },
      ),
    );
    expect(signed.text).toMatch(/^Hi Maya,\n/);
    expect(signed.text).toContain("to talk about the role at Lumen.");
    const unsigned = await ask(
      rejection(
        {},
        {
          from: { name: "Careers", address: "no-reply@greenhouse.io" },
          subject: "Update",
          body: "",
        },
      ),
    );
    expect(unsigned.text).toMatch(
      /^Hi there,\n\nThank you for letting me know, and for the time you gave me to talk about the role\./,
    );
  });

  it("greets the sender, not the first interviewer, when someone else wrote", async () => {
    const { db, handlers } = setup();
    const id = await interview(db, {
      interviewers: [
        { name: "Tomás Ortega", email: "tomas@lumen.example", title: "" },
        { name: "Raman, Priya", email: "priya.raman@lumen.example", title: "" },
      ],
    });
    const ask = (r: OpenedRejection) =>
      handlers.draftFeedbackRequest(
        { type: "draftFeedbackRequest", rejection: r, interviewId: id },
        sender,
      );
    const unsigned = "Unfortunately we will not be moving forward.";
    expect((await ask(rejection({}, { body: unsigned }))).text).toMatch(/^Hi Priya,/);
    const recruiter = rejection(
      {},
      { from: { name: "Maya Lind", address: "maya@lumen.example" }, body: unsigned },
    );
    expect((await ask(recruiter)).text).toMatch(/^Hi Maya,/);
    const noReply = rejection(
      {},
      { from: { name: "Lumen", address: "no-reply@lumen.example" }, body: unsigned },
    );
    expect((await ask(noReply)).text).toMatch(/^Hi Tomás,/);
  });

  it("once drafted, marks the interview rejected and says when it was asked", async () => {
    const { db, handlers } = setup();
    const id = await interview(db);
    const state = await handlers.feedbackRequestDrafted(
      { type: "feedbackRequestDrafted", rejection: rejection(), interviewId: id },
      sender,
    );
    const saved = await db.interviews.get(id);
    expect(saved?.status).toBe("rejected");
    expect(state.outcomeLogged).toBe(true);
    expect(state.feedbackRequestedAt).toBe(saved?.updatedAt);
    expect(state.feedbackRequestedAt).not.toBeNull();
    expect(await db.followUps.toArray()).toEqual([
      {
        id: 1,
        interviewId: id,
        kind: "feedback_request",
        host: "gmail",
        messageId: "msg-f:100",
        draftedAt: state.feedbackRequestedAt,
      },
    ]);
    expect(saved?.threads).toEqual([{ host: "gmail", threadId: "thread-100" }]);
    // Opened again later, the banner knows.
    const again = await opened(handlers);
    expect(again).toMatchObject({
      interview: { id },
      feedbackRequestedAt: state.feedbackRequestedAt,
      outcomeLogged: true,
    });
    expect((await db.verdicts.get("gmail:msg-f:100"))?.decidedBy).toBe("user");
  });

  it("drafted without an interview, is remembered with the message, and taken over by the interview created next", async () => {
    const { db, handlers } = setup();
    const r = rejection();
    const state = await handlers.feedbackRequestDrafted(
      { type: "feedbackRequestDrafted", rejection: r, interviewId: null },
      sender,
    );
    expect(state.interview).toBeNull();
    expect(state.feedbackRequestedAt).not.toBeNull();
    expect(await db.followUps.count()).toBe(0);
    expect((await opened(handlers, r)).feedbackRequestedAt).toBe(state.feedbackRequestedAt);

    const created = await handlers.createInterviewFromRejection(
      { type: "createInterviewFromRejection", rejection: r },
      sender,
    );
    expect(created.feedbackRequestedAt).toBe(state.feedbackRequestedAt);
    expect(created.outcomeLogged).toBe(true);
    expect((await db.interviews.get(created.interview?.id ?? 0))?.status).toBe("rejected");
    expect(await db.followUps.count()).toBe(1);
  });
});

describe("logging the outcome", () => {
  it("marks the interview rejected without drafting anything", async () => {
    const { db, handlers } = setup();
    const id = await interview(db);
    const state = await handlers.logRejection(
      { type: "logRejection", rejection: rejection(), interviewId: id },
      sender,
    );
    expect(state).toMatchObject({
      interview: { id },
      outcomeLogged: true,
      feedbackRequestedAt: null,
    });
    expect((await db.interviews.get(id))?.status).toBe("rejected");
    expect(await db.followUps.count()).toBe(0);
  });
});

describe("a malformed message", () => {
  const bad: [string, unknown][] = [
    ["no rejection", { type: "rejectionOpened" }],
    ["a rejection that is text", { type: "notARejection", rejection: "hello" }],
    [
      "an unknown host",
      { type: "notARejection", rejection: rejection({}, { host: "yahoo" as never }) },
    ],
    [
      "an empty message id",
      { type: "logRejection", rejection: rejection({}, { messageId: " " }), interviewId: null },
    ],
    [
      "a huge message id",
      { type: "notARejection", rejection: rejection({}, { messageId: "x".repeat(5000) }) },
    ],
    [
      "an unknown language",
      { type: "rejectionOpened", rejection: rejection({ language: "toString" as never }) },
    ],
    [
      "a subject that is not text",
      {
        type: "createInterviewFromRejection",
        rejection: rejection({}, { subject: 7 as never }),
      },
    ],
    [
      "a sender without an address",
      {
        type: "feedbackRequestDrafted",
        rejection: rejection({}, { from: { name: "A" } as never }),
        interviewId: 1,
      },
    ],
    [
      "an interview id that is text",
      { type: "feedbackRequestDrafted", rejection: rejection(), interviewId: "1" },
    ],
    [
      "a fractional interview id",
      { type: "chooseInterview", rejection: rejection(), interviewId: 1.5 },
    ],
    [
      "a missing interview id",
      { type: "chooseInterview", rejection: rejection(), interviewId: null },
    ],
    [
      "an interview that does not exist",
      { type: "chooseInterview", rejection: rejection(), interviewId: 999 },
    ],
    [
      "a drafted request for an interview that does not exist",
      { type: "feedbackRequestDrafted", rejection: rejection(), interviewId: 999 },
    ],
    [
      "an outcome for an interview that does not exist",
      { type: "logRejection", rejection: rejection(), interviewId: 999 },
    ],
    [
      "a draft for an interview that does not exist",
      { type: "draftFeedbackRequest", rejection: rejection(), interviewId: 999 },
    ],
  ];

  it.each(bad)("with %s is refused with a clear error, and writes nothing", async (_, message) => {
    const { db, handlers } = setup();
    await interview(db);
    const before = await everything(db);
    const reply = dispatch(handlers, message as Message, sender);
    await expect(reply).rejects.toBeInstanceOf(InvalidMessageError);
    await expect(reply).rejects.toThrow(/^Debrief: \w+: /);
    expect(await everything(db)).toEqual(before);
  });

  it("keeps nothing the page added to the rejection", async () => {
    const { db, handlers } = setup();
    const r = {
      ...rejection(),
      extra: "x",
      email: { ...rejection().email, __proto__: { evil: 1 } },
    };
    await handlers.createInterviewFromRejection(
      { type: "createInterviewFromRejection", rejection: r as OpenedRejection },
      sender,
    );
    const [saved] = await db.interviews.toArray();
    expect(saved).not.toHaveProperty("extra");
    expect(JSON.stringify(await everything(db))).not.toContain("evil");
  });
});

describe("what the email says of itself", () => {
  it("is read from the email in the background", async () => {
    const { handlers } = setup();
    const state = await opened(
      handlers,
      rejection(
        {},
        {
          subject: "Your application for Data Analyst at Lumen Analytics",
          from: { name: "Priya Raman", address: "priya.raman@lumen.example" },
          body: "Hi Jordan,\n\nThank you for applying for the Data Analyst role at Lumen Analytics. We have decided not to move forward.\n\nBest,\nPriya",
        },
      ),
    );
    expect(state).toMatchObject({ company: "Lumen Analytics", role: "Data Analyst" });
  });
});

describe("an interview made from a rejection", () => {
  const ask = async (r: OpenedRejection) => {
    const { db, handlers } = setup();
    const state = await handlers.createInterviewFromRejection(
      { type: "createInterviewFromRejection", rejection: r },
      sender,
    );
    const interviewId = state.interview?.id ?? null;
    const draft = await handlers.draftFeedbackRequest(
      { type: "draftFeedbackRequest", rejection: r, interviewId },
      sender,
    );
    return {
      stored: interviewId === null ? undefined : await db.interviews.get(interviewId),
      draft,
    };
  };

  it("takes the interview's date from the email when it names one", async () => {
    const { stored, draft } = await ask(
      rejection(
        {},
        {
          body: "Thank you for your interview with us on 3 November 2026. We have decided not to move forward.",
        },
      ),
    );
    expect(stored).toMatchObject({ date: "2026-11-03" });
    expect(stored?.dateUnknown).toBeUndefined();
    expect(draft.text).toContain("November 3");
  });

  it("leaves the date out of the reply when the email names none", async () => {
    const { stored, draft } = await ask(rejection());
    expect(stored).toMatchObject({ date: "2026-11-26", dateUnknown: true });
    expect(draft.text).not.toMatch(/November 26/);
  });
});
