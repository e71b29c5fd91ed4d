/** Light or dark, as the mail client shows itself around the message. */
export type Tone = "light" | "dark";

/** Below this luminance, light text reads better than dark text (their contrasts cross near 0.18). */
const DARK_BELOW = 0.18;

/**
 * The tone of the page where the banner goes: the computed background of the nearest ancestor of
 * `spot` that paints one, dark when its luminance is low. Mail clients have their own dark themes,
 * independent of the system's, so `prefers-color-scheme` is only the last resort, when nothing
 * around the message paints a background.
 */
export function toneAt(spot: Element): Tone {
  const view = spot.ownerDocument.defaultView;
  if (!view) return "light";
  try {
    for (let node: Element | null = spot; node; node = node.parentElement) {
      const colour = parseColour(view.getComputedStyle(node).backgroundColor);
      if (colour && colour.alpha >= 0.5) return luminance(colour) < DARK_BELOW ? "dark" : "light";
    }
    return view.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  } catch {
    return "light";
  }
}

export interface Colour {
  red: number;
  green: number;
  blue: number;
  alpha: number;
}

/** Reads the `rgb()`/`rgba()` (either syntax) and `#rrggbb` forms `getComputedStyle` gives. */
export function parseColour(value: string | null | undefined): Colour | null {
  if (!value) return null;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value.trim());
  if (hex) {
    return {
      red: Number.parseInt(hex[1] ?? "0", 16),
      green: Number.parseInt(hex[2] ?? "0", 16),
      blue: Number.parseInt(hex[3] ?? "0", 16),
      alpha: 1,
    };
  }
  const rgb =
    /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(
      value.trim(),
    );
  if (!rgb) return null;
  const alphaText = rgb[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith("%")
        ? Number.parseFloat(alphaText) / 100
        : Number.parseFloat(alphaText);
  return {
    red: Number(rgb[1]),
    green: Number(rgb[2]),
    blue: Number(rgb[3]),
    alpha: Number.isNaN(alpha) ? 1 : alpha,
  };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance({ red, green, blue }: Colour): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}
