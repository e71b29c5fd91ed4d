import { useEffect, useRef, useState } from "preact/hooks";
import {
  CONFIDENCE_LEVELS,
  type ConfidenceLevel,
  DEFAULT_MIN_CONFIDENCE,
  isConfidenceLevel,
} from "../core/confidence";
import { MAIL_SITES } from "../core/mail-sites";
import {
  DEFAULT_MAIL_SITES,
  type MailSites,
  readMailSites,
  readMinConfidence,
  readMyName,
  readSwitch,
  SETTING,
  type Switch,
  saveMailSites,
  saveMinConfidence,
  saveMyName,
  saveSwitch,
} from "../db/settings";
import { useDatabase } from "../ui/db";
import { failureReason } from "../ui/failure-reason";
import { t } from "../ui/i18n";
import { TextField } from "../ui/text-field";
import { SectionHeading } from "./section-heading";

/** Reading the saved name: Save waits for it, and it never replaces what the user typed meanwhile. */
type ReadState = "reading" | "read" | { failed: string };
type SaveState = "idle" | "saved" | { failed: string };

/** The words of each confidence level, most demanding first. */
const CONFIDENCE_WORDS: Record<ConfidenceLevel, string> = {
  0.9: "settingConfidenceHigh",
  0.75: "settingConfidenceMedium",
  0.5: "settingConfidenceLow",
};

const SITE_WORDS: Record<keyof MailSites, string> = {
  gmail: "settingSiteGmail",
  outlook: "settingSiteOutlook",
};

/** The on/off settings, each with its label and hint. */
const SWITCHES: readonly { key: Switch; label: string; hint: string }[] = [
  { key: SETTING.reminders, label: "settingReminders", hint: "settingRemindersHint" },
  {
    key: SETTING.hideRejectionText,
    label: "settingHideRejectionText",
    hint: "settingHideRejectionTextHint",
  },
];

type Switches = Record<Switch, boolean>;

