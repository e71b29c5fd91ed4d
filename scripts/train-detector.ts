// `npm run train:detector [-- --check]`: trains the detector's learned model from the project's
// labelled emails (test/fixtures/emails/*.jsonl and train/*.jsonl; never blind/, never the shared
// corpus), writes the weights that ship (src/core/detect/model/weights.json) and the training
// report (docs/detector-training.md). Deterministic: the same emails give the same file.
// With --check it writes nothing and exits 1 when the shipped weights are not what training gives.
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { classifyByRules as rulesOnly } from "../src/core/detect";
import { modelAdds, modelRoom } from "../src/core/detect/classify";
import { MODEL_ROOMS } from "../src/core/detect/types";
import type { LabelledEmail } from "./lib/detect-jsonl";
import { type TrainingResult, trainingEmails, trainModel } from "./lib/train-detector";

const root = resolve(import.meta.dirname, "..");
const fixtureDir = join(root, "test", "fixtures", "emails");
const weightsPath = join(root, "src", "core", "detect", "model", "weights.json");
const reportPath = join(root, "docs", "detector-training.md");

const started = performance.now();
const emails = trainingEmails(fixtureDir);
const result = trainModel(emails);
const seconds = (performance.now() - started) / 1000;
const weights = `${JSON.stringify(result.file)}\n`;

if (process.argv.includes("--check")) {
  const shipped = readFileSync(weightsPath, "utf8");
  if (shipped !== weights) {
    console.error(
      `${relative(root, weightsPath)} is not what training gives: run npm run train:detector.`,
    );
    process.exit(1);
  }
  console.log(`${relative(root, weightsPath)} is what training gives.`);
  process.exit(0);
}

writeFileSync(weightsPath, weights);
writeFileSync(reportPath, report(result, emails, weights, seconds));
console.log(
  `Wrote ${relative(root, weightsPath)} and ${relative(root, reportPath)} (${seconds.toFixed(1)} s).`,
);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function count(rows: readonly { truth: boolean; said: boolean }[]): Counts {
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { truth, said } of rows) {
    if (truth && said) counts.tp++;
    else if (said) counts.fp++;
    else if (truth) counts.fn++;
    else counts.tn++;
  }
  return counts;
}

function ratio(a: number, b: number): string {
  return b === 0 ? "–" : (a / b).toFixed(3);
}

function report(
  result: TrainingResult,
  emails: readonly LabelledEmail[],
  file: string,
  took: number,
): string {
  const { thresholds } = result.model;
  const heldOut = result.heldOut.map(({ email, probability }) => {
    const rules = rulesOnly(email.input);
    return {
      email,
      probability,
      room: modelRoom(rules),
      truth: email.label === "rejection",
      model: probability >= thresholds.job,
      // The rules are tuned on these emails, so their column is no measure of how they generalise.
      combined: rules.verdict === "rejection" || modelAdds(rules, probability, thresholds),
    };
  });
  const languages = [...new Set(emails.map((email) => email.lang))].sort();
  const rows = ["all", ...languages].map((lang) => {
    const mine = heldOut.filter((row) => lang === "all" || row.email.lang === lang);
    const model = count(mine.map((row) => ({ truth: row.truth, said: row.model })));
    const combined = count(mine.map((row) => ({ truth: row.truth, said: row.combined })));
    const rejections = mine.filter((row) => row.truth).length;
    return `| ${lang} | ${rejections} | ${mine.length - rejections} | ${ratio(model.tp, model.tp + model.fp)} | ${ratio(model.tp, model.tp + model.fn)} | ${ratio(combined.tp, combined.tp + combined.fp)} | ${ratio(combined.tp, combined.tp + combined.fn)} |`;
  });
  const negatives = heldOut.filter((row) => !row.truth);
  const rooms = MODEL_ROOMS.map((room) => {
    const mine = heldOut.filter((row) => row.room === room);
    const passes = (truth: boolean) =>
      mine.filter((row) => row.truth === truth && row.probability >= thresholds[room]).length;
    return `| ${room} | ${thresholds[room]} | ${mine.filter((row) => row.truth).length} | ${passes(true)} | ${mine.filter((row) => !row.truth).length} | ${passes(false)} |`;
  });
  const passing = negatives.filter((row) => row.room && row.probability >= thresholds[row.room]);
  const reaching = negatives.filter((row) => row.probability >= thresholds.job);
  const kept = result.model.weights.reduce((total, weight) => total + (weight === 0 ? 0 : 1), 0);
  const options = result.options;
  return `# The detector's learned model: training report

Written by \`npm run train:detector\`; do not edit. The model is logistic regression on hashed word,
word-pair and 3–5-letter features of the subject and the newest message's first 3,000 characters
(\`src/core/detect/model/features.ts\`), trained by \`scripts/lib/train-detector.ts\` on the project's
labelled emails: \`test/fixtures/emails/*.jsonl\` and \`train/*.jsonl\`. The blind split (\`blind/\`) and
the shared corpus are never trained on; \`npm run bench:detect\` scores them.

- Emails: ${emails.length} (${emails.filter((email) => email.label === "rejection").length} rejections), in ${languages.length} languages.
- Training: ${options.epochs} passes of gradient descent with Nesterov momentum, rate ${options.learningRate}, L2 ${options.lambda}, 2^${options.bits} slots; folds seeded with ${options.seed}. ${took.toFixed(1)} s here.
- Weights: the strongest ${Math.round(options.keep * 100)}% kept (${kept} of ${result.model.weights.length} slots), as 8-bit integers: ${file.length.toLocaleString("en")} bytes, ${gzipSync(file).length.toLocaleString("en")} gzip.
- Thresholds, one for each room the rules leave the model (\`modelRoom\` in \`src/core/detect/classify.ts\`): held-out look-alikes the model would turn into rejections: ${passing.length} of ${negatives.length} (at most ${Math.round(options.negativePass * 100)}% allowed, shared out between the rooms where it adds the most held-out rejections; \`job\` never below 0.5, the others never below \`job\`). ${reaching.length} look-alikes reach the \`job\` threshold; the rest are ones the rules read as something else (an acknowledgement, an offer, a refusal of a grant), which the model never overturns.

| room | threshold | held-out rejections in it | passing | look-alikes in it | passing |
| --- | --- | --- | --- | --- | --- |
${rooms.join("\n")}

## Cross-validated (${options.folds} folds, each email scored by a model trained without it)

"Combined" is the rules with the model beside them, as the extension runs them. The rules were
tuned on these same emails, so the combined columns flatter them; the model's columns are each email
scored by a model that never saw it. The blind split, in \`npm run bench:detect\`, is the fair measure.

| language | rejections | look-alikes | model precision | model recall | combined precision | combined recall |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}
`;
}
