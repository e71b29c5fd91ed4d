import type { ImportCounts, ImportTable } from "../db/import";
import { t } from "../ui/i18n";

const LABELS: Record<ImportTable, string> = {
  interviews: "dataCountInterviews",
  reflections: "dataCountReflections",
  feedback: "dataCountFeedback",
  nextSteps: "dataCountNextSteps",
  templates: "importTableTemplates",
  followUps: "importTableFollowUps",
  verdicts: "importTableVerdicts",
  settings: "importTableSettings",
};

/** What an import will add and skip, table by table, with the buttons that confirm or cancel it. */
export function ImportPreview(props: {
  fileName: string;
  counts: ImportCounts;
  leftOut: readonly string[];
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
}) {
  const tables = (Object.keys(LABELS) as ImportTable[]).filter(
    (table) => props.counts[table].added + props.counts[table].matched > 0,
  );
  return (
    <section class="import-preview" aria-labelledby="import-preview-heading">
      <h4 id="import-preview-heading">{t("importPreviewHeading", props.fileName)}</h4>
      {tables.length === 0 ? <p>{t("importPreviewEmpty")}</p> : null}
      <table class="import-counts">
        <thead>
          <tr>
            <th scope="col">{t("importColumnRecords")}</th>
            <th scope="col">{t("importColumnAdded")}</th>
            <th scope="col">{t("importColumnMatched")}</th>
          </tr>
        </thead>
        <tbody>
          {tables.map((table) => (
            <tr key={table} data-import-table={table}>
              <th scope="row">{t(LABELS[table])}</th>
              <td data-added>{String(props.counts[table].added)}</td>
              <td data-matched>{String(props.counts[table].matched)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t("importPreviewText")}</p>
      {props.leftOut.length > 0 ? (
        <div class="import-left-out">
          <p>{t("importLeftOut")}</p>
          <ul class="import-problems">
            {props.leftOut.map((line, index) => (
              // A file may name the same stray setting twice.
              <li key={index}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="form-actions">
        <button
          type="button"
          class="button button-primary"
          disabled={props.busy}
          onClick={props.onImport}
        >
          {t("importConfirm")}
        </button>
        <button type="button" class="button" disabled={props.busy} onClick={props.onCancel}>
          {t("importCancel")}
        </button>
      </div>
    </section>
  );
}
