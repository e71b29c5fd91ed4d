import type { EmailInput } from "../detect/types";
import { companyFromDomain, findCompany } from "./company";
import { findDates, interviewDateOf } from "./dates";
import { greetedName } from "./greeting";
import { findPeople } from "./people";
import { findRole } from "./role";
import { displayedFirstName, signatureName, signedName } from "./sign-off";
import { fold, linesOf, nameKey, readableBody } from "./text";
import type { Extraction, ExtractOptions } from "./types";

const text = (value: unknown, max: number) =>
  typeof value === "string" ? value.slice(0, max) : "";

function extractFrom(email: EmailInput, options: ExtractOptions): Extraction {
  const subject = text(email?.subject, 500);
  const body = readableBody(text(email?.body, Number.MAX_SAFE_INTEGER));
  const fromName = text(email?.from?.name, 200).trim();
  const fromAddress = text(email?.from?.address, 320).trim();
  const folded = fold(body);
  const lines = linesOf(body);

  const recipient = greetedName(lines);
  const recipientKeys = recipient.name.split(/\s+/).map(nameKey);
  const domainKey = nameKey(companyFromDomain(fromAddress));
  const signed = signedName(lines, [...recipientKeys, domainKey].filter(Boolean));
  const named = findPeople(
    body,
    folded,
    [...recipientKeys, nameKey(signed), domainKey].filter(Boolean),
  );
  const company = findCompany({
    subject,
    body,
    lines,
    fromName,
    fromAddress,
    people: [...recipientKeys, nameKey(signed)].filter(Boolean),
    interviewers: named.map((person) => nameKey(person.name)),
  });
  const companyKey = nameKey(company);
  const excluded = [...recipientKeys, companyKey, domainKey].filter(Boolean);
  const senderFirstName =
    signed || displayedFirstName(fromName, excluded) || signatureName(lines, excluded);

  const now =
    options.now instanceof Date && !Number.isNaN(options.now.getTime()) ? options.now : new Date();
  const monthFirst = /\.us>?$/i.test(fromAddress) && /\b(?:the|and|you|your)\b/.test(folded);
  const dates = findDates(body, folded, { now, monthFirst });
  const interviewDate = interviewDateOf(dates, folded);

  const extraction: Extraction = {
    company,
    role: findRole(subject, body, companyKey),
    senderFirstName,
    recipientFirstName: recipient.first,
    // The company and the sender, known only now, are not interviewers.
    people: named.filter(
      ({ name }) =>
        nameKey(name) !== companyKey &&
        nameKey(name.split(" ")[0] ?? "") !== nameKey(senderFirstName),
    ),
    dates,
  };
  if (interviewDate) extraction.interviewDate = interviewDate;
  return extraction;
}

/**
 * Company, role, names and dates from a hiring email, for the interview form and the feedback
 * request. Reads the first `MAX_BODY` characters of the newest message; never throws: what it cannot
 * read comes back empty.
 */
export function extract(email: EmailInput, options: ExtractOptions = {}): Extraction {
  try {
    return extractFrom(email, options ?? {});
  } catch {
    return {
      company: "",
      role: "",
      senderFirstName: "",
      recipientFirstName: "",
      people: [],
      dates: [],
    };
  }
}
