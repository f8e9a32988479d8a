import { describe, expect, it } from 'vitest';
import { draftFromSelection } from './from-selection';

describe('save selection as snippet', () => {
  it('titles the snippet with its first line and keeps the line breaks', () => {
    expect(draftFromSelection('  Thanks for waiting!   \r\nYour order ships today.  ')).toEqual({
      draft: { title: 'Thanks for waiting!', body: 'Thanks for waiting!\nYour order ships today.', tags: [], lang: 'any', states: [] },
    });
  });

  it('shortens a long first line', () => {
    const result = draftFromSelection('非常抱歉给您带来不便'.repeat(10));
    expect('draft' in result && result.draft.title).toHaveLength(60);
    expect('draft' in result && result.draft.title.endsWith('…')).toBe(true);
  });

  it('says why a selection cannot be a snippet', () => {
    expect(draftFromSelection('   ')).toEqual({ problem: 'the title is empty' });
    expect(draftFromSelection('Click <a href="x">here</a>')).toEqual({ problem: 'the title contains an HTML tag; snippets and notes are plain text' });
  });
});
