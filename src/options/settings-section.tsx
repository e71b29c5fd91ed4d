import { useEffect, useRef, useState } from "preact/hooks";
import { readMyName, saveMyName } from "../db/settings";
import { useDatabase } from "../ui/db";
import { t } from "../ui/i18n";
import { TextField } from "../ui/text-field";
import { SectionHeading } from "./section-heading";

/** Reading the saved name: Save waits for it, and it never replaces what the user typed meanwhile. */
type ReadState = "reading" | "read" | { failed: string };
type SaveState = "idle" | "saved" | { failed: string };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function SettingsSection() {
  const db = useDatabase();
  const [name, setName] = useState("");
  const [readState, setReadState] = useState<ReadState>("reading");
  const [saveState, setSaveState] = useState<SaveState>("idle");
  // What the user types before the saved name arrives is theirs: the read must not replace it.
  const typed = useRef(false);

  useEffect(() => {
    let current = true;
    readMyName(db)
      .then((saved) => {
        if (!current) return;
        if (!typed.current) setName(saved);
        setReadState("read");
      })
      // The user can still type their name and save it over whatever could not be read.
      .catch((error: unknown) => current && setReadState({ failed: errorText(error) }));
    return () => {
      current = false;
    };
  }, [db]);

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      setName(await saveMyName(db, name));
      // What is saved now replaces whatever could not be read.
      setReadState("read");
      setSaveState("saved");
    } catch (error) {
      setSaveState({ failed: errorText(error) });
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
