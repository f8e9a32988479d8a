// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rowParts } from './decorations';

/** Builds a row from trusted test markup (the code under test never parses HTML). */
function row(markup: string): Element {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  return template.content.firstElementChild!;
}

describe('rowParts', () => {
  it('keeps the text and the author\'s name apart from avatar initials and the time', () => {
    const parts = rowParts(
      row('<li><span class="chip">DW</span><div class="meta"><span class="who-name">Dana Whitfield</span><span>10:43 AM</span></div><div>This is the third time I write</div></li>'),
    );
    expect(parts).toEqual({ text: 'This is the third time I write', name: 'Dana Whitfield' });
  });

  it('drops time elements, "seen", reaction buttons and avatars marked as such, and keeps words apart across blocks', () => {
    const parts = rowParts(
      row('<div><img class="avatar" alt="Sam"><p>First line</p><p>second line</p><time datetime="2026-01-01">Jan 1</time><button>👍 2</button><small>Seen</small></div>'),
    );
    expect(parts).toEqual({ text: 'First line second line' });
  });

  it('reads Chinese timestamps and receipts as decorations', () => {
    expect(rowParts(row('<div><span>下午 3:05</span><span>已读</span><div>我的订单还没到</div></div>')).text).toBe('我的订单还没到');
  });

  it('keeps a row that is nothing but a decoration-looking word rather than losing it', () => {
    expect(rowParts(row('<div><span>Seen</span></div>')).text).toBe('Seen');
  });
});
