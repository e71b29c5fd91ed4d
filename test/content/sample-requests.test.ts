import { describe, expect, it } from "vitest";
import { answerSampleRequests } from "../../src/content/sample-requests";

const ORIGIN = "chrome-extension://debriefdebriefdebriefdebriefdebr/";

function fakeRuntime() {
  type Listener = Parameters<typeof answerSampleRequests>[0]["runtime"] extends infer R
    ? R extends { onMessage: { addListener(listener: infer L): void } }
      ? L
      : never
    : never;
  const listeners = new Set<Listener>();
  const runtime = {
    id: "debriefdebriefdebriefdebriefdebr",
    getURL: (path: string) => `${ORIGIN}${path}`,
    onMessage: {
      addListener: (listener: Listener) => listeners.add(listener),
      removeListener: (listener: Listener) => listeners.delete(listener),
    },
  };
  /** What the content script answers, or "no answer". */
  const ask = (message: unknown, sender: { id?: string; url?: string }) => {
    let reply: unknown = "no answer";
    for (const listener of listeners) listener(message, sender, (answer) => (reply = answer));
    return reply;
  };
  return { runtime, ask, listeners };
}

describe("a page sample asked of the content script", () => {
  it("is given to Debrief's own pages only", () => {
    const { runtime, ask } = fakeRuntime();
    answerSampleRequests({
      take: () => "<!-- sample -->",
      signal: new AbortController().signal,
      runtime,
    });
    const popup = { id: runtime.id, url: `${ORIGIN}src/popup/index.html` };
    expect(ask({ type: "pageSample" }, popup)).toEqual({ sample: "<!-- sample -->" });
    expect(
      ask(
        { type: "pageSample" },
        { id: "anotherextension", url: "chrome-extension://another/x.html" },
      ),
    ).toBe("no answer");
    expect(
      ask({ type: "pageSample" }, { id: runtime.id, url: "https://outlook.live.com/mail/" }),
    ).toBe("no answer");
    expect(ask({ type: "somethingElse" }, popup)).toBe("no answer");
  });

  it("says why when it cannot be taken, and stops answering once the script is stopped", () => {
    const { runtime, ask, listeners } = fakeRuntime();
    const lifetime = new AbortController();
    answerSampleRequests({
      take: () => {
        throw new Error("the page went away");
      },
      signal: lifetime.signal,
      runtime,
    });
    const popup = { id: runtime.id, url: `${ORIGIN}src/popup/index.html` };
    expect(ask({ type: "pageSample" }, popup)).toEqual({ failed: "the page went away" });
    lifetime.abort();
    expect(listeners.size).toBe(0);
  });
});
