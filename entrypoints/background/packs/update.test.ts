import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UndertoneDb } from '@/utils/db/schema';
import type { PackSource } from '@/utils/packs/records';
import { PACK_LIMITS } from '@/utils/packs/schema';
import { fingerprint, generateKeyPair, signPack } from '@/utils/packs/signing';
import { isDue, updateSource } from './update';

/** A real HTTP server on loopback: what it answers is set per test. */
let answer: { status: number; body?: string | Buffer; etag?: string };
const seen: (string | undefined)[] = [];
let server: Server;
let origin: string;
let db: UndertoneDb;

beforeEach(async () => {
  seen.length = 0;
  server = createServer((req, res) => {
    seen.push(req.headers['if-none-match']);
    if (answer.etag && req.headers['if-none-match'] === answer.etag) return void res.writeHead(304, { ETag: answer.etag }).end();
    res.writeHead(answer.status, answer.etag ? { ETag: answer.etag } : {}).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  db = new UndertoneDb(`update-${crypto.randomUUID()}`);
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  db.close();
  await Dexie.delete(db.name);
});

const english = readFileSync('packs/undertone-essentials-en.json', 'utf8');
const exampleKey = readFileSync('packs/undertone-examples.pub', 'utf8').trim();
const subscription = (): PackSource => ({ key: `${origin}/p.json`, origin: 'url', url: `${origin}/p.json`, trust: { publicKey: exampleKey }, locked: false, intervalHours: 6, addedAt: 0 });
const stored = async () => (await db.packs.get(`${origin}/p.json`))!;

describe('updating a subscription', () => {
  it('installs, then revalidates with the stored ETag and gets a 304', async () => {
    answer = { status: 200, body: english, etag: '"v1"' };
    expect(await updateSource(db, subscription(), 1_000)).toMatchObject({ ok: true, changed: true, version: '1.0.0' });
    expect((await stored()).etag).toBe('"v1"');
    expect(await updateSource(db, await stored(), 2_000)).toMatchObject({ ok: true, changed: false });
    expect(seen).toEqual([undefined, '"v1"']);
    expect(await stored()).toMatchObject({ okAt: 2_000, updatedAt: 1_000 });
  });

  it('keeps the last good copy and records why when the host fails, the file is too big or the signature is wrong', async () => {
    answer = { status: 200, body: english, etag: '"v1"' };
    await updateSource(db, subscription(), 1_000);
    const failures: [typeof answer, string][] = [
      [{ status: 500, body: 'oops' }, 'the server answered 500 Internal Server Error'],
      [{ status: 200, body: Buffer.alloc(PACK_LIMITS.bytes + 10, 0x20) }, 'the pack is larger than 5 MB'],
      [{ status: 200, body: english.replace('Greeting', 'Greetings') }, 'the signature does not match: the pack was changed after signing, or signed with another key'],
      [{ status: 200, body: '' }, 'the server sent an empty file'],
    ];
    for (const [failure, reason] of failures) {
      answer = failure;
      expect(await updateSource(db, await stored(), 5_000)).toEqual({ ok: false, errors: [reason] });
      expect(await stored()).toMatchObject({ error: reason, okAt: 1_000, pack: { version: '1.0.0' } });
    }
    expect(await db.packItems.count()).toBe(41);
  });

  it('a first fetch that fails still leaves a subscription showing why', async () => {
    answer = { status: 404, body: 'no' };
    expect(await updateSource(db, subscription(), 1_000)).toEqual({ ok: false, errors: ['the server answered 404 Not Found'] });
    expect(await stored()).toMatchObject({ error: 'the server answered 404 Not Found', checkedAt: 1_000 });
    expect((await stored()).pack).toBeUndefined();
  });

  it('is due once its interval has passed since the last attempt; files never are', () => {
    const source = { ...subscription(), checkedAt: 0 };
    expect(isDue(source, 6 * 3_600_000 - 1)).toBe(false);
    expect(isDue(source, 6 * 3_600_000)).toBe(true);
    expect(isDue({ ...source, origin: 'file' }, Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it('pins the first signed copy’s key, refuses another signer while keeping the last good copy, and follows a rotation the old key announced', async () => {
    const [lead, intruder, next] = [await generateKeyPair(), await generateKeyPair(), await generateKeyPair()];
    const pack = (version: string) => ({ ...(JSON.parse(english) as Record<string, unknown>), version, signature: undefined, signer: undefined });
    const serve = async (version: string, key: typeof lead, nextPublicKey?: string) => {
      answer = { status: 200, body: JSON.stringify(await signPack(pack(version), key.privateJwk, { name: 'Support leads', nextPublicKey })) };
    };
    const unpinned = { ...subscription(), trust: {} };

    await serve('1.0.0', lead);
    expect(await updateSource(db, unpinned, 1_000)).toMatchObject({ ok: true, provenance: { signed: true, signer: 'Support leads', publicKey: lead.publicKey } });
    expect((await stored()).trust).toEqual({ publicKey: lead.publicKey, keyFrom: 'first-use' });

    await serve('1.1.0', intruder);
    const refused = await updateSource(db, await stored(), 2_000);
    expect(refused).toEqual({ ok: false, errors: [expect.stringContaining(`another key (${await fingerprint(intruder.publicKey)})`)] });
    expect(await stored()).toMatchObject({ pack: { version: '1.0.0' }, trust: { publicKey: lead.publicKey }, error: (refused as { errors: string[] }).errors[0] });

    await serve('1.1.0', lead, next.publicKey);
    expect(await updateSource(db, await stored(), 3_000)).toMatchObject({ ok: true, version: '1.1.0' });
    expect((await stored()).trust).toEqual({ publicKey: lead.publicKey, keyFrom: 'first-use', nextPublicKey: next.publicKey });

    await serve('1.2.0', next);
    expect(await updateSource(db, await stored(), 4_000)).toMatchObject({ ok: true, version: '1.2.0', provenance: { rotated: true, publicKey: next.publicKey } });
    expect((await stored()).trust).toEqual({ publicKey: next.publicKey, keyFrom: 'first-use' });

    await serve('1.3.0', lead);
    expect(await updateSource(db, await stored(), 5_000)).toMatchObject({ ok: false });
    expect((await stored()).pack?.version).toBe('1.2.0');
  });
});
