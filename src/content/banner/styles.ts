import type { MailHost } from "../../core/email";
import type { Tone } from "./theme";

/**
 * Each client's look, kept modest: Gmail's Material 3 surfaces, pill buttons and Google Sans;
 * Outlook's Fluent 2 neutrals, square-ish buttons and Segoe UI. The fonts are the ones the client
 * page already has (or the system's): nothing is fetched.
 */
const PALETTES: Record<MailHost, Record<Tone, string>> = {
  gmail: {
    light: `
      --font: "Google Sans Text", "Google Sans", Roboto, "Helvetica Neue", Arial, sans-serif;
      --radius: 8px; --button-radius: 16px; --bar-margin: 4px 16px 12px;
      --surface: #f2f6fc; --line: #d3dbe5; --line-strong: #747775;
      --ink: #1f1f1f; --ink-soft: #444746;
      --accent: #0b57d0; --primary: #0b57d0; --on-primary: #ffffff; --primary-hover: #0a4fbe;
      --hover: rgba(11, 87, 208, 0.08); --focus: #0b57d0;
      --error: #b3261e; --success: #146c2e;`,
    dark: `
      --font: "Google Sans Text", "Google Sans", Roboto, "Helvetica Neue", Arial, sans-serif;
      --radius: 8px; --button-radius: 16px; --bar-margin: 4px 16px 12px;
      --surface: #282a2c; --line: #444746; --line-strong: #8e918f;
      --ink: #e3e3e3; --ink-soft: #c4c7c5;
      --accent: #a8c7fa; --primary: #a8c7fa; --on-primary: #062e6f; --primary-hover: #bcd4fb;
      --hover: rgba(168, 199, 250, 0.12); --focus: #a8c7fa;
      --error: #f2b8b5; --success: #6dd58c;`,
  },
  outlook: {
    light: `
      --font: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif;
      --radius: 4px; --button-radius: 4px; --bar-margin: 8px 0 4px;
      --surface: #f5f5f5; --line: #e0e0e0; --line-strong: #d1d1d1;
      --ink: #242424; --ink-soft: #616161;
      --accent: #0f6cbd; --primary: #0f6cbd; --on-primary: #ffffff; --primary-hover: #115ea3;
      --hover: #ebebeb; --focus: #000000;
      --error: #c50f1f; --success: #107c10;`,
    dark: `
      --font: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif;
      --radius: 4px; --button-radius: 4px; --bar-margin: 8px 0 4px;
      --surface: #2e2e2e; --line: #3d3d3d; --line-strong: #666666;
      --ink: #ffffff; --ink-soft: #d6d6d6;
      --accent: #479ef5; --primary: #115ea3; --on-primary: #ffffff; --primary-hover: #0f6cbd;
      --hover: #3d3d3d; --focus: #ffffff;
      --error: #dc626d; --success: #54b054;`,
  },
};

/** The banner's whole style sheet, for a `<style>` in its shadow root. */
export function bannerStyles(client: MailHost, tone: Tone): string {
  return `
:host { all: initial; display: block; }
.bar {
  ${PALETTES[client][tone]}
  box-sizing: border-box; display: flex; align-items: flex-start; gap: 12px;
  margin: var(--bar-margin); padding: 8px 12px;
  border: 1px solid var(--line); border-radius: var(--radius);
  background: var(--surface); color: var(--ink);
  font: 400 14px/20px var(--font); text-align: start;
  color-scheme: ${tone};
}
.mark { flex: none; width: 20px; height: 20px; margin-top: 6px; }
.mark .bubble { fill: var(--accent); }
.mark .arrow { stroke: var(--surface); }
.body { flex: 1; min-width: 0; display: flex; flex-wrap: wrap; align-items: flex-start; gap: 8px 16px; }
.text { flex: 1 1 320px; min-width: 0; padding-top: 6px; }
.headline { margin: 0; font-weight: 500; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.details {
  display: flex; align-items: center; gap: 8px; min-height: 28px; margin: 0;
  color: var(--ink-soft); white-space: nowrap;
}
.role, .detail { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.role { flex: 0 1 auto; }
.detail { flex: 0 1000 auto; }
.role:not([hidden]) ~ .detail:not([hidden])::before,
.role:not([hidden]) ~ .picker:not([hidden])::before { content: "·"; margin-inline-end: 8px; }
.details button { flex: none; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.more { margin: 4px 0 0; }
.more button { margin-top: 6px; }
button, select { font: inherit; }
button {
  box-sizing: border-box; height: 32px; padding: 0 14px; margin: 0;
  border: 1px solid var(--line-strong); border-radius: var(--button-radius);
  background: transparent; color: var(--accent); font-weight: 500; cursor: pointer; white-space: nowrap;
}
button:hover { background: var(--hover); }
button.primary { background: var(--primary); border-color: var(--primary); color: var(--on-primary); }
button.primary:hover { background: var(--primary-hover); border-color: var(--primary-hover); }
button.quiet { border-color: transparent; }
button[aria-disabled="true"] { opacity: 0.55; cursor: default; }
button:focus-visible, select:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.inline { height: 28px; padding: 0 12px; }
.picker { display: flex; gap: 8px; align-items: center; min-width: 0; }
select {
  height: 28px; min-width: 0; max-width: 100%; padding: 0 6px;
  border: 1px solid var(--line-strong); border-radius: 4px; background: var(--surface); color: var(--ink);
}
.why { margin: 0; padding: 0; list-style: none; color: var(--ink-soft); }
.why li { margin: 2px 0 0; }
.why q { color: var(--ink); font-style: italic; }
.status { margin: 6px 0 0; font-weight: 500; }
.status:empty { display: none; }
.status.error { color: var(--error); }
.status.success { color: var(--success); }
[hidden] { display: none !important; }
@media (forced-colors: active) {
  .bar, button, select { border-color: CanvasText; }
  button.primary { forced-color-adjust: none; background: Highlight; color: HighlightText; }
}
`;
}
