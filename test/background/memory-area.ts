import type { SessionArea } from "../../src/background/open-emails";

/**
 * A stand-in for `storage.session` or `storage.local`, copying what goes in and out as the browser
 * does, with what it holds open to the test.
 */
export function memoryArea(): SessionArea & { store: Record<string, unknown> } {
  const store: Record<string, unknown> = {};
  return {
    store,
    get: async (key) =>
      structuredClone(key === null ? store : key in store ? { [key]: store[key] } : {}),
    set: async (items) => {
      Object.assign(store, structuredClone(items));
    },
    remove: async (key) => {
      delete store[key];
    },
  };
}
