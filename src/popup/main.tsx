import { render } from "preact";
import "../ui/styles.css";
import "./popup.css";
import { applyDocumentLanguage } from "../ui/document-language";
import { App } from "./app";

applyDocumentLanguage();
const root = document.getElementById("app");
if (root) render(<App />, root);
