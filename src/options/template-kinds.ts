import type { TemplateKind } from "../db/schema";
import { t } from "../ui/i18n";

/** The kinds of reply, in the order the user meets them after an interview. */
export const TEMPLATE_KINDS: readonly TemplateKind[] = [
  "thank_you",
  "check_in",
  "feedback_request",
];

export const TEMPLATE_KIND_MESSAGE: Record<TemplateKind, { name: string; purpose: string }> = {
  thank_you: { name: "templateKindThankYou", purpose: "templateKindThankYouPurpose" },
  check_in: { name: "templateKindCheckIn", purpose: "templateKindCheckInPurpose" },
  feedback_request: {
    name: "templateKindFeedbackRequest",
    purpose: "templateKindFeedbackRequestPurpose",
  },
};

/** A kind's name in the interface's words: "Thank-you note". */
export function kindName(kind: TemplateKind): string {
  return t(TEMPLATE_KIND_MESSAGE[kind].name);
}
