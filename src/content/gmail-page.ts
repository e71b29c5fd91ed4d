// The content script of Gmail's pages (manifest.json): Debrief with Gmail's reader only.
import { gmail } from "./gmail";
import { startIn } from "./start";

void startIn(gmail);
