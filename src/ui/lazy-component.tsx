import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { t } from "./i18n";

export type LazyComponent<P extends object> = ComponentType<P> & {
  /** Fetches the component's code now, so that drawing it later does not wait. */
  preload(): Promise<unknown>;
};

/**
 * A component whose code is fetched the first time it is drawn, or earlier through `preload`: the
 * page's first screen then waits only for its own code. Until the code is there nothing is drawn
 * (from the extension's own files that is a few milliseconds); if it cannot be fetched, a message
 * says so, with a button that reloads the page.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<boolean> | undefined;
  /** Resolves true once the code is there, false when it could not be fetched. */
  const fetchCode = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return true;
      },
      (error: unknown) => {
        // A file gone missing (the extension updated under an open page).
        pending = undefined;
        console.error("Debrief: part of this page could not be loaded.", error);
        return false;
      },
    );
    return pending;
  };
  function Lazy(props: P) {
    const [state, setState] = useState<"loading" | "ready" | "failed">(
      loaded ? "ready" : "loading",
    );
    useEffect(() => {
      if (!loaded) void fetchCode().then((ok) => setState(ok ? "ready" : "failed"));
    }, []);
    const Component = loaded;
    if (Component) return <Component {...props} />;
    if (state !== "failed") return null;
    return (
      <div class="form-failure" role="alert">
        <p>{t("pagePartFailed")}</p>
        {/* Browsers remember a failed module load for the page's life: only a reload asks again. */}
        <button
          type="button"
          class="button button-secondary button-small"
          onClick={() => location.reload()}
        >
          {t("pagePartReload")}
        </button>
      </div>
    );
  }
  return Object.assign(Lazy, { preload: fetchCode });
}

/** Calls `task` once the browser has drawn the page and has nothing more pressing to do. */
export function whenIdle(task: () => void): void {
  if ("requestIdleCallback" in globalThis) requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
