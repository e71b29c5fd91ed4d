import { companyFromAddress } from "./company-from-address";
import { monthOf } from "./dates";
import { companyInTeamName } from "./team";
import { captureAfter, fold, nameKey } from "./text";

/** Words after which a company is named: "position at", "bei der", "chez", "presso", ... */
const TRIGGER =
  /\b(?:(?:position|role|job|team|career|careers|here|work|us) at|interest in|joining|to join|(?:applying|application) to|on behalf of|at|from|interes en|en|chez|rejoindre|au sein de|bei|interesse an|na|no|em|bij|presso)\s+(?:(?:der|die|dem|den|la|le|el|het)\s+|l')?/g;

/** Triggers that also come before places, times and people: they count for less. */
const WEAK = /^(?:at|from|en|bei|na|no|em|bij)(?:\s|l'|$)/;

/** A word of a company's name: `Lumen`, `AT&T`, `L'Oréal`, `S.A.`, `Coca-Cola`. */
const WORD = "\\p{Lu}[\\p{L}\\d'’&-]*(?:\\.\\p{L}[\\p{L}\\d]*)*(?:(?<=\\.\\p{L})\\.)?";
const COMPANY = new RegExp(
  `${WORD}(?:[ \\t]+(?:(?:&|of|de|do|da|di|del|van|von|der|für)[ \\t]+)?${WORD}){0,4}`,
  "uy",
);

/** Capitalised words that follow those triggers without naming a company. */
const NOT_COMPANY =
  /^(?:the|this|our|your|we|i|you|a|an|dear|hi|mr|ms|dr|herr|frau|sie|ihr|ihre|ihnen|uns|wir|nous|vous|usted|voce|u|jij|lei|voi|zoom|microsoft|google meet|teams|fragen|interesse|unfortunately|leider|thank|thanks|linkedin|indeed)$/;

/** Mailboxes and job boards that `companyFromAddress` does not know. */
const GENERIC_DOMAIN =
  /^(?:myworkdayjobs|join|stepstone|xing|orange|free|wanadoo|laposte|sfr|libero|infojobs|jobteaser|monster|welcometothejungle)$/;

/** The employer an address's domain names, or "" for mailboxes, hiring platforms and job boards. */
export function companyFromDomain(address: string): string {
  const name = companyFromAddress(address);
  return GENERIC_DOMAIN.test(fold(name).replace(/ /g, "")) ? "" : name;
}

export interface CompanySources {
  subject: string;
  body: string;
  lines: string[];
  fromName: string;
  fromAddress: string;
  /** Keys of people's first names: a candidate starting with one is a person, not the company. */
  people: string[];
  /** Keys of the interviewers' names: "en" before one is Dutch "and" ("met Pieter en Eva Jansen"). */
  interviewers: string[];
}

/**
 * The employer, by weight of evidence: each phrase, team signature, sender name and address domain
 * that names a candidate adds to it, and agreeing with the domain adds more.
 */
export function findCompany(source: CompanySources): string {
  const scores = new Map<string, { name: string; weight: number; score: number }>();
  const add = (raw: string, weight: number) => {
    const name = (companyInTeamName(raw) || raw).replace(/['’]s$|[.,]$/, "").trim();
    const key = nameKey(name);
    const first = fold(name.split(/\s/)[0] ?? "");
    if (
      key.length < 2 ||
      NOT_COMPANY.test(first) ||
      monthOf(first) ||
      source.people.includes(nameKey(first))
    )
      return;
    const entry = scores.get(key) ?? { name, weight, score: 0 };
    if (weight > entry.weight) Object.assign(entry, { name, weight });
    entry.score += weight;
    scores.set(key, entry);
  };
  // "from" names a company in a subject ("Update from Lumen"), a person in a body.
  for (const text of [source.subject, source.body])
    for (const { trigger, match } of captureAfter(text, fold(text), TRIGGER, COMPANY))
      if (
        (trigger !== "from" || text === source.subject) &&
        (trigger !== "en" || !source.interviewers.includes(nameKey(match[0])))
      )
        add(match[0], WEAK.test(trigger) ? 1 : 2);
  for (const line of source.lines.slice(-12))
    for (const part of line.split(/[|,•·]|\s[-–]\s/)) add(companyInTeamName(part), 2);

  const display = source.fromName;
  add(companyInTeamName(display.replace(/[()]/g, " ")), 2);
  // "Maya from Lumen"
  add(/\s(?:from|at|@|bei|chez|de|da|van|von)\s+(\p{Lu}.*)$/u.exec(display)?.[1] ?? "", 1);
  const domain = companyFromDomain(source.fromAddress);
  add(domain, 1);

  // A name the domain begins ("Lumen Analytics" for lumen.com) gains 2, the domain's own name 1; a
  // longer form of a name ("Northwind Traders" for "Northwind") gains the shorter one's score.
  const domainKey = nameKey(domain);
  let best = { name: "", score: 0 };
  for (const [key, entry] of scores) {
    const agrees =
      domainKey !== "" &&
      key.length > 2 &&
      (key.startsWith(domainKey) || domainKey.startsWith(key));
    let score = entry.score + (agrees ? (key === domainKey ? 1 : 2) : 0);
    for (const [shorter, other] of scores)
      if (entry.weight > 1 && shorter !== key && shorter.length > 2 && key.startsWith(shorter))
        score += other.score;
    if (score > best.score) best = { name: entry.name, score };
  }
  return best.name;
}
