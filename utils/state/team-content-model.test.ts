import { describe, expect, it } from 'vitest';
import type { Snippet } from '../db/schema';
import { createTeamContentModel } from './team-content-model';

const snippet = (body: string, format?: Snippet['format']): Snippet => ({
  id: body.length.toString(),
  title: 'Calm',
  body,
  ...(format ? { format } : {}),
  tags: [],
  lang: 'en',
  states: ['anger'],
  source: 'personal',
  createdAt: 0,
  updatedAt: 0,
  usedCount: 0,
});

describe('team content: snippets as coaching phrasings', () => {
  it('offers a formatted snippet in its plain form and a plain one as written', () => {
    const model = createTeamContentModel(() => [snippet('I am **so** sorry.\n- a refund', 'light'), snippet('Plain **stays**')]);
    expect(model.phrasings.value.map((p) => p.text)).toEqual(['I am so sorry.\n• a refund', 'Plain **stays**']);
  });
});
