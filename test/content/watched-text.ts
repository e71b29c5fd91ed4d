/**
 * A text node of `text` that records how many of its characters anything took out of it, through
 * any of the ways the DOM gives a text node's text. For tests that a huge message is never read whole.
 */
export function watchedText(doc: Document, text: string): { node: Text; taken: () => number } {
  const node = doc.createTextNode(text);
  let taken = 0;
  const whole = () => {
    taken += text.length;
    return text;
  };
  for (const name of ["data", "nodeValue", "textContent", "wholeText"]) {
    Object.defineProperty(node, name, { get: whole, configurable: true });
  }
  Object.defineProperty(node, "substringData", {
    value: (offset: number, count: number) => {
      const part = text.substring(offset, offset + count);
      taken += part.length;
      return part;
    },
  });
  return { node, taken: () => taken };
}
