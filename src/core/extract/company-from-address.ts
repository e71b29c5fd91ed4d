/**
 * Mail domains that say nothing about the employer: personal mailboxes, and the applicant-tracking
 * and scheduling services companies send their hiring mail through. A subdomain of one counts too
 * (`us.greenhouse-mail.io`, `hire.lever.co`).
 */
const GENERIC_DOMAINS = new Set([
  // Personal mail.
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "pm.me",
  "mail.com",
  "zoho.com",
  "zohomail.com",
  "fastmail.com",
  "hey.com",
  "tutanota.com",
  "tuta.io",
  "qq.com",
  "163.com",
  "naver.com",
  // Hiring platforms and schedulers.
  "greenhouse.io",
  "greenhouse-mail.io",
  "lever.co",
  "ashbyhq.com",
  "workday.com",
  "myworkday.com",
  "smartrecruiters.com",
  "smartrecruitersmail.com",
  "icims.com",
  "jobvite.com",
  "bamboohr.com",
  "workable.com",
  "workablemail.com",
  "recruitee.com",
  "teamtailor.com",
  "teamtailor-mail.com",
  "breezy.hr",
  "jazzhr.com",
  "applytojob.com",
  "successfactors.com",
  "successfactors.eu",
  "taleo.net",
  "oraclecloud.com",
  "personio.de",
  "personio.com",
  "pinpointhq.com",
  "gem.com",
  "hirevue.com",
  "goodtime.io",
  "calendly.com",
  "linkedin.com",
  "indeed.com",
  "indeedemail.com",
  "glassdoor.com",
  "ziprecruiter.com",
  "wellfound.com",
  "otta.com",
  "hired.com",
]);

/** Providers that run under many country endings: yahoo.co.uk, gmx.de, yandex.ru, web.de... */
const GENERIC_NAMES = new Set(["yahoo", "ymail", "gmx", "yandex", "web", "t-online", "libero"]);

/** Second-level endings under which the company's name is the third label from the right (acme.co.uk). */
const SECOND_LEVEL = new Set([
  "co",
  "com",
  "org",
  "net",
  "ac",
  "gov",
  "edu",
  "ltd",
  "plc",
  "ne",
  "or",
  "gv",
]);

function isGeneric(domain: string, companyLabel: string): boolean {
  if (GENERIC_NAMES.has(companyLabel)) return true;
  const labels = domain.split(".");
  // Every ending of the domain: a.b.greenhouse.io → b.greenhouse.io → greenhouse.io → io.
  return labels.some((_, index) => GENERIC_DOMAINS.has(labels.slice(index).join(".")));
}

/** The label that names the organisation: `careers.lumen-analytics.co.uk` → `lumen-analytics`. */
function companyLabelOf(domain: string): string {
  const labels = domain.split(".").filter((label) => label !== "");
  if (labels.length < 2) return "";
  const secondLast = labels[labels.length - 2] ?? "";
  const last = labels[labels.length - 1] ?? "";
  // A two-letter country ending after a generic second level: acme.co.uk, acme.com.au.
  if (labels.length >= 3 && last.length === 2 && SECOND_LEVEL.has(secondLast))
    return labels[labels.length - 3] ?? "";
  return secondLast;
}

function titleCase(word: string): string {
  return word.charAt(0).toLocaleUpperCase("en") + word.slice(1);
}

/**
 * A first guess at the employer's name from the address a hiring email came from, for the user to
 * correct: `talent@lumen-analytics.example` → "Lumen Analytics". Empty when the domain is a personal
 * mailbox or a hiring platform, where the domain names someone else.
 */
export function companyFromAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 0) return "";
  const domain = address
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/[>.]+$/, "");
  const label = companyLabelOf(domain);
  if (label === "" || isGeneric(domain, label)) return "";
  return label
    .split(/[-_]+/)
    .filter((word) => word !== "")
    .map(titleCase)
    .join(" ");
}
