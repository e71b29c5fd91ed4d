import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { emptyDraft } from "../../src/core/interview-draft";
import { openDatabase } from "../../src/db/database";
import { addInterview, getInterview } from "../../src/db/interviews";
import { draftReminderMessage, reminderComposeAddress } from "../../src/db/reminder-messages";
import { composeHostFor, listDueReminders, recordReminderDone } from "../../src/db/reminders";
import { saveMailSites, saveMyName, saveOutlookOrigin, saveSwitch } from "../../src/db/settings";
import { saveTemplate } from "../../src/db/templates";

function freshDatabase() {
  return openDatabase({ name: `test-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

const on = (day: string) => new Date(`${day}T12:00:00`);

async function withInterview(threads: { host: "gmail" | "outlook"; threadId: string }[] = []) {
  const db = freshDatabase();
  const id = await addInterview(
    db,
    {
      ...emptyDraft(),
      company: "Lumen Analytics",
      role: "Data Analyst",
      date: "2026-11-10",
      time: "10:00",
      interviewers: [
        { name: "", email: "talent@lumen.example", title: "" },
        { name: "Maya Chen", email: "maya.chen@lumen.example", title: "Lead" },
      ],
    },
    on("2026-11-09"),
    threads,
  );
  const interview = await getInterview(db, id);
  if (!interview) throw new Error("not saved");
  return { db, id, interview };
}

describe("listDueReminders", () => {
  it("lists the thank-you note due after an interview, with the interview", async () => {
    const { db, id } = await withInterview();
    const due = await listDueReminders(db, on("2026-11-11"));
    expect(due).toHaveLength(1);
    expect(due[0]?.kind).toBe("thank_you");
    expect(due[0]?.interview.id).toBe(id);
    expect(due[0]?.interview.company).toBe("Lumen Analytics");
  });

  it("lists nothing once the reminder is done, drafted or marked", async () => {
    const { db, id } = await withInterview();
    await recordReminderDone(
      db,
      { interviewId: id, kind: "thank_you" },
      { host: "gmail", markedDone: true },
      on("2026-11-10"),
    );
    expect(await listDueReminders(db, on("2026-11-11"))).toEqual([]);
    const [followUp] = await db.followUps.toArray();
    expect(followUp).toMatchObject({ kind: "thank_you", markedDone: true, messageId: "" });
  });

  it("offers no check-in once a later round with the company is booked, even ahead", async () => {
    const { db } = await withInterview();
    expect((await listDueReminders(db, on("2026-11-18"))).map((due) => due.kind)).toEqual([
      "check_in",
    ]);
    await addInterview(db, { ...emptyDraft(), company: "Lumen Analytics", date: "2026-11-25" });
    expect(await listDueReminders(db, on("2026-11-18"))).toEqual([]);
  });

  it("lists nothing when the user turned reminders off", async () => {
    const { db } = await withInterview();
    await saveSwitch(db, "reminders", false);
    expect(await listDueReminders(db, on("2026-11-11"))).toEqual([]);
    await saveSwitch(db, "reminders", true);
    expect(await listDueReminders(db, on("2026-11-11"))).toHaveLength(1);
  });
});

describe("draftReminderMessage", () => {
  it("writes the built-in thank-you note to the interviewer with a name, signed by the user", async () => {
    const { db, interview } = await withInterview();
    await saveMyName(db, "Ana Souza");
    const draft = await draftReminderMessage(db, interview, "thank_you", "en", on("2026-11-11"));
    expect(draft.to).toBe("maya.chen@lumen.example");
    expect(draft.subject).toBe("Thank you for your time – Data Analyst");
    expect(draft.body).toMatch(/^Hi Maya,/);
    expect(draft.body).toContain("about the Data Analyst role at Lumen Analytics");
    expect(draft.body.trimEnd()).toMatch(/Ana Souza$/);
  });

  it("uses the user's own check-in template, in the language asked for", async () => {
    const { db, interview } = await withInterview();
    await saveTemplate(
      db,
      {
        kind: "check_in",
        language: "de",
        name: "Nachfrage",
        subject: "Kurze Nachfrage: {{role}}",
        body: "Hallo {{interviewer.firstName}}, gibt es Neuigkeiten?",
        builtinKey: "check_in.de",
      },
      { makeDefault: true },
    );
    const draft = await draftReminderMessage(db, interview, "check_in", "de", on("2026-11-18"));
    expect(draft.subject).toBe("Kurze Nachfrage: Data Analyst");
    expect(draft.body).toBe("Hallo Maya, gibt es Neuigkeiten?");
  });
});

describe("the language of a reminder's message", () => {
  it("is the user's own template's when they made it only in another language", async () => {
    const { db, interview } = await withInterview();
    const english = await draftReminderMessage(db, interview, "thank_you", "en", on("2026-11-11"));
    expect(english.subject).toBe("Thank you for your time – Data Analyst");
    await saveTemplate(
      db,
      {
        kind: "thank_you",
        language: "es",
        name: "Gracias",
        subject: "Gracias: {{role}}",
        body: "Hola {{interviewer.firstName}}, gracias por la entrevista del {{interviewDate}}.",
        builtinKey: "thank_you.es",
      },
      { makeDefault: true },
    );
    const spanish = await draftReminderMessage(db, interview, "thank_you", "en", on("2026-11-11"));
    expect(spanish.subject).toBe("Gracias: Data Analyst");
    expect(spanish.body).toBe("Hola Maya, gracias por la entrevista del 10 de noviembre.");
    // A check-in the user never changed stays in the interface's language.
    const checkIn = await draftReminderMessage(db, interview, "check_in", "en", on("2026-11-18"));
    expect(checkIn.subject).toBe("Following up on my interview for the Data Analyst role");
  });
});

describe("where a reminder's message opens", () => {
  it("in the mail client the interview's emails were read in, while Debrief runs there", async () => {
    const { interview } = await withInterview([{ host: "outlook", threadId: "t1" }]);
    expect(composeHostFor(interview, { gmail: true, outlook: true })).toBe("outlook");
    expect(composeHostFor(interview, { gmail: true, outlook: false })).toBe("gmail");
  });

  it("in Gmail by default, in Outlook when Gmail is turned off", async () => {
    const { interview } = await withInterview();
    expect(composeHostFor(interview, { gmail: true, outlook: true })).toBe("gmail");
    expect(composeHostFor(interview, { gmail: false, outlook: true })).toBe("outlook");
  });

  it("in the Outlook the user was last seen in", async () => {
    const { db, interview } = await withInterview();
    await saveMailSites(db, { gmail: false, outlook: true });
    await saveOutlookOrigin(db, "https://outlook.office.com");
    const { host, address } = await reminderComposeAddress(
      db,
      interview,
      "thank_you",
      "en",
      on("2026-11-11"),
    );
    expect(host).toBe("outlook");
    expect(address).toMatch(/^https:\/\/outlook\.office\.com\/mail\/deeplink\/compose\?to=maya/);
  });
});
