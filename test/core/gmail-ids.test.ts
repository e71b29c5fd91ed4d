import { describe, expect, it } from "vitest";
import { currentGmailThreadId, gmailThreadKey, hexOfPermanentId } from "../../src/core/gmail-ids";

describe("one Gmail conversation, one id", () => {
  it("turns a permanent thread-f id into the hex id it stands for", () => {
    expect(hexOfPermanentId("thread-f:1781042118350512401")).toBe("18b7885eca4aa111");
    expect(hexOfPermanentId(" thread-f:1784256312533705459 ")).toBe("18c2f3a9b0d1e2f3");
    expect(hexOfPermanentId("thread-a:r-6519434187302016851")).toBeNull();
    expect(hexOfPermanentId("thread-f:0")).toBeNull();
    // Past 64 bits is no Gmail id.
    expect(hexOfPermanentId("thread-f:18446744073709551616")).toBeNull();
    expect(hexOfPermanentId("undefined")).toBeNull();
  });

  it("keys a conversation on its hex id from whichever form the page gives", () => {
    const hex = "18b7885eca4aa111";
    expect(gmailThreadKey({ legacy: hex, perm: "thread-f:1781042118350512401" })).toBe(hex);
    expect(gmailThreadKey({ legacy: hex.toUpperCase() })).toBe(hex);
    expect(gmailThreadKey({ perm: "thread-f:1781042118350512401" })).toBe(hex);
    expect(gmailThreadKey({ address: hex })).toBe(hex);
    expect(gmailThreadKey({ address: "thread-f:1781042118350512401" })).toBe(hex);
  });

  it("keeps forms that carry no hex id, and the address's encoded id last", () => {
    expect(gmailThreadKey({ perm: "thread-a:r-65194341873" })).toBe("thread-a:r-65194341873");
    expect(gmailThreadKey({ address: "FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG" })).toBe(
      "FMfcgzQXJWbLjzHxTcsnRkPdWqvrxTnG",
    );
    expect(
      gmailThreadKey({ perm: "thread-f:1781042118350512401", address: "FMfcgzQXJWbLjz" }),
    ).toBe("18b7885eca4aa111");
    expect(gmailThreadKey({})).toBeNull();
    expect(gmailThreadKey({ legacy: " ", perm: "", address: null })).toBeNull();
  });

  it("brings an id stored in the permanent form to today's form, and leaves others alone", () => {
    expect(currentGmailThreadId("thread-f:1781042118350512401")).toBe("18b7885eca4aa111");
    expect(currentGmailThreadId("18b7885eca4aa111")).toBe("18b7885eca4aa111");
    expect(currentGmailThreadId("AAQkADk2ZDEwYmM0")).toBe("AAQkADk2ZDEwYmM0");
  });
});
