import type { MailHost } from "../../core/email";
import type { InterviewSummary, RejectionState } from "../../messages";
import { bannerStyles } from "./styles";
import type { Tone } from "./theme";
import { candidateLabel, formatDay, headline, interviewLine, say } from "./words";

/** What the banner shows: what the email says of itself, what the background knows, and why. */
export interface BannerView {
  company: string;
  role: string;
  /**
   * What the background knows; null until it answers, while the banner shows only what the page
   * read (its line for the interview kept, blank, so the banner does not grow when it fills in).
   */
  state: RejectionState | null;
  /** The phrases that decided, as the email writes them (see `decidingPhrases`). */
  reasons: readonly string[];
}

/** What the banner's controls ask for; the flow carries them out and updates the banner. */
export interface BannerActions {
  askForFeedback(): void;
  logOutcome(): void;
  notARejection(): void;
  chooseInterview(interviewId: number): void;
  createInterview(): void;
}

export type StatusTone = "info" | "success" | "error";

export interface Banner {
  /** `<div data-debrief="banner">`, holding everything in a closed shadow root. */
  readonly host: HTMLElement;
  update(view: BannerView): void;
  /** The line screen readers announce: what an action did, or why it did not. */
  status(text: string, tone?: StatusTone): void;
  /** While an action runs, the controls say so and ignore presses (they keep focus). */
  setBusy(busy: boolean): void;
  /** For good: the extension is gone. Shows `text` and turns every control off. */
  disable(text: string): void;
  /** Lines the banner up with the message it stands above: the same side margins. */
  alignWith(spot: Element): void;
}

/** The attribute (and value) that marks the banner's host element in the page, for tests and cleanup. */
export const BANNER_MARK = { name: "data-debrief", value: "banner" } as const;

/**
 * On the host: "pending" while the banner waits for the background's answer, "filled" once its
 * details are in (for tests and `bench:page`, which cannot see into the closed shadow root).
 */
export const BANNER_STATE = "data-debrief-state";

const SVG = "http://www.w3.org/2000/svg";

/**
 * Each banner's shadow root. It is closed, so the page's scripts cannot read the banner or reach
 * its buttons; this map lives in the content script's own world, out of the page's reach, and lets
 * the content script's tests look inside.
 */
const roots = new WeakMap<Element, ShadowRoot>();

/** The inside of a banner made here, by its host element; null for any other element. */
export function bannerRoot(host: Element): ShadowRoot | null {
  return roots.get(host) ?? null;
}

/**
 * Builds the banner, detached; the flow inserts it. Everything is made with DOM calls and
 * `textContent` (Gmail enforces Trusted Types, and email text must never become markup), and
 * lives in a closed shadow root so the page's CSS cannot reach it nor its scripts read it. Its
 * controls answer the user only (`isTrusted`: a click, or Enter or Space on a focused button),
 * never an event a script made. Keys and clicks stop at the banner, so the client's keyboard
 * shortcuts and message-collapsing clicks do not fire from inside it.
 */
