import { describe, expect, it } from "vitest";
import {
  groupInterviews,
  isUpcoming,
  matchesSearch,
  needsReflection,
  searchKey,
} from "../../../src/core/reflection/interview-groups";

// Local time, so the tests hold in every time zone: 20 November 2026, 14:30 on the user's clock.
const now = new Date(2026, 10, 20, 14, 30);

let nextId = 1;
function interview(date: string, time = "", status = "active", createdAt = "2026-11-01T00:00:00Z") {
  return { id: nextId++, status, date, time, createdAt, company: `Co ${date} ${time}`, role: "" };
}

describe("isUpcoming", () => {
  it("is a later day, or today at a later time", () => {
    expect(isUpcoming({ date: "2026-11-21", time: "" }, now)).toBe(true);
    expect(isUpcoming({ date: "2026-11-20", time: "15:00" }, now)).toBe(true);
    expect(isUpcoming({ date: "2026-11-20", time: "14:30" }, now)).toBe(false);
    expect(isUpcoming({ date: "2026-11-20", time: "09:00" }, now)).toBe(false);
    expect(isUpcoming({ date: "2026-11-19", time: "23:59" }, now)).toBe(false);
  });

  it("counts today without a time as taken place, as the popup's status chip does", () => {
    expect(isUpcoming({ date: "2026-11-20", time: "" }, now)).toBe(false);
  });

  it("reads the day on the user's clock, not in UTC", () => {
    const lateEvening = new Date(2026, 10, 20, 23, 50);
    expect(isUpcoming({ date: "2026-11-21", time: "" }, lateEvening)).toBe(true);
    expect(isUpcoming({ date: "2026-11-20", time: "23:55" }, lateEvening)).toBe(true);
  });
});

describe("groupInterviews", () => {
  it("puts each interview in its group, in the popup's order", () => {
    const later = interview("2026-12-02");
    const tomorrowMorning = interview("2026-11-21", "09:00");
    const tomorrowUntimed = interview("2026-11-21");
    const thisAfternoon = interview("2026-11-20", "16:00");
    const thisMorning = interview("2026-11-20", "10:00");
    const todayUntimed = interview("2026-11-20");
    const lastWeek = interview("2026-11-13", "11:00");
    const offer = interview("2026-10-02", "", "offer");
    const rejected = interview("2026-11-10", "", "rejected");
    const withdrawnFuture = interview("2026-12-01", "", "withdrawn");
    const noAnswer = interview("2026-09-01", "", "no_answer");
    const groups = groupInterviews(
      [
        lastWeek,
        offer,
        later,
        todayUntimed,
        thisMorning,
        rejected,
        tomorrowMorning,
        noAnswer,
        thisAfternoon,
        withdrawnFuture,
        tomorrowUntimed,
      ],
      now,
    );
    expect(groups.upcoming).toEqual([thisAfternoon, tomorrowUntimed, tomorrowMorning, later]);
    expect(groups.waiting).toEqual([thisMorning, todayUntimed, lastWeek]);
    expect(groups.closed).toEqual([withdrawnFuture, rejected, offer, noAnswer]);
  });

  it("orders interviews of the same day and time by when they were added, the latest first", () => {
    const first = interview("2026-11-10", "", "active", "2026-11-01T08:00:00Z");
    const second = interview("2026-11-10", "", "active", "2026-11-02T08:00:00Z");
    expect(groupInterviews([first, second], now).waiting).toEqual([second, first]);
  });

  it("returns empty groups for no interviews", () => {
    expect(groupInterviews([], now)).toEqual({ upcoming: [], waiting: [], closed: [] });
  });
});

describe("matchesSearch", () => {
  const societe = { company: "Société Générale", role: "Data Analyst" };

  it("finds by company or role, whatever the case and accents", () => {
    expect(matchesSearch(societe, "societe")).toBe(true);
    expect(matchesSearch(societe, "GÉNÉRALE")).toBe(true);
    expect(matchesSearch(societe, "analyst")).toBe(true);
    expect(matchesSearch(societe, "gen analyst")).toBe(true);
    expect(matchesSearch(societe, "  data  ")).toBe(true);
  });

  it("needs every word of the query", () => {
    expect(matchesSearch(societe, "societe engineer")).toBe(false);
    expect(matchesSearch({ company: "Lumen", role: "" }, "northwind")).toBe(false);
  });

  it("matches everything for an empty query", () => {
    expect(matchesSearch(societe, "")).toBe(true);
    expect(matchesSearch(societe, " - ")).toBe(true);
  });

  it("folds German and punctuation too", () => {
    expect(searchKey("Größe & Söhne GmbH")).toBe("grosse sohne gmbh");
    expect(matchesSearch({ company: "Größe & Söhne", role: "" }, "grosse sohne")).toBe(true);
  });
});

describe("needsReflection", () => {
  it("asks about interviews that took place and have no reflection", () => {
    const past = interview("2026-11-18");
    const reflected = interview("2026-11-17");
    const upcoming = interview("2026-11-20", "18:00");
    const rejected = interview("2026-11-01", "", "rejected");
    const ids = new Set([reflected.id]);
    expect(needsReflection(past, ids, now)).toBe(true);
    expect(needsReflection(reflected, ids, now)).toBe(false);
    expect(needsReflection(upcoming, ids, now)).toBe(false);
    expect(needsReflection(rejected, ids, now)).toBe(true);
  });

  it("takes the reflections themselves as well as their ids", () => {
    const past = interview("2026-11-18");
    expect(needsReflection(past, [{ interviewId: past.id }], now)).toBe(false);
    expect(needsReflection(past, [{ interviewId: 999 }], now)).toBe(true);
  });

  it("asks about an interview today without a time, and never one not yet saved", () => {
    expect(needsReflection(interview("2026-11-20"), new Set(), now)).toBe(true);
    expect(
      needsReflection({ status: "active", date: "2026-11-01", time: "" }, new Set(), now),
    ).toBe(false);
  });
});
