import { useRef, useState } from "preact/hooks";
import { useDatabase } from "../ui/db";
import { t } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { deleteEverything } from "./delete-everything";
import { DeleteEverythingDialog } from "./delete-everything-dialog";
import { downloadFile } from "./download-file";
import { buildExport, exportFileName } from "./export-data";
import { SectionHeading } from "./section-heading";

/** What is counted on screen: the records a user thinks of as theirs. The export holds every table. */
const COUNTED = [
  { table: "interviews", label: "dataCountInterviews" },
  { table: "reflections", label: "dataCountReflections" },
  { table: "feedback", label: "dataCountFeedback" },
  { table: "nextSteps", label: "dataCountNextSteps" },
] as const;

type Notice = { kind: "status"; text: string } | { kind: "failure"; text: string } | null;

export function DataSection() {
  const db = useDatabase();
  const counts = useLiveQuery(
    () => Promise.all(COUNTED.map(({ table }) => db.table(table).count())),
    [db],
  );
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  const download = async () => {
    try {
      const now = new Date();
      const fileName = exportFileName(now);
      downloadFile(fileName, `${JSON.stringify(await buildExport(db, now), null, 2)}\n`);
      setNotice({ kind: "status", text: t("exportDone", fileName) });
    } catch (error) {
      setNotice({
        kind: "failure",
        text: t("exportFailed", error instanceof Error ? error.message : String(error)),
      });
    }
  };

  return (
    <section class="options-section" aria-labelledby="section-heading">
      <SectionHeading text={t("sectionData")} />
      <p>{t("dataIntro")}</p>
      {counts.state === "failed" ? (
        <p class="form-failure" role="alert">
          {t("dataUnreadable", String(counts.error))}
        </p>
      ) : null}
      <dl class="data-counts" aria-busy={counts.state === "loading"}>
        {COUNTED.map(({ table, label }, index) => (
          <div key={table} class="data-count">
            <dt>{t(label)}</dt>
            <dd data-count={table}>
              {counts.state === "ready" ? String(counts.value[index] ?? 0) : "…"}
            </dd>
          </div>
        ))}
      </dl>

      <h3>{t("exportHeading")}</h3>
      <p>{t("exportText")}</p>
      <button type="button" class="button button-primary" onClick={download}>
        {t("exportButton")}
      </button>

      <h3>{t("deleteHeading")}</h3>
      <p>{t("deleteText")}</p>
      <button
        ref={deleteButton}
        type="button"
        class="button button-danger-outline"
        onClick={() => {
          setNotice(null);
          setConfirming(true);
        }}
      >
        {t("deleteButton")}
      </button>

      <p class="notice notice-line" role="status">
        {notice?.kind === "status" ? notice.text : null}
      </p>
      {notice?.kind === "failure" ? (
        <p class="form-failure" role="alert">
          {notice.text}
        </p>
      ) : null}

      <DeleteEverythingDialog
        open={confirming}
        onConfirm={async () => {
          await deleteEverything(db);
          setNotice({ kind: "status", text: t("deleteDone") });
        }}
        onClose={() => {
          setConfirming(false);
          // Back to where the user started, as a non-modal close would.
          deleteButton.current?.focus();
        }}
        onFailedClosed={(message) =>
          setNotice({ kind: "failure", text: t("deleteFailed", message) })
        }
      />
    </section>
  );
}
