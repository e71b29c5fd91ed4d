import { type Field, type ReadEmail, readFields } from "./fields";
import type { kindOf } from "./kind";
import { COMMON_WORDS, guessLanguage } from "./language";
import { type Match, PhraseIndex } from "./matcher";
import type { PhraseBook, Signal } from "./phrases/types";
import { asksFeedbackOnMine, REPLY_MARKS, SUBJECT_VERDICTS } from "./subject";
import { type Tokens, tokenize } from "./tokens";
import type {
  EmailInput,
  EmailKind,
  Language,
  ModelRoom,
  ModelThresholds,
  Reason,
  Verdict,
} from "./types";

const WEIGHTS: Record<Signal, number> = {
  rejection: 4,
  filled: 4,
  rejectionHint: 2,
  regret: 1,
  progress: -5,
  offer: -6,
  reschedule: -4,
  acknowledgement: -2,
  stillActive: -5,
  jobAlert: -4,
  outreach: -4,
  withdrawal: -7,
  reply: -2,
  ownNews: -5,
  job: 0,
  notJob: 0,
  interviewed: 0,
  application: 0,
  chose: 0,
  someoneElse: 0,
  title: 0,
  past: 0,
};

/** Signals that say what an email is about or who is meant, never which way it leans: no reasons. */
const CONTEXT: ReadonlySet<string> = new Set([
  "job",
  "notJob",
  "interviewed",
  "application",
  "chose",
  "someoneElse",
  "title",
  "past",
]);

const DECISIVE: ReadonlySet<Signal> = new Set(["rejection", "filled"]);
/** Signals a decisive sentence outweighs: "we will not move on to the next stage" is no invitation. */
const OUTWEIGHED: ReadonlySet<Signal> = new Set([
  "progress",
  "acknowledgement",
  "reschedule",
  "regret",
]);

/**
 * Signals whose sentence says no no, whatever verdict it holds: "if you have not heard from us…",
 * "your application remains active", "last year the client went another way", "I didn't get it".
 */
const VOIDING: ReadonlySet<Signal> = new Set(["acknowledgement", "stillActive", "past", "ownNews"]);

/** Hopeful signals a negation just before them turns around: "we will not be inviting you". */
const NEGATABLE: ReadonlySet<Signal> = new Set(["offer", "progress"]);

interface Hit extends Match {
  field: "subject" | "body";
  tokens: Tokens;
  weight: number;
  /** The phrase's signal, or why it was set aside: inside a condition, negated, or about something else. */
  signal: Signal | "conditional" | "negated" | "notAboutJob" | "quoted" | "aboutOthers";
}

/** True when one of `words` stands up to `reach` words before the match, in its sentence. */
function preceded(
  hit: Match,
  tokens: Tokens,
  words: ReadonlySet<string>,
  reach: number,
  unless?: ReadonlySet<string>,
): boolean {
  const sentence = tokens.sentences[hit.first];
  for (let i = hit.first - 1; i >= 0 && i >= hit.first - reach; i--) {
    if (tokens.sentences[i] !== sentence) return false;
    // "even if", "anche se": a concession, not a condition.
    if (words.has(tokens.words[i] ?? "") && !unless?.has(tokens.words[i - 1] ?? "")) return true;
  }
  return false;
}

/**
 * True when a negation stands inside a match of a pattern that has none of its own: "your
 * application has certainly not been rejected" denies the verdict the pattern reads.
 */
function negatedInside(hit: Match, tokens: Tokens, words: ReadonlySet<string>): boolean {
  if (hit.pattern.steps.some((step) => step.negation)) return false;
  for (let i = hit.first + 1; i < hit.last; i++) {
    if (words.has(tokens.words[i] ?? "")) return true;
  }
  return false;
}

/**
 * Whether a no is said of other people, not the reader: its words say no ("not to proceed with"),
 * someone else stands right after them or right before, and no word for the reader comes before
 * them in the sentence, nor inside or just after: "decided not to proceed with the other two
 * candidates, so you are the last one", "gli altri candidati, non ammessi, riceveranno…". Not
 * "after comparing the other profiles, we will not continue with you".
 */
