import { describe, expect, it } from 'vitest';
import { fillTemplate, parseTemplate, promptsFor } from './placeholders';

const NOW = new Date(Date.UTC(2026, 10, 23, 12));

describe('placeholders', () => {
  it('fills context values and leaves the rest as text', () => {
    const parts = parseTemplate('Hi {{customer.name}}, I am {{ agent.name }} from {{console}}.');
    expect(promptsFor(parts, { 'customer.name': 'Ana', 'agent.name': 'Li', console: 'Zendesk' })).toEqual([]);
    expect(fillTemplate(parts, { 'customer.name': 'Ana', 'agent.name': 'Li', console: 'Zendesk' }, {}).text).toBe('Hi Ana, I am Li from Zendesk.');
  });

  it('asks for a context value the console did not give, never inserting the raw placeholder', () => {
    const parts = parseTemplate('Hi {{customer.name}}!');
    const prompts = promptsFor(parts, { 'customer.name': '  ' });
    expect(prompts).toEqual([{ id: 'context:customer.name', kind: 'input', label: 'Customer name', context: 'customer.name' }]);
    expect(() => fillTemplate(parts, {}, {})).toThrow('No value for "Customer name"');
    expect(fillTemplate(parts, {}, { 'context:customer.name': 'Bo' }).text).toBe('Hi Bo!');
  });

  it('asks each fill-in and choice once, in order', () => {
    const parts = parseTemplate('Order {{input:Order number}}: we will send a {{choice:refund|replacement}}. Ref {{input:Order number}}.');
    expect(promptsFor(parts, {})).toEqual([
      { id: 'input:Order number', kind: 'input', label: 'Order number' },
      { id: 'choice:refund|replacement', kind: 'choice', label: 'refund / replacement', options: ['refund', 'replacement'] },
    ]);
    const answers = { 'input:Order number': '4021', 'choice:refund|replacement': 'replacement' };
    expect(fillTemplate(parts, {}, answers).text).toBe('Order 4021: we will send a replacement. Ref 4021.');
  });

  it('refuses an answer that is not one of the choices', () => {
    const parts = parseTemplate('{{choice:a|b}}');
    expect(() => fillTemplate(parts, {}, { 'choice:a|b': 'c' })).toThrow('"c" is not one of a, b');
  });

  it('treats an unknown placeholder as a fill-in, not code', () => {
    const parts = parseTemplate('Total: {{ price * 2 }} {{constructor}}');
    expect(promptsFor(parts, {}).map((p) => p.label)).toEqual(['price * 2', 'constructor']);
  });

  it('marks the cursor and formats the date', () => {
    const filled = fillTemplate(parseTemplate('Dear {{cursor}}, today is {{date}}.'), {}, {}, NOW);
    expect(filled.cursor).toBe(5);
    expect(filled.text).toBe(`Dear , today is ${new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(NOW)}.`);
    expect(fillTemplate(parseTemplate('{{date}}'), { date: '2026年11月23日' }, {}).text).toBe('2026年11月23日');
  });

  it('keeps Chinese text, line breaks and stray braces as they are', () => {
    const body = '您好 {{customer.name}}：\n{ 单括号 } 与 {{}} 不是占位符。';
    expect(fillTemplate(parseTemplate(body), { 'customer.name': '王先生' }, {}).text).toBe('您好 王先生：\n{ 单括号 } 与 {{}} 不是占位符。');
  });
});
