// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { MAX_BODY_NODES, messageText } from "../../src/content/message-text";
import { isShownByMarkup } from "../../src/content/select";
import { MAX_BODY_CHARS } from "../../src/core/email";
import { watchedText } from "./watched-text";

/** A detached element holding `html` (test input written here, never data from mail). */
function body(html: string): HTMLElement {
  const element = document.createElement("div");
  element.innerHTML = html;
  return element;
}

describe("messageText: layout", () => {
  it("turns Gmail's one-div-per-line bodies into lines and blank lines", () => {
    const html =
      "<div dir=ltr><div>Hi Sam,</div><div><br></div><div>Line two<br>Line three</div><div><br></div><div>Bye</div></div>";
    expect(messageText(body(html))).toBe("Hi Sam,\n\nLine two\nLine three\n\nBye");
  });

  it("sets paragraphs apart with one blank line and keeps inline runs together", () => {
    const html =
      "<p>First <b>bold</b>   and\n   <i>italic</i>.</p><p>Second</p><h2>Heading</h2>Tail";
    expect(messageText(body(html))).toBe("First bold and italic.\n\nSecond\n\nHeading\n\nTail");
  });

  it("treats <br> as one more line, except where it only ends a block", () => {
    expect(messageText(body("a<br>b<br><br>c"))).toBe("a\nb\n\nc");
    expect(messageText(body("<div>a<br></div><div>b</div>"))).toBe("a\nb");
    expect(messageText(body("<br><br><div>a</div><br><div>b</div><br>"))).toBe("a\n\nb");
  });

  it("ignores the indentation between blocks in hand-written or pretty-printed HTML", () => {
    const html = "\n  <div>One</div>\n  <div>Two</div>\n\n  <p>Three</p>\n  ";
    expect(messageText(body(html))).toBe("One\nTwo\n\nThree");
  });

  it("puts table cells side by side and rows on their own lines", () => {
    const html =
      "<table><tr><td>Date</td><td>5 November</td></tr><tr><td>Time</td><td>15:00</td></tr></table>";
    expect(messageText(body(html))).toBe("Date 5 November\nTime 15:00");
  });

  it("keeps line breaks inside <pre>", () => {
    expect(messageText(body("<pre>a\n  b\nc</pre>"))).toBe("a\nb\nc");
  });

  it("turns no-break spaces into spaces and drops zero-width characters", () => {
    expect(messageText(body("<div>Platform\u00a0Engineer\u200b role\ufeff</div>"))).toBe(
      "Platform Engineer role",
    );
  });

  it("reads Gmail's emoji images as their characters", () => {
    expect(messageText(body('Congrats <img data-emoji="🎉" alt="🎉" class="an1"> all'))).toBe(
      "Congrats 🎉 all",
    );
  });
});

