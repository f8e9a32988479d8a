import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, parseBackup } from './format';
import { MAX_DEPTH } from './json-guard';

const snippet = {
  id: 's1', title: 'Refund', body: 'Your refund is on its way.', tags: ['billing'], lang: 'en', states: [], source: 'personal',
  createdAt: 1, updatedAt: 2, usedCount: 0,
};
const file = (patch: Record<string, unknown> = {}, snippets: unknown[] = [snippet]) =>
  JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: 5, tables: { snippets, notes: [], insertOutcomes: [] }, storage: {}, ...patch });
const withSnippet = (patch: Record<string, unknown>) => file({}, [{ ...snippet, ...patch }]);

describe('reading a backup file', () => {
  it('reads a valid file', () => {
    expect(parseBackup(file()).tables.snippets).toEqual([snippet]);
  });

  it.each([
    ['not JSON', '{"format": ', 'not valid JSON'],
    ['a JSON array', '[]', 'expected a JSON object'],
    ['another format', JSON.stringify({ format: 'briskine' }), 'not an Undertone backup (format is "briskine")'],
    ['a newer version', file({ version: 2 }), 'version 2; this Undertone reads version 1 (update Undertone'],
    ['a version as text', file({ version: '1' }), 'version "1"'],
    ['deep nesting', `{"a":${'['.repeat(MAX_DEPTH + 5)}${']'.repeat(MAX_DEPTH + 5)}}`, `nests deeper than ${MAX_DEPTH} levels at line 1, column`],
    ['a __proto__ key', file({}, [JSON.parse(`{"__proto__": {"admin": true}, ${JSON.stringify(snippet).slice(1)}`)]), 'at tables.snippets[0].__proto__: the key "__proto__" is not allowed'],
    ['a constructor key in storage', file({ storage: { settings: { constructor: { prototype: 1 } } } }), 'at storage.settings.constructor'],
    ['a huge body', withSnippet({ body: 'x'.repeat(20_001) }), 'at tables.snippets[0].body: the body is longer than 20,000 characters'],
    ['a script tag in a body', withSnippet({ body: 'Hi <script>alert(1)</script>' }), 'at tables.snippets[0].body: the body contains an HTML tag'],
    ['an img tag in a title', withSnippet({ title: '<img src=x onerror=alert(1)>' }), 'at tables.snippets[0].title'],
    ['a lone surrogate', withSnippet({ body: 'broken \ud800 text' }), 'invalid Unicode'],
    ['a control character', withSnippet({ body: 'bell\u0007' }), 'at tables.snippets[0].body: the body contains a control character'],
    ['an unknown field', withSnippet({ html: '<b>x</b>' }), 'at tables.snippets[0]'],
    ['a bad language', withSnippet({ lang: 'fr' }), 'at tables.snippets[0].lang: lang must be en, zh-Hans, zh-Hant or any'],
    ['a bad source', withSnippet({ source: 'pack:../../x' }), 'source must be "personal" or "pack:<id>"'],
    ['duplicate ids', file({}, [snippet, snippet]), 'two snippets share an id'],
    ['an unknown storage item', file({ storage: { dockLayouts: {} } }), 'a storage item must be one of'],
    ['a negative time', withSnippet({ updatedAt: -1 }), 'at tables.snippets[0].updatedAt: a time cannot be negative'],
  ])('refuses %s, saying what and where', (_label, text, message) => {
    expect(() => parseBackup(text)).toThrow(message);
  });

  it('accepts text that merely looks like code, and angle brackets that are not tags', () => {
    const body = 'Use {{input:Order number}}; 1 < 2 and a -> b; 退款 “quoted” \u{1F600}';
    expect(parseBackup(withSnippet({ body })).tables.snippets[0]!.body).toBe(body);
  });
});
