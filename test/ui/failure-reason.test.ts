import "../setup/i18n";
import { Dexie } from "dexie";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RecordGoneError, RefusedWriteError } from "../../src/db/interviews";
import { failureReason } from "../../src/ui/failure-reason";

afterEach(() => vi.restoreAllMocks());

const quiet = () => vi.spyOn(console, "error").mockImplementation(() => undefined);

describe("failureReason", () => {
  it("tells a full disk in the interface's words, however Dexie wraps the browser's error", () => {
    quiet();
    const quota = new DOMException("The quota has been exceeded.", "QuotaExceededError");
    const wrapped = new Dexie.AbortError("Transaction aborted. See http://bit.ly/xyz", quota);
    for (const error of [quota, wrapped]) {
      expect(failureReason(error)).toBe(
        "The browser has no room left for Debrief's data: free some disk space, then try again.",
      );
    }
  });

  it("never passes on a library's words or a link to its docs", () => {
    const logged = quiet();
    const premature = new Dexie.PrematureCommitError(
      "Transaction committed too early. See http://bit.ly/2kdckMn",
    );
    const reason = failureReason(premature);
    expect(reason).not.toMatch(/bit\.ly|committed|Transaction|http/i);
    expect(reason).toBe(
      "The browser did not let Debrief finish: try again, and reload this page if it happens again.",
    );
    // Whoever debugs it still finds the library's own error in the console.
    expect(logged).toHaveBeenCalledWith("Debrief:", premature);
  });

  it("says when the storage was closed, and when the record is gone", () => {
    quiet();
    expect(failureReason(new Dexie.DatabaseClosedError("closed"))).toMatch(
      /^Debrief's storage was closed/,
    );
    expect(failureReason(new RecordGoneError("No interview has id 4."))).toMatch(
      /^What this was about is no longer in Debrief/,
    );
    // A value Debrief does not keep is not a record gone, and its developer's words stay out.
    const refused = failureReason(new RefusedWriteError('"2026-02-30" is no date.'));
    expect(refused).not.toMatch(/no longer|2026-02-30/);
  });
});
