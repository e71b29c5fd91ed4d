import { fold, nameKey } from "./text";

/** Words a role follows: "position of", "application for", "als", "poste de", "puesto de", ... */
const BEFORE_ROLE =
  /\b(?:(?:position|role|post) (?:of|as)|(?:applied|application|applying) for|(?:bewerbung|position|stelle|sollicitatie|functie)[^.\n]{0,60}?\bals|poste d(?:e |')|candidature (?:pour|au)|en tant que|(?:puesto|posicion|vacante|cargo|vaga|posicao) (?:de|para)|candidatura (?:para|a|per)|functie van|sollicitatie voor|(?:posizione|ruolo) di)\s*/g;

const CAPTURE = /[^\n,;:!?()"“”«»|<>[\]]{2,80}/y;

/** Articles and "position of" left at the start of a capture. */
const LEAD =
  /^(?:(?:the|a|an|our|le|la|el|il|o|a|de|die|der|het|een|um|uma|un|una)\s+|[ld]'|(?:position|role|poste|puesto|vaga|functie|posizione|ruolo|stelle)\s+(?:of|as|de|van|di|als)\s+)/;

/** Where the rest of the sentence starts after a role. */
const STOP =
  /\.(?:\s|$)|\s[-–—/]\s|\s?\(|\s(?:[^\s\d]+,?\s)?\d|\s(?:at|with|in|on|en|bei|chez|na|no|em|bij|presso|con|com|met|il|le|el|lo|am|the|and|und|et|y|e|is|was|has|have|ist|est|fue|foi|ha|that|which|we|wir|nous|for|to|per|pour|para|voor|fur|from|al|au|nel|op)\b/;

const NOT_ROLE =
  /^(?:position|role|job|application|interview|you|your|us|this|that|other|a|an|the)\b/;

/** A role as a capture gives it, without articles, gender markers, reference numbers or the rest of the sentence. */
export function cleanRole(raw: string): string {
  let role = raw.trim();
  for (let i = 0; i < 2; i++) role = role.slice(LEAD.exec(fold(role))?.[0].length ?? 0);
  role = role
    .slice(0, STOP.exec(fold(role))?.index)
    .replace(/\s*\b[mwfdhx] ?\/ ?[mwfdhx](?: ?\/ ?[mwfdhx])?\b/gi, "")
    .replace(
      /\s*(?:#|\b(?:ref|req|job ?id|id|nr|no)\b\.?:?\s*)[\w-]*\d.*$|\s+[A-Z]{0,4}-?\d{3,}$/i,
      "",
    )
    .replace(/\s+(?:role|position|job|opening|vacancy|opportunity)$/i, "")
    .replace(/^[\s"'“„«‘*]+|[\s.,;:!?'"”»’*-]+$/g, "");
  return role.length > 1 &&
    role.length < 81 &&
    role.split(/\s+/).length < 9 &&
    !NOT_ROLE.test(fold(role))
    ? role
    : "";
}

/** Capitalised words just before "role" or "position": "the Senior Product Analyst role". */
const AFTER_ROLE = /\s(?:role|position|opening|vacancy|job|opportunity)\b/g;
const STOP_BACK = /^(?:the|a|an|our|this|your|for|to|in|at|with|and|about|on|open|same|new)$/;

function roleBefore(text: string, folded: string): string {
  for (const m of folded.matchAll(AFTER_ROLE)) {
    const words = text.slice(Math.max(0, m.index - 70), m.index).split(/\s+/);
    const role: string[] = [];
    for (let i = words.length - 1; i > 0 && role.length < 6; i--) {
      const word = words[i] ?? "";
      // A reference after the role ("Data Analyst (R-12345) position") is passed over.
      if (role.length === 0 && /^[(#[]|\d/.test(word)) continue;
      if (STOP_BACK.test(fold(word)) || /[,.;:!?()"]$/.test(word)) break;
      role.unshift(word);
    }
    const clean = /^\p{Lu}/u.test(role[0] ?? "") ? cleanRole(role.join(" ")) : "";
    if (clean !== "") return clean;
  }
  return "";
}

/** Words that make a part of a subject something other than the role: "Application update", "Re:". */
const SUBJECT_WORDS =
  /\b(?:application|bewerbung|candidat\S*|sollicitatie|interview|\S*gesprach|entretien|entrevista|\S*gesprek|colloquio|update|invitation|einladung|convite|uitnodiging|invito|your|ihre|votre|thank\S*|danke|merci|gracias|obrigad\S*|bedankt|grazie|status)\b/;

/** "Senior Product Analyst – Application update", "Bewerbung: Data Engineer". */
function roleInSubjectParts(subject: string): string {
  const parts = subject.replace(/^(?:\s*(?:re|fwd?|aw|wg|tr|rv):)+/i, "").split(/\s[-–—|:]\s|:\s/);
  if (parts.length < 2 || !parts.some((part) => SUBJECT_WORDS.test(fold(part)))) return "";
  for (const part of parts) {
    const role = SUBJECT_WORDS.test(fold(part)) ? "" : cleanRole(part);
    if (/^\p{Lu}/u.test(role)) return role;
  }
  return "";
}

/** The role the email is about: from the subject's phrasing first, then the body's, then the subject's parts. */
export function findRole(subject: string, body: string, companyKey: string): string {
  const candidates = [subject, body].flatMap((text) => {
    const folded = fold(text);
    return [
      ...[...folded.matchAll(BEFORE_ROLE)].map((m) => {
        CAPTURE.lastIndex = m.index + m[0].length;
        return cleanRole(CAPTURE.exec(text)?.[0] ?? "");
      }),
      roleBefore(text, folded),
    ];
  });
  return (
    [...candidates, roleInSubjectParts(subject)].find(
      (role) => role !== "" && nameKey(role) !== companyKey,
    ) ?? ""
  );
}
