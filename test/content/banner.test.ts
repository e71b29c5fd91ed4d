// @vitest-environment happy-dom
import "../setup/i18n";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type BannerActions,
  type BannerView,
  bannerRoot,
  createBanner,
} from "../../src/content/banner/banner";
import { bannerStyles } from "../../src/content/banner/styles";
import { luminance, parseColour, toneAt } from "../../src/content/banner/theme";
import {
  decidingPhrases,
  formatDay,
  headline,
  interviewLine,
} from "../../src/content/banner/words";
import type { InterviewSummary, RejectionState } from "../../src/messages";
import { messages, missingMessages } from "../setup/i18n";
import { userChoose, userClick } from "../setup/user-event";

const LUMEN: InterviewSummary = {
  id: 4,
  company: "Lumen Analytics",
  role: "Senior Product Analyst",
  date: "2026-10-15",
};
const BRIGHTWELL: InterviewSummary = {
  id: 9,
  company: "Lumen Analytics",
  role: "Data Analyst",
  date: "2026-09-02",
};

function state(overrides: Partial<RejectionState> = {}): RejectionState {
  return {
    company: "Lumen Analytics",
    role: "Senior Product Analyst",
    dismissed: false,
    interview: LUMEN,
    candidates: [],
    feedbackRequestedAt: null,
    outcomeLogged: false,
    ...overrides,
  };
}

function view(overrides: Partial<BannerView> = {}): BannerView {
  return {
    company: "Lumen Analytics",
    role: "Senior Product Analyst",
    state: state(),
    reasons: ["not to move forward", "difficult decision"],
    ...overrides,
  };
}

function actions() {
  return {
    askForFeedback: vi.fn<() => void>(),
    logOutcome: vi.fn<() => void>(),
    notARejection: vi.fn<() => void>(),
    chooseInterview: vi.fn<(interviewId: number) => void>(),
    createInterview: vi.fn<() => void>(),
  } satisfies BannerActions;
}

function build(shown: BannerView = view(), client: "gmail" | "outlook" = "gmail") {
  const acts = actions();
  const banner = createBanner(document, { client, tone: "light", actions: acts, view: shown });
  document.body.append(banner.host);
  const root = bannerRoot(banner.host) as ShadowRoot;
  return { banner, root, acts };
}

/** What a screen reader would read for each button that is shown: its text. */
function shownButtons(root: ShadowRoot): string[] {
  return [...root.querySelectorAll("button")]
    .filter((button) => !button.closest("[hidden]"))
    .map((button) => button.textContent ?? "");
}

