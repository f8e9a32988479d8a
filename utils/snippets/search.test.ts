import { describe, expect, it } from 'vitest';
import { createSnippetIndex, type Searchable } from './search';
import { boundedEditDistance, queryTerms } from './text';

const NOW = Date.UTC(2026, 10, 23);
const DAY = 86_400_000;

let next = 0;
function snippet(fields: Partial<Searchable> & { title: string }): Searchable {
  return { id: `s${next++}`, body: '', tags: [], updatedAt: NOW - 100 * DAY, usedCount: 0, ...fields };
}

const titles = (hits: { item: Searchable }[]) => hits.map((hit) => hit.item.title);

describe('snippet search', () => {
  const library = [
    snippet({ title: 'Refund approved', body: 'Your refund is on its way.', tags: ['billing'], shortcut: 'ra' }),
    snippet({ title: 'Apology for the delay', body: 'I am sorry this took so long.', tags: ['delay', 'anger'] }),
    snippet({ title: 'Shipping update', body: 'Your parcel was refunded? No: it ships today.', tags: ['shipping'] }),
    snippet({ title: '退款申请已提交', body: '您的退款申请已经提交，请耐心等待。', tags: ['退款'] }),
    snippet({ title: '物流查询', body: '我们正在为您查询包裹的物流信息。', tags: ['物流'] }),
    snippet({ title: '退貨流程', body: '請將商品寄回，我們收到後會為您辦理退款。', tags: ['繁體'] }),
    snippet({ title: 'Café opening hours', body: 'We open at nine.', tags: [] }),
  ];
  const index = createSnippetIndex(library, NOW);

  it('ranks a title match above a body match', () => {
    expect(titles(index.search('refund')).slice(0, 2)).toEqual(['Refund approved', 'Shipping update']);
  });

  it('finds by exact shortcut first', () => {
    expect(titles(index.search('ra'))[0]).toBe('Refund approved');
  });

  it('finds by tag', () => {
    expect(titles(index.search('anger'))).toEqual(['Apology for the delay']);
  });

  it('requires every term', () => {
    expect(titles(index.search('sorry long'))).toEqual(['Apology for the delay']);
    expect(index.search('sorry parcel')).toEqual([]);
  });

  it('forgives one typo in a Latin word, ranking it below the exact word', () => {
    expect(titles(index.search('apolgy'))).toEqual(['Apology for the delay']);
    expect(index.search('apolgy')[0]!.score).toBeLessThan(index.search('apology')[0]!.score);
    expect(titles(index.search('shpiping'))).toContain('Shipping update');
  });

  it('ignores case, width and accents', () => {
    expect(titles(index.search('CAFE'))).toEqual(['Café opening hours']);
    expect(titles(index.search('ＲＥＦＵＮＤ'))[0]).toBe('Refund approved');
  });

  it('finds Chinese by a word inside a longer run', () => {
    expect(titles(index.search('退款'))).toEqual(['退款申请已提交', '退貨流程']);
  });

  it('segments a Chinese query so its words may appear apart', () => {
    // "申请退款" never appears as one run, but both words are in the first snippet.
    expect(titles(index.search('申请退款'))).toEqual(['退款申请已提交']);
    expect(index.search('申请发票')).toEqual([]);
  });

  it('ranks the whole Chinese run above its words found apart', () => {
    const both = createSnippetIndex([snippet({ title: '申请 然后 退款' }), snippet({ title: '申请退款指南' })], NOW);
    expect(titles(both.search('申请退款'))).toEqual(['申请退款指南', '申请 然后 退款']);
  });

  it('breaks ties by recency and frequency', () => {
    const tied = createSnippetIndex(
      [
        snippet({ title: 'Greeting old', usedCount: 9, lastUsedAt: NOW - 300 * DAY }),
        snippet({ title: 'Greeting frequent', usedCount: 20, lastUsedAt: NOW - DAY }),
        snippet({ title: 'Greeting once', usedCount: 1, lastUsedAt: NOW - DAY }),
      ],
      NOW,
    );
    expect(titles(tied.search('greeting'))).toEqual(['Greeting frequent', 'Greeting once', 'Greeting old']);
    expect(titles(tied.search(''))).toEqual(['Greeting frequent', 'Greeting once', 'Greeting old']);
  });

  it('limits the number of results, keeping the best in order', () => {
    expect(index.search('', 3)).toHaveLength(3);
    const all = titles(index.search('e', Infinity));
    expect(all.length).toBeGreaterThan(3);
    expect(titles(index.search('e', 3))).toEqual(all.slice(0, 3));
  });
});

describe('query terms', () => {
  it('splits Latin words and Chinese runs, marking typo-tolerant words', () => {
    expect(queryTerms('Refund  ab 退款').map((t) => [t.text, t.fuzzy])).toEqual([
      ['refund', true],
      ['ab', false],
      ['退款', false],
    ]);
  });
});

describe('bounded edit distance', () => {
  it.each([
    ['apology', 'apolgy', 1],
    ['shipping', 'shpiping', 1],
    ['kitten', 'sitting', 3],
    ['same', 'same', 0],
  ])('%s ↔ %s', (a, b, distance) => {
    expect(boundedEditDistance(a, b, 3)).toBe(distance);
    expect(boundedEditDistance(a, b, 0)).toBe(distance === 0 ? 0 : 1);
  });
});
