import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { bannerProbe, FILLED_BANNER } from "../../scripts/lib/banner-probe";
import { DEMO_URLS } from "../../scripts/lib/demo-mailbox";
import { builtinTemplate } from "../../src/core/templates";
import { seriousViolations } from "./axe";
import { openConversation, openOptions, openPopup, useExtensionBrowser } from "./harness";

const browser = useExtensionBrowser();

const LUMEN = "Interview: Senior Product Analyst at Lumen Analytics";
const GREETING = "Hi {{interviewer.firstName|there}},";
const SENTENCE = "Thank you for the honest process.";
const SHORT = "Could you tell me one thing to work on before my next interview?";

/** Opens the rejection in the demo Gmail, asks for feedback, and returns the reply's text. */
async function askForFeedback(): Promise<string> {
  const page = await browser().context.newPage();
  await page.goto(DEMO_URLS.gmail);
  await openConversation(page, LUMEN);
  await page.locator(FILLED_BANNER).waitFor({ state: "visible" });
  const banner = bannerProbe(page);
  // Once asked, the button reads "Ask again".
  await banner.click(/^Ask (for feedback|again)$/);
  await expect
    .poll(() => banner.status())
    .toBe("Feedback request added to your reply. Read it, then press Send.");
  const reply = await page.evaluate(
    () =>
      [...document.querySelectorAll("[g_editable=true]")].find((element) =>
        (element as HTMLElement).checkVisibility(),
      )?.textContent ?? "",
  );
  await page.close();
  return reply;
}

/**
 * Where the first underline stands in the message field, against where the text area itself draws
 * that text: its line (from 0) and its left edge, measured with the text area's own font.
 */
async function underlineGeometry(options: Page, before: string) {
  return options.getByLabel("Message", { exact: true }).evaluate((textarea, textBefore) => {
    const field = textarea as HTMLTextAreaElement;
    const backdrop = field.previousElementSibling as HTMLElement;
    const mark = backdrop.querySelector("mark") as HTMLElement;
    const style = getComputedStyle(field);
    const box = field.getBoundingClientRect();
    const at = mark.getClientRects()[0] as DOMRect;
    const context = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
    // The shorthand reads "" when a longhand has no shorthand form; the four that place text do.
    context.font = [style.fontStyle, style.fontWeight, style.fontSize, style.fontFamily].join(" ");
    const top = Number.parseFloat(style.borderTopWidth) + Number.parseFloat(style.paddingTop);
    const left = Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.paddingLeft);
    const lineHeight = Number.parseFloat(style.lineHeight);
    const markStyle = getComputedStyle(mark);
    return {
      text: mark.textContent,
      line: Math.floor((at.top + at.height / 2 - box.top - top + field.scrollTop) / lineHeight),
      left: at.left - box.left,
      textLeft: left + context.measureText(textBefore).width,
      sameBox: [
        "font",
        "padding",
        "borderWidth",
        "whiteSpace",
        "overflowWrap",
        "width",
        "height",
      ].map((name) => [
        name,
        style.getPropertyValue(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)),
        getComputedStyle(backdrop).getPropertyValue(
          name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
        ),
      ]),
      wavy:
        markStyle.textDecorationStyle === "wavy" && markStyle.textDecorationLine === "underline",
      // Just under the placeholder's text, where the wavy line is drawn.
      under: { x: at.left + scrollX, y: at.bottom - 2 + scrollY, width: at.width, height: 6 },
      scroll: [field.scrollTop, backdrop.scrollTop],
    };
  }, before);
}

/** What `look` returns with the message field's underlines hidden for a moment. */
async function withoutUnderlines<T>(options: Page, look: () => Promise<T>): Promise<T> {
  const backdrop = options.locator(".template-input-backdrop").last();
  const hide = (hidden: boolean) =>
    backdrop.evaluate((element, value) => {
      (element as HTMLElement).style.visibility = value ? "hidden" : "";
    }, hidden);
  await hide(true);
  const seen = await look();
  await hide(false);
  return seen;
}

