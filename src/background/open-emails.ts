import type { OpenEmailState } from "../messages";

/** Where the background keeps, per tab, the email the user has open: memory that outlives the worker's sleep. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = "openEmails";

type OpenEmails = Record<string, OpenEmailState>;

async function readAll(session: SessionArea): Promise<OpenEmails> {
  const stored = (await session.get(KEY))[KEY];
  return typeof stored === "object" && stored !== null ? (stored as OpenEmails) : {};
}

export async function rememberOpenEmail(
  session: SessionArea,
  state: OpenEmailState,
): Promise<void> {
  const all = await readAll(session);
  all[String(state.tabId)] = state;
  await session.set({ [KEY]: all });
}

export async function forgetOpenEmail(session: SessionArea, tabId: number): Promise<void> {
  const all = await readAll(session);
  if (!(String(tabId) in all)) return;
  delete all[String(tabId)];
  await session.set({ [KEY]: all });
}

/**
 * The email open in `tabId`; without a tab (or when that tab shows none), the one opened most recently
 * in any tab, so a popup opened over a non-mail tab can still offer it.
 */
export async function findOpenEmail(
  session: SessionArea,
  tabId: number | null,
): Promise<OpenEmailState | null> {
  const all = await readAll(session);
  if (tabId !== null && all[String(tabId)]) return all[String(tabId)] ?? null;
  const newest = Object.values(all).sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0];
  return newest ?? null;
}
