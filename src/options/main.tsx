import { render } from "preact";
import "../ui/styles.css";
import "./options.css";
import { applyDocumentLanguage } from "../ui/document-language";
import { t } from "../ui/i18n";
import { App } from "./app";

applyDocumentLanguage();
document.title = t("optionsTitle");
const root = document.getElementById("app");
if (root) render(<App />, root);
