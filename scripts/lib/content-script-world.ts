import type { CDPSession, Page } from "playwright-core";
import type { ExtensionBrowser } from "./extension-browser";

/** Debrief's content script's own world in a mail page, as the DevTools protocol reaches it. */
export interface ContentScriptWorld {
  cdp: CDPSession;
  contextId: number;
}

/**
 * Finds the content script's world among the page's execution contexts: code run there has what
 * the content script has, as if it had been taken over by the page. For tests of what the
 * background lets a content script do, and for timing the background's answers as a mail page
 * gets them.
 */
export async function contentScriptWorld(
  browser: ExtensionBrowser,
  page: Page,
): Promise<ContentScriptWorld> {
  const cdp = await page.context().newCDPSession(page);
  const origin = `chrome-extension://${browser.extensionId}`;
  const found = new Promise<number>((resolve) => {
    cdp.on("Runtime.executionContextCreated", ({ context }) => {
      const aux = context.auxData as { type?: string; isDefault?: boolean } | undefined;
      if (
        aux?.type === "isolated" &&
        (context.origin === origin || context.origin.startsWith(origin))
      )
        resolve(context.id);
    });
  });
  // Enabling reports every context that already exists.
  await cdp.send("Runtime.enable");
  return { cdp, contextId: await found };
}

/** What a message sent from the content script's world gets: the reply, or the refusal's words. */
export async function sendFrom(
  world: ContentScriptWorld,
  message: unknown,
): Promise<{ reply?: unknown; refused?: string }> {
  const { result, exceptionDetails } = await world.cdp.send("Runtime.evaluate", {
    contextId: world.contextId,
    expression: `chrome.runtime.sendMessage(${JSON.stringify(message)}).then(
      (reply) => (reply && reply.__mozWebExtensionPolyfillReject__ ? { refused: reply.message } : { reply }),
      (error) => ({ refused: String(error && error.message) }))`,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  const value = result.value as { reply?: unknown; refused?: string };
  // Some Chromium versions (150 here) put "Uncaught <ErrorName>: " before the words a listener's
  // error carries; the refusal is the words.
  if (typeof value.refused === "string") {
    value.refused = value.refused.replace(/^Uncaught \w+: /, "");
  }
  return value;
}
