// The content script of Outlook's pages (manifest.json): Debrief with Outlook's reader only.
import { outlook } from "./outlook";
import { startIn } from "./start";

void startIn(outlook);