export function createBanner(
  doc: Document,
  options: { client: MailHost; tone: Tone; actions: BannerActions; view: BannerView },
): Banner {
  const { actions } = options;
  const make = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className = "",
    text = "",
  ): HTMLElementTagNameMap[K] => {
    const element = doc.createElement(tag);
    if (className) element.className = className;
    if (text) element.textContent = text;
    return element;
  };

  const host = make("div");
  host.setAttribute(BANNER_MARK.name, BANNER_MARK.value);
  // The page's own rules may style any div; the host's inline style wins over them.
  host.style.setProperty("display", "block", "important");
  host.style.setProperty("margin", "0", "important");
  host.style.setProperty("padding", "0", "important");
  host.style.setProperty("border", "0", "important");
  const root = host.attachShadow({ mode: "closed" });
  roots.set(host, root);

  const style = make("style");
  style.textContent = bannerStyles(options.client, options.tone);

  const bar = make("div", "bar");
  bar.setAttribute("role", "region");
  bar.setAttribute("aria-label", say("extensionName"));
  bar.setAttribute("lang", say("languageCode") || "en");
  for (const type of [
    "keydown",
    "keyup",
    "keypress",
    "click",
    "mousedown",
    "mouseup",
    "dblclick",
  ]) {
    bar.addEventListener(type, (event) => event.stopPropagation());
  }

  const text = make("div", "text");
  const headlineLine = make("p", "headline");
  // One line whatever the background answers, so the banner keeps its height when it fills in:
  // the role the page read, then the interview kept, a picker, or an offer to keep it.
  const details = make("div", "details");
  const roleText = make("span", "role");
  const detailText = make("span", "detail");
  const picker = make("span", "picker");
  const pickerLabel = make("label", "", say("bannerChooseInterview"));
  const select = make("select");
  select.id = "debrief-interview";
  pickerLabel.htmlFor = select.id;
  picker.append(pickerLabel, select);
  const createButton = button(say("bannerAddInterview"), "inline");
  details.append(roleText, detailText, picker, createButton);

  // What "More" opens: why Debrief read a rejection, and the quieter action.
  const more = make("div", "more");
  more.id = "debrief-more";
  more.hidden = true;
  const whyList = make("ul", "why");
  const logButton = button(say("bannerLogOutcome"), "inline");
  more.append(whyList, logButton);
  const statusLine = make("p", "status");
  statusLine.setAttribute("role", "status");
  statusLine.setAttribute("aria-live", "polite");
  text.append(headlineLine, details, more, statusLine);

  const buttons = make("div", "actions");
  const askButton = button(say("bannerAskForFeedback"), "primary");
  const notButton = button(say("bannerNotRejection"));
  const moreButton = button(say("bannerMore"), "quiet");
  moreButton.setAttribute("aria-expanded", "false");
  moreButton.setAttribute("aria-controls", more.id);
  buttons.append(askButton, notButton, moreButton);

  const body = make("div", "body");
  body.append(text, buttons);
  bar.append(mark(), body);
  root.append(style, bar);

  let busy = false;
  /** The background has not answered yet: the details are still to come. */
  let pending = true;
  let disabled = false;
  const controls = [askButton, notButton, logButton, createButton];
  /** Runs `run` for the user's own press, while the banner is free to act. */
  const when = (run: () => void) => (event: Event) => {
    if (event.isTrusted && !busy && !disabled) run();
  };
  askButton.addEventListener("click", when(actions.askForFeedback));
  logButton.addEventListener("click", when(actions.logOutcome));
  notButton.addEventListener("click", when(actions.notARejection));
  createButton.addEventListener("click", when(actions.createInterview));
  moreButton.addEventListener("click", (event) => {
    if (!event.isTrusted) return;
    more.hidden = !more.hidden;
    moreButton.setAttribute("aria-expanded", String(!more.hidden));
  });
  select.addEventListener("change", (event) => {
    const id = Number(select.value);
    if (event.isTrusted && select.value !== "" && Number.isFinite(id) && !busy && !disabled)
      actions.chooseInterview(id);
  });

  let shownCandidates = "";
  function update(view: BannerView): void {
    const { state } = view;
    pending = state === null;
    host.setAttribute(BANNER_STATE, pending ? "pending" : "filled");
    bar.setAttribute("aria-busy", String(busy || pending));
    headlineLine.textContent = headline(view.company);
    headlineLine.title = headlineLine.textContent;

    const askedAt = state?.feedbackRequestedAt ?? null;
    const choosing = state !== null && state.interview === null && state.candidates.length > 0;
    const unknown = state !== null && state.interview === null && state.candidates.length === 0;
    const role = state?.interview ? "" : view.role;
    roleText.textContent = role;
    roleText.hidden = !role;
    detailText.textContent = askedAt
      ? say("bannerAskedOn", formatDay(askedAt))
      : state?.outcomeLogged
        ? say("bannerOutcomeLogged")
        : state?.interview
          ? interviewLine(state.interview)
          : "";
    detailText.hidden = detailText.textContent === "";
    details.title = [roleText.textContent, detailText.textContent].filter(Boolean).join(" · ");
    picker.hidden = !choosing || Boolean(askedAt);
    if (!picker.hidden && state) fillPicker(state.candidates);
    createButton.hidden = !unknown || Boolean(askedAt);
    askButton.textContent = say(askedAt ? "bannerAskAgain" : "bannerAskForFeedback");
    logButton.hidden = Boolean(state?.outcomeLogged || askedAt);

    const phrases = view.reasons.length > 0 ? view.reasons : null;
    whyList.replaceChildren(
      make("li", "", say("bannerWhyHeading")),
      ...(phrases
        ? phrases.map((phrase) => {
            const item = make("li");
            item.append(make("q", "", phrase));
            return item;
          })
        : [make("li", "", say("bannerWhyNone"))]),
    );
  }

  function fillPicker(candidates: readonly InterviewSummary[]): void {
    const key = candidates.map((each) => each.id).join(",");
    if (key === shownCandidates) return;
    shownCandidates = key;
    const placeholder = make("option", "", say("bannerChoosePlaceholder"));
    placeholder.value = "";
    placeholder.disabled = true;
    placeholder.selected = true;
    select.replaceChildren(
      placeholder,
      ...candidates.map((candidate) => {
        const option = make("option", "", candidateLabel(candidate));
        option.value = String(candidate.id);
        return option;
      }),
    );
  }

  function button(label: string, className = ""): HTMLButtonElement {
    const element = make("button", className, label);
    element.type = "button";
    return element;
  }

  function mark(): SVGSVGElement {
    // Debrief's mark (src/ui/logo-mark.tsx): a speech bubble with an arrow rising out of it.
    const svg = doc.createElementNS(SVG, "svg");
    svg.setAttribute("class", "mark");
    svg.setAttribute("viewBox", "0 0 32 32");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    const bubble = doc.createElementNS(SVG, "path");
    bubble.setAttribute("class", "bubble");
    bubble.setAttribute(
      "d",
      "M8 3h16a5 5 0 0 1 5 5v11a5 5 0 0 1-5 5H14.5l-6.2 4.8A.8.8 0 0 1 7 28.2V24a5 5 0 0 1-4-4.9V8a5 5 0 0 1 5-5z",
    );
    const arrow = doc.createElementNS(SVG, "path");
    arrow.setAttribute("class", "arrow");
    arrow.setAttribute("d", "M16 19V9.5M11.5 13.5 16 9l4.5 4.5");
    arrow.setAttribute("fill", "none");
    arrow.setAttribute("stroke-width", "2.6");
    arrow.setAttribute("stroke-linecap", "round");
    arrow.setAttribute("stroke-linejoin", "round");
    svg.append(bubble, arrow);
    return svg;
  }

  function status(message: string, tone: StatusTone = "info"): void {
    statusLine.className = `status ${tone}`;
    statusLine.textContent = message;
  }

  function setBusy(value: boolean): void {
    busy = value;
    bar.setAttribute("aria-busy", String(value || pending));
    for (const control of controls)
      control.setAttribute("aria-disabled", String(value || disabled));
    select.disabled = disabled;
  }

  update(options.view);
  return {
    host,
    update,
    status,
    setBusy,
    disable(message) {
      disabled = true;
      setBusy(false);
      status(message, "error");
    },
    alignWith(spot) {
      try {
        const style = spot.ownerDocument.defaultView?.getComputedStyle(spot);
        for (const side of ["margin-left", "margin-right"]) {
          const value = style?.getPropertyValue(side) ?? "";
          if (/^-?[\d.]+px$/.test(value)) host.style.setProperty(side, value, "important");
        }
      } catch {
        // Unaligned is fine.
      }
    },
  };
}
