import { afterEach, beforeEach, expect } from "vitest";
import { type DebriefDatabase, openDatabase } from "../../src/db/database";
import { App } from "../../src/popup/app";
import { DatabaseContext } from "../../src/ui/db";
import browser from "./browser-mock";
import { mount } from "./dom";
import { missingMessages } from "./i18n";

/**
 * The popup on a database of its own for each test (fake-indexeddb, loaded by the test file), taken
 * down after it, with the background answering nothing; a test that shows a word with no message in
 * `_locales` fails.
 */
export function usePopupTest(name: string): {
  db: () => DebriefDatabase;
  openPopup: () => Promise<HTMLElement>;
} {
  let db: DebriefDatabase | undefined;
  let page: Awaited<ReturnType<typeof mount>> | undefined;
  let databases = 0;
  beforeEach(() => {
    databases += 1;
    db = openDatabase({ name: `${name}-${databases}` });
    // Each test opens the popup for the first time: no list kept from the one before, and no email
    // open until the test says so.
    localStorage.clear();
    browser.runtime.sendMessage.mockReset();
    browser.runtime.sendMessage.mockResolvedValue(null);
    missingMessages.clear();
  });
  afterEach(async () => {
    page?.unmount();
    page = undefined;
    await db?.delete();
    expect([...missingMessages]).toEqual([]);
  });
  const current = () => {
    if (!db) throw new Error("no test is running");
    return db;
  };
  return {
    db: current,
    async openPopup() {
      page = await mount(
        <DatabaseContext value={current()}>
          <App />
        </DatabaseContext>,
      );
      return page.root;
    },
  };
}
