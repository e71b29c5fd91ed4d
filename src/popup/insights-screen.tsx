import type { Insights, MonthInsight } from "../core/reflection/insights";
import { THEME_MESSAGE } from "../core/reflection/themes";
import { loadInsights } from "../db/insights";
import { useDatabase } from "../ui/db";
import { failureReason } from "../ui/failure-reason";
import { formatNumber, t, tCount, uiLocales } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { BackButton } from "./back-button";

const percent = (share: number) =>
  formatNumber(share, { style: "percent", maximumFractionDigits: 0 });

/** `2026-03` as the interface's language writes a month. */
function monthName(month: string, style: "long" | "short" = "long"): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(uiLocales(), { month: style, year: "numeric" }).format(
    new Date(year, number - 1, 1),
  );
}

function monthWords(point: MonthInsight): string {
  return point.share === null
    ? t("insightsMonthEmpty", monthName(point.month))
    : t(
        "insightsMonthPoint",
        monthName(point.month),
        percent(point.share),
        String(point.notYes),
        String(point.answers),
      );
}

/** Six months of "no or partly" as bars; the words say the same for those who cannot see them. */
function MonthChart({ months }: { months: MonthInsight[] }) {
  const width = 320;
  const height = 120;
  const base = height - 20;
  const slot = width / months.length;
  const words = months.map(monthWords).join("; ");
  return (
    <figure class="month-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={words}
        focusable="false"
      >
        <line x1="0" x2={width} y1={base} y2={base} class="chart-axis" />
        {months.map((point, at) => {
          const x = at * slot + slot * 0.2;
          const barHeight = point.share === null ? 0 : Math.max(2, point.share * (base - 16));
          return (
            <g key={point.month}>
              {point.share === null ? (
                <text x={x + slot * 0.3} y={base - 4} class="chart-gap" text-anchor="middle">
                  –
                </text>
              ) : (
                <>
                  <rect
                    x={x}
                    y={base - barHeight}
                    width={slot * 0.6}
                    height={barHeight}
                    rx="3"
                    class="chart-bar"
                  />
                  <text
                    x={x + slot * 0.3}
                    y={base - barHeight - 4}
                    class="chart-value"
                    text-anchor="middle"
                  >
                    {percent(point.share)}
                  </text>
                </>
              )}
              <text x={x + slot * 0.3} y={height - 4} class="chart-label" text-anchor="middle">
                {monthName(point.month, "short").split(" ")[0]}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

function hasData(insights: Insights): boolean {
  return (
    insights.reflections > 0 ||
    insights.feedbackReceived > 0 ||
    insights.feedbackRequests.drafted > 0
  );
}

/** The patterns across every interview. */
export function InsightsScreen({ onBack }: { onBack: () => void }) {
  const db = useDatabase();
  const insights = useLiveQuery(() => loadInsights(db, new Date()), [db]);
  return (
    <div class="insights-screen" aria-busy={insights.state === "loading"}>
      <BackButton onBack={onBack} />
      <h2 id="insights-heading" tabIndex={-1}>
        {t("insightsHeading")}
      </h2>
      {insights.state === "failed" ? (
        <p class="form-failure" role="alert">
          {t("dataUnreadable", failureReason(insights.error))}
        </p>
      ) : null}
      {insights.state === "ready" && !hasData(insights.value) ? (
        <p class="empty-insights">{t("insightsEmpty")}</p>
      ) : null}
      {insights.state === "ready" && hasData(insights.value) ? (
        <InsightsBody insights={insights.value} />
      ) : null}
    </div>
  );
}

function InsightsBody({ insights }: { insights: Insights }) {
  const requests = insights.feedbackRequests;
  return (
    <>
      <section class="screen-section" aria-labelledby="insights-checklist-heading">
        <h3 id="insights-checklist-heading">{t("insightsChecklistHeading")}</h3>
        <ul class="bar-list">
          {insights.checklist.map((question) => (
            <li key={question.key} class="bar-item">
              <p class="bar-label">{t(question.message)}</p>
              <div class="bar-track" aria-hidden="true">
                <div class="bar-fill" style={{ width: `${(question.share ?? 0) * 100}%` }} />
              </div>
              <p class="bar-value">
                {question.share === null
                  ? t("insightsQuestionNone")
                  : t(
                      "insightsQuestionShare",
                      String(question.notYes),
                      String(question.answered),
                      percent(question.share),
                    )}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section class="screen-section" aria-labelledby="insights-themes-heading">
        <h3 id="insights-themes-heading">{t("insightsThemesHeading")}</h3>
        {insights.themes.length === 0 ? (
          <p class="muted">{t("insightsThemesNone")}</p>
        ) : (
          <ol class="theme-counts">
            {insights.themes.map((theme) => (
              <li key={theme.theme} class="theme-count">
                <span class="theme-count-name">{t(THEME_MESSAGE[theme.theme])}</span>{" "}
                <span class="muted">
                  {tCount(
                    "insightsThemeCount",
                    insights.feedbackReceived,
                    formatNumber(theme.count),
                  )}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section class="screen-section" aria-labelledby="insights-requests-heading">
        <h3 id="insights-requests-heading">{t("insightsRequestsHeading")}</h3>
        <dl class="figures">
          <div>
            <dt>{t("insightsRequestsDrafted")}</dt>
            <dd>{requests.drafted}</dd>
          </div>
          <div>
            <dt>{t("insightsRequestsAnswered")}</dt>
            <dd>
              {t(
                "insightsRequestsAnsweredValue",
                String(requests.answered),
                String(requests.interviews),
              )}
            </dd>
          </div>
        </dl>
      </section>
      <section class="screen-section" aria-labelledby="insights-months-heading">
        <h3 id="insights-months-heading">{t("insightsMonthsHeading")}</h3>
        <MonthChart months={insights.months} />
      </section>
    </>
  );
}
