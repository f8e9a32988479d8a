import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UndertoneDb } from './schema';
import { importPack } from './pack-importer';
import { validatePackValue } from '../packs/validate';

/** A small valid pack to break in many ways; already installed, so an accepted mutation must still be newer. */
const base = {
  schemaVersion: 1,
  id: 'com.example.fuzz',
  name: 'Fuzz',
  description: 'A pack to break',
  version: '1.0.0',
  publishedAt: '2026-11-23T09:00:00Z',
  author: 'Test',
  changelog: [{ version: '1.0.0', changes: ['First'] }],
  locales: ['en'],
  snippets: [
    { id: 'a', title: 'A', body: 'Body A', shortcut: ';a' },
    { id: 'b', title: 'B', body: 'Body B', tags: ['x'], states: ['anger'] },
  ],
  coaching: [{ id: 'c', state: 'anger', stage: 'acknowledge', lang: 'en', text: 'I hear you.' }],
  draftChecks: [{ id: 'd', lang: 'en', avoid: 'calm down', suggest: 'I understand.' }],
  hotlines: [{ id: 'h', region: 'US', name: 'Line', number: '988' }],
};

type Json = unknown;
/** Every path to a value inside `value`, so a mutation can aim anywhere. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, item]) => paths(item, [...prefix, k]))];
  return [prefix];
}
function setAt(root: Json, path: (string | number)[], replace: (old: Json) => Json | undefined): Json {
  if (path.length === 0) return replace(root);
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    // An earlier mutation may have replaced this branch with a primitive: nothing left to aim at.
    if (!node || typeof node !== 'object') return copy;
    node = node[key] as Record<string | number, Json>;
  }
  if (!node || typeof node !== 'object') return copy;
  const last = path.at(-1)!;
  const next = replace(node[last]);
  if (next === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = next;
  return copy;
}

const allPaths = paths(base);
const hostileText = fc.constantFrom('', '   ', '<script>alert(1)</script>', '\u0000', '\ud800', 'x'.repeat(30_000), '__proto__', '1.0', 'constructor');
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...allPaths), value: fc.oneof(fc.jsonValue(), hostileText) }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...allPaths.filter((p) => p.length > 0)) }),
  fc.record({ kind: fc.constant('extra' as const), path: fc.constantFrom(...allPaths), key: fc.oneof(fc.string(), fc.constant('__proto__')), value: fc.jsonValue() }),
);
/** One to four mutations, then serialised; sometimes truncated or wrapped in junk bytes. */
const malformedPack = fc
  .record({
    mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
    cut: fc.option(fc.nat(), { freq: 4 }),
    junk: fc.option(fc.uint8Array({ minLength: 1, maxLength: 64 }), { freq: 6 }),
  })
  .map(({ mutations, cut, junk }) => {
    let pack: Json = base;
    for (const m of mutations) {
      if (m.kind === 'replace') pack = setAt(pack, m.path, () => m.value);
      else if (m.kind === 'delete') pack = setAt(pack, m.path, () => undefined);
      else pack = setAt(pack, m.path, (old) => (old && typeof old === 'object' && !Array.isArray(old) ? Object.defineProperty({ ...old }, m.key, { value: m.value, enumerable: true }) : old));
    }
    let bytes = new TextEncoder().encode(JSON.stringify(pack) ?? 'undefined');
    if (cut !== null) bytes = bytes.slice(0, cut % (bytes.length + 1));
    if (junk !== null) bytes = new Uint8Array([...bytes, ...junk]);
    return bytes;
  });

describe('fuzzing the validator and importer', () => {
  let db: UndertoneDb;
  beforeAll(async () => {
    db = new UndertoneDb(`fuzz-${crypto.randomUUID()}`);
    const seeded = await importPack(db, new TextEncoder().encode(JSON.stringify(base)));
    expect(seeded.ok).toBe(true);
  });
  afterAll(async () => {
    db.close();
    await Dexie.delete(db.name);
  });
  const snapshot = async () => ({
    packs: await db.packs.toArray(),
    items: await db.packItems.toArray(),
    forks: await db.packForks.toArray(),
    snippets: await db.snippets.toArray(),
  });

  it('1,500 malformed packs: no exception escapes, every refusal explains itself and writes nothing', async () => {
    let refused = 0;
    let before = await snapshot();
    await fc.assert(
      fc.asyncProperty(malformedPack, async (bytes) => {
        const result = await importPack(db, bytes);
        if (result.ok) {
          before = await snapshot();
          return;
        }
        refused++;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) expect(typeof error === 'string' && error.length > 0).toBe(true);
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: 1500 },
    );
    expect(refused).toBeGreaterThanOrEqual(1000);
  }, 120_000);

  it('any JSON value at all gets an answer, never an exception', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = validatePackValue(value);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
