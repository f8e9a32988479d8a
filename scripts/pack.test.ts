import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint } from '@/utils/packs/signing';

const dir = mkdtempSync(join(tmpdir(), 'undertone-pack-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI as a lead runs it: a real process, its output and exit code. */
function pack(...args: string[]) {
  const run = spawnSync('node', ['scripts/run-ts.mjs', 'scripts/pack.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('the pack CLI says who signed a pack', () => {
  it('fingerprints a key given as a file or as text, validates signed and unsigned packs, and refuses another key', async () => {
    expect(pack('keygen', '--out', join(dir, 'lead')).code).toBe(0);
    const publicKey = readFileSync(join(dir, 'lead.pub'), 'utf8').trim();
    const print = await fingerprint(publicKey);
    expect(pack('fingerprint', join(dir, 'lead.pub')).out.trim()).toBe(print);
    expect(pack('fingerprint', publicKey).out.trim()).toBe(print);

    const file = join(dir, 'team.json');
    const { signature: _signature, signer: _signer, ...unsigned } = JSON.parse(readFileSync('packs/undertone-essentials-en.json', 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify(unsigned));
    expect(pack('validate', file).out).toContain('is valid; UNSIGNED: nothing shows who wrote it');

    const signed = pack('sign', file, '--key', join(dir, 'lead.private.jwk'), '--signer', 'Support leads');
    expect(signed.out).toContain(`signed by Support leads with Ed25519, key fingerprint ${print}`);
    expect(pack('validate', file).out).toContain(`is valid; signed by Support leads, key fingerprint ${print}`);
    expect(pack('validate', file, '--public-key', join(dir, 'lead.pub')).code).toBe(0);

    expect(pack('keygen', '--out', join(dir, 'other')).code).toBe(0);
    const refused = pack('validate', file, '--public-key', join(dir, 'other.pub'));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`the pack is signed by another key (${print})`);
  });
});
