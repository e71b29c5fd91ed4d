import type { OpenEmailState } from "../messages";

/**
 * Where the background keeps, per tab, the email the user has open: memory that outlives the
 * worker's sleep and is gone when the browser closes. One key per tab, so two tabs reporting at
 * the same moment cannot overwrite each other's entry.
 */
export interface SessionArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

const PREFIX = "openEmail:";
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

export async function rememberOpenEmail(
  session: SessionArea,
  state: OpenEmailState,
): Promise<void> {
  await session.set({ [keyOf(state.tabId)]: state });
}

export async function forgetOpenEmail(session: SessionArea, tabId: number): Promise<void> {
  await session.remove(keyOf(tabId));
}

export async function listOpenEmails(session: SessionArea): Promise<OpenEmailState[]> {
  const all = await session.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([, value]) => value as OpenEmailState);
}

/**
 * The email open in `tabId`; without a tab (or when that tab shows none), the one opened most
 * recently in any tab that still shows it, so a popup opened over another tab can still offer it.
 */
export async function findOpenEmail(
  session: SessionArea,
  tabId: number | null,
): Promise<OpenEmailState | null> {
  const all = await listOpenEmails(session);
  const inTab = all.find((state) => state.tabId === tabId);
  if (inTab) return inTab;
  return all.sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0] ?? null;
}
