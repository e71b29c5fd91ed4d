import { companyInTeamName, isTeamWord } from "./team";
import { fold, NAME_WORD, nameKey } from "./text";

/** A closing line: a short line ending in a comma ("Best,", "Cordialement,"), or a closing formula without one. */
const SIGN_OFF =
  /^(?:\S+(?: \S+){0,3},|.{0,25}(?:regards|best|thanks|thank you|cheers|sincerely|wishes|gru(?:ss|ß)|cordialement|salutations|atentamente|saludos?|cordialmente|atenciosamente|abracos|groet|saluti|grazie|merci|gracias|obrigad|danke|bedankt)[a-z]*[,.!]*(?:\s+(\S.{1,39}))?)$/;

const FIRST_WORD = new RegExp(`^${NAME_WORD}$`, "u");

/**
 * The first name in a line that names one person ("Maya", "Maya Okafor, Analytics Lead", "Okafor,
 * Maya" when `reversed`); "" for a team, a company, a sentence or a name in `excluded` (keys).
 */
export function firstNameIn(line: string, excluded: string[], reversed = false): string {
  if (line.length > 100) return "";
  let name = line
    .replace(/^[-–—~\s]+|^i\. ?a\. ?/i, "")
    .split(/[,|]|\s[-–]\s/)
    .map((part) => part.trim());
  if (reversed && name.length === 2) name = [`${name[1]} ${name[0]}`];
  const words = (name[0] ?? "").split(/\s+/);
  const first = words[0] ?? "";
  return words.length > 3 ||
    !words.every((word) => /^(?:\p{Lu}|(?:van|von|de|der|da|di|du|dos|la|le)$)/u.test(word)) ||
    !FIRST_WORD.test(first) ||
    SIGN_OFF.test(fold(line)) ||
    words.some(isTeamWord) ||
    companyInTeamName(line) !== "" ||
    [...words, name[0] ?? ""].some((word) => excluded.includes(nameKey(word)))
    ? ""
    : first;
}

/** The name under the last sign-off near the end of the body ("Best,\nMaya", "Saludos, Lucía"). */
export function signedName(lines: string[], excluded: string[]): string {
  // The greeting ("Dear Jordan,") is not a sign-off.
  for (let i = lines.length - 1; i > 0 && i >= lines.length - 15; i--) {
    const match = SIGN_OFF.exec(fold(lines[i] ?? ""));
    const line = lines[i] ?? "";
    const name = match
      ? firstNameIn(line.slice(line.length - (match[1]?.length ?? 0)), excluded) ||
        firstNameIn(lines[i + 1] ?? "", excluded)
      : "";
    if (name !== "") return name;
  }
  return "";
}

/** A two- or three-word name standing alone among the last lines, as a signature without sign-off. */
export function signatureName(lines: string[], excluded: string[]): string {
  for (const line of lines.slice(-6)) {
    const name = /^[^\s\d@:]+(?: [^\s\d@:]+){1,2}$/.test(line) ? firstNameIn(line, excluded) : "";
    if (name !== "") return name;
  }
  return "";
}

/** The first name in the sender's display name when it is a person's: "Maya Okafor", "Okafor, Maya". */
export function displayedFirstName(display: string, excluded: string[]): string {
  const name = (
    display
      .replace(/\([^)]*\)|["“”]/g, "")
      .split(/\s(?:via|from|at|@|bei|chez|von|de|da|\||-|–)\s/i)[0] ?? ""
  ).trim();
  return /[@\d]/.test(name) ? "" : firstNameIn(name, excluded, /^[^,]+,\s*\S+$/.test(name));
}
