// `npm run sample:fixture -- SAMPLE [--body CSS] [--not-rejection]`: turns a page sample from a bug
// report (the popup's "Copy a page sample", pasted into a file) into a fixture page under
// test/fixtures/<client>/, which the markup-variation tests then read in all their variants.
// The sample's blanked words are replaced by an invented rejection, subject and sender.
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fixtureFromSample } from "./lib/sample-fixture";

const root = resolve(import.meta.dirname, "..");
const MAX_SAMPLE_FILE_BYTES = 4_000_000;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const file = args.find((arg, index) => !arg.startsWith("--") && args[index - 1] !== "--body");
const bodyAt = args.indexOf("--body");
const bodySelector = bodyAt === -1 ? undefined : args[bodyAt + 1];
if (!file) fail("Usage: npm run sample:fixture -- SAMPLE [--body CSS] [--not-rejection]");
if (bodyAt !== -1 && !bodySelector) fail("--body needs a CSS selector after it.");
if (!existsSync(file)) fail(`No file ${file}.`);
if (statSync(file).size > MAX_SAMPLE_FILE_BYTES) {
  fail(`${file} is larger than a page sample can be (${MAX_SAMPLE_FILE_BYTES / 1_000_000} MB).`);
}

const made = fixtureFromSample(readFileSync(file, "utf8"), {
  bodySelector,
  notRejection: args.includes("--not-rejection"),
});
if (typeof made === "string") fail(made);

const taken = /taken (\d{4}-\d{2}-\d{2})/.exec(made.header.origin)?.[1] ?? "undated";
const dir = join(root, "test", "fixtures", made.header.client);
let name = `sample-${taken}.html`;
for (let n = 2; existsSync(join(dir, name)); n++) name = `sample-${taken}-${n}.html`;
writeFileSync(join(dir, name), made.html);
console.log(
  `Wrote ${relative(root, join(dir, name))}: ${made.filled.join(", ")} filled in; served at ${made.header.url}.`,
);
if (made.removed > 0) {
  console.log(
    `${made.removed} scripts, frames, images or handlers were in the sample and are left out.`,
  );
}
console.log(
  "The markup-variation tests (test/content/markup-variations.test.ts) read it from there.",
);
