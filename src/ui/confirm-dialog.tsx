import { useEffect, useRef, useState } from "preact/hooks";
import { failureReason } from "./failure-reason";
import { t } from "./i18n";

export interface ConfirmDialogProps {
  open: boolean;
  /** Prefix of the heading's and text's ids, unique in the page. */
  id: string;
  heading: string;
  text: string;
  cancelLabel: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** A failure that came after the dialog had closed anyway, for the page to show instead. */
  onFailedClosed: (message: string) => void;
}

/**
 * The confirmation before a deletion that cannot be undone. A modal <dialog>: the browser traps
 * focus inside and Escape cancels, except while the deletion runs, so its outcome is seen. Focus
 * starts on the cancel button, so a stray Enter deletes nothing. Escape stays inside: a screen's own
 * Escape (back to the list) must not hear it.
 */
export function ConfirmDialog({
  open,
  id,
  heading,
  text,
  cancelLabel,
  confirmLabel,
  onConfirm,
  onClose,
  onFailedClosed,
}: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setFailed(null);
      element.showModal();
      cancel.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const confirm = async () => {
    setWorking(true);
    setFailed(null);
    try {
      await onConfirm();
      dialog.current?.close();
    } catch (error) {
      const message = failureReason(error);
      // Chrome closes a modal dialog on a second Escape even when the first was refused.
      if (dialog.current?.open) setFailed(message);
      else onFailedClosed(message);
    } finally {
      setWorking(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-text`}
      // Every way out (cancel, Escape, done) ends in the close event: the one place the page hears of it.
      onClose={onClose}
      onCancel={(event) => {
        if (working) event.preventDefault();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") event.stopPropagation();
      }}
    >
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p id={`${id}-text`}>{text}</p>
      {failed !== null ? (
        <p class="form-failure" role="alert">
          {t("deleteFailed", failed)}
        </p>
      ) : null}
      <div class="form-actions">
        <button
          ref={cancel}
          type="button"
          class="button button-secondary"
          onClick={() => dialog.current?.close()}
          disabled={working}
        >
          {cancelLabel}
        </button>
        <button type="button" class="button button-danger" onClick={confirm} disabled={working}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
