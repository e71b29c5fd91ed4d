import { ConfirmDialog } from "../ui/confirm-dialog";
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

/** The confirmation before one interview, and all that is of it, is deleted. */
export function DeleteInterviewDialog({ company, ...props }: DeleteInterviewDialogProps) {
  return (
    <ConfirmDialog
      {...props}
      id="delete-interview"
      heading={t("interviewDeleteHeading", company)}
      text={t("interviewDeleteText")}
      cancelLabel={t("interviewDeleteCancel")}
      confirmLabel={t("interviewDeleteConfirm")}
    />
  );
}
