import { describe, expect, it } from 'vitest';
import { builtInAdapters } from './builtin';
import { parseAdapter } from './schema';

// Node has no DOM, like the service worker that validates imported and picked adapters.
describe('the adapter schema without a DOM', () => {
  const valid = { id: 'acme', name: 'Acme', matches: ['https://acme.example/*'], messageList: '.log', message: '.msg', author: {}, composer: 'textarea' };

  it('still rejects unbalanced and dangling selectors, naming the field', () => {
    expect(() => parseAdapter({ ...valid, message: 'div[' })).toThrow(/at message: is not a valid CSS selector/);
    expect(() => parseAdapter({ ...valid, composer: '.a >' })).toThrow(/at composer: is not a valid CSS selector/);
    expect(() => parseAdapter({ ...valid, messageList: 'a:not(.b' })).toThrow(/at messageList/);
    expect(parseAdapter({ ...valid, message: '[data-x="a]b"] > .c:not(.d)' }).message).toBe('[data-x="a]b"] > .c:not(.d)');
  });

  it('accepts every built-in adapter', () => {
    for (const adapter of builtInAdapters) expect(() => parseAdapter(adapter)).not.toThrow();
  });
});
