import { useEffect, useState } from "preact/hooks";
import { useDatabase } from "../ui/db";
import { t } from "../ui/i18n";
import { TextField } from "../ui/text-field";
import { SectionHeading } from "./section-heading";
import { SETTING } from "./settings-keys";

type SaveState = "idle" | "saved" | { failed: string };

export function SettingsSection() {
  const db = useDatabase();
  const [name, setName] = useState("");
  const [loaded, setLoaded] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>("idle");

  useEffect(() => {
    let current = true;
    db.settings
      .get(SETTING.myName)
      .then((setting) => {
        if (!current) return;
        setName(typeof setting?.value === "string" ? setting.value : "");
        setLoaded(true);
      })
      .catch((error: unknown) => current && setSaveState({ failed: String(error) }));
    return () => {
      current = false;
    };
  }, [db]);

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await db.settings.put({ key: SETTING.myName, value: name.trim() });
      setName(name.trim());
      setSaveState("saved");
    } catch (error) {
      setSaveState({ failed: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section class="options-section" aria-labelledby="section-heading">
      <SectionHeading text={t("sectionSettings")} />
      <form class="settings-form" onSubmit={save}>
        <TextField
          id="setting-my-name"
          label={t("settingMyName")}
          hint={t("settingMyNameHint")}
          value={name}
          onValue={(value) => {
            setName(value);
            setSaveState("idle");
          }}
          autocomplete="name"
        />
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={!loaded}>
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
