import { describe, expect, it } from "vitest";
import { emptyDraft } from "../../src/core/interview-draft";
import { FIELD_ID, fieldErrorsOf, formStateFrom } from "../../src/popup/interview-form-state";

describe("the interview form's state", () => {
  it("starts with one empty interviewer row", () => {
    expect(formStateFrom(emptyDraft()).rows).toEqual([{ key: 0, name: "", email: "", title: "" }]);
  });

  it("places each error on its control, counting interviewers as checkInterviewDraft does", () => {
    const rows = [
      { key: 4, name: "", email: "", title: "" },
      { key: 5, name: "Ana", email: "ana@", title: "" },
      { key: 9, name: "", email: "  ", title: " " },
      { key: 11, name: "", email: "bo@", title: "" },
    ];
    expect(
      fieldErrorsOf(
        {
          company: "errorCompanyRequired",
          interviewer0: "errorEmailInvalid",
          interviewer1: "errorEmailInvalid",
        },
        rows,
      ),
    ).toEqual({
      [FIELD_ID.company]: "errorCompanyRequired",
      "interviewer-5-email": "errorEmailInvalid",
      "interviewer-11-email": "errorEmailInvalid",
    });
  });
});