describe("messageText: quoted history", () => {
  it("leaves out Gmail's quote with its attribution line", () => {
    const html =
      '<div dir=ltr>Thanks!</div><br><div class="gmail_quote gmail_quote_container"><div class="gmail_attr">On Mon, Rosa wrote:<br></div><blockquote class="gmail_quote">Earlier words</blockquote></div>';
    expect(messageText(body(html))).toBe("Thanks!");
  });

  it("leaves out any blockquote but keeps text written after it", () => {
    expect(
      messageText(body("<div>Above</div><blockquote>Quoted</blockquote><div>Below</div>")),
    ).toBe("Above\nBelow");
  });

  it("recognises Gmail's quote class when Gmail prefixed it in forwarded mail", () => {
    expect(messageText(body('<div>Mine</div><div class="m_-4534gmail_quote">Theirs</div>'))).toBe(
      "Mine",
    );
  });

  it("drops the legacy .gmail_extra wrapper only when it holds a quote", () => {
    const withQuote =
      '<div>New text</div><div class="gmail_extra"><br><div>Sig</div><div class="gmail_quote">Old</div></div>';
    const withoutQuote = '<div>New text</div><div class="gmail_extra">Still mine</div>';
    expect(messageText(body(withQuote))).toBe("New text");
    expect(messageText(body(withoutQuote))).toBe("New text\nStill mine");
  });

  it("searches nested .gmail_extra wrappers for a quote once, not once each", () => {
    const nested = `${'<div class="gmail_extra">'.repeat(500)}Mine${"</div>".repeat(500)}`;
    const html = `${nested}<div class="gmail_extra"><div class="gmail_quote">Old</div></div>`;
    const search = vi.spyOn(Element.prototype, "querySelector");
    expect(messageText(body(html))).toBe("Mine");
    // The outermost nested wrapper, then its sibling, which holds a quote and is left out.
    expect(search).toHaveBeenCalledTimes(2);
    search.mockRestore();
  });

  it("cuts at Outlook's #appendonsend, including what follows outside its parent", () => {
    const html =
      '<div><div>Reply text</div><div id="appendonsend"></div><hr><div>Quoted one</div></div><div>Quoted two</div>';
    expect(messageText(body(html))).toBe("Reply text");
  });

  it("cuts at Outlook's reply header, also with the x_ prefix Outlook adds when it shows mail", () => {
    const html =
      '<div>Decision below</div><hr><div id="x_divRplyFwdMsg"><b>From:</b> Someone<br><b>Sent:</b> Monday</div><div>Original message</div>';
    expect(messageText(body(html))).toBe("Decision below");
  });

  it("cuts at the new Outlook's reference message container", () => {
    const html =
      '<p>Hello</p><div id="mail-editor-reference-message-container"><p>Old</p></div><p>After</p>';
    expect(messageText(body(html))).toBe("Hello");
  });

  it("leaves out host-specific quote markers passed by the adapter", () => {
    const html = '<div>Keep</div><div class="host-trim">Trimmed by the host</div>';
    expect(
      messageText(body(html), {
        skip: [{ css: ".host-trim" }],
      }),
    ).toBe("Keep");
  });
});

describe("messageText: what is not shown", () => {
  it("skips elements hidden by inline style or the hidden attribute", () => {
    const html =
      '<div style="display:none;max-height:0">Preheader</div><div style="color:red; display : none">Also hidden</div><span style="visibility:hidden">Ghost</span><p hidden>Hidden</p><p>Shown</p>';
    expect(messageText(body(html))).toBe("Shown");
  });

  it("skips style, script and template content", () => {
    const html =
      "<style>p { color: red }</style><script>var x = 1;</script><template><p>T</p></template><p>Text</p>";
    expect(messageText(body(html))).toBe("Text");
  });

  it("reads the root even when the root itself is hidden", () => {
    const hiddenRoot = body("Visible to the caller");
    hiddenRoot.setAttribute("style", "display:none");
    expect(messageText(hiddenRoot)).toBe("Visible to the caller");
  });

  it("tells shown from hidden by the markup of the element and its ancestors", () => {
    const root = body(
      '<div style="display: none"><span id="inner">x</span></div><span id="outer">y</span>',
    );
    document.body.append(root);
    expect(isShownByMarkup(root.querySelector("#inner") as Element)).toBe(false);
    expect(isShownByMarkup(root.querySelector("#outer") as Element)).toBe(true);
    root.remove();
  });
});

