import { t } from "../ui/i18n";
import { LogoMark } from "../ui/logo-mark";

export function OptionsHeader() {
  return (
    <header class="page-header options-header">
      <div class="brand">
        <LogoMark size={32} />
        <h1 class="brand-name">{t("optionsTitle")}</h1>
      </div>
    </header>
  );
}
