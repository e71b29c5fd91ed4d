import type { Page } from "playwright-core";
import type { ExtensionBrowser } from "./extension-browser";

/** The demo conversation that shows Debrief's reason to exist: a rejection after a panel interview. */
export const DEMO_REJECTION_SUBJECT = "Interview: Senior Product Analyst at Lumen Analytics";

/** Opens a demo conversation the way a user does: from the message list, by its subject. */
export async function openConversation(page: Page, subject: string): Promise<void> {
  await page.getByText(subject, { exact: true }).first().click();
}

/** The popup, in a tab of the popup's own size. */
export async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 580 });
  await page.goto(browser.extensionUrl("src/popup/index.html"));
  return page;
}

export async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(browser.extensionUrl("src/options/index.html"));
  return page;
}

/**
 * Outlook as it would look after a change Debrief does not know: the message bodies lose the
 * attributes the reader finds them by (their id, the document role, the class), as they arrive.
 * An init script (`page.addInitScript`): it runs in the page, so it names nothing outside itself.
 */
export function unknownBodies(): void {
  const strip = (root: ParentNode) => {
    for (const body of root.querySelectorAll(
      "[id^=UniqueMessageBody], [role=document], .allowTextSelection",
    )) {
      body.removeAttribute("id");
      body.removeAttribute("role");
      body.classList.remove("allowTextSelection");
    }
  };
  new MutationObserver(() => strip(document)).observe(document, { childList: true, subtree: true });
}
