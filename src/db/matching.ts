import { companyFromDomain } from "../core/extract";
import type { DebriefDatabase } from "./database";
import type { Interview } from "./schema";

/** What a rejection says about whom it comes from, to find the interview it is about. */
export interface RejectionQuery {
  /** `host:threadId`, or "" when the mail client shows no conversation. */
  threadKey: string;
  /** The sender's address. */
  address: string;
  /** Names the email gives the employer: what it says of itself, what the sender's domain says. */
  companies: string[];
  /** The role the email names, "" when it names none: among equal matches, the one for that role wins. */
  role: string;
}

/** How an interview was found, strongest first. */
export type MatchedBy = "thread" | "address" | "domain" | "company";

export interface InterviewMatch {
  /** The one interview the rejection is about, when one stands out. */
  interview: Interview | null;
  /** When several match equally well: best first, at most `MAX_CANDIDATES`. Empty when `interview` is set. */
  candidates: Interview[];
  matchedBy: MatchedBy | null;
}

export const MAX_CANDIDATES = 5;

const NO_MATCH: InterviewMatch = { interview: null, candidates: [], matchedBy: null };

/** Words that say what legal form a company has, not which company it is. */
const LEGAL_FORMS = new Set([
  ...["inc", "incorporated", "corp", "corporation", "co", "company", "llc", "llp", "lp", "pbc"],
  ...["ltd", "limited", "plc", "group", "holding", "holdings"],
  ...["gmbh", "mbh", "ag", "kg", "kgaa", "ug", "ev", "se"],
  ...["sa", "sas", "sasu", "sarl", "srl", "spa", "sl", "slu", "sc", "scs"],
  ...["bv", "nv", "vof", "ab", "as", "asa", "oy", "oyj", "aps", "pty", "ltda", "lda", "kk"],
]);

/** Lower case without accents: `Société Générale` → `societe generale`. */
function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss");
}

/**
 * A company's name reduced to what identifies it, as words: `Lumen Analytics GmbH`, `lumen-analytics`
 * and `LUMEN ANALYTICS, S.A.` all give `lumen analytics`. "" for a name with nothing left.
 */
export function companyKey(name: string): string {
  const words: string[] = [];
  for (const word of fold(name).split(/[^\p{L}\p{N}]+/u)) {
    if (word === "") continue;
    // Initials written apart are one word: "S.A." → "sa", "B.V." → "bv".
    const last = words.at(-1);
    if (word.length === 1 && last !== undefined && /^\p{L}+$/u.test(last) && last.length <= 2)
      words[words.length - 1] = last + word;
    else words.push(word);
  }
  if (words[0] === "the" && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_FORMS.has(words.at(-1) ?? "")) words.pop();
  return words.join(" ");
}

/** The part of an address after its last `@`, lower case: "" when there is none. */
export function mailDomain(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0
    ? ""
    : address
        .slice(at + 1)
        .trim()
        .toLowerCase()
        .replace(/[>.]+$/, "");
}

/** `eu.lumen.example` and `lumen.example` belong to the same organisation. */
function sameOrganisation(a: string, b: string): boolean {
  return a !== "" && b !== "" && (a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`));
}

function roleKey(role: string): string {
  return fold(role).replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * The interview a group of equally strong matches points to: active before closed, the one for the
 * email's role before others, then the latest interview date. One standing alone is the match;
 * several tied on the first two count are candidates for the user to pick from.
 */
function decide(found: Interview[], role: string, matchedBy: MatchedBy): InterviewMatch {
  if (found.length === 0) return NO_MATCH;
  const wanted = roleKey(role);
  const score = (interview: Interview) =>
    (interview.status === "active" ? 2 : 0) +
    (wanted !== "" && roleKey(interview.role) === wanted ? 1 : 0);
  const ranked = [...found].sort(
    (a, b) =>
      score(b) - score(a) ||
      b.date.localeCompare(a.date) ||
      b.updatedAt.localeCompare(a.updatedAt) ||
      (b.id ?? 0) - (a.id ?? 0),
  );
  const best = ranked[0] as Interview;
  const tied = ranked.filter((interview) => score(interview) === score(best));
  return tied.length === 1 || matchedBy === "thread"
    ? { interview: best, candidates: [], matchedBy }
    : { interview: null, candidates: ranked.slice(0, MAX_CANDIDATES), matchedBy };
}

function companyMatches(interviews: Interview[], names: string[]): Interview[] {
  const keys = [
    ...new Set(names.map(companyKey).filter((key) => key.replace(/ /g, "").length > 1)),
  ];
  if (keys.length === 0) return [];
  const joined = (key: string) => key.replace(/ /g, "");
  const exact = interviews.filter((interview) => {
    const key = joined(companyKey(interview.company));
    return keys.some((wanted) => joined(wanted) === key);
  });
  if (exact.length > 0) return exact;
  // One name the start of the other, word for word: "Lumen" and "Lumen Analytics".
  const startsWith = (long: string, short: string) =>
    short.length > 2 && (long === short || long.startsWith(`${short} `));
  return interviews.filter((interview) => {
    const key = companyKey(interview.company);
    return keys.some((wanted) => startsWith(key, wanted) || startsWith(wanted, key));
  });
}

/**
 * The interview a rejection is about, by the strongest evidence there is: a conversation already
 * linked to an interview; then an interviewer who wrote from the sender's address; then an
 * interviewer at the sender's domain (unless it is a personal mailbox or a hiring platform); then
 * the company's name. A weaker kind of evidence is only looked at when the stronger finds nothing.
 */
export async function matchInterview(
  db: DebriefDatabase,
  query: RejectionQuery,
): Promise<InterviewMatch> {
  if (query.threadKey !== "") {
    const linked = await db.interviews.where("threadKeys").equals(query.threadKey).toArray();
    if (linked.length > 0) return decide(linked, query.role, "thread");
  }
  const address = query.address.trim().toLowerCase();
  if (address !== "") {
    const bySender = await db.interviews.where("interviewerEmails").equals(address).toArray();
    if (bySender.length > 0) return decide(bySender, query.role, "address");
  }
  // The rest has no index to use: a person's interview history is small enough to read whole.
  const all = await db.interviews.toArray();
  const domain = mailDomain(address);
  if (domain !== "" && companyFromDomain(address) !== "") {
    const byDomain = all.filter((interview) =>
      (interview.interviewerEmails ?? []).some((email) =>
        sameOrganisation(mailDomain(email), domain),
      ),
    );
    if (byDomain.length > 0) return decide(byDomain, query.role, "domain");
  }
  return decide(companyMatches(all, query.companies), query.role, "company");
}
