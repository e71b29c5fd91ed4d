import { useState } from "preact/hooks";
import { interviewValues, renderTemplate } from "../core/templates";
import { listLatestInterviews } from "../db/interviews";
import type { Interview } from "../db/schema";
import { useDatabase } from "../ui/db";
import { formatInterviewDate } from "../ui/format-date";
import { t } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { sampleValues } from "./template-sample";

const SAMPLE = "sample";

/** An interview as the "Fill in from" menu names it: "Cobalt & Pine — Staff Engineer, Nov 12, 2026". */
export function interviewChoiceName(interview: Interview): string {
  const date = interview.dateUnknown
    ? t("templatePreviewDateUnknown")
    : formatInterviewDate(interview.date);
  return interview.role.trim() === ""
    ? t("templatePreviewInterviewNoRole", interview.company, date)
    : t("templatePreviewInterview", interview.company, interview.role, date);
}

/** How many interviews the "Fill in from" menu offers: enough to find a recent one, short enough to read. */
const MENU_INTERVIEWS = 30;

/**
 * The template filled in, in the template's language: from the sample interview, or from one of the
 * user's latest interviews (the latest first), exactly as Debrief would fill it for that interview.
 */
export function TemplatePreview(props: {
  id: string;
  subject: string;
  body: string;
  language: string;
  myName: string;
}) {
  const db = useDatabase();
  const interviews = useLiveQuery(() => listLatestInterviews(db, MENU_INTERVIEWS), [db]);
  const [source, setSource] = useState<string>(SAMPLE);
  const listed = interviews.state === "ready" ? interviews.value : [];
  // An interview deleted meanwhile leaves the menu, and the sample takes its place.
  const chosen = listed.find((interview) => String(interview.id) === source);
  const values = chosen
    ? interviewValues({
        interview: chosen,
        myName: props.myName,
        language: props.language,
        today: new Date(),
      })
    : sampleValues(props.language, props.myName);

  return (
    <section class="card template-preview" aria-labelledby={`${props.id}-heading`}>
      <h4 id={`${props.id}-heading`}>{t("templatePreview")}</h4>
      <div class="field">
        <label for={`${props.id}-source`}>{t("templatePreviewSource")}</label>
        <select
          id={`${props.id}-source`}
          value={chosen ? source : SAMPLE}
          aria-describedby={`${props.id}-note`}
          onChange={(event) => setSource((event.currentTarget as HTMLSelectElement).value)}
        >
          <option value={SAMPLE}>{t("templatePreviewSample")}</option>
          {listed.map((interview) => (
            <option key={interview.id} value={String(interview.id)}>
              {interviewChoiceName(interview)}
            </option>
          ))}
        </select>
      </div>
      <p id={`${props.id}-note`} class="muted">
        {chosen ? t("templatePreviewFromInterview") : t("templatePreviewNote")}
      </p>
      <p class="template-subject">
        <span class="template-label">{t("templateSubject")}</span>{" "}
        <span lang={props.language} data-preview="subject">
          {renderTemplate(props.subject, values)}
        </span>
      </p>
      <pre class="template-body" lang={props.language} data-preview="body">
        {renderTemplate(props.body, values)}
      </pre>
    </section>
  );
}
