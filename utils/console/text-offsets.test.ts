// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pointAfter, pointAtTextOffset, textOffsetOf } from './text-offsets';

function editable(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}
const textAt = ([node, offset]: [Node, number]) => `${node.textContent}@${offset}`;

describe('text offsets', () => {
  it('count text, not the filler characters editors keep at the caret', () => {
    const el = editable('<p>ab\u2060\u2060<b>cd</b></p>');
    const bold = el.querySelector('b')!.firstChild!;
    expect(textOffsetOf(el, bold, 1)).toBe(3);
    expect(textAt(pointAtTextOffset(el, 3))).toBe('cd@1');
    expect(textAt(pointAtTextOffset(el, 2))).toBe('ab\u2060\u2060@2');
  });

  it('read a line break as the step to the next block or past a <br>, and a bold word as no step at all', () => {
    const el = editable('<p>Hello Sam and ,<br>thanks, <b>how</b> can I help?</p><p>Bye</p>');
    expect(textAt(pointAfter(el, 9, ' and '))).toBe('Hello Sam and ,@14');
    expect(textAt(pointAfter(el, 9, ' and ,\nth'))).toBe('thanks, @2');
    expect(textAt(pointAfter(el, 0, 'Hello Sam and ,\nthanks, how'))).toBe('how@3');
    expect(textAt(pointAfter(el, 0, 'Hello Sam and ,\nthanks, how can I help?\n'))).toBe('Bye@0');
  });

  it('keep a caret at the end of a line on that line', () => {
    const el = editable('<p>Dear</p><p>thanks</p>');
    expect(textAt(pointAfter(el, 0, 'Dear'))).toBe('Dear@4');
    expect(textAt(pointAfter(el, 0, 'Dear\n'))).toBe('thanks@0');
  });
});
