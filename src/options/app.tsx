import type { FunctionComponent } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { PrivacyNote } from "../ui/privacy-note";
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

  // After the user picks a section, focus its heading, so the next Tab continues inside it rather than
  // back in the navigation. Not on first load, where the browser's own focus is right.
  const main = useRef<HTMLElement>(null);
  const firstSection = useRef(true);
  useEffect(() => {
    if (firstSection.current) {
      firstSection.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>("#section-heading")?.focus();
  }, [section]);

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
