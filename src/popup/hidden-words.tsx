import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
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

/**
 * Words shown only once the user asks, when `hidden` (with `instead` in their place until then); as
 * they are otherwise. Once shown on request, focus moves to them, where the button was.
 */
export function HiddenWords({
  hidden,
  showLabel,
  instead,
  children,
}: {
  hidden: boolean;
  /** The button's words: what it shows ("Show the feedback"). */
  showLabel: string;
  instead?: ComponentChildren;
  children: ComponentChildren;
}) {
  const [shown, setShown] = useState(false);
  const revealed = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown) revealed.current?.focus();
  }, [shown]);
  if (!hidden) return <>{children}</>;
  if (shown) {
    return (
      <div ref={revealed} tabIndex={-1} class="hidden-words-shown">
        {children}
      </div>
    );
  }
  return (
    <>
      {instead}
      <button type="button" class="link-button hidden-words" onClick={() => setShown(true)}>
        {showLabel}
      </button>
    </>
  );
}
