// `npm run bench:hostile`: whether the parts that read untrusted text take time in proportion to it.
// For the template renderer and scanner, the detector, the extractor, the import checker and the
// page sample (happy-dom pages built from the input), each
// hostile input is timed at 10k, 20k, 40k, 80k and 160k characters; the line gives the time per
// size and the ratio of each time to the one before (about 2 is linear, about 4 quadratic), then
// the worst ratio of all. Needs no build. Figures only: nothing here passes or fails.
import { performance } from "node:perf_hooks";
import { Window } from "happy-dom";
import { takePageSample } from "../src/content/page-sample";
import { READER_SELECTORS } from "../src/content/sample-root";
import { classify } from "../src/core/detect";
import { extract } from "../src/core/extract";
import { renderTemplate } from "../src/core/templates";
import { scanTemplate } from "../src/core/templates/scan";
import { emptyTables } from "../src/db/tables";
import { parseImport } from "../src/options/import-data";

const SIZES = [10_000, 20_000, 40_000, 80_000, 160_000];
/** Each measure repeats its input until this much time has gone by, so small times are not noise. */
const MIN_MS = 40;
/** Times below this are too small for their ratio to say anything; the worst ratio leaves them out. */
const JUDGED_MS = 1;

/** `piece` repeated to `size` characters. */
const fill = (piece: string, size: number) =>
  piece.repeat(Math.ceil(size / piece.length)).slice(0, size);

/** A minimal export with one interview whose notes are `notes`. */
function exportWith(notes: string): string {
  return JSON.stringify({
    format: "debrief-export",
    version: 1,
    exportedAt: "2026-10-23T09:12:00.000Z",
    data: {
      ...emptyTables(),
      interviews: [
        {
          id: 1,
          company: "Lumen Analytics",
          role: "Analyst",
          round: "",
          date: "2026-10-15",
          time: "",
          interviewers: [],
          postingUrl: "",
          notes,
          status: "active",
          threads: [],
          createdAt: "2026-10-15T09:00:00.000Z",
          updatedAt: "2026-10-15T09:00:00.000Z",
        },
      ],
    },
  });
}

/** An export holding as many interviews as fit in `size` characters. */
function exportOfSize(size: number): string {
  const one = JSON.parse(exportWith("")) as { data: { interviews: { id: number }[] } };
  const [first] = one.data.interviews;
  const each = JSON.stringify(first).length + 1;
  one.data.interviews = Array.from({ length: Math.max(1, Math.floor(size / each)) }, (_, i) => ({
    ...first,
    id: i + 1,
  }));
  return JSON.stringify(one);
}

const pageWindow = new Window({ url: "https://outlook.live.com/mail/0/inbox" });
const pageDocument = pageWindow.document as unknown as Document;

/** A reading pane, apart from any page, holding what `fillPane` puts in it. */
function pane(fillPane: (root: Element) => void): Element {
  const root = pageDocument.createElement("div");
  root.id = "ReadingPaneContainerId";
  fillPane(root);
  return root;
}

const sample = (root: Element) =>
  takePageSample(pageDocument, {
    client: "outlook",
    url: new URL("https://outlook.live.com/mail/0/inbox/id/AAMk"),
    missing: "body",
    version: "0.0.0",
    taken: new Date(2026, 11, 2),
    root,
    readerSelectors: READER_SELECTORS,
    salt: "bench",
  });

interface Case {
  name: string;
  make: (size: number) => unknown;
  run: (input: never) => unknown;
}

const render = (text: string) => renderTemplate(text, {});
const mail = (body: string) => ({
  subject: "Your application",
  body,
  from: { name: "", address: "" },
});