describe("messageText: size and junk", () => {
  it("caps long mail at MAX_BODY_CHARS", () => {
    const element = document.createElement("div");
    const paragraph = "word ".repeat(2_000);
    for (let i = 0; i < 60; i++)
      element.append(Object.assign(document.createElement("p"), { textContent: paragraph }));
    const text = messageText(element);
    expect(text.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(text.length).toBeGreaterThan(MAX_BODY_CHARS - 10);
    expect(text.startsWith("word word")).toBe(true);
  });

  it("takes a smaller cap and never ends on half an emoji", () => {
    expect(messageText(body("ab😀cd"), { maxChars: 3 })).toBe("ab");
    expect(messageText(body("ab😀cd"), { maxChars: 4 })).toBe("ab😀");
  });

  it("walks very deep nesting without running out of stack", () => {
    let innermost: HTMLElement = document.createElement("div");
    const root = innermost;
    for (let i = 0; i < 20_000; i++) {
      const child = document.createElement("span");
      innermost.append(child);
      innermost = child;
    }
    innermost.append("deep");
    expect(messageText(root)).toBe("deep");
  });

  it("returns an empty string for nothing, empty elements, comments and text nodes as given", () => {
    expect(messageText(null)).toBe("");
    expect(messageText(undefined)).toBe("");
    expect(messageText(document.createElement("div"))).toBe("");
    expect(messageText(document.createComment("note"))).toBe("");
    expect(messageText(document.createTextNode("  plain   text "))).toBe("plain text");
  });

  it("never throws, even when the DOM itself throws or a selector is invalid", () => {
    const hostile = {
      nodeType: 1,
      get firstChild(): Node {
        throw new Error("boom");
      },
    } as unknown as Node;
    expect(() => messageText(hostile)).not.toThrow();
    expect(messageText(hostile)).toBe("");
    const invalid = [{ css: "[[nonsense" }];
    expect(messageText(body("<p>Still read</p>"), { skip: invalid, cutAt: invalid })).toBe(
      "Still read",
    );
  });

  it("keeps what it read before the DOM failed", () => {
    const root = body("<p>First</p><p id=bad>Second</p>");
    const bad = root.querySelector("#bad") as Element;
    Object.defineProperty(bad, "firstChild", {
      get() {
        throw new Error("detached mid-walk");
      },
    });
    expect(messageText(root)).toBe("First");
  });
});

describe("messageText: a 5 MB message", () => {
  const FIVE_MB = 5_000_000;

  it("reads only a bounded prefix of one huge text node, and returns at most MAX_BODY_CHARS", () => {
    const root = body("<div>Thank you for your interest in the role.</div>");
    const filler = "We regret to say the position has been filled. ";
    const huge = watchedText(
      document,
      `${filler.repeat(FIVE_MB / filler.length)}MARKER-AT-THE-END`,
    );
    root.append(huge.node);
    const text = messageText(root);
    expect(text.startsWith("Thank you for your interest in the role.\nWe regret")).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(text).not.toContain("MARKER");
    // The whole 5 MB never left the node: a few times the cap at most.
    expect(huge.taken()).toBeLessThan(5 * MAX_BODY_CHARS);
  });

  it("stops looking at nodes after MAX_BODY_NODES, even when they hold no text", () => {
    const root = body("<div>Dear Sam,</div>");
    for (let i = 0; i < MAX_BODY_NODES; i++) root.appendChild(document.createElement("span"));
    root.appendChild(Object.assign(document.createElement("div"), { textContent: "MARKER" }));
    expect(messageText(root)).toBe("Dear Sam,");
    // The same text within a larger budget is read.
    expect(messageText(root, { maxNodes: MAX_BODY_NODES + 10 })).toBe("Dear Sam,\nMARKER");
    // happy-dom takes a second or more to build 25,000 elements on a busy machine.
  }, 30_000);

  it("looks at a bounded number of the elements of a 5 MB body of many lines", () => {
    const line = "This notice is confidential and meant only for the person named above. ".repeat(
      70,
    );
    const root = document.createElement("div");
    for (let length = 0; length < FIVE_MB; length += line.length) {
      root.appendChild(Object.assign(document.createElement("div"), { textContent: line }));
    }
    root.appendChild(Object.assign(document.createElement("div"), { textContent: "MARKER" }));
    const looked = new Set<Element>();
    const getAttribute = Element.prototype.getAttribute;
    const spy = vi.spyOn(Element.prototype, "getAttribute").mockImplementation(function (
      this: Element,
      name: string,
    ) {
      looked.add(this);
      return getAttribute.call(this, name);
    });
    try {
      const text = messageText(root);
      expect(text.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
      expect(text.startsWith(`${line.trim()}\n${line.trim()}`)).toBe(true);
      expect(text).not.toContain("MARKER");
    } finally {
      spy.mockRestore();
    }
    // About 20 of the body's 1,000 lines make the first 100,000 characters.
    expect(looked.size).toBeLessThan(2 + MAX_BODY_CHARS / line.length + 2);
  });
});
