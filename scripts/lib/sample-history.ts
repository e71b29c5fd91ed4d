// A long, varied interview history in Debrief's own export format, for tests and benchmarks at
// scale: every table, every kind of related record, text that needs care (quotes, commas, line
// breaks, accents, emoji), drawn from a seeded generator so a failure can be run again as it was.
import { CHECKLIST_ANSWERS, CHECKLIST_KEYS } from "../../src/core/reflection/checklist";
import { THEMES } from "../../src/core/reflection/themes";
import { TEMPLATE_KINDS } from "../../src/core/templates/types";
import { emptyTables, type TableRows } from "../../src/db/tables";
import type { DebriefExport } from "../../src/options/export-data";

/** mulberry32: small, fast and the same on every machine. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
  const below = (count: number) => Math.floor(next() * count);
  const pick = <T>(items: readonly T[]): T => items[below(items.length)] as T;
  const chance = (probability: number) => next() < probability;
  return { below, pick, chance };
}

const COMPANIES = [
  "Lumen Analytics",
  "Cobalt & Pine",
  "Brightwell Health",
  "Nordlicht Software GmbH",
  "Quarry Labs",
  "Harbourline",
  "Señor Café, S.A.",
  '"Quoted" Systems',
  "Ōtaki Robotics",
];
const ROLES = [
  "Data Analyst",
  "Product Designer",
  "Backend Engineer",
  "Marketing Lead",
  "Support, Tier 2",
];
const ROUNDS = ["", "Phone screen", "First round", "Technical", "Final"];
const STATUSES = ["active", "offer", "rejected", "withdrawn", "no_answer"] as const;
const PEOPLE = [
  "Maya Okafor",
  "Priya Raman",
  "Jonas Weber",
  "Lucía Fernández",
  "Tom O'Neill",
  "Aiko Sato",
];
const NOTES = [
  "",
  "Asked about SQL window functions; I rambled.",
  'They said "we move fast", twice.\nFollow up on the take-home.',
  "Panel of three, 45 min — felt good 🙂",
  "Salary range: 60,000–70,000; remote, two days in the office",
];
const FEEDBACK = [
  "Your answers could have been more concise.",
  "We went with a candidate with more experience in payments.",
  "Strong technical depth; less clear on why this team.",
  "",
];

const day = (offset: number) =>
  new Date(Date.UTC(2026, 10, 26) - offset * 86_400_000).toISOString().slice(0, 10);
const moment = (offset: number) =>
  new Date(Date.UTC(2026, 10, 26, 9) - offset * 3_600_000).toISOString();

/** `interviews` interviews with their reflections, feedback, steps, follow-ups and verdicts. */
export function sampleHistory(interviews: number, seed = 1): TableRows {
  const { below, pick, chance } = generator(seed);
  const data = emptyTables();
  let feedbackId = 0;
  for (let id = 1; id <= interviews; id++) {
    const company = `${pick(COMPANIES)} ${id}`;
    const people = Array.from({ length: below(4) }, (_, n) => {
      const name = pick(PEOPLE);
      return {
        name,
        email: chance(0.8)
          ? `${name.split(" ")[0]?.toLowerCase()}.${id}.${n}@Company${id}.example`
          : "",
        title: chance(0.5) ? "Hiring manager" : "",
      };
    });
    const stamp = moment(below(20_000));
    data.interviews.push({
      id,
      company,
      role: pick(ROLES),
      round: pick(ROUNDS),
      date: day(below(730) - 30),
      time: chance(0.6)
        ? `${String(8 + below(10)).padStart(2, "0")}:${pick(["00", "15", "30", "45"])}`
        : "",
      interviewers: people,
      postingUrl: chance(0.4) ? `https://jobs.company${id}.example/posting/${id}?ref=a,b` : "",
      notes: pick(NOTES),
      status: pick(STATUSES),
      threads: Array.from({ length: below(3) }, (_, n) => ({
        host: pick(["gmail", "outlook"] as const),
        threadId: `thread-${id}-${n}`,
      })),
      createdAt: stamp,
      updatedAt: stamp,
      ...(chance(0.05) ? { dateUnknown: true } : {}),
    });
    if (chance(0.7)) {
      data.reflections.push({
        interviewId: id,
        answers: Object.fromEntries(
          CHECKLIST_KEYS.filter(() => chance(0.9)).map((key) => [
            key,
            { answer: pick(CHECKLIST_ANSWERS), note: chance(0.3) ? pick(NOTES) : "" },
          ]),
        ),
        note: pick(NOTES),
        createdAt: stamp,
        updatedAt: stamp,
      });
    }
    const notes: number[] = [];
    for (let n = below(3); n > 0; n--) {
      feedbackId += 1;
      notes.push(feedbackId);
      const received = chance(0.8);
      data.feedback.push({
        id: feedbackId,
        interviewId: id,
        received,
        text: received ? `${pick(FEEDBACK)} (${feedbackId})` : "",
        themes: received ? THEMES.filter(() => chance(0.25)) : [],
        receivedAt: moment(below(20_000)),
        createdAt: stamp,
      });
    }
    for (let n = below(4); n > 0; n--) {
      const done = chance(0.5) ? 1 : 0;
      data.nextSteps.push({
        interviewId: id,
        feedbackId: notes.length > 0 && chance(0.7) ? pick(notes) : null,
        text: `Step ${n} for interview ${id}: write out answers to likely questions`,
        done,
        dueDate: chance(0.4) ? day(below(60) - 30) : "",
        createdAt: stamp,
        doneAt: done === 1 ? moment(below(500)) : "",
      });
    }
    for (const kind of TEMPLATE_KINDS) {
      if (!chance(0.3)) continue;
      data.followUps.push({
        interviewId: id,
        kind,
        host: pick(["gmail", "outlook"] as const),
        messageId: kind === "feedback_request" ? `msg-${id}` : "",
        draftedAt: moment(below(20_000)),
        ...(chance(0.2) ? { markedDone: true } : {}),
      });
    }
    if (chance(0.4)) {
      data.verdicts.push({
        messageKey: `${pick(["gmail", "outlook"])}:msg-${id}`,
        decision: chance(0.85) ? "rejection" : "not_rejection",
        decidedBy: chance(0.5) ? "detector" : "user",
        interviewId: chance(0.8) ? id : null,
        decidedAt: stamp,
        ...(chance(0.3) ? { feedbackRequestedAt: stamp } : {}),
        ...(chance(0.3) ? { outcomeLoggedAt: stamp } : {}),
      });
    }
  }
  TEMPLATE_KINDS.forEach((kind, n) => {
    data.templates.push({
      kind,
      language: "en",
      name: `Mine, ${n + 1}`,
      subject: "Re: {{role}}",
      body: "Hi {{interviewer.firstName|there}},\n\nThank you for your time.[[ – {{role}}]]\n\n{{myName}}",
      isDefault: 1,
      builtinKey: "",
      updatedAt: moment(n),
    });
  });
  data.settings.push(
    { key: "myName", value: "Alex Morgan" },
    { key: "mailSites", value: { gmail: true, outlook: false } },
    { key: "minConfidence", value: 0.75 },
    { key: "reminders", value: false },
    { key: "hideRejectionText", value: true },
    { key: "outlookOrigin", value: "https://outlook.office.com" },
  );
  return data;
}

