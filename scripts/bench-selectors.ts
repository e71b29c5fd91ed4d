// `npm run bench:selectors`: what counting which selector matched (select.ts) costs the readers.
//   1. One helper call on a stub root that answers at once, so nothing but the helper is timed:
//      a list that is not counted, then the same list counted (ns per call, median of 7 runs).
//   2. The Outlook and Gmail readers finding and reading the demo mailbox's rejection in happy-dom,
//      with no list counted and with every list counted: each in its own process, the two kinds
//      alternating 4 times so the machine's drift falls on both (µs per check, median of the runs).
//   3. How many counted helper calls a check makes, and so what counting adds to one.
// Needs no build. Figures only: nothing here passes or fails.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Window } from "happy-dom";
import { gmailAdapter } from "../src/content/gmail/read";
import type { HostAdapter } from "../src/content/host";
import { outlookAdapter } from "../src/content/outlook/read";
import {
  queryFirst,
  type Selector,
  selectorTallies,
  tallySelectorLists,
} from "../src/content/select";
import { SELECTOR_LISTS } from "../src/content/selector-lists";
import { MAILBOX_DIR } from "./lib/demo-mailbox";

const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median over RUNS of the time per call of `work`, each run `calls` calls long. */
function perCall(work: () => void, calls: number): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let call = 0; call < calls; call++) work();
    times.push((performance.now() - start) / calls);
  }
  return median(times);
}

function demoPage(client: "gmail" | "outlook", url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const html = readFileSync(join(MAILBOX_DIR, `${client}.html`), "utf8");
  const scripts = [...html.matchAll(/<script src="\/demo-mailbox\/([\w.-]+)"><\/script>/g)].map(
    (match) => match[1] ?? "",
  );
  window.document.write(html.replace(/<script\b[^>]*><\/script>/g, ""));
  for (const script of scripts) window.eval(readFileSync(join(MAILBOX_DIR, script), "utf8"));
  return window.document as unknown as Document;
}

function readOnce(adapter: HostAdapter, doc: Document): void {
  const found = adapter.findOpenMessage(doc, new URL(doc.location.href));
  if (found.kind !== "message") throw new Error(`the demo page shows no message (${found.kind})`);
  if (found.read().kind !== "email") throw new Error("the demo message could not be read");
}

// A list found by its third entry, on a root that answers without a DOM.
const list: readonly Selector[] = [{ css: "a" }, { css: "b" }, { css: "c" }];
const element = {} as Element;
const root = { querySelector: (css: string) => (css === "c" ? element : null) } as ParentNode;
const CALLS = 2_000_000;

const lumen = "FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG";
const gmail = demoPage("gmail", `https://mail.google.com/mail/u/0/#inbox/${lumen}`);
const outlookUrl = (() => {
  const window = new Window({ url: "https://outlook.live.com/" });
  window.eval(readFileSync(join(MAILBOX_DIR, "emails.js"), "utf8"));
  const mailbox = (
    window as unknown as {
      DEMO_MAILBOX: { threadId: string; messages: { outlookItemId: string }[] }[];
    }
  ).DEMO_MAILBOX;
  const conversation = mailbox.find((each) => each.threadId === lumen) ?? mailbox[0];
  const newest = conversation?.messages.at(-1)?.outlookItemId ?? "";
  return `https://outlook.live.com/mail/0/inbox/id/${encodeURIComponent(newest)}`;
})();
const outlook = demoPage("outlook", outlookUrl);
const CHECKS = 300;

/** Counted helper calls since the last look, over every list the readers use. */
let seen = 0;
function countedCalls(): number {
  let total = 0;
  for (const each of SELECTOR_LISTS.values())
    for (const count of selectorTallies().get(each) ?? []) total += count;
  const fresh = total - seen;
  seen = total;
  return fresh;
}

interface Figures {
  helper: number;
  gmail: number;
  outlook: number;
  gmailCalls: number;
  outlookCalls: number;
}

/** One process's figures: every list counted, or none. */
function measure(counted: boolean): Figures {
  if (counted) tallySelectorLists([list, ...SELECTOR_LISTS.values()]);
  // Warmed up first, so the figures are not the JIT's first steps.
  perCall(() => queryFirst(root, list), CALLS);
  perCall(() => readOnce(gmailAdapter, gmail), CHECKS);
  perCall(() => readOnce(outlookAdapter, outlook), CHECKS);
  countedCalls();
  const helper = perCall(() => queryFirst(root, list), CALLS);
  countedCalls();
  const gmailTime = perCall(() => readOnce(gmailAdapter, gmail), CHECKS);
  const gmailCalls = countedCalls() / (RUNS * CHECKS);
  const outlookTime = perCall(() => readOnce(outlookAdapter, outlook), CHECKS);
  const outlookCalls = countedCalls() / (RUNS * CHECKS);
  return { helper, gmail: gmailTime, outlook: outlookTime, gmailCalls, outlookCalls };
}

const mode = process.argv[2];
if (mode === "--counted" || mode === "--not-counted") {
  console.log(JSON.stringify(measure(mode === "--counted")));
} else {
  const runs: Record<"counted" | "notCounted", Figures[]> = { counted: [], notCounted: [] };
  for (let round = 0; round < 4; round++) {
    for (const kind of ["notCounted", "counted"] as const) {
      const out = execFileSync(
        process.execPath,
        [
          ...process.execArgv,
          process.argv[1] ?? "",
          kind === "counted" ? "--counted" : "--not-counted",
        ],
        { encoding: "utf8" },
      );
      runs[kind].push(JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as Figures);
    }
  }
  const mid = (kind: "counted" | "notCounted", key: keyof Figures) =>
    median(runs[kind].map((figures) => figures[key]));
  const ns = (ms: number) => `${(ms * 1e6).toFixed(1)} ns`;
  const us = (ms: number) => `${(ms * 1e3).toFixed(1)} µs`;
  const added = mid("counted", "helper") - mid("notCounted", "helper");
  console.log(
    `queryFirst, found by the third entry, stub root: ${ns(mid("notCounted", "helper"))} not counted, ${ns(mid("counted", "helper"))} counted (${ns(added)} added per call)`,
  );
  for (const client of ["gmail", "outlook"] as const) {
    const callsPerCheck = mid("counted", client === "gmail" ? "gmailCalls" : "outlookCalls");
    console.log(
      `${client} reader, find and read the demo rejection: ${us(mid("notCounted", client))} not counted, ${us(mid("counted", client))} counted; ` +
        `${callsPerCheck.toFixed(0)} counted helper calls per check, so about ${ns(added * callsPerCheck)} of counting per check`,
    );
  }
}
