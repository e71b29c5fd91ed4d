// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as gmail from "../../src/content/gmail/selectors";
import * as outlook from "../../src/content/outlook/selectors";
import { findInsertionPoint } from "../../src/content/reply/insertion-point";
import { requestLines, typeIntoEditor } from "../../src/content/reply/type-text";
import { watchedText } from "./watched-text";

/*
 * Where the request goes in a reply body, and the typing logic around the editing commands.
 * happy-dom has no `document.execCommand`, so the commands are faked here where the order of
 * commands matters; real typing is tested in Chromium (test/e2e/reply.test.ts).
 */

const GMAIL_TAIL = [...gmail.replySignature, ...gmail.quotedText];
const OUTLOOK_TAIL = [...outlook.replySignature, ...outlook.quoteStart, ...outlook.quotedText];

type Child = Node | string;
function el(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
const br = () => document.createElement("br");
const line = (...children: Child[]) => el("div", {}, ...(children.length ? children : [br()]));

function editor(...children: Child[]): HTMLElement {
  const box = el("div", { contenteditable: "true", role: "textbox", "aria-multiline": "true" });
  box.append(...children);
  document.body.replaceChildren(box);
  return box;
}

/** What Gmail puts in a fresh reply: an empty first line, a blank line, the signature, the quote. */
function gmailReplyBody(...firstLine: Child[]): HTMLElement {
  return editor(
    line(...firstLine),
    br(),
    el("span", { class: "gmail_signature_prefix" }, "-- "),
    br(),
    el("div", { class: "gmail_signature", "data-smartmail": "gmail_signature" }, "Jordan Avery"),
    br(),
    el(
      "div",
      { class: "gmail_quote gmail_quote_container" },
      el("div", { class: "gmail_attr" }, "On Thu, Maya wrote:"),
      el("blockquote", { class: "gmail_quote" }, "Hi Jordan, thank you"),
    ),
  );
}

/** What Outlook puts in a fresh reply: two empty lines, the signature, then the quoted message. */
function outlookReplyBody(...firstLine: Child[]): HTMLElement {
  return editor(
    line(...firstLine),
    line(),
    el("div", { id: "Signature" }, "Jordan Avery"),
    el("div", { id: "appendonsend" }),
    el(
      "div",
      { id: "mail-editor-reference-message-container" },
      el("div", { id: "divRplyFwdMsg" }, "From: Maya"),
    ),
  );
}

/** The editor's top-level lines as `tag:text`, blank lines as `div:` or `br:`. */
function lines(box: Element): string[] {
  return [...box.childNodes]
    .map((node) =>
      node.nodeType === 3
        ? `#text:${node.textContent?.trim()}`
        : `${(node as Element).tagName.toLowerCase()}:${node.textContent?.trim()}`,
    )
    .filter((entry) => entry !== "#text:");
}

const REQUEST = "Hi Maya,\n\nCould you share any feedback?\n\nBest,\nJordan";
const REQUEST_LINES = [
  "div:Hi Maya,",
  "div:",
  "div:Could you share any feedback?",
  "div:",
  "div:Best,",
  "div:Jordan",
];

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe("where the request goes", () => {
  it("an empty Gmail reply: on the first line, above the signature and the quote", () => {
    const box = gmailReplyBody();
    const point = findInsertionPoint(box, GMAIL_TAIL);
    expect(point).toMatchObject({
      at: "start",
      node: box.firstChild,
      offset: 0,
      blankLineBelow: true,
    });
    expect(point.tail).toBe(box.querySelector(".gmail_signature_prefix"));
  });

  it("an empty Outlook reply: on the first line, above #Signature", () => {
    const box = outlookReplyBody();
    const point = findInsertionPoint(box, OUTLOOK_TAIL);
    expect(point).toMatchObject({
      at: "start",
      node: box.firstChild,
      offset: 0,
      blankLineBelow: true,
    });
    expect(point.tail?.id).toBe("Signature");
  });

  it("without a signature, the quoted history is the tail (Outlook's #appendonsend)", () => {
    const box = editor(
      line(),
      el("div", { id: "appendonsend" }),
      el("div", { id: "divRplyFwdMsg" }, "From: Maya"),
    );
    const point = findInsertionPoint(box, OUTLOOK_TAIL);
    expect(point.tail?.id).toBe("appendonsend");
    expect(point.at).toBe("start");
  });

  it("after what the user wrote, at the end of their last word, still above the tail", () => {
    const box = gmailReplyBody("Thanks again, ", el("b", {}, "I enjoyed it."));
    const point = findInsertionPoint(box, GMAIL_TAIL);
    const lastWord = box.querySelector("b")?.firstChild;
    expect(point).toMatchObject({
      at: "after-user-text",
      node: lastWord,
      offset: "I enjoyed it.".length,
    });
  });

  it("counts only words and images as the user's: spaces, no-break spaces and empty lines are not", () => {
    expect(findInsertionPoint(gmailReplyBody(" \u00a0 "), GMAIL_TAIL).at).toBe("start");
    expect(findInsertionPoint(editor(line(), line(), line()), GMAIL_TAIL).at).toBe("start");
    const withImage = gmailReplyBody(el("img", { alt: "" }));
    const point = findInsertionPoint(withImage, GMAIL_TAIL);
    expect(point).toMatchObject({ at: "after-user-text", node: withImage.firstChild, offset: 1 });
  });

  it("the signature's and the quote's own words are not the user's", () => {
    const box = editor(
      el("div", { class: "gmail_signature" }, "Jordan"),
      el("blockquote", {}, "Earlier"),
    );
    expect(findInsertionPoint(box, GMAIL_TAIL).at).toBe("start");
  });

  it("lifts the tail to a wrapper holding nothing before it, so the request never lands inside it", () => {
    const wrapper = el("div", {}, br(), el("div", { class: "gmail_signature" }, "Jordan"));
    const box = editor(line(), wrapper);
    const point = findInsertionPoint(box, GMAIL_TAIL);
    expect(point.tail).toBe(wrapper);
    expect(point.node).toBe(box.firstChild);
  });

  it("knows when no blank line stands between the place and the tail", () => {
    const tight = editor(el("div", { id: "Signature" }, "Jordan"));
    expect(findInsertionPoint(tight, OUTLOOK_TAIL)).toMatchObject({
      at: "start",
      node: tight,
      offset: 0,
      blankLineBelow: false,
    });
    const afterWords = editor(line("Hello"), el("div", { id: "Signature" }, "Jordan"));
    expect(findInsertionPoint(afterWords, OUTLOOK_TAIL).blankLineBelow).toBe(false);
    // An empty first line alone is not a blank line: typing fills it.
    const oneLine = editor(line(), el("div", { id: "Signature" }, "Jordan"));
    expect(findInsertionPoint(oneLine, OUTLOOK_TAIL).blankLineBelow).toBe(false);
  });

  it("a box with no signature and no quote (a new compose): the very start, nothing below to keep apart", () => {
    const box = editor("\n\t", br());
    expect(findInsertionPoint(box, GMAIL_TAIL)).toMatchObject({
      at: "start",
      node: box,
      offset: 1,
      tail: null,
      blankLineBelow: true,
    });
  });
});

describe("the request's lines", () => {
  it("drop blank lines at either end and trailing spaces, keep blank lines between paragraphs", () => {
    expect(requestLines("\n\r\nHi Maya,  \r\n\r\nThanks.\r\n\n")).toEqual([
      "Hi Maya,",
      "",
      "Thanks.",
    ]);
    expect(requestLines("  \n ")).toEqual([]);
  });
});

describe("typing without editing commands (the fallback)", () => {
  it("puts the request on the first line of an empty reply, fires input, and moves the caret after it", () => {
    const box = gmailReplyBody();
    const inputs: InputEvent[] = [];
    box.addEventListener("input", (event) => inputs.push(event as InputEvent));

    expect(typeIntoEditor(box, REQUEST, GMAIL_TAIL)).toBe("inserted");

    // As typing leaves it: the first line fills the empty one, the others follow as lines.
    expect(lines(box)).toEqual([
      ...REQUEST_LINES,
      "br:",
      "span:--",
      "br:",
      "div:Jordan Avery",
      "br:",
      "div:On Thu, Maya wrote:Hi Jordan, thank you",
    ]);
    expect(inputs.map((event) => event.inputType)).toEqual(["insertText"]);
    expect(document.activeElement).toBe(box);
    const caret = document.getSelection()?.getRangeAt(0);
    expect(caret?.startContainer.textContent).toBe("Jordan");
  });

  it("keeps the user's words where they are and adds the request after a blank line", () => {
    const box = outlookReplyBody("Thanks again.");
    expect(typeIntoEditor(box, REQUEST, OUTLOOK_TAIL)).toBe("inserted");
    expect(lines(box).slice(0, 10)).toEqual([
      "div:Thanks again.",
      "div:",
      ...REQUEST_LINES,
      "div:",
      "div:Jordan Avery",
    ]);
  });

  it("adds a blank line before the tail when there was none", () => {
    const box = editor(el("div", { id: "Signature" }, "Jordan Avery"));
    expect(typeIntoEditor(box, "Hi Maya,", OUTLOOK_TAIL)).toBe("inserted");
    expect(lines(box)).toEqual(["div:Hi Maya,", "div:", "div:Jordan Avery"]);
  });

  it("stays above the tail when the user's words and the signature share one block", () => {
    const box = editor(
      el(
        "div",
        {},
        "Thanks.",
        br(),
        br(),
        el("span", { class: "gmail_signature_prefix" }, "-- "),
        el("div", { class: "gmail_signature" }, "Jordan"),
      ),
    );
    expect(typeIntoEditor(box, "Hi Maya,", GMAIL_TAIL)).toBe("inserted");
    const text = box.textContent ?? "";
    expect(text.indexOf("Thanks.")).toBeLessThan(text.indexOf("Hi Maya,"));
    expect(text.indexOf("Hi Maya,")).toBeLessThan(text.indexOf("-- "));
  });

  it("reads nothing of a 5 MB quoted history below the place it types", () => {
    const quoted = watchedText(document, "Earlier words. ".repeat(350_000));
    const history = el("blockquote", { class: "gmail_quote" }, quoted.node);
    for (let i = 0; i < 2_000; i++) history.append(br(), "More earlier words.");
    const box = editor(
      line(),
      br(),
      el("div", { class: "gmail_signature" }, "Jordan Avery"),
      el("div", { class: "gmail_quote gmail_quote_container" }, history),
    );
    expect(typeIntoEditor(box, REQUEST, GMAIL_TAIL)).toBe("inserted");
    expect(quoted.taken()).toBe(0);
    expect(lines(box).slice(0, REQUEST_LINES.length)).toEqual(REQUEST_LINES);
  });

  it("types nothing for an empty request", () => {
    const box = gmailReplyBody();
    expect(typeIntoEditor(box, " \n\n ", GMAIL_TAIL)).toBe("not-inserted");
    expect(lines(box)[0]).toBe("div:");
  });
});

describe("typing with editing commands", () => {
  /** A stand-in for `document.execCommand` that records commands and types text at the caret. */
  function fakeCommands(behaviour: (command: string, value?: string) => boolean) {
    const commands: string[] = [];
    const execCommand = vi.fn((command: string, _ui?: boolean, value?: string) => {
      commands.push(value === undefined ? command : `${command}:${value}`);
      return behaviour(command, value);
    });
    Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true });
    return commands;
  }
  afterEach(() => {
    Reflect.deleteProperty(document, "execCommand");
  });

  function typeAtCaret(text: string): boolean {
    const range = document.getSelection()?.getRangeAt(0);
    if (!range) return false;
    const node = document.createTextNode(text);
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    return true;
  }

  it("types line by line, a paragraph between lines, two before when the user wrote first", () => {
    const box = outlookReplyBody("Thanks again.");
    const commands = fakeCommands((command, value) =>
      command === "insertText" ? typeAtCaret(value ?? "") : true,
    );
    expect(typeIntoEditor(box, REQUEST, OUTLOOK_TAIL)).toBe("typed");
    expect(commands).toEqual([
      "insertParagraph",
      "insertParagraph",
      "insertText:Hi Maya,",
      "insertParagraph",
      "insertParagraph",
      "insertText:Could you share any feedback?",
      "insertParagraph",
      "insertParagraph",
      "insertText:Best,",
      "insertParagraph",
      "insertText:Jordan",
    ]);
  });

  it("adds a paragraph after the request when no blank line stood before the tail", () => {
    editor(el("div", { id: "Signature" }, "Jordan Avery"));
    const box = document.body.firstElementChild as HTMLElement;
    const commands = fakeCommands((command, value) =>
      command === "insertText" ? typeAtCaret(value ?? "") : true,
    );
    expect(typeIntoEditor(box, "Hi Maya,", OUTLOOK_TAIL)).toBe("typed");
    expect(commands).toEqual(["insertText:Hi Maya,", "insertParagraph"]);
  });

  it("falls back to inserting nodes when the commands are refused and changed nothing", () => {
    const box = gmailReplyBody();
    const commands = fakeCommands(() => false);
    expect(typeIntoEditor(box, REQUEST, GMAIL_TAIL)).toBe("inserted");
    expect(commands).toEqual(["insertText:Hi Maya,"]);
    expect(lines(box).slice(0, REQUEST_LINES.length)).toEqual(REQUEST_LINES);
  });

  it("stops, without a second copy, when the commands typed only part of the request", () => {
    const box = gmailReplyBody();
    fakeCommands((command, value) =>
      command === "insertText" && value === "Hi Maya," ? typeAtCaret(value) : false,
    );
    expect(typeIntoEditor(box, REQUEST, GMAIL_TAIL)).toBe("partly-inserted");
    expect(box.textContent?.match(/Hi Maya,/g)).toHaveLength(1);
    expect(box.textContent).not.toContain("Could you share");
  });

  it("stops, without a second copy, when the client put the typed request inside the quote", () => {
    const box = gmailReplyBody();
    const quote = box.querySelector("blockquote") as HTMLElement;
    // Every command "succeeds", but the words land below the tail, where nothing above changes.
    fakeCommands((command, value) => {
      if (command === "insertText") quote.prepend(document.createTextNode(value ?? ""));
      return true;
    });
    expect(typeIntoEditor(box, REQUEST, GMAIL_TAIL)).toBe("partly-inserted");
    expect(box.textContent?.match(/Hi Maya,/g)).toHaveLength(1);
  });

  it("never types where the caret is not: focus taken away stops the typing", () => {
    const box = gmailReplyBody();
    const elsewhere = el("input", {});
    document.body.append(elsewhere);
    fakeCommands((command, value) => {
      const typed = command === "insertText" ? typeAtCaret(value ?? "") : true;
      // The client moves the selection out of the editor after the first line.
      document.getSelection()?.selectAllChildren(elsewhere);
      return typed;
    });
    expect(typeIntoEditor(box, REQUEST, GMAIL_TAIL)).toBe("partly-inserted");
    expect(box.textContent).not.toContain("Could you share");
  });

  it("counts a line the box already held: typing must add it, not find the old copy", () => {
    const box = outlookReplyBody("Best,");
    fakeCommands(() => true);
    // Every command "succeeds" but types nothing: "Best," is in the box already, yet not typed.
    expect(typeIntoEditor(box, "Best,", OUTLOOK_TAIL)).toBe("inserted");
    expect(box.textContent?.match(/Best,/g)).toHaveLength(2);
  });
});

describe("the reply modules", () => {
  it("never write markup: no HTML sink appears in their source", () => {
    const root = join(import.meta.dirname, "..", "..", "src", "content");
    const files = [
      ...readdirSync(join(root, "reply")).map((file) => `reply/${file}`),
      "wait-for.ts",
      "gmail/reply.ts",
      "outlook/reply.ts",
    ];
    expect(files).toContain("reply/type-text.ts");
    for (const file of files) {
      const source = readFileSync(join(root, file), "utf8");
      expect(source, file).not.toMatch(
        /\.innerHTML|\.outerHTML|insertAdjacentHTML|createContextualFragment|document\.write|insertHTML/,
      );
    }
  });
});