async function openTemplates() {
  const options = await openOptions(browser());
  await options.getByRole("link", { name: "Templates", exact: true }).click();
  await options.getByRole("heading", { name: "Templates", exact: true }).waitFor();
  return options;
}

describe("the templates section of the options page", () => {
  it("saves an edited feedback request, and Ask for feedback writes it into the reply", async () => {
    const options = await openTemplates();
    await options.getByRole("button", { name: "Edit Feedback request", exact: true }).click();
    const body = options.getByLabel("Message", { exact: true });
    const builtIn = await body.inputValue();
    expect(builtIn).toContain(GREETING);
    await body.fill(builtIn.replace(GREETING, `${GREETING}\n\n${SENTENCE}`));
    // The preview follows the text, filled from the sample interview.
    const preview = options.locator("[data-preview=body]");
    await expect.poll(() => preview.textContent()).toContain(SENTENCE);
    expect(await preview.textContent()).toContain("Hi Maya,");
    await options.getByRole("button", { name: "Save template", exact: true }).click();
    await expect
      .poll(() => options.getByText(/^Saved\. Debrief will use this template/).isVisible())
      .toBe(true);
    await options.close();

    const reply = await askForFeedback();
    expect(reply).toContain(SENTENCE);
    expect(reply).toContain("Maya");
    expect(reply.indexOf(SENTENCE)).toBeGreaterThan(reply.indexOf("Maya"));
  });

  it("names a misspelt placeholder with the nearest known one, and will not save it", async () => {
    const options = await openTemplates();
    await options.getByRole("button", { name: "Edit Thank-you note", exact: true }).click();
    const body = options.getByLabel("Message", { exact: true });
    await body.fill("Hi {{interviewer.frstName}},\n\nThank you.");
    await expect
      .poll(() => options.getByText("Did you mean {{interviewer.firstName}}?").isVisible())
      .toBe(true);
    expect(await body.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await body.getAttribute("aria-describedby")) ?? "";
    expect(await options.locator(`#${describedBy}`).textContent()).toContain(
      "Unknown placeholder {{interviewer.frstName}}.",
    );
    expect(
      await options.getByRole("button", { name: "Save template", exact: true }).isDisabled(),
    ).toBe(true);

    // Underlined where it stands, in light, dark and high-contrast colours, while the user types.
    // The line goes on past the field's edge: the words wrapped under the placeholder must not hide it.
    await body.fill(
      "Hello,\n\nHi {{interviewer.frstName}}, thank you for the time you gave me to talk about the role and the team.",
    );
    for (const media of [
      { colorScheme: "light", forcedColors: "none" },
      { colorScheme: "dark", forcedColors: "none" },
      { colorScheme: "light", forcedColors: "active" },
    ] as const) {
      await options.emulateMedia(media);
      const underline = await underlineGeometry(options, "Hi ");
      expect(underline.text).toBe("{{interviewer.frstName}}");
      expect(underline.line).toBe(2);
      expect(Math.abs(underline.left - underline.textLeft)).toBeLessThan(1);
      for (const [name, control, backdrop] of underline.sameBox) {
        expect(backdrop, name).toBe(control);
      }
      expect(underline.wavy).toBe(true);
      // The underline shows: without it, the pixels under the placeholder are not the same.
      const drawn = await options.screenshot({ clip: underline.under });
      const bare = await withoutUnderlines(options, () =>
        options.screenshot({ clip: underline.under }),
      );
      expect(drawn.equals(bare), `${media.colorScheme} ${media.forcedColors}`).toBe(false);
      if (media.forcedColors === "none") {
        expect(await seriousViolations(options), media.colorScheme).toEqual([]);
      }
    }
    await options.emulateMedia({ colorScheme: "light", forcedColors: "none" });

    // Scrolled and resized by the user, the underline keeps to its text.
    const lines = Array.from({ length: 40 }, (_, i) => `Line ${i + 1}.`);
    await body.fill([...lines, "Hi {{interviewer.frstName}}, thank you."].join("\n"));
    await body.evaluate((textarea) => textarea.scrollTo(0, textarea.scrollHeight));
    await expect
      .poll(async () => (await underlineGeometry(options, "Hi ")).scroll[1])
      .toBeGreaterThan(0);
    const scrolled = await underlineGeometry(options, "Hi ");
    expect(scrolled.scroll[1]).toBe(scrolled.scroll[0]);
    expect(scrolled.line).toBe(40);
    const corner = await body.boundingBox();
    if (!corner) throw new Error("the message field is not on screen");
    await options.mouse.move(corner.x + corner.width - 3, corner.y + corner.height - 3);
    await options.mouse.down();
    await options.mouse.move(corner.x + corner.width - 3, corner.y + corner.height + 120);
    await options.mouse.up();
    expect((await body.boundingBox())?.height).toBeGreaterThan(corner.height + 60);
    const resized = await underlineGeometry(options, "Hi ");
    for (const [name, control, backdrop] of resized.sameBox) expect(backdrop, name).toBe(control);
    expect(resized.scroll[1]).toBe(resized.scroll[0]);
    expect(resized.line).toBe(40);
    await options.close();
  });

  it("fills the preview from a chosen interview, dated in the template's language", async () => {
    const popup = await openPopup(browser());
    await popup.getByRole("button", { name: "Add interview" }).click();
    await popup.getByLabel("Company").fill("Cobalt & Pine");
    await popup.getByLabel("Role").fill("Staff Engineer");
    await popup.getByLabel("Date").fill("2026-11-12");
    await popup
      .getByRole("group", { name: "Interviewer 1" })
      .getByLabel("Name")
      .fill("Priya Raman");
    await popup.getByRole("button", { name: "Save interview" }).click();
    await expect
      .poll(() => popup.getByText("Saved your interview at Cobalt & Pine.").isVisible())
      .toBe(true);
    await popup.close();

    const options = await openTemplates();
    await options.getByLabel("Language").selectOption("fr");
    const french = builtinTemplate("thank_you", "fr").name;
    await options.getByRole("button", { name: `Edit ${french}`, exact: true }).click();
    const source = options.getByLabel("Fill in from");
    const cobalt = await source
      .locator("option", { hasText: /^Cobalt & Pine — Staff Engineer, / })
      .getAttribute("value");
    await source.selectOption(cobalt ?? "");
    const preview = options.locator("[data-preview=body]");
    await expect.poll(() => preview.textContent()).toContain("Priya");
    expect(await preview.textContent()).toContain("12 novembre");
    expect(await preview.textContent()).toContain("Staff Engineer");
    expect(await options.locator("[data-preview=subject]").textContent()).toContain(
      "Staff Engineer",
    );
    await options.close();
  });

  it("writes the reply with a second template once it is made the default", async () => {
    const options = await openTemplates();
    await options.getByRole("button", { name: "New template: Feedback request" }).click();
    await options.getByLabel(/^Name/).fill("Short request");
    await options
      .getByLabel("Message", { exact: true })
      .fill(`Hi {{interviewer.firstName|there}},\n\n${SHORT}\n\n{{myName}}`);
    await options.getByRole("button", { name: "Save template", exact: true }).click();
    await expect
      .poll(() => options.getByText(/^Saved\. “.*” is still the default\.$/).isVisible())
      .toBe(true);
    await options.getByRole("button", { name: "Close", exact: true }).click();
    // Saved beside the default, it is not what the reply is written with.
    expect(await askForFeedback()).not.toContain(SHORT);

    await options.getByRole("button", { name: "Make default: Short request" }).click();
    await expect
      .poll(() => options.getByText("“Short request” is now the default").isVisible())
      .toBe(true);
    expect(await seriousViolations(options)).toEqual([]);
    const reply = await askForFeedback();
    expect(reply).toContain(SHORT);
    expect(reply).toContain("Maya");
    expect(reply).not.toContain(SENTENCE);
    await options.close();
  });
});
