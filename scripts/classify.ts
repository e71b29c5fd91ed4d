// `npm run classify -- FILE.jsonl` (or `-`, or nothing, for standard input): one verdict a line (issue #3).
//
// Each input line is a JSON object with `id`, `subject`, `body` and optionally `from_name`,
// `from_address`; every other field, a label included, is ignored. Each output line is
// {"id","verdict","confidence","kind","language","reasons"}. A line that cannot be read is reported
// on standard error with its number and skipped; the exit code is then 1, once all lines are done.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { classify } from "../src/core/detect";
import type { Verdict } from "../src/core/detect/types";
import { numberedLines, parseEmailLine, readLines } from "./lib/detect-jsonl";

/** Where text goes: process.stdout and process.stderr, or anything with the same `write`. */
export interface TextSink {
  write(chunk: string): boolean;
  once?(event: "drain", listener: () => void): unknown;
}

export interface ClassifiedLine {
  id: string;
  verdict: Verdict["verdict"];
  confidence: number;
  kind: Verdict["kind"];
  language: Verdict["language"];
  reasons: Verdict["reasons"];
}

export function outputLine(id: string, verdict: Verdict): ClassifiedLine {
  return {
    id,
    verdict: verdict.verdict,
    confidence: Math.round(verdict.confidence * 1000) / 1000,
    kind: verdict.kind,
    language: verdict.language,
    reasons: verdict.reasons,
  };
}

/** Waits for a full pipe to drain, so a large input does not pile up in memory on the way out. */
async function write(sink: TextSink, text: string): Promise<void> {
  if (!sink.write(text) && sink.once) {
    const once = sink.once.bind(sink);
    await new Promise<void>((done) => once("drain", done));
  }
}

/** Classifies every line; returns the exit code: 0 when every line was read, 1 otherwise. */
export async function classifyLines(
  lines: AsyncIterable<string>,
  out: TextSink,
  err: TextSink,
): Promise<number> {
  let exitCode = 0;
  for await (const { number, text } of numberedLines(lines)) {
    const record = parseEmailLine(text);
    if (!record.ok) {
      exitCode = 1;
      await write(err, `line ${number}: ${record.error}\n`);
      continue;
    }
    let verdict: Verdict;
    try {
      verdict = classify(record.value.input);
    } catch (error) {
      // The detector promises never to throw; if it does, say where, and go on with the rest.
      exitCode = 1;
      await write(
        err,
        `line ${number}: the detector threw: ${(error as Error)?.message ?? error}\n`,
      );
      continue;
    }
    await write(out, `${JSON.stringify(outputLine(record.value.id, verdict))}\n`);
  }
  return exitCode;
}

async function main(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h") || args.length > 1) {
    process.stderr.write(
      "usage: npm run classify -- [FILE.jsonl | -]   (no file or - reads stdin)\n",
    );
    return args.length > 1 ? 2 : 0;
  }
  const [path] = args;
  let lines: AsyncIterable<string>;
  try {
    // npm runs scripts from the package root; a relative path means where the user typed it.
    lines = readLines(
      path === undefined || path === "-" ? path : resolve(process.env.INIT_CWD ?? ".", path),
    );
  } catch (error) {
    process.stderr.write(`cannot read ${path}: ${(error as Error).message}\n`);
    return 2;
  }
  return classifyLines(lines, process.stdout, process.stderr);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `npm run classify -- big.jsonl | head` closes the pipe early: that is the reader's choice.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await main(process.argv.slice(2));
}