function refusesOthers(
  hit: Hit,
  hits: readonly Hit[],
  negations: ReadonlySet<string>,
  reader: ReadonlySet<string>,
): boolean {
  const REACH = 3;
  const { tokens } = hit;
  const { words, sentences } = tokens;
  const sentence = sentences[hit.first];
  let no = hit.pattern.steps.some((step) => step.negation);
  for (let i = hit.first; i <= hit.last && !no; i++) no = negations.has(words[i] ?? "");
  if (!no) return false;
  const other = hits.find((each) => {
    if (each.signal !== "someoneElse" || each.tokens !== tokens) return false;
    if (sentences[each.first] !== sentence) return false;
    const gap = each.first > hit.last ? each.first - hit.last : hit.first - each.last;
    return gap >= 1 && gap <= REACH;
  });
  if (!other) return false;
  let start = Math.min(hit.first, other.first);
  while (start > 0 && sentences[start - 1] === sentence) start--;
  const end = Math.max(hit.last + REACH, other.last);
  for (let i = start; i <= end && sentences[i] === sentence; i++) {
    const word = words[i] ?? "";
    // "…n'a pas été retenue, mais votre parcours nous intéresse": the reader comes after a "but".
    if (i > hit.last && CONTRAST.has(word)) break;
    if (reader.has(word)) return false;
  }
  return true;
}

/** Words that turn a sentence round, in the seven languages (folded). */
const CONTRAST = new Set([
  "but",
  "however",
  "aber",
  "doch",
  "pero",
  "sino",
  "mais",
  "ma",
  "maar",
  "mas",
  "porem",
]);

/** "Neither … nor" in the languages where its words are no others (folded): each, and its partner. */
const NEITHER: Readonly<Record<string, string>> = {
  neither: "nor",
  ni: "ni",
  nem: "nem",
  weder: "noch",
  noch: "noch",
};

/**
 * Whether a negated hit is one half of "neither … nor": "votre dossier n'est ni retenu ni écarté",
 * "weder angenommen noch abgelehnt" says no decision yet, not a no.
 */
function neitherNor(hit: Match, tokens: Tokens): boolean {
  const sentence = tokens.sentences[hit.first];
  for (let i = hit.first; i <= hit.last; i++) {
    const partner = NEITHER[tokens.words[i] ?? ""];
    if (partner === undefined) continue;
    for (let j = hit.last + 1; j < tokens.words.length && tokens.sentences[j] === sentence; j++) {
      if (tokens.words[j] === partner) return true;
    }
  }
  return false;
}

function sentenceKey(hit: Hit): string {
  return `${hit.field}:${hit.tokens.sentences[hit.first]}`;
}

function confidence(score: number): number {
  return 1 / (1 + Math.exp(-(score - 2) / 1.5));
}

// Senders that only ever write about hiring: applicant-tracking systems and recruiting mailboxes.
const HIRING_SENDER =
  /greenhouse|lever\.co|workday|smartrecruiters|icims|jobvite|taleo|successfactors|ashbyhq|personio|recruitee|teamtailor|workable|bamboohr|careers?\b|recruit|talent|hiring|\bjobs?\b|\bhr\b|karriere|bewerbung|empleo|recrutement|vagas|vacatures|lavora/i;

/** Whether the sender's name or address is a recruiting one. Bounded input: names are short. */
function fromHiring(email: EmailInput): boolean {
  const from = email?.from;
  const said = `${typeof from?.name === "string" ? from.name.slice(0, 200) : ""} ${typeof from?.address === "string" ? from.address.slice(0, 200) : ""}`;
  return HIRING_SENDER.test(said);
}

const SUBJECT_VERDICT: Match["pattern"] = { id: -1, signal: "rejection", steps: [] };
/** "We have decided to offer the role to another candidate": a choice, then someone else. */
const CHOSE_SOMEONE_ELSE: Match["pattern"] = { id: -2, signal: "rejection", steps: [] };

/**
 * The sentences where a choice is followed by someone other than the reader, as rejection hits
 * spanning both: "the client went with a candidate", "ha scelto un altro candidato". Not where the
 * same sentence moves the reader on ("we chose you and two other candidates for the final round").
 */
