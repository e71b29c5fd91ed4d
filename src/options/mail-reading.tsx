import { useEffect, useState } from "preact/hooks";
import { MAIL_HOSTS } from "../core/email";
import { SELECTOR_HITS_KEY, type SelectorHits, selectorTroubles } from "../core/selector-hits";
import { hostName } from "../popup/host-name";
import { readLocal, removeLocal } from "../ui/extension-api";
import { failureReason } from "../ui/failure-reason";
import { formatNumber, t, tCount } from "../ui/i18n";

type Counts = { state: "loading" } | { state: "ready"; hits: SelectorHits } | { state: "failed" };

/**
 * "Reading your mail": which of the readers' usual ways of finding a part of a message (its
 * sender, its body…) stopped working, as the content script counted it on this computer. The
 * counts hold no word of any mail, only which selector of which list matched.
 */
export function MailReading() {
  const [counts, setCounts] = useState<Counts>({ state: "loading" });
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    readLocal(SELECTOR_HITS_KEY).then(
      (stored) => setCounts({ state: "ready", hits: isHits(stored) ? stored : {} }),
      () => setCounts({ state: "failed" }),
    );
  }, []);
  const reset = async () => {
    try {
      await removeLocal(SELECTOR_HITS_KEY);
      setCounts({ state: "ready", hits: {} });
      setNotice(t("mailReadingResetDone"));
    } catch (error) {
      setNotice(t("mailReadingResetFailed", failureReason(error)));
    }
  };
  const hits = counts.state === "ready" ? counts.hits : {};
  const troubles = selectorTroubles(hits);
  const counted = Object.keys(hits).length > 0;
  return (
    <div class="mail-reading" aria-busy={counts.state === "loading"}>
      <h3>{t("mailReadingHeading")}</h3>
      <p>{t("mailReadingText")}</p>
      {counts.state === "ready" && !counted ? <p>{t("mailReadingNothingYet")}</p> : null}
      {counted && troubles.length === 0 ? <p>{t("mailReadingAllUsual")}</p> : null}
      {MAIL_HOSTS.map((client) => {
        const mine = troubles.filter((trouble) => trouble.name.startsWith(`${client}.`));
        if (mine.length === 0) return null;
        return (
          <div key={client} class="mail-reading-client">
            <h4>{hostName(client)}</h4>
            <ul>
              {mine.map(({ name, first, fallback, none }) => {
                const part = name.slice(client.length + 1);
                const total = first + fallback + none;
                return (
                  <li key={name}>
                    <code>{part}</code>{" "}
                    {fallback > 0
                      ? tCount("mailReadingFallback", total, formatNumber(fallback))
                      : tCount("mailReadingNeverFound", total)}
                    {fallback > 0 && none > 0
                      ? ` ${t("mailReadingAlsoMissed", formatNumber(none))}`
                      : null}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      {counted ? (
        <button type="button" class="button button-secondary" onClick={() => void reset()}>
          {t("mailReadingReset")}
        </button>
      ) : null}
      {counts.state === "failed" ? (
        <p class="form-failure" role="alert">
          {t("mailReadingUnreadable")}
        </p>
      ) : null}
      <p class="notice notice-line" role="status">
        {notice}
      </p>
    </div>
  );
}

function isHits(value: unknown): value is SelectorHits {
  return (
    value !== null &&
    typeof value === "object" &&
    Object.values(value).every(
      (counts) => Array.isArray(counts) && counts.every((count) => typeof count === "number"),
    )
  );
}
