import { describe, expect, it } from 'vitest';
import { fillSnippet } from './fill';
import { richToHtml } from './rich-text';

const NOW = new Date(Date.UTC(2026, 10, 23, 12));

describe('fillSnippet', () => {
  it('leaves a plain snippet’s markers alone: absent format is plain', () => {
    expect(fillSnippet({ body: 'Hi **{{customer.name}}**' }, { 'customer.name': 'Ana' }, {}, NOW)).toEqual({ text: 'Hi **Ana**' });
  });

  it('fills placeholders per span after the markup is read, so console values are text, never markup', () => {
    const filled = fillSnippet(
      { body: 'Hi **{{customer.name}}**, order {{input:Order}}:\n- [track](https://example.com/t)', format: 'light' },
      { 'customer.name': '<img src=x onerror=alert(1)> *not italic* [x](https://evil.example)' },
      { 'input:Order': '**42**' },
      NOW,
    );
    expect(filled.text).toBe('Hi <img src=x onerror=alert(1)> *not italic* [x](https://evil.example), order **42**:\n• track (https://example.com/t)');
    expect(richToHtml(filled.blocks!)).toBe(
      '<p>Hi <strong>&#60;img src=x onerror=alert(1)&#62; *not italic* [x](https://evil.example)</strong>, order **42**:</p><ul><li><a href="https://example.com/t">track</a></li></ul>',
    );
  });

  it('puts {{cursor}} at its place in the plain text, inside formatting too', () => {
    const filled = fillSnippet({ body: '- one\n- **{{cursor}}two**', format: 'light' }, {}, {}, NOW);
    expect(filled.text).toBe('• one\n• two');
    expect(filled.cursor).toBe('• one\n• '.length);
  });

  it('throws like fillTemplate when an answer is missing', () => {
    expect(() => fillSnippet({ body: '*{{input:Order}}*', format: 'light' }, {}, {}, NOW)).toThrow('No value for "Order"');
  });
});
