import { MAX_NAME_CHARS, oneLine } from "../core/email";
import { extract } from "../core/extract";
import type { OpenedRejection } from "../messages";

/** A rejection with what its email says of itself, read by the background. */
export interface DetailedRejection extends OpenedRejection {
  /** The company and role the email names, and the first name its sender signed with; "" when none. */
  company: string;
  role: string;
  senderFirstName: string;
}

/** One line, cut where a name stops being one: these go into the banner and into a letter. */
const name = (text: string) => oneLine(text).slice(0, MAX_NAME_CHARS);

/**
 * Reads who a checked rejection is from and for what (`core/extract`). A step of its own, after
 * the message is checked: the content script sends only the email, so a page cannot name the
 * company or person a reply goes to.
 */
export function withDetails(rejection: OpenedRejection): DetailedRejection {
  const { subject, body, from } = rejection.email;
  const said = extract({ subject, body, from });
  return {
    ...rejection,
    company: name(said.company),
    role: name(said.role),
    senderFirstName: name(said.senderFirstName),
  };
}
