/**
 * A stand-in for the browser's extension API, and for `webextension-polyfill`, whose real module throws
 * outside an extension.
 * Use: `vi.mock("webextension-polyfill", () => import("../setup/browser-mock"))`; a test then
 * imports `browser` from "webextension-polyfill" to script replies and inspect calls. The stand-in
 * is also the global `browser`.
 */
import { vi } from "vitest";

/** `storage.session`: memory for the browser's session, one map shared by every page. */
const sessionItems = new Map<string, unknown>();

/** `storage.local`: what outlives the browser's session. */
const localItems = new Map<string, unknown>();

/**
 * `runtime.connect`, as `src/messages.ts` uses it: a request posted on the port is answered with
 * what the `runtime.sendMessage` stand-in gives for it, so a test scripts the background's replies
 * there whichever way a message travels.
 */
function connect(_info: { name: string }) {
  const listeners: ((answer: unknown) => void)[] = [];
  const closed: ((port: unknown) => void)[] = [];
  const port = {
    error: null as { message: string } | null,
    onMessage: { addListener: (listener: (answer: unknown) => void) => listeners.push(listener) },
    onDisconnect: { addListener: (listener: (port: unknown) => void) => closed.push(listener) },
    disconnect: () => undefined,
    postMessage(message: unknown) {
      browser.runtime.sendMessage(message).then(
        (reply) => {
          for (const listener of listeners) listener({ reply: reply ?? null });
        },
        (error: unknown) => {
          port.error = { message: error instanceof Error ? error.message : String(error) };
          for (const listener of closed) listener(port);
        },
      );
    },
  };
  return port;
}

const browser = {
  storage: {
    local: {
      items: localItems,
      get: vi.fn(async (key: string) =>
        localItems.has(key) ? { [key]: localItems.get(key) } : {},
      ),
      remove: vi.fn(async (key: string) => {
        localItems.delete(key);
      }),
    },
    session: {
      items: sessionItems,
      get: vi.fn(async (keys: string | null) =>
        Object.fromEntries([...sessionItems].filter(([key]) => keys === null || key === keys)),
      ),
      set: vi.fn(async (items: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(items)) sessionItems.set(key, value);
      }),
      remove: vi.fn(async (key: string) => {
        sessionItems.delete(key);
      }),
      clear: vi.fn(async () => sessionItems.clear()),
    },
  },
  runtime: {
    sendMessage: vi.fn(async (_message: unknown): Promise<unknown> => null),
    connect: vi.fn(connect),
    openOptionsPage: vi.fn(async (): Promise<void> => undefined),
  },
  action: {
    setBadgeText: vi.fn(async (_details: { text: string }): Promise<void> => undefined),
    setTitle: vi.fn(async (_details: { title: string }): Promise<void> => undefined),
  },
  tabs: {
    query: vi.fn(async (_query: unknown): Promise<{ id?: number }[]> => [{ id: 7 }]),
    create: vi.fn(async (_details: { url: string }): Promise<{ id?: number }> => ({ id: 8 })),
  },
  scripting: {
    executeScript: vi.fn(
      async (_details: {
        target: { tabId: number };
        files?: string[];
        func?: unknown;
        args?: unknown[];
      }): Promise<{ result?: unknown }[]> => [{}],
    ),
  },
};

// Code that talks to the background without the polyfill (`src/messages.ts`) finds the same stand-in
// where Firefox puts its own API.
(globalThis as { browser?: unknown }).browser = browser;

export default browser;