function choseSomeoneElse(hits: readonly Hit[], reader: ReadonlySet<string>): Hit[] {
  const AFTER = 3;
  const found: Hit[] = [];
  for (const other of hits) {
    if (other.signal !== "someoneElse") continue;
    const { tokens } = other;
    const sentence = tokens.sentences[other.first];
    // The choice comes first ("we chose another candidate"), or just after, as verbs end German
    // and Dutch clauses and passives in any language: "zwei andere Bewerber genommen", "another
    // candidate was chosen". Not one that chose the reader: "chosen you over other candidates",
    // "aus vielen Mitbewerbern für Sie entschieden".
    const choice = hits.find((hit) => {
      if (hit.signal !== "chose" || hit.field !== other.field) return false;
      if (tokens.sentences[hit.first] !== sentence) return false;
      const before = hit.last < other.first;
      if (!before && !(hit.first > other.last && hit.first - other.last <= AFTER)) return false;
      const [from, to] = before ? [hit.last, other.first] : [other.last, hit.first];
      for (let i = from + 1; i < to; i++) if (reader.has(tokens.words[i] ?? "")) return false;
      return true;
    });
    if (!choice) continue;
    found.push({
      pattern: CHOSE_SOMEONE_ELSE,
      first: Math.min(choice.first, other.first),
      last: Math.max(choice.last, other.last),
      field: other.field,
      tokens,
      signal: "rejection",
      weight: WEIGHTS.rejection,
    });
  }
  const hopeful = new Set(
    hits.filter((hit) => hit.signal === "progress" || hit.signal === "offer").map(sentenceKey),
  );
  return found.filter((hit) => !hopeful.has(sentenceKey(hit)));
}

/** Each language's phrases, by language; English must be there. */
export type PhraseBooks = Partial<Record<Language, PhraseBook>> & { en: PhraseBook };

/**
 * The phrases an email is read with: its language's, with English beside them, since mail in any
 * language quotes English templates and signatures. Only those two, since a phrase of one language
 * can mean something else in another ("felicidades": congratulations in Spanish, good wishes in
 * Portuguese).
 */
interface Reader {
  index: PhraseIndex;
  conditionals: ReadonlySet<string>;
  concessives: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  reader: ReadonlySet<string>;
}

/**
 * The reader for an email in `language`: its book's phrases and words, with English's beside them.
 * English's plain words (negations, conditions, the reader) leave out those that are common words of
 * the email's language: Portuguese "no" is "in the", French "dont" is "whose".
 */
function readerOf(book: PhraseBook, english: PhraseBook, language: Language): Reader {
  const common = new Set(book === english ? [] : COMMON_WORDS[language]);
  const words = (list: (each: PhraseBook) => readonly string[]) =>
    new Set([...list(book), ...list(english).filter((word) => !common.has(word))]);
  return {
    index: new PhraseIndex(book === english ? [book] : [book, english]),
    conditionals: words((each) => each.conditionals),
    concessives: words((each) => each.concessives),
    negations: words((each) => each.negations),
    reader: words((each) => each.reader),
  };
}

const NOT_READ: Verdict = {
  verdict: "not_rejection",
  confidence: 0.5,
  kind: "other",
  language: "en",
  reasons: [],
};

/**
 * A classifier reading the languages of `books`. Languages may be added to `books` later (the
 * content script receives them as it needs them); until then such mail is read in English.
 * The classifier says whether an email is a job rejection, how sure that is, what kind of email it
 * is, in which language, and which phrases decided. Only the newest message counts. Never throws.
 */
/**
 * A learned model the rules can be checked against: its probability that an email is a job
 * rejection, with the words that weighed most, and how sure it must be to be trusted. Passed in,
 * so the content script, which carries no model, does not load its code.
 */
export interface LearnedModel {
  thresholds: ModelThresholds;
  /**
   * The probability, and the words that weighed most when it reaches `threshold`; `fields` are the
   * email's words as the rules read them, so the model need not read them again.
   */
  score(
    email: EmailInput,
    threshold: number,
    fields?: readonly Field[],
  ): { probability: number; reasons: Reason[] };
}

/** Names an email's kind from what the rules found: `kindOf` in `kind.ts`. */
export type KindNamer = typeof kindOf;

/**
 * The kind by the verdict alone, for a classifier that never shows one: the content script, whose
 * verdicts only decide the banner, so the page does not load `kind.ts` (the background names kinds).
 */
const KIND_BY_VERDICT: KindNamer = (rejection) =>
  rejection ? "rejection_after_application" : "other";

/**
 * What has the last word once the rules have judged: `withLearnedModel` (`with-model.ts`) lets a
 * learned model add a rejection; without one the rules' verdict stands, and the content script,
 * which never runs the model, does not load that code.
 */
export type Decider = (rules: Judged, email: EmailInput, fields: readonly Field[]) => Verdict;

