import {
  type ConfidenceLevel,
  DEFAULT_MIN_CONFIDENCE,
  isConfidenceLevel,
} from "../core/confidence";
import { MAX_TEXT_CHARS } from "../core/limits";
import { OUTLOOK_ORIGINS } from "../core/reminders/compose-address";
import type { DebriefDatabase } from "./database";

/**
 * Keys of the `settings` table. The options page writes them and the background reads them when it
 * fills in a reply, so a key is never renamed without a migration.
 */
export const SETTING = {
  /** The user's name as it should appear under replies: a string, "" when not given. */
  myName: "myName",
  /** Which mail clients Debrief runs in: `{gmail: boolean, outlook: boolean}`, both on by default. */
  mailSites: "mailSites",
  /** The detector's confidence a rejection needs for its banner: 0.9, 0.75 or 0.5 (default: every rejection the detector calls). */
  minConfidence: "minConfidence",
  /** Reminders to send a thank-you note and a check-in: a boolean, on by default. */
  reminders: "reminders",
  /** The popup keeps the words of rejections out of sight until asked: a boolean, off by default. */
  hideRejectionText: "hideRejectionText",
  /** Where the user's Outlook on the web was last seen (an origin): new messages open there. */
  outlookOrigin: "outlookOrigin",
  /** Popup cards the user hid, each with when (`{reflect?: ISO time, steps?: ISO time}`): what is newer shows again. */
  hiddenCards: "hiddenCards",
} as const;

/** The user's name as saved, or "" when none is (or what is stored is not text). */
export async function readMyName(db: DebriefDatabase): Promise<string> {
  const setting = await db.settings.get(SETTING.myName);
  return typeof setting?.value === "string" ? setting.value : "";
}

/** Saves the user's name without surrounding spaces, and returns what was saved. */
export async function saveMyName(db: DebriefDatabase, name: string): Promise<string> {
  const value = name.trim();
  await db.settings.put({ key: SETTING.myName, value });
  return value;
}

/** Which mail clients Debrief runs in. Both are on until the user turns one off. */
export interface MailSites {
  gmail: boolean;
  outlook: boolean;
}

export const DEFAULT_MAIL_SITES: Readonly<MailSites> = { gmail: true, outlook: true };

/** The stored value as mail sites; anything malformed reads as the defaults (both on). */
export function toMailSites(value: unknown): MailSites {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ...DEFAULT_MAIL_SITES };
  }
  const stored = value as Record<string, unknown>;
  return {
    gmail: typeof stored.gmail === "boolean" ? stored.gmail : DEFAULT_MAIL_SITES.gmail,
    outlook: typeof stored.outlook === "boolean" ? stored.outlook : DEFAULT_MAIL_SITES.outlook,
  };
}

/** The mail sites as saved, or both on when nothing (or nothing usable) is saved. */
export async function readMailSites(db: DebriefDatabase): Promise<MailSites> {
  return toMailSites((await db.settings.get(SETTING.mailSites))?.value);
}

/** Saves which mail sites Debrief runs on, and returns what was saved. */
export async function saveMailSites(db: DebriefDatabase, sites: MailSites): Promise<MailSites> {
  const value = toMailSites(sites);
  await db.settings.put({ key: SETTING.mailSites, value });
  return value;
}

/** The banner's threshold as saved, or the default (0.5) when nothing usable is saved. */
export async function readMinConfidence(db: DebriefDatabase): Promise<ConfidenceLevel> {
  const value = (await db.settings.get(SETTING.minConfidence))?.value;
  return isConfidenceLevel(value) ? value : DEFAULT_MIN_CONFIDENCE;
}

/** Saves the banner's threshold; anything but one of the three levels is refused. */
export async function saveMinConfidence(
  db: DebriefDatabase,
  level: number,
): Promise<ConfidenceLevel> {
  if (!isConfidenceLevel(level)) throw new RangeError(`Not a confidence level: ${level}`);
  await db.settings.put({ key: SETTING.minConfidence, value: level });
  return level;
}

