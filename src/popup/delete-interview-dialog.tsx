import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../ui/i18n";

export interface DeleteInterviewDialogProps {
  open: boolean;
  company: string;
  /** Deletes the interview and everything of it; the screen leaves the interview when it is done. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** A failure that came after the dialog had closed anyway, for the page to show instead. */
  onFailedClosed: (message: string) => void;
}

/**
 * The confirmation before one interview, and all that is of it, is deleted. A modal <dialog>, as the
 * options page's "Delete everything": the browser traps focus inside and Escape cancels, except
 * while the deletion runs. Focus starts on "Keep interview", so a stray Enter deletes nothing.
 */
export function DeleteInterviewDialog({
  open,
  company,
  onConfirm,
  onClose,
  onFailedClosed,
}: DeleteInterviewDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setFailed(null);
      element.showModal();
      keep.current?.focus();
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
      const message = error instanceof Error ? error.message : String(error);
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
      aria-labelledby="delete-interview-heading"
      aria-describedby="delete-interview-text"
      // Every way out (Keep, Escape, done) ends in the close event, so this is the one place the page hears of it.
      onClose={onClose}
      onCancel={(event) => {
        if (working) event.preventDefault();
      }}
      onKeyDown={(event) => {
        // Escape belongs to the dialog: the popup's own Escape (back to the list) must not hear it.
        if (event.key === "Escape") event.stopPropagation();
      }}
    >
      <h2 id="delete-interview-heading">{t("interviewDeleteHeading", company)}</h2>
      <p id="delete-interview-text">{t("interviewDeleteText")}</p>
      {failed !== null ? (
        <p class="form-failure" role="alert">
          {t("deleteFailed", failed)}
        </p>
      ) : null}
      <div class="form-actions">
        <button
          ref={keep}
          type="button"
          class="button button-secondary"
          onClick={() => dialog.current?.close()}
          disabled={working}
        >
          {t("interviewDeleteCancel")}
        </button>
        <button type="button" class="button button-danger" onClick={confirm} disabled={working}>
          {t("interviewDeleteConfirm")}
        </button>
      </div>
    </dialog>
  );
}
