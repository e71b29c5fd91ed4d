import { t } from "../ui/i18n";
import { SECTION_MESSAGE, SECTIONS, type SectionName } from "./sections";

export function OptionsNav({ current }: { current: SectionName }) {
  return (
    <nav class="options-nav" aria-label={t("optionsNavLabel")}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section}>
            <a href={`#${section}`} aria-current={section === current ? "page" : undefined}>
              {t(SECTION_MESSAGE[section])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
