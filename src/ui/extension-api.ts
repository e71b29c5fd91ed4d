// The few browser calls the popup and options pages make, straight from the browser's own object:
// Firefox's `browser` and Chrome's `chrome` both return promises for these in Manifest V3, so the
// pages need not load webextension-polyfill before they can draw.

import { PAGE_SAMPLE_ENTRY, type PageSampleRequest, type PageSampleResult } from "../messages";
import type { BadgeArea } from "./reminder-count";

interface Tab {
  id?: number;
}

interface PageApi {
  action?: BadgeArea;
  storage?: {
    session?: { clear(): Promise<void> };
    local?: {
      get(key: string): Promise<Record<string, unknown>>;
      remove(key: string): Promise<void>;
    };
  };
  runtime: { openOptionsPage(): Promise<void>; getManifest?(): { version: string } };
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<Tab[]>;
    create(details: { url: string }): Promise<Tab>;
  };
  scripting?: {
    executeScript(details: {
      target: { tabId: number };
      files?: string[];
      func?: (...args: never[]) => unknown;
      args?: unknown[];
    }): Promise<{ result?: unknown }[]>;
  };
}

function api(): PageApi | undefined {
  const scope = globalThis as { browser?: PageApi; chrome?: PageApi };
  return scope.browser ?? scope.chrome;
}

/** Opens Debrief's options page in a tab. */
export async function openOptionsPage(): Promise<void> {
  await api()?.runtime.openOptionsPage();
}

/** The id of the active tab in the popup's window; null when there is none. Needs no "tabs" permission. */
export async function activeTabId(): Promise<number | null> {
  const [tab] = (await api()?.tabs.query({ active: true, currentWindow: true })) ?? [];
  return tab?.id ?? null;
}

/** Opens an address in a new tab, in front. Needs no permission. */
export async function openTab(url: string): Promise<void> {
  await api()?.tabs.create({ url });
}

/** The toolbar button, to show the count of reminders on; undefined outside the extension. */
export function badgeArea(): BadgeArea | undefined {
  return api()?.action;
}

/**
 * Forgets what the background keeps for the browser's session: the emails open in mail tabs, with
 * their senders and subjects. Extension pages may reach that memory; mail pages may not.
 */
export async function forgetSessionMemory(): Promise<void> {
  await api()?.storage?.session?.clear();
}

/**
 * A page sample of a mail tab (see content/page-sample-script.ts): the script is injected into the
 * tab's isolated world only now, then called there. Throws when the tab cannot be reached.
 */
export async function takePageSampleIn(
  tabId: number,
  file: string,
  request: PageSampleRequest,
): Promise<PageSampleResult> {
  const scripting = api()?.scripting;
  if (!scripting) throw new Error("not running as the extension");
  await scripting.executeScript({ target: { tabId }, files: [file] });
  const [frame] = await scripting.executeScript({
    target: { tabId },
    func: ((entry: string, asked: PageSampleRequest) => {
      const take = (globalThis as Record<string, unknown>)[entry];
      return typeof take === "function"
        ? take(asked)
        : { failed: "the sample script did not load" };
    }) as (...args: never[]) => unknown,
    args: [PAGE_SAMPLE_ENTRY, request],
  });
  const result = frame?.result as PageSampleResult | undefined;
  if (!result || (!("sample" in result) && !("failed" in result))) {
    throw new Error("the tab did not answer");
  }
  return result;
}

/** The extension's version, as its manifest says. */
export function extensionVersion(): string {
  return api()?.runtime.getManifest?.().version ?? "";
}

/** One value of the extension's lasting storage (`storage.local`); undefined outside the extension. */
export async function readLocal(key: string): Promise<unknown> {
  return (await api()?.storage?.local?.get(key))?.[key];
}

export async function removeLocal(key: string): Promise<void> {
  await api()?.storage?.local?.remove(key);
}
