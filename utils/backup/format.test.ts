import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInAdapters } from '../adapters/builtin';
import { BACKUP_FORMAT, parseBackup } from './format';
import { MAX_DEPTH } from './json-guard';

const snippet = {
  id: 's1', title: 'Refund', body: 'Your refund is on its way.', tags: ['billing'], lang: 'en', states: [], source: 'personal',
  createdAt: 1, updatedAt: 2, usedCount: 0,
};
const file = (patch: Record<string, unknown> = {}, snippets: unknown[] = [snippet], more: Record<string, unknown> = {}) =>
  JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: 5, tables: { snippets, notes: [], insertOutcomes: [], ...more }, storage: {}, ...patch });
const subscription = { origin: 'url', url: 'https://packs.example.com/team.json', intervalHours: 24, addedAt: 1, packId: 'com.example.team' };
const adapter = { id: 'my-desk', name: 'My desk', matches: ['https://desk.example.com/*'], messageList: '.log', message: '.msg', author: {}, composer: 'textarea' };
const fork = { snippetId: 's1', packId: 'com.example.team', itemKey: 'snippets:greeting', baseVersion: '1.0.0', baseHash: '0123456789abcdef' };
const enPack = JSON.parse(readFileSync('packs/undertone-essentials-en.json', 'utf8')) as Record<string, unknown>;
const filePack = (pack: unknown) => ({ origin: 'file', addedAt: 1, installedSha256: 'b'.repeat(64), pack });
const withSnippet = (patch: Record<string, unknown>) => file({}, [{ ...snippet, ...patch }]);

describe('reading a backup file', () => {
  it('reads a valid file', () => {
    expect(parseBackup(file()).tables.snippets).toEqual([snippet]);
  });

  it.each([
    ['not JSON', '{"format": ', 'not valid JSON'],
    ['a JSON array', '[]', 'expected a JSON object'],
    ['another format', JSON.stringify({ format: 'briskine' }), 'not an Undertone backup (format is "briskine")'],
    ['a newer version', file({ version: 3 }), 'version 3; this Undertone reads versions 1 to 2 (update Undertone'],
    ['a table this version does not know', file({}, [snippet], { futureThings: [] }), 'at tables.futureThings: this version of Undertone has no such data (is the backup from a newer version?)'],
    ['a part this version does not know', file({ themes: [] }), 'at themes: this version of Undertone has no such data'],
    ['a subscription over plain http', file({ packSubscriptions: [{ ...subscription, url: 'http://packs.example.com/p.json' }] }), 'at packSubscriptions[0].url: the address must start with https://'],
    ['a subscription with a bad pin', file({ packSubscriptions: [{ ...subscription, sha256: 'abc' }] }), 'at packSubscriptions[0].sha256: a SHA-256 pin is 64 hexadecimal characters'],
    ['a subscription checked every minute', file({ packSubscriptions: [{ ...subscription, intervalHours: 0 }] }), 'at packSubscriptions[0].intervalHours: check at most once an hour'],
    ['a locked subscription (only policy locks)', file({ packSubscriptions: [{ ...subscription, locked: true }] }), 'at packSubscriptions[0].locked'],
    ['an unknown origin', file({ packSubscriptions: [{ ...subscription, origin: 'policy' }] }), 'a pack subscription has origin "url" or "file"'],
    ['a file pack with HTML in a snippet', file({ packSubscriptions: [filePack({ ...enPack, snippets: [{ id: 'x', title: 'X', body: '<img src=x onerror=alert(1)>' }] })] }), 'at packSubscriptions[0].pack: the pack is not valid: at snippets[0].body: the body contains an HTML tag'],
    ['a file pack with duplicate items', file({ packSubscriptions: [filePack({ ...enPack, snippets: [{ id: 'x', title: 'X', body: 'a' }, { id: 'x', title: 'Y', body: 'b' }] })] }), 'at snippets[1].id: "x" is already used by snippets[0]'],
    ['two subscriptions to one address', file({ packSubscriptions: [subscription, { ...subscription, packId: undefined }] }), 'two pack subscriptions have the same address or pack'],
    ['an adapter with a broken selector', file({ customAdapters: [{ ...adapter, composer: 'div[' }] }), 'at customAdapters[0].composer: is not a valid CSS selector'],
    ['too many adapters', file({ customAdapters: Array.from({ length: 51 }, (_, i) => ({ ...adapter, id: `my-${i}` })) }), 'at customAdapters'],
    ['a pack snippet without its subscription', withSnippet({ source: 'pack:com.example.gone' }), 'at tables.snippets[0].source: pack:com.example.gone is not among the backup\'s pack subscriptions'],
    ['a fork of a snippet not in the file', file({}, [snippet], { packForks: [{ ...fork, snippetId: 'nobody' }] }), 'at tables.packForks[0].snippetId: no personal snippet nobody in the backup'],
    ['a fork whose upstream item is not of its kind', file({}, [snippet], { packForks: [{ ...fork, upstream: { state: 'changed', version: '1.1.0', data: { id: 'greeting', script: 'x' } } }] }), 'the upstream item does not fit its kind'],
    ['a fork of an unknown kind', file({}, [snippet], { packForks: [{ ...fork, itemKey: 'macros:x' }] }), 'an item key is <kind>:<item id>'],
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
    ['a format that is not plain or light', withSnippet({ format: 'html' }), 'at tables.snippets[0].format: format must be plain or light'],
    ['a bad language', withSnippet({ lang: 'fr' }), 'at tables.snippets[0].lang: lang must be en, zh-Hans, zh-Hant or any'],
    ['a bad source', withSnippet({ source: 'pack:../../x' }), 'source must be "personal" or "pack:<id>"'],
    ['duplicate ids', file({}, [snippet, snippet]), 'two snippets share an id'],
    ['an unknown storage item', file({ storage: { dockLayouts: {} } }), 'a storage item must be one of'],
    ['a negative time', withSnippet({ updatedAt: -1 }), 'at tables.snippets[0].updatedAt: a time cannot be negative'],
  ])('refuses %s, saying what and where', (_label, text, message) => {
    expect(() => parseBackup(text)).toThrow(message);
  });

  it('refuses a custom adapter posing as a built-in one', () => {
    expect(() => parseBackup(file({ customAdapters: [{ ...adapter, id: 'zendesk' }] }), new Set(builtInAdapters.map((a) => a.id)))).toThrow(
      'at customAdapters[0].id: "zendesk" belongs to a built-in adapter',
    );
  });

  it('reads subscriptions, a file pack, forks and adapters', () => {
    const backup = parseBackup(file({ packSubscriptions: [subscription, filePack(enPack)], customAdapters: [adapter] }, [snippet, { ...snippet, id: 'm', source: 'pack:com.example.team' }], { packForks: [fork] }));
    expect(backup.packSubscriptions.map((s) => s.origin)).toEqual(['url', 'file']);
    expect(backup.customAdapters).toEqual([adapter]);
    expect(backup.tables.packForks).toEqual([fork]);
  });

  it('accepts text that merely looks like code, and angle brackets that are not tags', () => {
    const body = 'Use {{input:Order number}}; 1 < 2 and a -> b; 退款 “quoted” \u{1F600}';
    expect(parseBackup(withSnippet({ body })).tables.snippets[0]!.body).toBe(body);
  });
});
