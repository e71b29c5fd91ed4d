import { hostOf } from "../core/mail-sites";
import type { SelectorHits } from "../core/selector-hits";
import {
  PAGE_COUNTS_ENTRY,
  PAGE_SAMPLE_ENTRY,
  type PageSampleRequest,
  type PageSampleResult,
} from "../messages";
import { takePageSample } from "./page-sample";
import { READER_SELECTORS, sampleRoot } from "./sample-root";

/**
 * Injected into a mail tab only when the user presses "Copy a page sample" (the popup runs it with
 * `scripting.executeScript`), so the scrubber never weighs on the content script every mail page
 * loads. It runs in the extension's isolated world, like the content script: the page cannot see
 * or call what it defines. It leaves one function there, which the popup calls next.
 */
function takeSample(request: PageSampleRequest): PageSampleResult {
  try {
    const url = new URL(location.href);
    const client = hostOf(url);
    if (!client) return { failed: "not a mail page Debrief runs on" };
    return {
      sample: takePageSample(document, {
        client,
        url,
        missing: request.missing,
        version: request.version,
        taken: new Date(request.taken),
        ...countsOfThisPage(),
        root: sampleRoot(client, document),
        readerSelectors: READER_SELECTORS,
      }),
    };
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}

/** The counts the content script kept for this page, when it left them (see content/start.ts). */
function countsOfThisPage(): { selectorHits?: SelectorHits } {
  const counts = (globalThis as Record<string, unknown>)[PAGE_COUNTS_ENTRY];
  return typeof counts === "function" ? { selectorHits: counts() as SelectorHits } : {};
}

(globalThis as Record<string, unknown>)[PAGE_SAMPLE_ENTRY] = takeSample;
