import type { MailHost } from "../core/email";
import { type ComposeDraft, composeAddress, type ReminderKind } from "../core/reminders";
import { interviewRecipient, interviewValues, renderTemplate } from "../core/templates";
import type { DebriefDatabase } from "./database";
import { composeHostFor } from "./reminders";
import type { Interview } from "./schema";
import { readMailSites, readMyName, readOutlookOrigin } from "./settings";
import { chooseTemplate, defaultAmong, findDefaultTemplate } from "./templates";

// Apart from `reminders.ts`: the popup lists reminders on its first screen, and loads the templates
// that write their messages only when the user asks for one.

/**
 * The language a reminder's message is written in: the interface's, unless the user made a template
 * of that kind their own only in another language (the one edited last): a person who wrote their
 * thank-you note in Spanish writes thank-you notes in Spanish.
 */
export async function reminderLanguage(
  db: DebriefDatabase,
  kind: ReminderKind,
  interfaceLanguage: string,
): Promise<string> {
  if (await findDefaultTemplate(db, kind, interfaceLanguage)) return interfaceLanguage;
  const own = defaultAmong(await db.templates.where("kind").equals(kind).toArray());
  return own?.language ?? interfaceLanguage;
}

/**
 * The message a reminder asks for, written from the user's template for its kind (in the language
 * `reminderLanguage` picks, as `chooseTemplate` finds it), to the interviewer.
 */
export async function draftReminderMessage(
  db: DebriefDatabase,
  interview: Interview,
  kind: ReminderKind,
  interfaceLanguage: string,
  now: Date,
): Promise<ComposeDraft> {
  const language = await reminderLanguage(db, kind, interfaceLanguage);
  const template = await chooseTemplate(db, kind, language);
  const values = interviewValues({
    interview,
    myName: await readMyName(db),
    language: template.language,
    today: now,
  });
  return {
    to: interviewRecipient(interview),
    subject: renderTemplate(template.subject, values),
    body: renderTemplate(template.body, values),
  };
}

/**
 * Everything needed to open a reminder's message in the user's mail: the address of a new message
 * filled in, and where it opens. Records nothing: `recordReminderDone` does, once it is opened.
 */
export async function reminderComposeAddress(
  db: DebriefDatabase,
  interview: Interview,
  kind: ReminderKind,
  interfaceLanguage: string,
  now: Date,
): Promise<{ host: MailHost; address: string }> {
  const host = composeHostFor(interview, await readMailSites(db));
  const draft = await draftReminderMessage(db, interview, kind, interfaceLanguage, now);
  const outlookOrigin = (await readOutlookOrigin(db)) || undefined;
  return { host, address: composeAddress(host, draft, outlookOrigin) };
}
