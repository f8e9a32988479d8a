import { describe, expect, it } from 'vitest';
import { clipBlocks, isSafeHref, parseLightMarkup, richToEditorText, richToHtml, richToPlainText, shownOffset } from './rich-text';

const html = (body: string) => richToHtml(parseLightMarkup(body));
const plain = (body: string) => richToPlainText(parseLightMarkup(body));

describe('light markup', () => {
  it('reads bold, italic, links and bullet lines, keeping line breaks', () => {
    const body = 'Hi **Ana**, *sorry* for the wait.\nTrack it [here](https://example.com/t?a=1&b=2).\n- Refund\n- **Replacement**\nThanks';
    expect(html(body)).toBe(
      '<p>Hi <strong>Ana</strong>, <em>sorry</em> for the wait.<br>Track it <a href="https://example.com/t?a=1&#38;b=2">here</a>.</p>' +
        '<ul><li>Refund</li><li><strong>Replacement</strong></li></ul><p>Thanks</p>',
    );
    expect(plain(body)).toBe('Hi Ana, sorry for the wait.\nTrack it here (https://example.com/t?a=1&b=2).\n• Refund\n• Replacement\nThanks');
    expect(richToEditorText(parseLightMarkup(body))).toBe('Hi Ana, sorry for the wait.\nTrack it here.\nRefund\nReplacement\nThanks');
  });

  it('keeps blank lines and the agent’s spacing', () => {
    expect(plain('One\n\n\nTwo')).toBe('One\n\n\nTwo');
    expect(html('One\n\nTwo')).toBe('<p>One<br><br>Two</p>');
    expect(html('a  b')).toBe('<p>a&nbsp; b</p>');
    expect(html(' x **y**  z')).toBe('<p>&nbsp;x <strong>y</strong>&nbsp; z</p>');
  });

  it('nests bold and italic, and a link label may be bold', () => {
    expect(html('***both*** and [**bold** link](mailto:help@example.com)')).toBe(
      '<p><strong><em>both</em></strong> and <a href="mailto:help@example.com"><strong>bold</strong> link</a></p>',
    );
    expect(plain('write to [us](mailto:help@example.com) or [https://example.com](https://example.com)')).toBe('write to us (help@example.com) or https://example.com');
    expect(plain('call [+1 555 0100](tel:+15550100)')).toBe('call +1 555 0100 (+15550100)');
  });

  it('shows unbalanced and spaced markers as typed', () => {
    expect(plain('2 * 3 * 4 = 24')).toBe('2 * 3 * 4 = 24');
    expect(plain('**not closed and *neither')).toBe('**not closed and *neither');
    expect(plain('****')).toBe('****');
    expect(plain('a ** b ** c')).toBe('a ** b ** c');
    expect(plain('-no space\n- \n-')).toBe('-no space\n- \n-');
    expect(plain('[no address] [empty]() [](https://example.com)')).toBe('[no address] [empty]() [](https://example.com)');
  });

  it('leaves placeholders whole, whatever they hold', () => {
    const blocks = parseLightMarkup('**{{customer.name}}**, {{choice:a*b|c*d}} [{{input:Order [no]}}](https://example.com)');
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        lines: [[{ text: '{{customer.name}}', bold: true }, { text: ', {{choice:a*b|c*d}} [{{input:Order [no]}}](https://example.com)' }]],
      },
    ]);
  });
});

describe('hostile input', () => {
  it('escapes HTML in text, labels and addresses', () => {
    expect(html('<img src=x onerror=alert(1)> & "q" \'s')).toBe('<p>&#60;img src=x onerror=alert(1)&#62; &#38; &#34;q&#34; &#39;s</p>');
    expect(html('[<b>x</b>](https://example.com/?q=&lt;)')).toBe('<p><a href="https://example.com/?q=&#38;lt;">&#60;b&#62;x&#60;/b&#62;</a></p>');
  });

  it('never makes a link of javascript:, data:, http: or relative addresses', () => {
    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'http://example.com', '//example.com', '/x', 'https:', 'vbscript:x', 'https://a"onmouseover=x']) {
      expect(isSafeHref(href)).toBe(false);
      const out = html(`[click](${href})`);
      expect(out).not.toContain('<a');
      expect(out).toContain('[click](');
    }
    expect(isSafeHref('https://example.com/a')).toBe(true);
    expect(isSafeHref('mailto:a@example.com')).toBe(true);
    expect(isSafeHref('tel:+15550100')).toBe(true);
  });

  it('drops an unsafe address that reaches the renderer by another way', () => {
    expect(richToHtml([{ kind: 'paragraph', lines: [[{ text: 'x', href: 'javascript:alert(1)' }]] }])).toBe('<p>x</p>');
  });

  it('takes huge pathological input in one pass (a quadratic reader would not finish within the test timeout)', () => {
    const size = 400_000;
    for (const unit of ['[', '[a](', '[a]', '**a ', '* ', '{{', '[a](https://x', '{{x', '[{{a}}](']) {
      const body = unit.repeat(Math.ceil(size / unit.length));
      expect(plain(body) === body, unit).toBe(true);
    }
    expect(plain('*a'.repeat(size / 2))).toBe('a'.repeat(size / 2));
    const bullets = '- **a** [b](https://example.com)\n'.repeat(20_000);
    expect(parseLightMarkup(bullets)[0]).toMatchObject({ kind: 'list' });
  });
});

describe('clipBlocks', () => {
  it('cuts the text for a preview and keeps the structure', () => {
    const clipped = clipBlocks(parseLightMarkup('**Hello** world\n- one\n- two'), 8);
    expect(richToPlainText(clipped)).toBe('Hello wo…');
  });
});

describe('shownOffset', () => {
  it('maps a caret in the plain text to the same place in the text a rich editor shows', () => {
    const blocks = parseLightMarkup('See [here](https://example.com) now\n- **one**\n- two');
    const plain = richToPlainText(blocks);
    const shown = richToEditorText(blocks);
    for (const word of ['See', 'here', 'now', 'one', 'two']) {
      expect(shown.slice(shownOffset(blocks, plain.indexOf(word))).startsWith(word), word).toBe(true);
    }
    // Inside the address or a bullet: the end of the label, the start of the item.
    expect(shownOffset(blocks, plain.indexOf('example'))).toBe(shown.indexOf(' now'));
    expect(shownOffset(blocks, plain.indexOf('• two') + 1)).toBe(shown.indexOf('two'));
    expect(shownOffset(blocks, plain.length)).toBe(shown.length);
  });
});
