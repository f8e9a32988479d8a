// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInAdapters } from './builtin';
import { consoleMatchPatterns } from './match-patterns';
import { consoleMatchPatterns as nodeMatchPatterns } from './match-patterns.node';
import { adapterMatches, matchesPattern } from './match-url';
import { parseAdapter } from './schema';

const files = readdirSync('utils/adapters/consoles').filter((file) => file.endsWith('.json'));
/** The console address a fixture declares for e2e/adapters/consoles.spec.ts, which runs one test per adapter file. */
const declaredUrl = (fixture: string) => /<meta name="undertone-fixture" data-url="([^"]+)"/.exec(readFileSync(fixture, 'utf8'))?.[1];
/** Cells of the first column of every markdown table row in a file. */
const firstCells = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split('|')[1]?.trim() ?? '');

describe('built-in console adapters', () => {
  it('are collected from every file in consoles/, each valid against the shared schema', () => {
    expect(builtInAdapters.map((a) => `${a.id}.json`).sort()).toEqual(files.sort());
    for (const adapter of builtInAdapters) expect(() => parseAdapter(adapter, `adapter ${adapter.id}`)).not.toThrow();
    expect(new Set(builtInAdapters.map((a) => a.id)).size).toBe(builtInAdapters.length);
  });

  it('give the manifest exactly the union of their match patterns, in Vite and in Node alike', () => {
    const union = new Set(builtInAdapters.flatMap((a) => a.matches));
    expect(new Set(consoleMatchPatterns)).toEqual(union);
    expect(new Set(nodeMatchPatterns)).toEqual(union);
  });

  it.each(builtInAdapters.map((a) => [a.id, a] as const))('%s has a fixture, an e2e test, a docs row and a README row', (id, adapter) => {
    const fixture = id === 'demo' ? 'demo/index.html' : `e2e/fixtures/consoles/${id}.html`;
    expect(existsSync(fixture), `${fixture} is missing`).toBe(true);
    // The demo console is exercised by the dock and sidebar specs; every other console at the address its fixture declares.
    if (id === 'demo') expect(readFileSync('e2e/dock.spec.ts', 'utf8')).toContain(adapter.name);
    else expect(adapterMatches(adapter, declaredUrl(fixture) ?? ''), `${fixture} declares no address the ${id} adapter matches`).toBe(true);
    expect(firstCells('docs/consoles.md'), `docs/consoles.md has no row for ${adapter.name}`).toContain(adapter.name);
    expect(firstCells('README.md'), `README.md has no row for ${adapter.name}`).toContain(adapter.name);
  });

  it('each state where their selectors come from, and say so when no public evidence exists', () => {
    for (const adapter of builtInAdapters) expect(adapter.evidence, adapter.id).toMatch(/^(Public: |No public|No current public|Undertone's own).{40,}/);
  });
});

describe('the adapter schema', () => {
  const valid = { id: 'acme', name: 'Acme', matches: ['https://acme.example/*'], messageList: '.log', message: '.msg', author: {}, composer: 'textarea' };

  it('accepts a minimal adapter and names the field of every problem', () => {
    expect(parseAdapter(valid).id).toBe('acme');
    expect(() => parseAdapter({ ...valid, message: 'div[' })).toThrow(/at message: is not a valid CSS selector/);
    expect(() => parseAdapter({ ...valid, matches: ['acme.example'] })).toThrow(/at matches\[0\]: is not a match pattern/);
    expect(() => parseAdapter({ ...valid, id: 'Bad Id' })).toThrow(/at id:/);
    expect(() => parseAdapter({ ...valid, conversationIdPattern: '(' })).toThrow(/at conversationIdPattern: is not a regular expression/);
    expect(() => parseAdapter({ ...valid, author: { fallback: 'guess' } })).toThrow(/at author\.fallback/);
    expect(() => parseAdapter({ ...valid, script: 'alert(1)' })).toThrow(/script/);
    const selectedConversation = { selector: 'li[aria-selected="true"]', attribute: 'data-chat-id', pattern: '^chat-(.+)$' };
    expect(parseAdapter({ ...valid, selectedConversation }).selectedConversation).toEqual(selectedConversation);
    expect(() => parseAdapter({ ...valid, selectedConversation: { ...selectedConversation, pattern: '(' } })).toThrow(/at selectedConversation\.pattern: is not a regular expression/);
    expect(() => parseAdapter({ ...valid, selectedConversation: { ...selectedConversation, attribute: 'a b' } })).toThrow(/at selectedConversation\.attribute/);
    expect(() => parseAdapter({ ...valid, selectedConversation: { attribute: 'id' } })).toThrow(/selectedConversation/);
  });
});

describe('match patterns', () => {
  it('match hosts, subdomains, paths and any port as manifests do', () => {
    expect(matchesPattern('https://*.zendesk.com/*', 'https://acme.zendesk.com/agent/tickets/1')).toBe(true);
    expect(matchesPattern('https://*.zendesk.com/*', 'https://zendesk.com/')).toBe(true);
    expect(matchesPattern('https://*.zendesk.com/*', 'https://evilzendesk.com/')).toBe(false);
    expect(matchesPattern('https://*.zendesk.com/*', 'http://acme.zendesk.com/')).toBe(false);
    expect(matchesPattern('http://localhost/*', 'http://localhost:5173/x')).toBe(true);
    expect(matchesPattern('https://app.intercom.com/a/*', 'https://app.intercom.com/b')).toBe(false);
    expect(adapterMatches({ matches: ['not a pattern'] }, 'https://x.test/')).toBe(false);
  });
});
