import type { FunctionComponent } from "preact";
import { PrivacyNote } from "../ui/privacy-note";
import { useFocusHeading } from "../ui/use-focus-heading";
import { useReminderBadge } from "../ui/use-reminder-badge";
import { DataSection } from "./data-section";
import { OptionsHeader } from "./options-header";
import { OptionsNav } from "./options-nav";
import type { SectionName } from "./sections";
import { SettingsSection } from "./settings-section";
import { TemplatesSection } from "./templates-section";
import { useSection } from "./use-section";

const SECTION_VIEW: Record<SectionName, FunctionComponent> = {
  templates: TemplatesSection,
  settings: SettingsSection,
  data: DataSection,
};

export function App() {
  const section = useSection();
  const View = SECTION_VIEW[section];

  // After the user picks a section, the next Tab continues inside it rather than in the navigation.
  const main = useFocusHeading<HTMLElement>(section);
  // Reminders turned off in Settings leave the toolbar at once.
  useReminderBadge();

  return (
    <div class="options">
      <OptionsHeader />
      <div class="options-body">
        <OptionsNav current={section} />
        <main ref={main} class="options-main">
          <View />
          <PrivacyNote />
        </main>
      </div>
    </div>
  );
}
