import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { emptyDraft, type InterviewDraft } from "../../src/core/interview-draft";
import { openDatabase } from "../../src/db/database";
import { addInterview } from "../../src/db/interviews";
import { companyKey, matchInterview, type RejectionQuery } from "../../src/db/matching";
import type { InterviewStatus, ThreadLink } from "../../src/db/schema";

function freshDatabase() {
  return openDatabase({ name: `test-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

async function interview(
  db: ReturnType<typeof freshDatabase>,
  fields: Partial<InterviewDraft> & { status?: InterviewStatus; threads?: ThreadLink[] },
): Promise<number> {
  const { status, threads, ...draft } = fields;
  const id = await addInterview(
    db,
    { ...emptyDraft(), date: "2026-11-02", ...draft },
    new Date(),
    threads,
  );
  if (status) await db.interviews.update(id, { status });
  return id;
}

const query = (fields: Partial<RejectionQuery>): RejectionQuery => ({
  threadKey: "",
  address: "",
  companies: [],
  role: "",
  ...fields,
});

const person = (email: string) => ({ name: "Someone", email, title: "" });

describe("a company's name, reduced to what identifies it", () => {
  it("ignores case, accents, punctuation and legal forms", () => {
    expect(companyKey("Lumen Analytics GmbH")).toBe("lumen analytics");
    expect(companyKey("lumen-analytics")).toBe("lumen analytics");
    expect(companyKey("LUMEN ANALYTICS, S.A.")).toBe("lumen analytics");
    expect(companyKey("Société Générale SpA")).toBe("societe generale");
    expect(companyKey("Acme, Inc.")).toBe("acme");
    expect(companyKey("Northwind B.V.")).toBe("northwind");
    expect(companyKey("Smith & Co. Ltd")).toBe("smith");
    expect(companyKey("The Boring Company")).toBe("boring");
    expect(companyKey("Müller GmbH & Co. KG")).toBe("muller");
  });

  it("keeps a name that is nothing but a legal form, and a short word that is not one", () => {
    expect(companyKey("Inc")).toBe("inc");
    expect(companyKey("Lisa")).toBe("lisa");
    expect(companyKey("")).toBe("");
  });
});

describe("finding the interview a rejection is about", () => {
  it("prefers a linked conversation, then the sender's address, then the domain, then the company", async () => {
    const db = freshDatabase();
    const byCompany = await interview(db, { company: "Lumen Analytics Ltd" });
    const byDomain = await interview(db, {
      company: "Other name",
      interviewers: [person("maya@lumen.example")],
    });
    const byAddress = await interview(db, {
      company: "Third",
      interviewers: [person("Priya@Northwind.example")],
    });
    const byThread = await interview(db, {
      company: "Fourth",
      threads: [{ host: "gmail", threadId: "t-1" }],
    });
    const full = query({
      threadKey: "gmail:t-1",
      address: "priya@northwind.example",
      companies: ["Lumen Analytics"],
    });
    const found = async (q: RejectionQuery) => {
      const match = await matchInterview(db, q);
      return [match.interview?.id ?? null, match.matchedBy];
    };
    expect(await found(full)).toEqual([byThread, "thread"]);
    expect(await found({ ...full, threadKey: "gmail:t-2" })).toEqual([byAddress, "address"]);
    expect(await found({ ...full, threadKey: "", address: "talent@eu.lumen.example" })).toEqual([
      byDomain,
      "domain",
    ]);
    expect(await found({ ...full, threadKey: "", address: "no-reply@greenhouse.io" })).toEqual([
      byCompany,
      "company",
    ]);
    expect(await found(query({ address: "x@elsewhere.example", companies: ["Nobody"] }))).toEqual([
      null,
      null,
    ]);
  });

  it("never matches by a personal mailbox's or a hiring platform's domain", async () => {
    const db = freshDatabase();
    await interview(db, { company: "A", interviewers: [person("recruiter@gmail.com")] });
    await interview(db, { company: "B", interviewers: [person("jobs@greenhouse.io")] });
    expect(
      (await matchInterview(db, query({ address: "someone@gmail.com" }))).interview,
    ).toBeNull();
    expect(
      (await matchInterview(db, query({ address: "no-reply@us.greenhouse.io" }))).interview,
    ).toBeNull();
  });

  it("matches a company by a longer or shorter form of its name", async () => {
    const db = freshDatabase();
    const id = await interview(db, { company: "Lumen Analytics" });
    expect((await matchInterview(db, query({ companies: ["Lumen"] }))).interview?.id).toBe(id);
    expect((await matchInterview(db, query({ companies: ["lumenanalytics"] }))).interview?.id).toBe(
      id,
    );
    expect((await matchInterview(db, query({ companies: ["Lu"] }))).interview).toBeNull();
    expect((await matchInterview(db, query({ companies: ["Luminous"] }))).interview).toBeNull();
  });

  it("prefers an active interview to a closed one", async () => {
    const db = freshDatabase();
    await interview(db, { company: "Lumen", date: "2026-11-20", status: "rejected" });
    const active = await interview(db, { company: "Lumen", date: "2026-10-01" });
    const match = await matchInterview(db, query({ companies: ["Lumen"] }));
    expect(match.interview?.id).toBe(active);
    expect(match.candidates).toEqual([]);
  });

  it("offers several equally good matches, latest first, at most five", async () => {
    const db = freshDatabase();
    const ids: number[] = [];
    for (const day of ["01", "05", "03", "09", "07", "02"])
      ids.push(await interview(db, { company: "Lumen", date: `2026-10-${day}` }));
    const match = await matchInterview(db, query({ companies: ["Lumen GmbH"] }));
    expect(match.interview).toBeNull();
    expect(match.candidates.map((c) => c.date)).toEqual([
      "2026-10-09",
      "2026-10-07",
      "2026-10-05",
      "2026-10-03",
      "2026-10-02",
    ]);
  });

  it("lets the email's role single out one of several", async () => {
    const db = freshDatabase();
    await interview(db, { company: "Lumen", role: "Designer", date: "2026-11-05" });
    const analyst = await interview(db, {
      company: "Lumen",
      role: "Data Analyst",
      date: "2026-10-01",
    });
    const match = await matchInterview(db, query({ companies: ["Lumen"], role: "data analyst" }));
    expect(match.interview?.id).toBe(analyst);
  });
});