/** The on/off settings, and their defaults. */
export type Switch = typeof SETTING.reminders | typeof SETTING.hideRejectionText;

const SWITCH_DEFAULTS: Record<Switch, boolean> = { reminders: true, hideRejectionText: false };

/** An on/off setting as saved, or its default when nothing (or not a boolean) is saved. */
export async function readSwitch(db: DebriefDatabase, key: Switch): Promise<boolean> {
  const value = (await db.settings.get(key))?.value;
  return typeof value === "boolean" ? value : SWITCH_DEFAULTS[key];
}

export async function saveSwitch(db: DebriefDatabase, key: Switch, on: boolean): Promise<boolean> {
  await db.settings.put({ key, value: on });
  return on;
}

/** The origin of the Outlook on the web the user was last seen in, or "" when never. */
export async function readOutlookOrigin(db: DebriefDatabase): Promise<string> {
  const value = (await db.settings.get(SETTING.outlookOrigin))?.value;
  return typeof value === "string" ? value : "";
}

export async function saveOutlookOrigin(db: DebriefDatabase, origin: string): Promise<void> {
  const stored = await readOutlookOrigin(db);
  if (stored !== origin) await db.settings.put({ key: SETTING.outlookOrigin, value: origin });
}

/** The popup's cards a user can hide until there is something new in them. */
export const HIDEABLE_CARDS = ["reflect", "steps"] as const;
export type HideableCard = (typeof HIDEABLE_CARDS)[number];

const isHideableCard = (name: string): name is HideableCard =>
  (HIDEABLE_CARDS as readonly string[]).includes(name);

const isInstant = (value: unknown): value is string =>
  typeof value === "string" && value.length <= 40 && !Number.isNaN(Date.parse(value));

/** When each card was hidden; a card never hidden (or stored in another shape) is absent. */
export async function readHiddenCards(
  db: DebriefDatabase,
): Promise<Partial<Record<HideableCard, Date>>> {
  const value = (await db.settings.get(SETTING.hiddenCards))?.value;
  if (!isPlainRecord(value)) return {};
  const hidden: Partial<Record<HideableCard, Date>> = {};
  for (const [name, when] of Object.entries(value)) {
    if (isHideableCard(name) && isInstant(when)) hidden[name] = new Date(when);
  }
  return hidden;
}

/** Hides a card until something newer than `now` belongs in it. */
export async function hideCard(db: DebriefDatabase, card: HideableCard, now: Date): Promise<void> {
  await db.transaction("rw", db.settings, async () => {
    const stored = (await db.settings.get(SETTING.hiddenCards))?.value;
    const value = isPlainRecord(stored) ? { ...stored } : {};
    value[card] = now.toISOString();
    await db.settings.put({ key: SETTING.hiddenCards, value });
  });
}

export type SettingKey = (typeof SETTING)[keyof typeof SETTING];

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * What each setting may hold, as Debrief itself writes it. An imported file's settings are held
 * to this: a key Debrief does not know, or a value of another shape, is left out rather than stored.
 */
const SETTING_VALUES: Record<SettingKey, (value: unknown) => boolean> = {
  myName: (value) => typeof value === "string" && value.length <= MAX_TEXT_CHARS,
  mailSites: (value) =>
    isPlainRecord(value) &&
    Object.keys(value).every((site) => Object.hasOwn(DEFAULT_MAIL_SITES, site)) &&
    Object.values(value).every((on) => typeof on === "boolean"),
  minConfidence: isConfidenceLevel,
  reminders: (value) => typeof value === "boolean",
  hideRejectionText: (value) => typeof value === "boolean",
  hiddenCards: (value) =>
    isPlainRecord(value) &&
    Object.entries(value).every(([name, when]) => isHideableCard(name) && isInstant(when)),
  outlookOrigin: (value) => value === "" || (OUTLOOK_ORIGINS as readonly unknown[]).includes(value),
};

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_VALUES, key);
}

/** Whether `value` is one Debrief could have stored under `key`. */
export function isSettingValue(key: SettingKey, value: unknown): boolean {
  return SETTING_VALUES[key](value);
}