export function createClassifier(
  books: PhraseBooks,
  decide: Decider | null = null,
  nameKind: KindNamer = KIND_BY_VERDICT,
): (email: EmailInput) => Verdict {
  const readers = new Map<PhraseBook, Reader>();
  const readerFor = (language: Language): Reader => {
    const book = books[language] ?? books.en;
    let reader = readers.get(book);
    if (!reader) {
      reader = readerOf(book, books.en, language);
      readers.set(book, reader);
    }
    return reader;
  };
  return (email) => {
    try {
      const read = readFields(email);
      const rules = judge(email, read, readerFor, nameKind);
      return decide ? decide(rules, email, read.fields) : rules.verdict;
    } catch {
      return { ...NOT_READ, reasons: [] };
    }
  };
}

/**
 * Where the rules leave the model room to add a rejection (`ModelRoom`), or null: never beside a
 * rejection they made, nor for an email about another dealing, nor where a rule reads the other way
 * (an acknowledgement, an invitation, an offer, a job alert).
 */
export function modelRoom(rules: Verdict): ModelRoom | null {
  if (rules.verdict === "rejection" || rules.reasons.some((reason) => reason.weight < 0)) {
    return null;
  }
  return rules.about === "job" ? "job" : rules.about === "none" ? "unnamed" : null;
}

/** Whether the model may turn the rules' verdict into a rejection, in any room. */
export function modelMayAdd(rules: Verdict): boolean {
  return modelRoom(rules) !== null;
}

/** Whether a model this sure turns the rules' verdict into a rejection. */
export function modelAdds(
  rules: Verdict,
  probability: number,
  thresholds: ModelThresholds,
): boolean {
  const room = modelRoom(rules);
  return room !== null && probability >= thresholds[room];
}

/** The rules' verdict, and the kind of rejection they would name if the email were one. */
export interface Judged {
  verdict: Verdict;
  kindIfRejection: EmailKind;
}

/** The language a classifier reads `email` in: the content script fetches its phrases first. */
export function languageOf(email: EmailInput): Language {
  return guessLanguage(readFields(email).fields.map((field) => field.tokens));
}

