/**
 * Positions inside an editable as offsets into the text of its text nodes:
 * they survive editors re-rendering their nodes, and unlike the browser's
 * caret movement they do not depend on how whitespace is laid out. Filler
 * characters editors keep around the caret (CKEditor's, Quill's, Slate's)
 * are not counted, since they come and go as the caret moves.
 */

const FILLERS = /[\u200b\u2060\ufeff]/g;
const isFiller = (char: string) => char === '\u200b' || char === '\u2060' || char === '\ufeff';

/** The offset of a DOM point (node, offset) into the editable's text. */
export function textOffsetOf(editable: HTMLElement, node: Node, offset: number): number {
  const range = editable.ownerDocument.createRange();
  range.selectNodeContents(editable);
  range.setEnd(node, offset);
  return range.toString().replace(FILLERS, '').length;
}

function textNodes(editable: HTMLElement): Text[] {
  const walker = editable.ownerDocument.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Where, in the text nodes, the text offset falls: at the end of a node rather than the start of the next (the end of a line stays on its line). */
function locate(nodes: Text[], offset: number): { index: number; at: number } | null {
  let passed = 0;
  for (let index = 0; index < nodes.length; index++) {
    const { data } = nodes[index]!;
    for (let at = 0; at <= data.length; at++) {
      if (passed === offset) return { index, at };
      if (at < data.length && !isFiller(data[at]!)) passed++;
    }
  }
  return nodes.length ? { index: nodes.length - 1, at: nodes.at(-1)!.data.length } : null;
}

/** The DOM point at a text offset. */
export function pointAtTextOffset(editable: HTMLElement, offset: number): [Node, number] {
  const nodes = textNodes(editable);
  const found = locate(nodes, offset);
  return found ? [nodes[found.index]!, found.at] : [editable, 0];
}

/**
 * The DOM point after `head`, read forward from a text offset (where an
 * insert began). Editors keep a line break as a block or a <br> between text
 * nodes, so a run of line breaks is one step to the next text node; any other
 * step across a node boundary (a bold word, say) costs nothing.
 */
export function pointAfter(editable: HTMLElement, from: number, head: string): [Node, number] {
  const nodes = textNodes(editable);
  const found = locate(nodes, from);
  if (!found) return [editable, 0];
  let { index, at } = found;
  let next = 0;
  while (next < head.length) {
    const data = nodes[index]!.data;
    if (at < data.length) {
      const char = data[at++]!;
      if (!isFiller(char)) next++;
      continue;
    }
    if (index === nodes.length - 1) break;
    if (head[next] === '\n') while (head[next] === '\n') next++;
    index++;
    at = 0;
  }
  return [nodes[index]!, at];
}
