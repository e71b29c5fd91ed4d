import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import { MAX_TEXT_CHARS } from "../core/limits";
import type { TemplateProblem } from "../core/templates";
import { t } from "../ui/i18n";

/**
 * The text as the backdrop draws it: plain runs, and a <mark> over each problem where it stands.
 * Built as nodes by Preact; a problem overlapping the one before it is left to the list.
 */
export function underlinedText(text: string, problems: readonly TemplateProblem[]) {
  const pieces: ComponentChildren[] = [];
  let at = 0;
  for (const problem of [...problems].sort((a, b) => a.start - b.start)) {
    if (problem.start < at || problem.end <= problem.start) continue;
    if (problem.start > at) pieces.push(text.slice(at, problem.start));
    pieces.push(
      <mark key={problem.start} class="template-underline" data-problem={problem.kind}>
        {text.slice(problem.start, problem.end)}
      </mark>,
    );
    at = problem.end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  // A text area shows a line after a final newline; a block of text would not.
  if (text === "" || text.endsWith("\n")) pieces.push(" ");
  return pieces;
}

/** The placeholder a misspelt one should be, keeping its fallback: `{{frstName|there}}` → `{{firstName|there}}`. */
export function correctedPlaceholder(text: string, problem: TemplateProblem): string | null {
  if (problem.kind !== "unknownPlaceholder" || problem.suggestion === null) return null;
  const inner = text.slice(problem.start + 2, problem.end - 2);
  const bar = inner.indexOf("|");
  return `{{${problem.suggestion}${bar < 0 ? "" : inner.slice(bar)}}}`;
}

export interface TemplateTextFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** The template's language, for spelling and for screen readers. */
  language: string;
  /** A text area (the message) rather than one line (the subject). */
  multiline?: boolean;
  problems: readonly TemplateProblem[];
  /** Where a problem stands, in words: "Line 2, column 4: …". */
  describe: (problem: TemplateProblem) => string;
}

/**
 * A template's subject or message, with each problem underlined where it stands while the user
 * types, and listed under the field in words (the list is what assistive technology reads). The
 * underlines are drawn on a backdrop behind the control's transparent background, holding the same
 * text in the same box: same font, padding, border, wrapping, size and scroll position.
 */
export function TemplateTextField(props: TemplateTextFieldProps) {
  const backdrop = useRef<HTMLDivElement>(null);
  const control = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const invalid = props.problems.length > 0;
  const problemsId = `${props.id}-problems`;

  const followScroll = () => {
    if (!backdrop.current || !control.current) return;
    backdrop.current.scrollTop = control.current.scrollTop;
    backdrop.current.scrollLeft = control.current.scrollLeft;
  };
  // Typing, a fix or a resize may scroll the control without the backdrop hearing of it.
  useLayoutEffect(followScroll);

  const fix = (problem: TemplateProblem, corrected: string) => {
    const value = props.value.slice(0, problem.start) + corrected + props.value.slice(problem.end);
    props.onValue(value);
    const caret = problem.start + corrected.length;
    requestAnimationFrame(() => {
      control.current?.focus();
      control.current?.setSelectionRange(caret, caret);
    });
  };

  const shared = {
    ref: control,
    id: props.id,
    name: props.id,
    class: "template-input-control",
    lang: props.language,
    value: props.value,
    spellcheck: true,
    maxLength: MAX_TEXT_CHARS,
    "aria-invalid": invalid ? ("true" as const) : undefined,
    "aria-describedby": invalid ? problemsId : undefined,
    onInput: (event: Event) =>
      props.onValue((event.currentTarget as HTMLTextAreaElement | HTMLInputElement).value),
    onScroll: followScroll,
    onKeyUp: followScroll,
    onSelect: followScroll,
  };

  return (
    <div class={["field", invalid ? "field-invalid" : ""].join(" ").trim()}>
      <label for={props.id}>{props.label}</label>
      <div
        class={["template-input", props.multiline ? "template-input-multiline" : ""]
          .join(" ")
          .trim()}
      >
        <div
          ref={backdrop}
          class="template-input-backdrop"
          aria-hidden="true"
          lang={props.language}
        >
          {underlinedText(props.value, props.problems)}
        </div>
        {props.multiline ? <textarea rows={14} {...shared} /> : <input type="text" {...shared} />}
      </div>
      {invalid ? (
        <div id={problemsId} class="field-error template-problems">
          <p>{t("templateProblemsHeading")}</p>
          <ul>
            {props.problems.map((problem) => {
              const corrected = correctedPlaceholder(props.value, problem);
              return (
                <li key={`${problem.kind}-${problem.start}`}>
                  {props.describe(problem)}
                  {corrected ? (
                    <>
                      {" "}
                      <button
                        type="button"
                        class="button button-secondary button-small"
                        onClick={() => fix(problem, corrected)}
                      >
                        {t("templateProblemFix", corrected)}
                      </button>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
