import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { readSwitch, SETTING } from "../db/settings";
import { useDatabase } from "../ui/db";
import { useLiveQuery } from "../ui/use-live-query";

/**
 * Whether the user asked to keep the words of rejections out of sight (Settings). While the setting
 * is being read the words stay hidden, so they never flash up for someone who turned it on.
 */
export function useHideRejectionText(): boolean {
  const db = useDatabase();
  const setting = useLiveQuery(() => readSwitch(db, SETTING.hideRejectionText), [db]);
  return setting.state === "ready" ? setting.value : setting.state === "loading";
}

/** Words shown only once the user asks, when `hidden`; as they are otherwise. */
export function HiddenWords({
  hidden,
  showLabel,
  children,
}: {
  hidden: boolean;
  /** The button's words: what it shows ("Show the feedback"). */
  showLabel: string;
  children: ComponentChildren;
}) {
  const [shown, setShown] = useState(false);
  if (!hidden || shown) return <>{children}</>;
  return (
    <button type="button" class="link-button hidden-words" onClick={() => setShown(true)}>
      {showLabel}
    </button>
  );
}
