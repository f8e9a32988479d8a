import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS } from './schema';
import { compareVersions, validatePackBytes, validatePackText, validatePackValue } from './validate';

const examples = ['packs/undertone-essentials-en.json', 'packs/undertone-essentials-zh-hans.json'];
const english = () => JSON.parse(readFileSync(examples[0]!, 'utf8')) as Record<string, unknown> & { snippets: Record<string, unknown>[] };
const errorsOf = (value: unknown) => {
  const result = validatePackValue(value);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
};

describe('pack validation', () => {
  it.each(examples)('accepts the example pack %s', (path) => {
    const result = validatePackText(readFileSync(path, 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('names the JSON path and the problem in plain words', () => {
    const pack = english();
    pack.snippets[3]!.title = '   ';
    delete pack.version;
    pack.snippets[5]!.colour = 'red';
    const errors = errorsOf(pack);
    expect(errors).toContain('at snippets[3].title: the title is empty');
    expect(errors.some((e) => e.startsWith('at version:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('at snippets[5].colour:'))).toBe(true);
  });

  it('refuses markup, duplicate ids and duplicate shortcuts, naming both places', () => {
    const pack = english();
    pack.snippets[0]!.body = 'Hello <img src=x onerror=alert(1)>';
    pack.snippets[2]!.id = pack.snippets[1]!.id;
    pack.snippets[4]!.shortcut = ';HI';
    expect(errorsOf(pack)).toEqual(['at snippets[0].body: the body contains an HTML tag; snippets and notes are plain text']);
    pack.snippets[0]!.body = 'Hello';
    expect(errorsOf(pack)).toEqual([
      'at snippets[2].id: "ask-order" is already used by snippets[1]',
      'at snippets[4].shortcut: ";hi" is already the shortcut of snippets[0]',
    ]);
  });

  it('enforces the size and item limits', () => {
    const huge = new Uint8Array(PACK_LIMITS.bytes + 1).fill(0x20);
    expect(validatePackBytes(huge)).toEqual({ ok: false, errors: ['the pack is 5.0 MB; the limit is 5 MB'] });
    const pack = english();
    const body = { title: 'T', body: 'B' };
    pack.snippets = Array.from({ length: 15_000 }, (_, i) => ({ id: `s${i}`, ...body }));
    pack.coaching = Array.from({ length: 6_000 }, (_, i) => ({ id: `c${i}`, state: 'anger', stage: 'solve', lang: 'en', text: 'I hear you.' }));
    expect(errorsOf(pack)).toEqual(['the pack holds 21,015 items; the limit is 20,000']);
  });

  it('says when the bytes are not UTF-8 or not JSON', () => {
    expect(validatePackBytes(new Uint8Array([0xff, 0xfe, 0x7b]))).toEqual({ ok: false, errors: ['the pack is not UTF-8 text'] });
    const result = validatePackText('{"schemaVersion": 1,');
    expect(result.ok ? '' : result.errors[0]).toMatch(/^the pack is not valid JSON \(/);
  });

  it('orders semantic versions', () => {
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0-beta.1', '2.0.0')).toBeLessThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
  });
});
