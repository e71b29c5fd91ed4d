// @vitest-environment happy-dom
import "../setup/i18n";
import { describe, expect, it, vi } from "vitest";
import { lazyComponent } from "../../src/ui/lazy-component";
import { button, click, mount, text, waitFor } from "../setup/dom";

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe("a screen whose code loads apart", () => {
  it("is drawn once its code is there, with its props", async () => {
    const Lazy = lazyComponent(async () => Greeting);
    const page = await mount(<Lazy name="Maya" />);
    await waitFor(() => expect(text(page.root)).toBe("Hello Maya"));
    page.unmount();
  });

  it("says so when its code cannot be loaded, with a button that reloads the page", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const reload = vi.fn();
    vi.spyOn(window, "location", "get").mockReturnValue({ ...window.location, reload });
    const Lazy = lazyComponent<{ name: string }>(() =>
      Promise.reject(new TypeError("Failed to fetch dynamically imported module")),
    );
    const page = await mount(<Lazy name="Maya" />);
    await waitFor(() =>
      expect(text(page.root)).toContain("This part of Debrief could not be loaded."),
    );
    expect(page.root.querySelector("[role=alert]")).not.toBeNull();
    await click(button(page.root, "Reload"));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    page.unmount();
  });
});
