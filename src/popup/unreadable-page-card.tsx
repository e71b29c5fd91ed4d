import { useState } from "preact/hooks";
import type { UnreadablePageState } from "../messages";
import { extensionVersion, takePageSampleIn } from "../ui/extension-api";
import { t } from "../ui/i18n";
import { PAGE_SAMPLE_FILE } from "../ui/page-sample-file";
import { hostName } from "./host-name";
import { missingPartWords } from "./missing-part";

type CopyState = "idle" | "copying" | "copied" | "failed";

/** A mail tab shows a message Debrief could not read: says so, and offers a page sample for a bug report. */
export function UnreadablePageCard({
  page,
}: {
  page: UnreadablePageState & { inThisTab: boolean };
}) {
  const [copy, setCopy] = useState<CopyState>("idle");
  const host = hostName(page.host);
  const part = missingPartWords(page.missing);
  async function copySample(): Promise<void> {
    setCopy("copying");
    try {
      const reply = await takePageSampleIn(page.tabId, PAGE_SAMPLE_FILE, {
        missing: page.missing,
        version: extensionVersion(),
        taken: new Date().toISOString(),
      });
      if (!("sample" in reply)) throw new Error(reply.failed);
      await navigator.clipboard.writeText(reply.sample);
      setCopy("copied");
    } catch (error) {
      console.error("Debrief: could not copy a page sample.", error);
      setCopy("failed");
    }
  }
  return (
    <section class="card unreadable-page-card" aria-labelledby="unreadable-page-heading">
      <h2 id="unreadable-page-heading" class="card-eyebrow">
        {t(page.inThisTab ? "unreadablePageHeading" : "unreadablePageHeadingOtherTab")}
      </h2>
      <p class="unreadable-page-summary">
        {page.inThisTab
          ? part
            ? t("unreadablePage", host, part)
            : t("unreadablePageNoPart", host)
          : part
            ? t("unreadablePageOtherTab", host, part)
            : t("unreadablePageOtherTabNoPart", host)}
      </p>
      <p class="unreadable-page-why">{t("unreadablePageWhy", host)}</p>
      <button
        type="button"
        class="button button-secondary button-small"
        disabled={copy === "copying"}
        onClick={() => void copySample()}
      >
        {t("unreadablePageCopy")}
      </button>
      {copy === "copied" ? (
        <p class="notice unreadable-page-status" role="status">
          {t("unreadablePageCopied")}
        </p>
      ) : null}
      {copy === "failed" ? (
        <p class="form-failure unreadable-page-status" role="alert">
          {t("unreadablePageCopyFailed", host)}
        </p>
      ) : null}
    </section>
  );
}
