import { describe, expect, it } from "vitest";
import { companyFromAddress } from "../../../src/core/extract/company-from-address";

describe("companyFromAddress", () => {
  it.each([
    ["talent@lumen-analytics.example", "Lumen Analytics"],
    ["priya.raman@acme.com", "Acme"],
    ["no-reply@careers.northwind.io", "Northwind"],
    ["recruiting@mail.contoso.co.uk", "Contoso"],
    ["jobs@fabrikam.com.au", "Fabrikam"],
    ["people@blue_harbor.example", "Blue Harbor"],
    ["Talent@Lumen-Analytics.Example", "Lumen Analytics"],
    ["odd@acme.com.", "Acme"],
  ])("%s → %s", (address, company) => {
    expect(companyFromAddress(address)).toBe(company);
  });

  it.each([
    "someone@gmail.com",
    "someone@googlemail.com",
    "someone@outlook.com",
    "someone@hotmail.com",
    "someone@yahoo.co.uk",
    "someone@gmx.de",
    "someone@icloud.com",
    "no-reply@us.greenhouse-mail.io",
    "notifications@greenhouse.io",
    "no-reply@hire.lever.co",
    "acme@myworkday.com",
    "jobs@ashbyhq.com",
    "invite@calendly.com",
    "jobs-noreply@linkedin.com",
  ])("%s names no employer", (address) => {
    expect(companyFromAddress(address)).toBe("");
  });

  it("gives up on what is not an address", () => {
    expect(companyFromAddress("")).toBe("");
    expect(companyFromAddress("Priya Raman")).toBe("");
    expect(companyFromAddress("root@localhost")).toBe("");
  });
});
