import type { ComponentChildren, InputHTMLAttributes } from "preact";
import { MAX_TEXT_CHARS } from "../core/limits";
import { t } from "./i18n";

export interface TextFieldProps {
  /** The control's id; its label, hint and error hang off it. */
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: "text" | "email" | "url" | "date" | "time";
  /** Marks the field as required to the eye and to assistive technology; checking is the form's job. */
  required?: boolean;
  /** Already translated. */
  error?: string | undefined;
  hint?: ComponentChildren;
  autocomplete?: string;
  multiline?: boolean;
  /** Extra class on the wrapper, for layout (e.g. two fields side by side). */
  class?: string;
}

type TextType = NonNullable<TextFieldProps["type"]>;

/**
 * Preact types <input> as one variant per `type` (so only an email input takes `multiple`, and so on);
 * a union of types matches none of them, though each of these five takes the same attributes.
 */
function inputAttributes<Shared extends object>(
  type: TextType,
  shared: Shared,
): InputHTMLAttributes<HTMLInputElement> {
  return { ...shared, type } as InputHTMLAttributes<HTMLInputElement>;
}

/**
 * A labelled control with its hint and error. The error is tied to the control with aria-describedby
 * and aria-invalid, so a screen reader announces it when the form moves focus there.
 */
export function TextField(props: TextFieldProps) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const shared = {
    id: props.id,
    name: props.id,
    value: props.value,
    required: props.required,
    "aria-invalid": props.error ? ("true" as const) : undefined,
    "aria-describedby": describedBy,
    autocomplete: props.autocomplete,
    // What an import would refuse, the form does not take either: every export imports again.
    maxLength: MAX_TEXT_CHARS,
    onInput: (event: Event) =>
      props.onValue((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div
      class={["field", props.error ? "field-invalid" : "", props.class ?? ""]
        .filter(Boolean)
        .join(" ")}
    >
      <label for={props.id}>
        {props.label}
        {props.required ? <span class="field-required"> {t("fieldRequired")}</span> : null}
      </label>
      {props.hint ? (
        <p id={hintId} class="field-hint">
          {props.hint}
        </p>
      ) : null}
      {props.multiline ? (
        <textarea rows={3} {...shared} />
      ) : (
        <input {...inputAttributes(props.type ?? "text", shared)} />
      )}
      {props.error ? (
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
