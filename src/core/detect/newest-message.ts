import { fold } from "./fold";

// Lines that open quoted or forwarded history, by language, folded (lower case, no accents).
// "On Tue, 3 Nov 2026 at 10:00, Maya <maya@x> wrote:" may wrap over two or three lines.
const ATTRIBUTION_ENDINGS = [
  "wrote:", // en
  "escribio:", // es
  "a ecrit :", // fr
  "a ecrit:",
  "schrieb", // de: "Am 2. März 2026 schrieb Ana <ana@x>:"
  "escreveu:", // pt
  "schreef", // nl: "Op 2 mrt 2026 schreef Ana <ana@x>:"
  "ha scritto:", // it
];
const ATTRIBUTION_STARTS = ["on ", "el ", "le ", "am ", "em ", "op ", "il ", "in "];
const SEPARATORS = [
  "-----original message-----",
  "----- original message -----",
  "---------- forwarded message",
  "-------- original message",
  "-----ursprungliche nachricht-----",
  "-----mensaje original-----",
  "-----message d'origine-----",
  "-----mensagem original-----",
  "-----oorspronkelijk bericht-----",
  "-----messaggio originale-----",
  "begin forwarded message:",
];
// A line of dashes naming a forwarded or original message, in any of the seven languages:
// "-------- Weitergeleitete Nachricht --------", "---------- Mensaje reenviado ----------".
const SEPARATOR_WORDS = [
  "forwarded",
  "original",
  "weitergeleitet",
  "ursprungliche",
  "reenviado",
  "transfere",
  "origine",
  "inoltrato",
  "originale",
  "doorgestuurd",
  "oorspronkelijk",
  "encaminhad",
  "reencaminhad",
];
const DASHED = /^-{3,}\s*\p{L}/u;
// Outlook's header block: "From: …" followed within a few lines by "Sent: …" (or "Date: …").
const FROM_HEADERS = ["from:", "von:", "de:", "de :", "da:", "van:"];
const SENT_HEADERS = [
  "sent:",
  "date:",
  "gesendet:",
  "datum:",
  "enviado:",
  "enviado el:",
  "envoye :",
  "envoye:",
  "date :",
  "inviato:",
  "data:",
  "verzonden:",
  "fecha:",
];

/**
 * Where the newest message of `body` ends: the offset of the first line that opens quoted or
 * forwarded history, or the body's length. One pass over the lines.
 */
export function newestMessageEnd(body: string): number {
  const text = fold(body);
  const lines: { start: number; text: string }[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const stop = newline === -1 ? text.length : newline;
    lines.push({ start, text: text.slice(start, stop).trim() });
    if (newline === -1) break;
    start = newline + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.text === "") continue;
    const value = line.text.length > 400 ? line.text.slice(0, 400) : line.text;
    if (SEPARATORS.some((separator) => value.startsWith(separator))) return line.start;
    if (DASHED.test(value) && SEPARATOR_WORDS.some((word) => value.includes(word))) {
      return line.start;
    }
    if (ATTRIBUTION_STARTS.some((opening) => value.startsWith(opening))) {
      // The attribution may wrap: look at this line and the next two together. It names a date or a
      // time, so "On Tuesday we wrote: ..." in a message is left alone.
      const joined = [value, lines[i + 1]?.text ?? "", lines[i + 2]?.text ?? ""].join(" ");
      const ending = ATTRIBUTION_ENDINGS.map((mark) => joined.indexOf(mark)).filter(
        (at) => at !== -1,
      );
      if (ending.length > 0 && Math.min(...ending) < 300 && /\d/.test(joined)) return line.start;
    }
    if (FROM_HEADERS.some((header) => value.startsWith(header))) {
      for (let j = i + 1; j <= i + 4 && j < lines.length; j++) {
        const next = lines[j]?.text ?? "";
        if (SENT_HEADERS.some((header) => next.startsWith(header))) return line.start;
      }
    }
  }
  return body.length;
}