/** The history as a file Debrief itself would have written. */
export function sampleExport(interviews: number, seed = 1): DebriefExport {
  return {
    format: "debrief-export",
    version: 1,
    exportedAt: "2026-11-26T09:00:00.000Z",
    data: sampleHistory(interviews, seed),
  };
}

/**
 * The history with every id replaced by what it stands for (an interview by its company, role and
 * date; a feedback note by its interview and text), each table sorted: two databases that hold the
 * same history give the same value, whatever ids they handed out. Interviews' indexed copies are the
 * database's own and are left out.
 */
export function comparableHistory(data: TableRows): Record<string, string[]> {
  const interviewKeys = new Map(
    data.interviews.map((interview) => [
      interview.id,
      JSON.stringify([interview.company, interview.role, interview.date]),
    ]),
  );
  const feedbackKeys = new Map(
    data.feedback.map((note) => [
      note.id,
      JSON.stringify([interviewKeys.get(note.interviewId), note.receivedAt, note.text]),
    ]),
  );
  const interviewOf = (id: number | null) =>
    id === null ? null : (interviewKeys.get(id) ?? `missing ${id}`);
  const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();
  return {
    interviews: sorted(
      data.interviews.map(({ id: _id, interviewerEmails: _e, threadKeys: _t, ...rest }) => rest),
    ),
    reflections: sorted(
      data.reflections.map(({ id: _id, ...rest }) => ({
        ...rest,
        interviewId: interviewOf(rest.interviewId),
      })),
    ),
    feedback: sorted(
      data.feedback.map(({ id: _id, ...rest }) => ({
        ...rest,
        interviewId: interviewOf(rest.interviewId),
      })),
    ),
    nextSteps: sorted(
      data.nextSteps.map(({ id: _id, ...rest }) => ({
        ...rest,
        interviewId: interviewOf(rest.interviewId),
        feedbackId:
          rest.feedbackId === null
            ? null
            : (feedbackKeys.get(rest.feedbackId) ?? `missing ${rest.feedbackId}`),
      })),
    ),
    templates: sorted(data.templates.map(({ id: _id, ...rest }) => rest)),
    followUps: sorted(
      data.followUps.map(({ id: _id, ...rest }) => ({
        ...rest,
        interviewId: interviewOf(rest.interviewId),
      })),
    ),
    verdicts: sorted(
      data.verdicts.map((verdict) => ({
        ...verdict,
        interviewId: interviewOf(verdict.interviewId),
      })),
    ),
    settings: sorted(data.settings),
  };
}