function button(root: ShadowRoot, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll("button")].filter((each) => each.textContent === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons named "${name}"`);
  return found[0] as HTMLButtonElement;
}

function visibleText(root: ShadowRoot): string {
  return [...root.querySelectorAll("p, .role, .detail, li, label")]
    .filter((element) => !element.closest("[hidden]"))
    .map((element) => element.textContent)
    .filter(Boolean)
    .join(" | ");
}

beforeEach(() => missingMessages.clear());
afterEach(() => {
  document.body.replaceChildren();
  expect([...missingMessages]).toEqual([]);
});

describe("the banner's element", () => {
  it("is a <div data-debrief=banner> with a closed shadow root holding its style and content", () => {
    const { banner, root } = build();
    expect(banner.host.tagName).toBe("DIV");
    expect(banner.host.getAttribute("data-debrief")).toBe("banner");
    expect(root.mode).toBe("closed");
    // The page's scripts find the element and nothing in it.
    expect(banner.host.shadowRoot).toBeNull();
    expect(banner.host.childNodes.length).toBe(0);
    expect(root.querySelector("style")?.textContent).toContain(".bar");
    const region = root.querySelector("[role=region]");
    expect(region?.getAttribute("aria-label")).toBe("Debrief");
  });

  it("offers three controls: Ask for feedback, Not a rejection and More", () => {
    const { root } = build();
    expect(shownButtons(root)).toEqual(["Ask for feedback", "Not a rejection", "More"]);
    userClick(button(root, "More"));
    expect(shownButtons(root)).toEqual([
      "Mark as rejected, without replying",
      "Ask for feedback",
      "Not a rejection",
      "More",
    ]);
    for (const each of root.querySelectorAll("button")) expect(each.type).toBe("button");
  });

  it("is built without any HTML parsing, so Trusted Types and email text never meet markup", () => {
    const sinks = ["innerHTML", "outerHTML"] as const;
    const spies = sinks.map((sink) => {
      const owner = [Element.prototype, HTMLElement.prototype, ShadowRoot.prototype].find(
        (prototype) => Object.getOwnPropertyDescriptor(prototype, sink)?.set,
      );
      return owner ? vi.spyOn(owner as Element, sink as "innerHTML", "set") : null;
    });
    expect(spies.filter(Boolean)).toHaveLength(sinks.length);
    const insert = vi.spyOn(Element.prototype, "insertAdjacentHTML");
    const { banner } = build(
      view({ company: "<img src=x onerror=alert(1)>", reasons: ["<b>no</b>"] }),
    );
    expect(bannerRoot(banner.host)?.textContent).toContain("<img src=x onerror=alert(1)>");
    banner.update(view({ state: state({ interview: null, candidates: [LUMEN, BRIGHTWELL] }) }));
    banner.status("<i>done</i>");
    for (const spy of spies) if (spy) expect(spy).not.toHaveBeenCalled();
    expect(insert).not.toHaveBeenCalled();
    expect(bannerRoot(banner.host)?.querySelector("img, b, i")).toBeNull();
  });

  it("names no HTML sink anywhere in the content script's code", () => {
    const folder = resolve(import.meta.dirname, "../../src/content");
    const files = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) =>
      file.endsWith(".ts"),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(join(folder, file), "utf8");
      expect(source, file).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|document\.write/,
      );
    }
  });

  it("keeps keys and clicks inside, so the client's shortcuts and click handlers do not fire", () => {
    const { root } = build();
    const reached = vi.fn();
    document.addEventListener("keydown", reached);
    document.addEventListener("click", reached);
    const ask = button(root, "Ask for feedback");
    ask.dispatchEvent(new KeyboardEvent("keydown", { key: "r", bubbles: true, composed: true }));
    ask.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
    document.removeEventListener("keydown", reached);
    document.removeEventListener("click", reached);
    expect(reached).not.toHaveBeenCalled();
  });
});

describe("what the banner says", () => {
  it("names the company, and the interview it belongs to", () => {
    const { root } = build();
    const text = visibleText(root);
    expect(text).toContain("This looks like a rejection from Lumen Analytics");
    expect(text).toMatch(/Your interview on (15 October|October 15), Senior Product Analyst/);
    expect(text).not.toContain("You asked for feedback");
  });

  it("drops what the email does not say", () => {
    expect(headline("Lumen Analytics")).toBe("This looks like a rejection from Lumen Analytics");
    expect(headline("")).toBe("This looks like a rejection");
    expect(interviewLine({ ...LUMEN, role: "" }, ["en-GB"])).toBe(
      "Your interview on 15 October, Lumen Analytics",
    );
    expect(interviewLine({ ...LUMEN, date: "" }, ["en-GB"])).toBe(
      "Your interview: Senior Product Analyst",
    );
  });

  it("lets the user pick the interview when several match", () => {
    const { root, acts } = build(
      view({ state: state({ interview: null, candidates: [LUMEN, BRIGHTWELL] }) }),
    );
    const select = root.querySelector("select") as HTMLSelectElement;
    expect(select.closest("[hidden]")).toBeNull();
    const label = root.querySelector(`label[for="${select.id}"]`);
    expect(label?.textContent).toBe("Which interview is it about?");
    expect([...select.options].map((option) => option.value)).toEqual(["", "4", "9"]);
    expect(select.options[1]?.textContent).toContain("Senior Product Analyst · Lumen Analytics");
    expect(visibleText(root)).not.toContain("Your interview on");
    userChoose(select, "9");
    expect(acts.chooseInterview).toHaveBeenCalledWith(9);
  });

  it("offers to add the interview when none matches, beside the role the email names", () => {
    const { root, acts } = build(view({ state: state({ interview: null, candidates: [] }) }));
    // It offers rather than reports: the role, and the button that keeps the interview.
    expect(visibleText(root)).toContain("Senior Product Analyst");
    expect(root.querySelector("select")?.closest("[hidden]")).not.toBeNull();
    userClick(button(root, "Add to your interviews"));
    expect(acts.createInterview).toHaveBeenCalledOnce();
    expect(shownButtons(root)).toEqual([
      "Add to your interviews",
      "Ask for feedback",
      "Not a rejection",
      "More",
    ]);
  });

  it("keeps one line for the details, blank until the background answers", () => {
    const { root, banner } = build(view({ state: null }));
    const details = root.querySelector(".details") as HTMLElement;
    expect(details.hidden).toBe(false);
    expect(visibleText(root)).toBe(
      "This looks like a rejection from Lumen Analytics | Senior Product Analyst",
    );
    for (const filled of [
      state(),
      state({ interview: null, candidates: [] }),
      state({ interview: null, candidates: [LUMEN, BRIGHTWELL] }),
      state({ feedbackRequestedAt: "2026-10-20T08:30:00.000Z" }),
    ]) {
      banner.update(view({ state: filled }));
      // Everything the background fills in stays within the details' one line.
      const shown = [...root.querySelectorAll(".text > *")].filter(
        (element) => !(element as HTMLElement).hidden && element.textContent !== "",
      );
      expect(shown.map((element) => element.className)).toEqual(["headline", "details"]);
    }
    expect(bannerStyles("gmail", "light")).toMatch(/\.details \{[^}]*white-space: nowrap/);
  });

  it("reads Ask again, with the day of the last request, once feedback was asked for", () => {
    const { root, banner } = build(
      view({ state: state({ feedbackRequestedAt: "2026-10-20T08:30:00.000Z" }) }),
    );
    expect(shownButtons(root)[0]).toBe("Ask again");
    expect(visibleText(root)).toMatch(/You asked for feedback on (20 October|October 20)/);
    banner.update(view());
    expect(shownButtons(root)[0]).toBe("Ask for feedback");
    expect(visibleText(root)).not.toContain("You asked");
  });

  it("says when the outcome is already logged", () => {
    const { root } = build(view({ state: state({ outcomeLogged: true }) }));
    expect(visibleText(root)).toContain("Marked as rejected");
    userClick(button(root, "More"));
    expect(shownButtons(root)).not.toContain("Mark as rejected, without replying");
  });

  it("shows the phrases that decided, quoted, when More is pressed, and hides them again", () => {
    const { root } = build();
    const why = button(root, "More");
    const list = root.getElementById(why.getAttribute("aria-controls") ?? "") as HTMLElement;
    expect(list.hidden).toBe(true);
    expect(why.getAttribute("aria-expanded")).toBe("false");
    userClick(why);
    expect(list.hidden).toBe(false);
    expect(why.getAttribute("aria-expanded")).toBe("true");
    expect([...list.querySelectorAll("q")].map((quote) => quote.textContent)).toEqual([
      "not to move forward",
      "difficult decision",
    ]);
    userClick(why);
    expect(list.hidden).toBe(true);
  });

  it("announces results in a polite live region, and marks errors", () => {
    const { root, banner } = build();
    const status = root.querySelector("[role=status]") as HTMLElement;
    expect(status.getAttribute("aria-live")).toBe("polite");
    expect(status.textContent).toBe("");
    banner.status("Feedback request added to your reply. Read it, then press Send.", "success");
    expect(status.textContent).toBe(
      "Feedback request added to your reply. Read it, then press Send.",
    );
    banner.status("Nope", "error");
    expect(status.className).toContain("error");
  });
});

describe("the banner's controls", () => {
  it("carry out what they say, by mouse and by keyboard (they are buttons)", () => {
    const { root, acts } = build();
    userClick(button(root, "Ask for feedback"));
    userClick(button(root, "More"));
    userClick(button(root, "Mark as rejected, without replying"));
    userClick(button(root, "Not a rejection"));
    expect(acts.askForFeedback).toHaveBeenCalledOnce();
    expect(acts.logOutcome).toHaveBeenCalledOnce();
    expect(acts.notARejection).toHaveBeenCalledOnce();
    for (const each of root.querySelectorAll("button")) expect(each.tabIndex).toBe(0);
  });

  it("answer the user only: a click or choice a script makes does nothing", () => {
    const { root, acts } = build(
      view({ state: state({ interview: null, candidates: [LUMEN, BRIGHTWELL] }) }),
    );
    for (const each of root.querySelectorAll("button")) {
      each.click();
      each.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
    }
    const select = root.querySelector("select") as HTMLSelectElement;
    select.value = "9";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    for (const action of Object.values(acts)) expect(action).not.toHaveBeenCalled();
    expect(root.querySelector(".more")?.hasAttribute("hidden")).toBe(true);
    // The user's own press does.
    userClick(button(root, "Not a rejection"));
    expect(acts.notARejection).toHaveBeenCalledOnce();
  });

  it("have a visible focus ring", () => {
    expect(bannerStyles("gmail", "light")).toMatch(
      /button:focus-visible[^{]*\{[^}]*outline: 2px solid/,
    );
  });

  it("ignore presses while an action runs, without losing focus", () => {
    const { root, banner, acts } = build();
    const ask = button(root, "Ask for feedback");
    ask.focus();
    banner.setBusy(true);
    userClick(ask);
    expect(acts.askForFeedback).not.toHaveBeenCalled();
    expect(ask.getAttribute("aria-disabled")).toBe("true");
    expect(ask.disabled).toBe(false);
    expect(root.activeElement).toBe(ask);
    banner.setBusy(false);
    userClick(ask);
    expect(acts.askForFeedback).toHaveBeenCalledOnce();
  });

  it("turn off for good when the extension is gone, and the banner says to reload", () => {
    const { root, banner, acts } = build();
    banner.disable("Debrief was updated. Reload this tab to use it again.");
    userClick(button(root, "Ask for feedback"));
    userClick(button(root, "Not a rejection"));
    expect(acts.askForFeedback).not.toHaveBeenCalled();
    expect(acts.notARejection).not.toHaveBeenCalled();
    expect(root.querySelector("[role=status]")?.textContent).toBe(
      "Debrief was updated. Reload this tab to use it again.",
    );
  });
});

describe("the banner's look", () => {
  it("follows the client: Google's fonts and pill buttons in Gmail, Segoe UI in Outlook", () => {
    expect(bannerStyles("gmail", "light")).toContain('"Google Sans"');
    expect(bannerStyles("gmail", "light")).toContain("--radius: 8px");
    expect(bannerStyles("outlook", "light")).toContain('"Segoe UI"');
    expect(bannerStyles("outlook", "light")).not.toContain("Google Sans");
  });

  it("is dark where the message sits on a dark background, whatever the system prefers", () => {
    const dark = document.createElement("div");
    dark.style.backgroundColor = "rgb(32, 33, 36)";
    const message = document.createElement("div");
    dark.append(message);
    document.body.append(dark);
    expect(toneAt(message)).toBe("dark");
    dark.style.backgroundColor = "rgb(255, 255, 255)";
    expect(toneAt(message)).toBe("light");
    expect(bannerStyles("gmail", "dark")).toContain("color-scheme: dark");
    expect(bannerStyles("gmail", "dark")).not.toBe(bannerStyles("gmail", "light"));
  });

  it("lines up with the message it stands above", () => {
    const { banner } = build();
    const message = document.createElement("div");
    message.style.margin = "8px 16px 12px 16px";
    document.body.append(message);
    banner.alignWith(message);
    expect(banner.host.style.getPropertyValue("margin-left")).toBe("16px");
    expect(banner.host.style.getPropertyValue("margin-right")).toBe("16px");
    expect(banner.host.style.getPropertyValue("margin-top")).toBe("0px");
  });

  it("reads the colours getComputedStyle gives", () => {
    expect(parseColour("rgb(32, 33, 36)")).toEqual({ red: 32, green: 33, blue: 36, alpha: 1 });
    expect(parseColour("rgba(0, 0, 0, 0)")?.alpha).toBe(0);
    expect(parseColour("rgb(0 0 0 / 50%)")?.alpha).toBe(0.5);
    expect(parseColour("#ffffff")).toEqual({ red: 255, green: 255, blue: 255, alpha: 1 });
    expect(parseColour("transparent")).toBeNull();
    expect(luminance({ red: 255, green: 255, blue: 255, alpha: 1 })).toBeCloseTo(1);
  });
});

describe("the banner's words", () => {
  it("exist in _locales/en/messages.json, for every key the banner and the flow ask for", () => {
    const folder = resolve(import.meta.dirname, "../../src/content");
    const files = [
      ...readdirSync(join(folder, "banner")).map((file) => join(folder, "banner", file)),
      join(folder, "rejection-flow.ts"),
    ];
    const keys = new Set<string>();
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/\bsay\(\s*"([^"]+)"/g)) keys.add(match[1] ?? "");
      for (const match of source.matchAll(/"(banner[A-Z]\w+)"/g)) keys.add(match[1] ?? "");
    }
    expect(keys.size).toBeGreaterThan(20);
    expect([...keys].filter((key) => !(key in messages))).toEqual([]);
  });

  it("quote the deciding phrases once each, heaviest first, leaving out those that weighed against", () => {
    expect(
      decidingPhrases([
        { phrase: "andere Bewerberin", weight: 2 },
        { phrase: "für eine andere Bewerberin", weight: 2 },
        { phrase: "leider mitteilen, dass wir uns für eine andere", weight: 4 },
        { phrase: "next round", weight: -5 },
        { phrase: "alles  Gute", weight: 1 },
      ]),
    ).toEqual([
      "leider mitteilen, dass wir uns für eine andere",
      "für eine andere Bewerberin",
      "alles Gute",
    ]);
  });

  it("write days without the year when it is this year's", () => {
    const now = new Date(2026, 9, 23);
    expect(formatDay("2026-10-15", ["en-GB"], now)).toBe("15 October");
    expect(formatDay("2025-03-04", ["en-GB"], now)).toBe("4 March 2025");
    expect(formatDay("sometime", ["en-GB"], now)).toBe("sometime");
  });
});
