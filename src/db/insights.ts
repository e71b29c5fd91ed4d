import { computeInsights, type Insights } from "../core/reflection/insights";
import type { DebriefDatabase } from "./database";

/**
 * The insights across every interview (`core/reflection/insights.ts`), read in one transaction: for
 * the insights view, never the popup's first screen. Of the interviews only their dates are needed,
 * and those come from the date index without reading the interviews themselves.
 */
export async function loadInsights(db: DebriefDatabase, now: Date): Promise<Insights> {
  return db.transaction(
    "r",
    [db.interviews, db.reflections, db.feedback, db.followUps],
    async () => {
      const [dates, ids, reflections, feedback, followUps] = await Promise.all([
        db.interviews.orderBy("date").keys(),
        db.interviews.orderBy("date").primaryKeys(),
        db.reflections.toArray(),
        db.feedback.toArray(),
        db.followUps.toArray(),
      ]);
      const interviews = ids.map((id, at) => ({ id: id as number, date: String(dates[at]) }));
      return computeInsights({ interviews, reflections, feedback, followUps }, now);
    },
  );
}
