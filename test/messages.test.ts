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

describe("sending a message to the background", () => {
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
