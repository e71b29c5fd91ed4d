import type { UnreadablePageState } from "../messages";
import type { SessionArea } from "./open-emails";

// Per tab, like the open emails: a mail page that shows a message Debrief could not read. Kept
// until the tab reads a message again, shows none, or closes, so the popup can say so there.

const PREFIX = "unreadablePage:";
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

export async function rememberUnreadablePage(
  session: SessionArea,
  state: UnreadablePageState,
): Promise<void> {
  await session.set({ [keyOf(state.tabId)]: state });
}

export async function forgetUnreadablePage(session: SessionArea, tabId: number): Promise<void> {
  await session.remove(keyOf(tabId));
}

/**
 * The unreadable page in `tabId`; without a tab (a popup opened in a tab of its own), the one
 * seen most recently, as `findOpenEmail` does. Null when `tabId` reads its email fine.
 */
export async function findUnreadablePage(
  session: SessionArea,
  tabId: number | null,
  tabReadsFine: (tabId: number) => Promise<boolean>,
): Promise<UnreadablePageState | null> {
  const all = Object.entries(await session.get(null))
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([, value]) => value as UnreadablePageState);
  const inTab = all.find((state) => state.tabId === tabId);
  if (inTab) return inTab;
  if (tabId !== null && (await tabReadsFine(tabId))) return null;
  return all.sort((a, b) => b.seenAt.localeCompare(a.seenAt))[0] ?? null;
}
