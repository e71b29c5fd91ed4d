import { useRef, useState } from "preact/hooks";
import { type ImportCounts, previewImport, writeImport } from "../db/import";
import { useDatabase } from "../ui/db";
import { failureReason } from "../ui/failure-reason";
import { t, tCount } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { deleteEverything } from "./delete-everything";
import { DeleteEverythingDialog } from "./delete-everything-dialog";
import { downloadFile } from "./download-file";
import { buildExport, type ExportedTables, exportFileName } from "./export-data";
import { fileSizeProblem, parseImport } from "./import-data";
import { ImportPreview } from "./import-preview";
import { MailReading } from "./mail-reading";
import { SectionHeading } from "./section-heading";

/** What is counted on screen: the records a user thinks of as theirs. The export holds every table. */
const COUNTED = [
  { table: "interviews", label: "dataCountInterviews" },
  { table: "reflections", label: "dataCountReflections" },
  { table: "feedback", label: "dataCountFeedback" },
  { table: "nextSteps", label: "dataCountNextSteps" },
] as const;

type Notice =
  | { kind: "status"; text: string }
  | { kind: "failure"; text: string; problems?: string[] }
  | null;

/** A checked file waiting for the user's word: nothing of it is written yet. */
interface PendingImport {
  fileName: string;
  data: ExportedTables;
  counts: ImportCounts;
  /** What the file holds that Debrief will not bring back, told before the user confirms. */
  leftOut: string[];
}

export function DataSection() {
  const db = useDatabase();
  const counts = useLiveQuery(
    () => Promise.all(COUNTED.map(({ table }) => db.table(table).count())),
    [db],
  );
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [importing, setImporting] = useState(false);

  const downloadCsv = async () => {
    try {
      // The CSV writer (papaparse) loads only when a CSV is asked for.
      const { buildInterviewsCsv, csvFileName } = await import("./export-csv");
      const fileName = csvFileName(new Date());
      downloadFile(fileName, await buildInterviewsCsv(db), "text/csv;charset=utf-8");
      setNotice({ kind: "status", text: t("exportDone", fileName) });
    } catch (error) {
      setNotice({ kind: "failure", text: t("exportFailed", failureReason(error)) });
    }
  };

  const chooseFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPending(null);
    setNotice(null);
    if (!file) return;
    // Told before reading a byte: a file this large is not one Debrief wrote for this user.
    const tooLarge = fileSizeProblem(file.name, file.size);
    if (tooLarge) {
      input.value = "";
      setNotice({ kind: "failure", text: tooLarge });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setNotice({ kind: "failure", text: t("importUnreadable", file.name) });
      return;
    }
    const checked = parseImport(text, file.name);
    if (!checked.ok) {
      input.value = "";
      setNotice({
        kind: "failure",
        text: t("importRejected", file.name),
        problems: checked.problems,
      });
      return;
    }
    try {
      const counts = await previewImport(db, checked.data);
      setPending({ fileName: file.name, data: checked.data, counts, leftOut: checked.leftOut });
    } catch (error) {
      input.value = "";
      setNotice({ kind: "failure", text: t("importFailed", failureReason(error)) });
    }
  };

  const confirmImport = async () => {
    if (!pending) return;
    setImporting(true);
    try {
      const counts = await writeImport(db, pending.data);
      const added = Object.values(counts).reduce((sum, count) => sum + count.added, 0);
      setNotice({ kind: "status", text: tCount("importDone", added) });
    } catch (error) {
      setNotice({ kind: "failure", text: t("importFailed", failureReason(error)) });
    } finally {
      setImporting(false);
      setPending(null);
      if (fileInput.current) fileInput.current.value = "";
    }
  };

  const cancelImport = () => {
    setPending(null);
    if (fileInput.current) {
      fileInput.current.value = "";
      fileInput.current.focus();
    }
    setNotice({ kind: "status", text: t("importCancelled") });
  };

  const download = async () => {
    try {
      const now = new Date();
      const fileName = exportFileName(now);
      downloadFile(fileName, `${JSON.stringify(await buildExport(db, now), null, 2)}\n`);
      setNotice({ kind: "status", text: t("exportDone", fileName) });
    } catch (error) {
      setNotice({
        kind: "failure",
        text: t("exportFailed", failureReason(error)),
      });
    }
  };

  return (
    <section class="options-section" aria-labelledby="section-heading">
      <SectionHeading text={t("sectionData")} />
      <p>{t("dataIntro")}</p>
      {counts.state === "failed" ? (
        <p class="form-failure" role="alert">
          {t("dataUnreadable", failureReason(counts.error))}
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

      <h3>{t("csvHeading")}</h3>
      <p>{t("csvText")}</p>
      <button type="button" class="button button-secondary" onClick={downloadCsv}>
        {t("csvButton")}
      </button>

      <h3>{t("importHeading")}</h3>
      <p>{t("importText")}</p>
      <label class="field">
        <span>{t("importLabel")}</span>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          disabled={importing}
          onChange={chooseFile}
        />
      </label>
      {pending ? (
        <ImportPreview
          fileName={pending.fileName}
          counts={pending.counts}
          leftOut={pending.leftOut}
          busy={importing}
          onImport={confirmImport}
          onCancel={cancelImport}
        />
      ) : null}

      <MailReading />

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
        <div class="form-failure" role="alert">
          <p>{notice.text}</p>
          {notice.problems ? (
            <ul class="import-problems">
              {notice.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
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
