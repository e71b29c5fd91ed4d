import { afterEach, describe, expect, it } from "vitest";
import { sendMessage } from "../src/messages";

const scope = globalThis as { browser?: unknown };

afterEach(() => {
  delete scope.browser;
});

describe("sending a message to the background", () => {
  it("returns the background's reply", async () => {
    scope.browser = { runtime: { sendMessage: async () => ({ interviews: [] }) } };
    await expect(sendMessage({ type: "emailClosed" })).resolves.toEqual({ interviews: [] });
  });

  it("turns the refusal Chrome's polyfill sends back into an error", async () => {
    scope.browser = {
      runtime: {
        sendMessage: async () => ({
          __mozWebExtensionPolyfillReject__: true,
          message: "Debrief: chooseInterview: no interview 42",
        }),
      },
    };
    await expect(sendMessage({ type: "emailClosed" })).rejects.toThrow("no interview 42");
  });

  it("says the extension is gone when there is no runtime to send to", async () => {
    await expect(sendMessage({ type: "emailClosed" })).rejects.toThrow(
      "Extension context invalidated",
    );
  });
});
