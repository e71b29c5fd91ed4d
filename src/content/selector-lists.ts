import type { MailHost } from "../core/email";
import { ALL_LISTS as gmail } from "./gmail/selectors";
import { ALL_LISTS as outlook } from "./outlook/selectors";
import type { Selector } from "./select";

/**
 * Every selector list the readers use, named by the client and where it sits in that client's
 * `selectors.ts` ("outlook.body", "gmail.messageState.expanded"), from each file's `ALL_LISTS`.
 */
export const SELECTOR_LISTS: ReadonlyMap<string, readonly Selector[]> = namedLists({
  gmail,
  outlook,
} satisfies Record<MailHost, object>);

function isSelectorList(value: unknown): value is readonly Selector[] {
  return (
    Array.isArray(value) &&
    value.every((entry) => typeof (entry as Partial<Selector> | null)?.css === "string")
  );
}

function namedLists(modules: Record<string, object>): Map<string, readonly Selector[]> {
  const lists = new Map<string, readonly Selector[]>();
  const visit = (name: string, value: unknown): void => {
    if (isSelectorList(value)) lists.set(name, value);
    else if (value !== null && typeof value === "object" && !Array.isArray(value))
      for (const [key, inner] of Object.entries(value)) visit(`${name}.${key}`, inner);
  };
  for (const [client, module] of Object.entries(modules)) visit(client, module);
  return lists;
}

/** The client a list's name belongs to: its first part. */
export function clientOfList(name: string): MailHost | null {
  const client = name.slice(0, name.indexOf("."));
  return client === "gmail" || client === "outlook" ? client : null;
}
