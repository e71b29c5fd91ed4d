import { HONORIFIC } from "./greeting";
import { isTeamWord } from "./team";
import { fold, NAME_WORD, nameKey } from "./text";
import type { Person } from "./types";

/** Words after which interviewers are named. The short ones ("with", "mit", "con") need a full name or a title. */
const TRIGGER =
  /\b(?:meet(?:ing)?(?: with)?|(?:speak|talk|chat)(?:ing)? (?:with|to)|joined by|interviewers?:|with|mit|avec|con|com|met|rencontrer\S*|conocer\S*(?: a)?|conhecer\S*|incontrer\S*|lernen)\s+/g;
const SHORT = /^(?:with|mit|avec|con|com|met)$/;

const NAME = new RegExp(
  `((?:${HONORIFIC}){0,3})(${NAME_WORD}(?:\\s+(?:(?:van|von|de|der|den|da|dos|di|del|du|le|la|ter)\\s+){0,2}${NAME_WORD}){0,2})`,
  "uy",
);

/** A title after a name: ", our Head of Product" or "(Head of Product)"; without "our", only with a title word. */
const ROLE =
  /\s{0,2}(?:,\s{1,2}((?:(?:our|the|unser\S*|notre|nuestr[oa]|noss[oa]|onze|il nostro|la nostra|nostr[oa])\s+)?)([^,.;:!?()\n]{2,60})|\(([^()\n]{2,60})\))/y;
const TITLE =
  /head|lead|manager|direct|diret|chief|officer|engineer|recruit|founder|partner|\bc[etfo]o\b|leiter|gerente|responsab|hoofd/;
const ROLE_END = /\s(?:and|und|et|y|e|en|who|que|qui|che|die|wie)\s/;

const SEPARATOR = /,?\s{1,3}(?:and|und|et|y|e|en|&)\s{1,3}|,\s{1,3}/y;

/** Names that are tools, not people: "with Google Meet", "mit Microsoft Teams". */
const NOT_PERSON = /\b(?:zoom|google|meet|microsoft|teams|skype|webex)\b/;

/**
 * The people an email names as interviewers, in order, each once, without the names in `excluded`
 * (keys of the candidate's and the sender's names and of the company).
 */
export function findPeople(text: string, folded: string, excluded: string[]): Person[] {
  const people: Person[] = [];
  const seen = new Set(excluded);
  for (const trigger of folded.matchAll(TRIGGER)) {
    let at = trigger.index + trigger[0].length;
    // A list: "Jane Doe, our CTO, John Smith and Ana Lima".
    for (let count = 0; count < 6; count++) {
      NAME.lastIndex = at;
      const name = NAME.exec(text);
      if (!name) break;
      const [, honorific = "", full = ""] = name;
      const words = full.split(/\s+/);
      at = NAME.lastIndex;
      ROLE.lastIndex = at;
      const role = ROLE.exec(text);
      let title = (role?.[3] ?? role?.[2] ?? "").split(ROLE_END)[0]?.trim() ?? "";
      const titled = role !== null && Boolean(role[1] || role[3] || TITLE.test(fold(title)));
      if (titled) at = ROLE.lastIndex;
      // "(she/her)" is no title.
      if (!titled || /^(?:she|he|they)\b/i.test(title)) title = "";
      const first = nameKey(words[0] ?? "");
      if (
        (SHORT.test(trigger[0].trim()) && words.length < 2 && !honorific) ||
        NOT_PERSON.test(fold(full)) ||
        words.some((word) => /^\p{Lu}/u.test(word) && isTeamWord(word)) ||
        words.some((word) => seen.has(nameKey(word)))
      ) {
        if (count === 0) break;
      } else if (
        !seen.has(nameKey(full)) &&
        !(words.length === 1 && people.some((p) => nameKey(p.name.split(" ")[0] ?? "") === first))
      ) {
        // ("Tomás" after "Tomás Ferreira" is the same person.)
        seen.add(nameKey(full));
        const shown =
          words.length === 1 && honorific
            ? `${honorific.trim().replace(/^Herrn/, "Herr")} ${full}`
            : full;
        people.push(title ? { name: shown, role: title } : { name: shown });
      }
      SEPARATOR.lastIndex = at;
      if (!SEPARATOR.exec(folded)) break;
      at = SEPARATOR.lastIndex;
    }
  }
  return people;
}