function judge(
  email: EmailInput,
  { subject, body, fields }: ReadEmail,
  readerFor: (language: Language) => Reader,
  nameKind: KindNamer,
): Judged {
  const language = guessLanguage(fields.map((field) => field.tokens));
  const reader = readerFor(language);
  const { conditionals, concessives, negations } = reader;

  const hits: Hit[] = fields.flatMap(({ field, tokens }) =>
    reader.index.find(tokens).map((match) => ({
      ...match,
      field,
      tokens,
      signal: match.pattern.signal as Hit["signal"],
      weight: WEIGHTS[match.pattern.signal],
    })),
  );

  // An applicant-tracking notice may say it only in its subject's first word: "Unsuccessful: …".
  const subjectTokens = fields[0]?.tokens;
  const opening = subjectTokens?.words[0] ?? "";
  const follows = subjectTokens?.words[1];
  // It stands alone, or is followed by the reader or the application: "Absage zu Ihrer Bewerbung",
  // "Rejected – application 1183"; not a headline's first word ("Absage entschlüsselt: …").
  const standsAlone =
    follows === undefined ||
    subjectTokens?.sentences[1] !== subjectTokens?.sentences[0] ||
    /^[^\p{L}\p{N}]*[:\-–—|,(]/u.test(subject.slice(subjectTokens?.ends[0] ?? 0)) ||
    subjectTokens?.words.slice(1, 3).some((word) => reader.reader.has(word)) ||
    hits.some((hit) => hit.field === "subject" && hit.first <= 2 && hit.signal === "application");
  if (subjectTokens && SUBJECT_VERDICTS.has(opening) && standsAlone) {
    hits.push({
      pattern: SUBJECT_VERDICT,
      first: 0,
      last: 0,
      field: "subject",
      tokens: subjectTokens,
      signal: "rejection",
      weight: WEIGHTS.rejection,
    });
  }

  // Where a phrase already says no, the sentence decides once; the choice still names hiring.
  const choices = choseSomeoneElse(hits, reader.reader);
  const decided = new Set(
    hits.filter((hit) => DECISIVE.has(hit.signal as Signal)).map(sentenceKey),
  );
  hits.push(...choices.filter((hit) => !decided.has(sentenceKey(hit))));

  // Words a longer no is made of lean nowhere alone: "in behandeling" inside "niet verder in
  // behandeling genomen" is no acknowledgement.
  const inside = (hit: Hit) =>
    hits.some(
      (no) =>
        DECISIVE.has(no.signal as Signal) &&
        no.field === hit.field &&
        no.first <= hit.first &&
        hit.last <= no.last &&
        no.last - no.first > hit.last - hit.first,
    );
  for (let i = hits.length - 1; i >= 0; i--) {
    const hit = hits[i];
    if (hit && hit.weight < 0 && inside(hit)) hits.splice(i, 1);
  }

  // A verdict inside a condition is no verdict; a decisive sentence outweighs hopeful words beside it;
  // a candidate's own withdrawal outweighs the "not continue" it is phrased with.
  const decisiveSentences = new Set<string>();
  const withdrawalSentences = new Set(
    hits.filter((hit) => hit.signal === "withdrawal").map(sentenceKey),
  );
  // "If you have not heard from us within a month, please assume your application was unsuccessful."
  // "Hiring is paused and your application remains active": the sentence says no no; nor does
  // "last year the client went another way", a recruiter's reminder before a new role.
  const acknowledgementSentences = new Set(
    hits.filter((hit) => VOIDING.has(hit.signal as Signal)).map(sentenceKey),
  );
  // "We cannot accept your application for the course": a no, but about something else.
  const otherDealingSentences = new Set(
    hits.filter((hit) => hit.signal === "notJob").map(sentenceKey),
  );
  const jobSentences = new Set(hits.filter((hit) => hit.signal === "job").map(sentenceKey));
  for (const hit of hits) {
    if (!DECISIVE.has(hit.signal as Signal) && hit.signal !== "rejectionHint") continue;
    const sentence = sentenceKey(hit);
    if (hit.tokens.quoted[hit.first]) {
      // "I got the usual 'we have decided to move forward with other candidates'": reported, not said.
      hit.signal = "quoted";
      hit.weight = 0;
    } else if (negatedInside(hit, hit.tokens, negations)) {
      hit.signal = "negated";
      hit.weight = 0;
    } else if (
      preceded(hit, hit.tokens, conditionals, 30, concessives) ||
      hit.tokens.asked.has(hit.tokens.sentences[hit.first] ?? -1) ||
      neitherNor(hit, hit.tokens) ||
      withdrawalSentences.has(sentence) ||
      acknowledgementSentences.has(sentence)
    ) {
      hit.signal = "conditional";
      hit.weight = 0;
    } else if (otherDealingSentences.has(sentence) && !jobSentences.has(sentence)) {
      hit.signal = "notAboutJob";
      hit.weight = 0;
    } else if (
      DECISIVE.has(hit.signal as Signal) &&
      refusesOthers(hit, hits, negations, reader.reader)
    ) {
      hit.signal = "aboutOthers";
      hit.weight = 0;
    } else if (DECISIVE.has(hit.signal as Signal)) {
      decisiveSentences.add(sentenceKey(hit));
    }
  }
  // A reply's subject repeats the message it answers ("Re: Invitation to a second interview").
  const subjectIsReply = REPLY_MARKS.has(fields[0]?.tokens.words[0] ?? "");
  for (const hit of hits) {
    if (subjectIsReply && hit.field === "subject" && hit.weight < 0) hit.weight = 0;
    if (
      OUTWEIGHED.has(hit.signal as Signal) &&
      hit.weight < 0 &&
      decisiveSentences.has(sentenceKey(hit))
    ) {
      hit.weight = 0;
    }
    if (NEGATABLE.has(hit.signal as Signal) && preceded(hit, hit.tokens, negations, 4)) {
      hit.weight = 0;
    }
    // "If your profile matches, we will invite you to interview" promises nothing yet.
    if (hit.signal === "progress" && preceded(hit, hit.tokens, conditionals, 15)) {
      hit.signal = "acknowledgement";
      hit.weight = -1;
    }
  }

  const sums = new Map<Signal, number>();
  const counts = new Map<Signal, number>();
  // A pattern weighs once, however many places it stands in; and the same words weigh once for a
  // hint, a regret or a filled post, however many patterns read them ("put the search on hold",
  // "search on hold"; "the role has been filled", "role has been filled").
  const counted = new Set<number>();
  const spans: Hit[] = [];
  for (const hit of hits) {
    if (
      hit.signal === "conditional" ||
      hit.signal === "negated" ||
      hit.signal === "notAboutJob" ||
      hit.signal === "quoted" ||
      hit.signal === "aboutOthers"
    ) {
      continue;
    }
    const overlaps =
      (hit.signal === "rejectionHint" || hit.signal === "regret" || hit.signal === "filled") &&
      spans.some(
        (other) =>
          other.signal === hit.signal &&
          other.field === hit.field &&
          other.first <= hit.last &&
          hit.first <= other.last,
      );
    if (counted.has(hit.pattern.id) || overlaps) {
      hit.weight = 0;
      continue;
    }
    counted.add(hit.pattern.id);
    spans.push(hit);
    sums.set(hit.signal, (sums.get(hit.signal) ?? 0) + hit.weight);
    counts.set(hit.signal, (counts.get(hit.signal) ?? 0) + 1);
  }
  const sum = (signal: Signal) => sums.get(signal) ?? 0;
  const count = (signal: Signal) => counts.get(signal) ?? 0;

  const decisive = Math.min(sum("rejection") + sum("filled"), 8);
  const negative = [...sums].reduce((total, [, weight]) => total + Math.min(weight, 0), 0);
  const score =
    decisive + Math.min(sum("rejectionHint"), 4) + Math.min(sum("regret"), 2) + negative;
  // Context words are counted by place, not by pattern. Words for applying count towards a job only
  // when nothing names another dealing: "your application" is a course's as often as a job's.
  // So do a meeting, a panel and a job title, which grants and tenders have too.
  const places = (signal: Signal) =>
    new Set(hits.filter((hit) => hit.signal === signal).map((hit) => `${hit.field}:${hit.first}`))
      .size;
  const otherDealings = places("notJob");
  // Meeting and talking with the team counts, when nothing else is named: a founder's "it's a no from
  // us" after a chat names no job.
  // Choosing someone else over the reader is hiring's own act: "we chose a person with more B2B".
  // Not where its sentence names another dealing and no job: "someone else as our new flatmate".
  const choseOther = choices.some(
    (hit) => !otherDealingSentences.has(sentenceKey(hit)) || jobSentences.has(sentenceKey(hit)),
  );
  const jobWords =
    places("job") +
    (choseOther ? 1 : 0) +
    (otherDealings === 0 ? places("interviewed") + places("application") + places("title") : 0) +
    (fromHiring(email) ? 1 : 0);
  const aboutJob = jobWords > 0 && jobWords >= otherDealings;
  const answersFeedback = asksFeedbackOnMine(subjectTokens ?? tokenize(""));
  const rejection = decisive >= 4 && score >= 3 && aboutJob && !answersFeedback;

  const sure = confidence(aboutJob ? score : Math.min(score, 0));
  const reasons: Reason[] = hits
    .filter((hit) => !CONTEXT.has(hit.signal))
    .sort(
      (a, b) =>
        Math.abs(b.weight) - Math.abs(a.weight) ||
        (a.field === b.field ? a.first - b.first : a.field === "subject" ? -1 : 1),
    )
    .map((hit) => {
      const start = hit.tokens.starts[hit.first] ?? 0;
      const end = hit.tokens.ends[hit.last] ?? start;
      const source = hit.field === "subject" ? subject : body;
      return {
        phrase: source.slice(start, end),
        field: hit.field,
        start,
        end,
        signal: hit.signal,
        weight: hit.weight,
      };
    });
  if (answersFeedback) {
    // Leans against a no, so the learned model adds none either.
    reasons.push({
      phrase: subject,
      field: "subject",
      start: 0,
      end: subject.length,
      signal: "feedbackThread",
      weight: -1,
    });
  }
  if (!aboutJob && decisive >= 4) {
    reasons.push({
      phrase: "",
      field: "body",
      start: 0,
      end: 0,
      signal: otherDealings > 0 ? "notJob" : "noJobWords",
      weight: 0,
    });
  }
  const subjectWords = fields[0]?.tokens ?? tokenize("");
  return {
    verdict: {
      verdict: rejection ? "rejection" : "not_rejection",
      confidence: Math.round((rejection ? sure : 1 - sure) * 1000) / 1000,
      kind: nameKind(rejection, sums, count, subjectWords),
      language,
      reasons,
      about: aboutJob ? "job" : otherDealings > 0 ? "other" : "none",
      decidedBy: "rules",
    },
    kindIfRejection: nameKind(true, sums, count, subjectWords),
  };
}
