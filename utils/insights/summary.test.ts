import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures';
import { mergeSummaries, readSummary, SUMMARY_NOTICE, summaryOf } from './summary';

const PACK = 'com.example.team';
const figures = figuresOf([
  { kind: 'suggestion', itemId: 'coaching:ack', packId: PACK, packVersion: '1.1.0', itemKey: 'coaching:ack', label: 'I hear you.', temperatureBefore: 0.9, temperaturesAfter: [0.5, 0.3] },
  { kind: 'suggestion', itemId: 'coaching:ack', packId: PACK, packVersion: '1.0.0', itemKey: 'coaching:ack', temperatureBefore: 0.7, temperaturesAfter: [] },
  { kind: 'snippet', itemId: 'personal-1', label: 'My private line', temperatureBefore: 0.5, temperaturesAfter: [0.2] },
  { kind: 'suggestion', itemId: 'builtin:anger:acknowledge:0123456789abcdef', label: 'Built in', temperatureBefore: 0.5, temperaturesAfter: [0.2] },
]);

describe('anonymous insight summaries', () => {
  it('carry pack items only, as counts, with a notice and day-precision dates: no labels, no conversations, no text', () => {
    const summary = summaryOf(figures, Date.UTC(2026, 10, 3, 17, 5), Date.UTC(2026, 11, 3, 17, 5));
    expect(summary).toEqual({
      format: 'undertone-insight-summary',
      version: 1,
      notice: SUMMARY_NOTICE,
      from: '2026-11-03',
      to: '2026-12-03',
      items: [{ packId: PACK, itemKey: 'coaching:ack', versions: ['1.0.0', '1.1.0'], uses: 2, changes: [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }],
    });
    const text = JSON.stringify(summary);
    for (const secret of ['I hear you.', 'My private line', 'personal-1', 'builtin', 'Built in']) expect(text).not.toContain(secret);
  });

  it('read back exactly, and the same content is the same summary', () => {
    const text = JSON.stringify(summaryOf(figures, 0, 86_400_000));
    const first = readSummary(text);
    const again = readSummary(JSON.stringify(JSON.parse(text), null, 2));
    expect(first.ok && again.ok && first.id === again.id).toBe(true);
  });

  it.each([
    ['not JSON', '{"format":', /^the file is not valid JSON/],
    ['another format', JSON.stringify({ format: 'undertone-backup', version: 2 }), /not an Undertone insight summary/],
    ['an unknown field (message text)', JSON.stringify({ ...summaryOf(figures, 0, 1), messages: ['hi'] }), /^at messages:/],
    ['an item field it may not hold', JSON.stringify({ ...summaryOf(figures, 0, 1), items: [{ ...summaryOf(figures, 0, 1).items[0], conversationKey: 'zendesk:1' }] }), /^at items\[0\]\.conversationKey:/],
    ['more answers than uses', JSON.stringify({ ...summaryOf(figures, 0, 1), items: [{ ...summaryOf(figures, 0, 1).items[0], uses: 0 }] }), /more answered uses than uses/],
    ['a short histogram', JSON.stringify({ ...summaryOf(figures, 0, 1), items: [{ ...summaryOf(figures, 0, 1).items[0], changes: [1] }] }), /changes must hold 21 counts/],
  ])('refuses %s with a clear message', (_what, text, message) => {
    const result = readSummary(text);
    expect(result.ok ? '' : result.error).toMatch(message);
  });

  it('merge several agents’ counts per pack item, counting the agents', () => {
    const one = summaryOf(figures, 0, 1);
    const other = { ...one, items: [{ ...one.items[0]!, versions: ['1.2.0'], uses: 3, changes: one.items[0]!.changes.map((n, i) => (i === 14 ? 2 : n)) }] };
    const [team] = mergeSummaries([one, other]);
    expect(team).toMatchObject({ packId: PACK, itemKey: 'coaching:ack', agents: 2, uses: 5, versions: ['1.0.0', '1.1.0', '1.2.0'] });
    expect(team!.changes[5]).toBe(2);
    expect(team!.changes[14]).toBe(2);
  });
});
