import { fold } from "./text";

/** Words that name a hiring team or the service it mails through, and the small words between them. */
const TEAM_WORD =
  /^(?:the|das|der|die|ihr|het|de|di|da|of|at|van|von|el|la|le|il|a|o|and|&|equip[eo]|squadra|talent\S*|acquisition|recru\S*|reclut\S*|sele[cz]\S*|werving|people|hr|rh|career\S*|jobs?|hiring|personal\S*|no-?reply|notif\S*|info|via|workday|greenhouse|lever|\S*team)$/;

function clean(word: string): string {
  return fold(word)
    .replace(/^l'/, "")
    .replace(/[^\p{L}\d&'-]/gu, "");
}

export function isTeamWord(word: string): boolean {
  const folded = clean(word);
  return TEAM_WORD.test(folded) || folded.split("-").every((part) => TEAM_WORD.test(part));
}

/**
 * The company in a team's name: "The Lumen Analytics Talent Team", "Das Recruiting-Team der Kranich
 * GmbH", "Lumen via Workday" → the words left once the team words are taken off either end.
 */
export function companyInTeamName(text: string): string {
  const words = text.length > 100 ? [] : text.split(/\s+/).filter((word) => clean(word) !== "");
  // A team word other than "the", "von", "&"... makes it a team's name.
  if (
    words.length > 8 ||
    !words.some((word) => isTeamWord(word) && /^(?:hr|rh|.{4,})$/.test(clean(word)))
  )
    return "";
  let [start, end] = [0, words.length];
  while (start < end && isTeamWord(words[start] ?? "")) start++;
  while (end > start && isTeamWord(words[end - 1] ?? "")) end--;
  const rest = words.slice(start, end).map((word) => word.replace(/^[(["']+|[)\]"',.:;!]+$/g, ""));
  // "Head of Talent", "Responsable RH": a person's title, not a company.
  return rest.length > 0 &&
    rest.length < 6 &&
    rest.every((word) => /^[\p{Lu}\d]|^\p{Ll}{1,3}$/u.test(word)) &&
    /^\p{Lu}/u.test(rest[0] ?? "") &&
    !/\b(?:head|lead|manager|responsab|direct|leiter|partner|speciali|coordinat|senior|junior|gerente|hoofd|charge|consultant|business)/.test(
      fold(rest.join(" ")),
    )
    ? rest.join(" ")
    : "";
}
