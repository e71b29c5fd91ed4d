import { ConfirmDialog } from "../ui/confirm-dialog";
import { t } from "../ui/i18n";

export interface DeleteEverythingDialogProps {
  open: boolean;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** A failure that came after the dialog had closed anyway, for the page to show instead. */
  onFailedClosed: (message: string) => void;
}

/** The confirmation before the one action that cannot be undone: deleting all of Debrief's data. */
export function DeleteEverythingDialog(props: DeleteEverythingDialogProps) {
  return (
    <ConfirmDialog
      {...props}
      id="delete-dialog"
      heading={t("deleteDialogHeading")}
      text={t("deleteDialogText")}
      cancelLabel={t("deleteDialogCancel")}
      confirmLabel={t("deleteDialogConfirm")}
    />
  );
}
