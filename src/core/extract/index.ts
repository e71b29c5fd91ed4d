export { companyFromDomain } from "./company";
export { extract } from "./extract";
export type { Extraction, ExtractOptions, MentionedDate, Person } from "./types";
