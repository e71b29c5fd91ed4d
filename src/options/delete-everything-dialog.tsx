import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../ui/i18n";

export interface DeleteEverythingDialogProps {
  open: boolean;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** A failure that came after the dialog had closed anyway, for the page to show instead. */
  onFailedClosed: (message: string) => void;
}

/**
 * The confirmation before the one action that cannot be undone. A modal <dialog>: the browser traps
 * focus inside and Escape cancels, except while the deletion runs, so its outcome is seen.
 * Focus starts on "Cancel", so a stray Enter deletes nothing.
 */
export function DeleteEverythingDialog({
  open,
  onConfirm,
  onClose,
  onFailedClosed,
}: DeleteEverythingDialogProps) {
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
      aria-labelledby="delete-dialog-heading"
      aria-describedby="delete-dialog-text"
      // Every way out (Cancel, Escape, done) ends in the close event, so this is the one place the page hears of it.
      onClose={onClose}
      onCancel={(event) => {
        if (working) event.preventDefault();
      }}
    >
      <h2 id="delete-dialog-heading">{t("deleteDialogHeading")}</h2>
      <p id="delete-dialog-text">{t("deleteDialogText")}</p>
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
          {t("deleteDialogCancel")}
        </button>
        <button type="button" class="button button-danger" onClick={confirm} disabled={working}>
          {t("deleteDialogConfirm")}
        </button>
      </div>
    </dialog>
  );
}