const CASES: Record<string, Case[]> = {
  renderer: [
    {
      name: "empty placeholder, then a long run of spaces",
      make: (size) => `{{company}} x${" ".repeat(size)}y`,
      run: render,
    },
    {
      name: "spaces, then an empty placeholder",
      make: (size) => `x${" ".repeat(size)}y {{company}}`,
      run: render,
    },
    {
      name: "empty placeholders and tabs",
      make: (size) => fill("{{company}} \t ", size),
      run: render,
    },
    { name: "{{ repeated", make: (size) => fill("{{", size), run: render },
    { name: "[[{{x}} repeated", make: (size) => fill("[[{{x}}", size), run: render },
    {
      name: "one huge optional part",
      make: (size) => `[[${fill("{{role}} ", size)}]]`,
      run: render,
    },
  ],
  "template scanner": [
    { name: "{{ repeated", make: (size) => fill("{{", size), run: scanTemplate },
    { name: "{{a| repeated", make: (size) => fill("{{a|", size), run: scanTemplate },
    {
      name: "one unclosed {{ and a long line",
      make: (size) => `{{${"x".repeat(size)}`,
      run: scanTemplate,
    },
    { name: "[[ repeated", make: (size) => fill("[[", size), run: scanTemplate },
    {
      name: "placeholders back to back",
      make: (size) => fill("{{company}}", size),
      run: scanTemplate,
    },
  ],
  detector: [
    {
      name: "a long run of spaces",
      make: (size) => mail(`Hi,${" ".repeat(size)}x`),
      run: classify,
    },
    { name: "one long word", make: (size) => mail("a".repeat(size)), run: classify },
    { name: '"not " repeated', make: (size) => mail(fill("not ", size)), run: classify },
    {
      name: "quoted lines",
      make: (size) => mail(fill("> On Mon, Maya wrote:\n", size)),
      run: classify,
    },
    { name: "markup", make: (size) => mail(fill("<div>", size)), run: classify },
    {
      name: "a long subject",
      make: (size) => ({ subject: fill("Re: ", size), body: "Unfortunately we will not proceed." }),
      run: classify,
    },
  ],
  extractor: [
    {
      name: "a long run of spaces",
      make: (size) => mail(`Dear${" ".repeat(size)}Jordan`),
      run: extract,
    },
    { name: "capitalised words", make: (size) => mail(fill("Ab ", size)), run: extract },
    { name: "dates back to back", make: (size) => mail(fill("15/10/", size)), run: extract },
    { name: "< repeated", make: (size) => mail(fill("<", size)), run: extract },
    { name: "sign-offs", make: (size) => mail(fill("Best regards,\n", size)), run: extract },
    { name: "titles", make: (size) => mail(fill("Mr ", size)), run: extract },
  ],
  "page sample": [
    {
      name: "one text node",
      make: (size) => pane((root) => root.append(fill("Secret words. ", size))),
      run: sample,
    },
    {
      name: "@ repeated, no address",
      make: (size) => pane((root) => root.append(fill("a@", size))),
      run: sample,
    },
    {
      name: "elements nested, one per 10 characters",
      make: (size) =>
        pane((root) => {
          let parent = root;
          for (let depth = 0; depth < size / 10; depth++) {
            const child = pageDocument.createElement("div");
            parent.append(child);
            parent = child;
          }
        }),
      run: sample,
    },
    {
      name: "attributes holding markup, one element per 100 characters",
      make: (size) =>
        pane((root) => {
          for (let i = 0; i < size / 100; i++) {
            const element = pageDocument.createElement("span");
            element.setAttribute("aria-label", "From: <script>x</script> a@b.example");
            element.setAttribute("id", `MSG_${i}_FROM`);
            element.setAttribute("style", "display: none; background: url(x)");
            root.append(element);
          }
        }),
      run: sample,
    },
  ],
  "import checker": [
    { name: "a note of this size", make: (size) => exportWith(fill("a ", size)), run: parseImport },
    { name: "interviews filling this size", make: exportOfSize, run: parseImport },
    { name: "[ repeated", make: (size) => fill("[", size), run: parseImport },
    { name: "spaces", make: (size) => " ".repeat(size), run: parseImport },
    { name: "text that is not JSON", make: (size) => fill("{{ }} ", size), run: parseImport },
  ],
};

/** The collector, when node runs with --expose-gc (`npm run bench:hostile` does): run before each round. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * Milliseconds one call takes: the least of five rounds, each repeating the call for MIN_MS after
 * a garbage collection, so the collector's work for earlier inputs is not charged to this one.
 */
function timeOf(run: () => unknown): number {
  run();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    collect();
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      run();
      calls += 1;
      elapsed = performance.now() - start;
    } while (elapsed < MIN_MS);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

const sizeLabel = (size: number) => `${size / 1000}k`;
let worst = { ratio: 0, where: "" };
console.log(
  `Time per call at ${SIZES.map(sizeLabel).join(", ")} characters, and the ratio to the size before (≈2 linear, ≈4 quadratic)`,
);
for (const [part, cases] of Object.entries(CASES)) {
  console.log(part);
  for (const { name, make, run } of cases) {
    const times = SIZES.map((size) => {
      const input = make(size) as never;
      return timeOf(() => run(input));
    });
    const ratios = times.slice(1).map((time, i) => time / Math.max(times[i] ?? 0, 1e-3));
    for (const [i, ratio] of ratios.entries()) {
      // Below JUDGED_MS a time is mostly the timer's and the machine's noise.
      if (ratio > worst.ratio && (times[i + 1] ?? 0) >= JUDGED_MS) {
        const size = SIZES[i + 1] ?? 0;
        worst = { ratio, where: `${part}, ${name}, at ${sizeLabel(size)}` };
      }
    }
    const cells = times.map((time, i) => {
      const ratio = i === 0 ? "" : ` (×${(ratios[i - 1] ?? 0).toFixed(1)})`;
      return `${time.toFixed(2)} ms${ratio}`;
    });
    console.log(`  ${name.padEnd(46)} ${cells.join("  ")}`);
  }
}
console.log(
  `Worst ratio, of times over ${JUDGED_MS} ms: ×${worst.ratio.toFixed(1)} (${worst.where})`,
);
