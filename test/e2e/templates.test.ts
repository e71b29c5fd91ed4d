import { describe, expect, it } from "vitest";
import { DEMO_URLS } from "../../scripts/lib/demo-mailbox";
import { openConversation, openOptions, useExtensionBrowser } from "./harness";

const browser = useExtensionBrowser();

const LUMEN = "Interview: Senior Product Analyst at Lumen Analytics";
const GREETING = "Hi {{interviewer.firstName|there}},";
const SENTENCE = "Thank you for the honest process.";

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

    const page = await browser().context.newPage();
    await page.goto(DEMO_URLS.gmail);
    await openConversation(page, LUMEN);
    const banner = page.locator("[data-debrief=banner]");
    await banner.waitFor({ state: "visible" });
    await banner.getByRole("button", { name: "Ask for feedback", exact: true }).click();
    await expect
      .poll(() => banner.locator("[role=status]").textContent())
      .toBe("Feedback request added to your reply. Read it, then press Send.");
    const reply = await page.evaluate(
      () =>
        [...document.querySelectorAll("[g_editable=true]")].find((element) =>
          (element as HTMLElement).checkVisibility(),
        )?.textContent ?? "",
    );
    expect(reply).toContain(SENTENCE);
    expect(reply).toContain("Maya");
    expect(reply.indexOf(SENTENCE)).toBeGreaterThan(reply.indexOf("Maya"));
    await page.close();
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
    await options.close();
  });
});
