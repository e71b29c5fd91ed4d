import { render } from "preact";
import "../ui/styles.css";
import "./popup.css";
import { sharedDatabase } from "../ui/db";
import { applyDocumentLanguage } from "../ui/document-language";
import { App } from "./app";

applyDocumentLanguage();
// Opening IndexedDB takes a while: start it now, while the first screen is being drawn.
void sharedDatabase().open();
const root = document.getElementById("app");
if (root) render(<App />, root);
