import { describe, expect, it } from 'vitest';
import type { Snippet } from '../db/schema';
import { createPickerModel } from './picker-model';

const snippet = (id: string, title: string, body: string): Snippet => ({
  id, title, body, tags: [], lang: 'any', states: [], source: 'personal', createdAt: 1, updatedAt: 1, usedCount: 0,
});

describe('snippet picker model', () => {
  it('refreshes its in-memory copy only when snippets change', async () => {
    let loads = 0;
    const model = createPickerModel(async () => (loads++, [snippet('a', 'Refund', 'Done.')]));
    model.onDataChanged(['notes']);
    model.onDataChanged(['snippets']);
    await Promise.resolve();
    await Promise.resolve();
    expect(loads).toBe(1);
    expect(model.results.value.map((s) => s.title)).toEqual(['Refund']);
  });

  it('inserts at once when nothing needs asking, and asks for fill-ins otherwise', async () => {
    const model = createPickerModel(async () => []);
    const plain = snippet('a', 'Thanks', 'Thanks, {{agent.name}}!');
    expect(model.choose(plain, { 'agent.name': 'Li' })).toEqual({ text: 'Thanks, Li!' });
    expect(model.filling.value).toBeUndefined();

    const asking = snippet('b', 'Order', 'Order {{input:Order number}}: {{choice:refund|replacement}}{{cursor}}');
    expect(model.choose(asking, {})).toBeUndefined();
    expect(model.missing.value?.label).toBe('Order number');
    expect(model.finish({})).toBeUndefined();
    model.answer('input:Order number', '4021');
    expect(model.missing.value).toBeUndefined();
    expect(model.finish({})).toEqual({ text: 'Order 4021: refund', cursor: 18 });
    expect(model.filling.value).toBeUndefined();
  });

  it('moves the highlight round the results', async () => {
    const model = createPickerModel(async () => [snippet('a', 'One', 'x'), snippet('b', 'Two', 'y')]);
    await model.refresh();
    model.move(-1);
    expect(model.active.value).toBe(1);
    model.move(1);
    expect(model.active.value).toBe(0);
    model.setQuery('two');
    expect(model.results.value.map((s) => s.title)).toEqual(['Two']);
  });
});
