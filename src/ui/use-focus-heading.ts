import type { RefObject } from "preact";
import { useEffect, useRef } from "preact/hooks";

/**
 * On a change of screen, moves focus to the new screen's heading (the first `h2` focusable from
 * script, `tabIndex={-1}`) inside the returned element, so keyboard and screen reader users start at
 * the top of what they chose rather than back where they were. Not on first render, where the
 * browser's own focus is right.
 */
export function useFocusHeading<T extends HTMLElement>(screen: unknown): RefObject<T | null> {
  const container = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    container.current?.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus();
  }, [screen]);
  return container;
}
