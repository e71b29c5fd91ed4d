import { afterEach, describe, expect, it } from "vitest";
import { REQUEST_PORT, sendMessage } from "../src/messages";

const scope = globalThis as { browser?: unknown };

afterEach(() => {
  delete scope.browser;
});

/** A runtime whose request ports the `background` answers: with an answer to post, or by closing. */
function runtimeAnswering(background: (message: unknown) => { post: unknown } | { close: string }) {
  const opened: { name: string; disconnected: boolean }[] = [];
  const runtime = {
    opened,
    // Firefox's: requests go on ports there.
    getURL: (path: string) => `moz-extension://0b5e3c1a-7d2f-4e8a-9c61-5f0d2b7a4e93/${path}`,
    sendMessage: () => Promise.reject(new Error("Firefox asks on a port")),
    connect(info: { name: string }) {
      const onMessage: ((answer: unknown) => void)[] = [];
      const onDisconnect: ((port: unknown) => void)[] = [];
      const record = { name: info.name, disconnected: false };
      opened.push(record);
      const port = {
        error: null as { message: string } | null,
        onMessage: {
          addListener: (listener: (answer: unknown) => void) => onMessage.push(listener),
        },
        onDisconnect: {
          addListener: (listener: (port: unknown) => void) => onDisconnect.push(listener),
        },
        disconnect: () => {
          record.disconnected = true;
        },
        postMessage(message: unknown) {
          const answer = background(message);
          queueMicrotask(() => {
            if ("post" in answer) for (const listener of onMessage) listener(answer.post);
            else {
              port.error = { message: answer.close };
              for (const listener of onDisconnect) listener(port);
            }
          });
        },
      };
      return port;
    },
  };
  scope.browser = { runtime };
  return runtime;
}

describe("sending a message to the background in Chrome", () => {
  it("returns the background's reply from sendMessage", async () => {
    scope.browser = {
      runtime: {
        getURL: (path: string) => `chrome-extension://abcdefghijklmnopabcdefghijklmnop/${path}`,
        sendMessage: () => Promise.resolve({ interviews: [] }),
      },
    };
    await expect(sendMessage({ type: "emailClosed" })).resolves.toEqual({ interviews: [] });
  });

  it("turns the refusal the background's polyfill sends into an error", async () => {
    scope.browser = {
      runtime: {
        sendMessage: () =>
          Promise.resolve({ __mozWebExtensionPolyfillReject__: true, message: "no interview 42" }),
      },
    };
    await expect(sendMessage({ type: "emailClosed" })).rejects.toThrow("no interview 42");
  });
});

describe("sending a message to the background in Firefox", () => {
  it("returns the background's reply, on a port of its own that it then closes", async () => {
    const runtime = runtimeAnswering(() => ({ post: { reply: { interviews: [] } } }));
    await expect(sendMessage({ type: "emailClosed" })).resolves.toEqual({ interviews: [] });
    expect(runtime.opened).toEqual([{ name: REQUEST_PORT, disconnected: true }]);
  });

  it("turns the background's refusal into an error", async () => {
    runtimeAnswering(() => ({ post: { refused: "Debrief: chooseInterview: no interview 42" } }));
    await expect(sendMessage({ type: "emailClosed" })).rejects.toThrow("no interview 42");
  });

  it("fails with the browser's reason when the port closes unanswered", async () => {
    runtimeAnswering(() => ({
      close: "Could not establish connection. Receiving end does not exist.",
    }));
    await expect(sendMessage({ type: "emailClosed" })).rejects.toThrow(
      "Receiving end does not exist",
    );
  });

  it("says the extension is gone when there is no runtime to send to", async () => {
    await expect(sendMessage({ type: "emailClosed" })).rejects.toThrow(
      "Extension context invalidated",
    );
  });
});