export function SettingsSection() {
  const db = useDatabase();
  const [name, setName] = useState("");
  const [sites, setSites] = useState<MailSites>({ ...DEFAULT_MAIL_SITES });
  const [minConfidence, setMinConfidence] = useState<ConfidenceLevel>(DEFAULT_MIN_CONFIDENCE);
  const [switches, setSwitches] = useState<Switches>({ reminders: true, hideRejectionText: false });
  const [readState, setReadState] = useState<ReadState>("reading");
  const [saveState, setSaveState] = useState<SaveState>("idle");
  // What the user changes before the saved settings arrive is theirs: the read must not replace it.
  const typed = useRef(false);
  const sitesTouched = useRef(false);
  const confidenceTouched = useRef(false);
  const switchesTouched = useRef(new Set<Switch>());

  useEffect(() => {
    let current = true;
    Promise.all([
      readMyName(db),
      readMailSites(db),
      readMinConfidence(db),
      readSwitch(db, SETTING.reminders),
      readSwitch(db, SETTING.hideRejectionText),
    ])
      .then(([savedName, savedSites, savedConfidence, reminders, hideRejectionText]) => {
        if (!current) return;
        if (!typed.current) setName(savedName);
        if (!sitesTouched.current) setSites(savedSites);
        if (!confidenceTouched.current) setMinConfidence(savedConfidence);
        const saved: Switches = { reminders, hideRejectionText };
        setSwitches((shown) => {
          const next = { ...shown };
          for (const { key } of SWITCHES) {
            if (!switchesTouched.current.has(key)) next[key] = saved[key];
          }
          return next;
        });
        setReadState("read");
      })
      // The user can still type their name and save it over whatever could not be read.
      .catch((error: unknown) => current && setReadState({ failed: failureReason(error) }));
    return () => {
      current = false;
    };
  }, [db]);

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      const [savedName, savedSites, savedConfidence] = await db.transaction(
        "rw",
        db.settings,
        async () => {
          for (const { key } of SWITCHES) await saveSwitch(db, key, switches[key]);
          return Promise.all([
            saveMyName(db, name),
            saveMailSites(db, sites),
            saveMinConfidence(db, minConfidence),
          ]);
        },
      );
      setName(savedName);
      setSites(savedSites);
      setMinConfidence(savedConfidence);
      // What is saved now replaces whatever could not be read.
      setReadState("read");
      setSaveState("saved");
    } catch (error) {
      setSaveState({ failed: failureReason(error) });
    }
  };

  return (
    <section class="options-section" aria-labelledby="section-heading">
      <SectionHeading text={t("sectionSettings")} />
      {typeof readState === "object" ? (
        <p class="form-failure" role="alert">
          {t("settingsReadFailed", readState.failed)}
        </p>
      ) : null}
      <form class="settings-form" onSubmit={save}>
        <TextField
          id="setting-my-name"
          label={t("settingMyName")}
          hint={t("settingMyNameHint")}
          value={name}
          onValue={(value) => {
            typed.current = true;
            setName(value);
            setSaveState("idle");
          }}
          autocomplete="name"
        />
        <fieldset>
          <legend>{t("settingMailSites")}</legend>
          <p class="field-hint" id="setting-mail-sites-hint">
            {t("settingMailSitesHint")}
          </p>
          {(Object.keys(SITE_WORDS) as (keyof MailSites)[]).map((site) => (
            <div key={site} class="check-row">
              <input
                type="checkbox"
                id={`setting-site-${site}`}
                checked={sites[site]}
                aria-describedby="setting-mail-sites-hint"
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  sitesTouched.current = true;
                  setSites((current) => ({ ...current, [site]: on }));
                  setSaveState("idle");
                }}
              />
              <label for={`setting-site-${site}`}>
                {t(SITE_WORDS[site], MAIL_SITES[site].join(", "))}
              </label>
            </div>
          ))}
        </fieldset>
        <div class="field">
          <label for="setting-min-confidence">{t("settingMinConfidence")}</label>
          <select
            id="setting-min-confidence"
            value={String(minConfidence)}
            aria-describedby="setting-min-confidence-hint"
            onChange={(event) => {
              const level = Number((event.currentTarget as HTMLSelectElement).value);
              if (!isConfidenceLevel(level)) return;
              confidenceTouched.current = true;
              setMinConfidence(level);
              setSaveState("idle");
            }}
          >
            {CONFIDENCE_LEVELS.map((level) => (
              <option key={level} value={String(level)}>
                {t(CONFIDENCE_WORDS[level])}
              </option>
            ))}
          </select>
          <p class="field-hint" id="setting-min-confidence-hint">
            {t("settingMinConfidenceHint")}
          </p>
        </div>
        <fieldset>
          <legend>{t("settingRemindersAndPrivacy")}</legend>
          {SWITCHES.map(({ key, label, hint }) => (
            <div key={key} class="setting-switch">
              <div class="check-row">
                <input
                  type="checkbox"
                  id={`setting-${key}`}
                  checked={switches[key]}
                  aria-describedby={`setting-${key}-hint`}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    switchesTouched.current.add(key);
                    setSwitches((current) => ({ ...current, [key]: on }));
                    setSaveState("idle");
                  }}
                />
                <label for={`setting-${key}`}>{t(label)}</label>
              </div>
              <p class="field-hint setting-switch-hint" id={`setting-${key}-hint`}>
                {t(hint)}
              </p>
            </div>
          ))}
        </fieldset>
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={readState === "reading"}>
            {t("settingsSave")}
          </button>
          {/* Always in the page so the announcement is heard when its text changes. */}
          <p class="save-state" role="status">
            {saveState === "saved" ? t("settingsSaved") : null}
          </p>
        </div>
        {typeof saveState === "object" ? (
          <p class="form-failure" role="alert">
            {t("settingsSaveFailed", saveState.failed)}
          </p>
        ) : null}
      </form>
    </section>
  );
}
