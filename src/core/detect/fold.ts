// Folding maps each character to one character, so offsets in the folded text are offsets in the
// original: lower case, accents dropped, typographic quotes and dashes made plain.
// Each group: the plain character first, then the characters folded into it.
const GROUPS = [
  "aàáâãäåāăąæ",
  "cçćč",
  "dďð",
  "eèéêëēėęě",
  "iìíîïīį",
  "lł",
  "nñńň",
  "oòóôõöøōőœ",
  "rŕř",
  "sśšşß",
  "tťþ",
  "uùúûüūůűų",
  "yýÿ",
  "zźżž",
  "'’‘`´",
  "-–—",
  " \u00a0\u2009\u202f",
];
const TABLE = new Map<string, string>();
for (const group of GROUPS) for (const ch of group.slice(1)) TABLE.set(ch, group.charAt(0));

export function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const code = ch.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    const lower = ch.toLowerCase();
    const mapped = TABLE.get(lower.length === 1 ? lower : ch);
    out += mapped ?? (lower.length === 1 ? lower : ch);
  }
  return out;
}

/** True for characters that make up words once folded: ASCII letters and digits, and other letters. */
export function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000)
  );
}
