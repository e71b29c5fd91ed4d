import type { RefObject } from "preact";
import { useEffect, useRef } from "preact/hooks";

const HEADING = 'h2[tabindex="-1"]';

/**
 * On a change of screen, moves focus to the new screen's heading (the first `h2` focusable from
 * script, `tabIndex={-1}`) inside the returned element, so keyboard and screen reader users start at
 * the top of what they chose rather than back where they were. Not on first render, where the
 * browser's own focus is right. A screen that draws its heading once its data is read gets focus
 * then: the hook waits for the heading to appear.
 */
export function useFocusHeading<T extends HTMLElement>(screen: unknown): RefObject<T | null> {
  const container = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = container.current;
    if (!root) return;
    const heading = root.querySelector<HTMLElement>(HEADING);
    if (heading) {
      heading.focus();
      return;
    }
    const observer = new MutationObserver(() => {
      const appeared = root.querySelector<HTMLElement>(HEADING);
      if (!appeared) return;
      observer.disconnect();
      appeared.focus();
    });
    observer.observe(root, { childList: true, subtree: true });
    // Should the heading never come, stop watching rather than steal focus later.
    const giveUp = setTimeout(() => observer.disconnect(), 3000);
    return () => {
      clearTimeout(giveUp);
      observer.disconnect();
    };
  }, [screen]);
  return container;
}
