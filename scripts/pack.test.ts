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

  it('init writes an empty valid pack; add puts in every kind of item through the same validator, refusing a bad or duplicate one', () => {
    const file = join(dir, 'scripted.json');
    expect(pack('init', '--id', 'com.example.scripted', '--name', 'Scripted', '--author', 'Leads', '--locale', 'en', '--locale', 'zh-Hans', '--out', file).code).toBe(0);
    const items: [string, object][] = [
      ['snippets', { id: 'hi', title: 'Greeting', body: 'Hello!' }],
      ['coaching', { id: 'ack', state: 'anger', stage: 'acknowledge', lang: 'en', text: 'I can hear how annoying this has been.' }],
      ['needQuestions', { id: 'when', need: 'deadline', lang: 'en', question: 'By when do you need it?' }],
      ['draftChecks', { id: 'policy', lang: 'en', avoid: 'our policy', suggest: 'Here is what I can do.' }],
      ['hotlines', { id: 'us', region: 'US', name: '988 Lifeline', number: '988' }],
    ];
    for (const [kind, item] of items) expect(pack('add', file, '--kind', kind, '--item', JSON.stringify(item)).code, kind).toBe(0);
    const refusedMarkup = pack('add', file, '--kind', 'snippets', '--item', JSON.stringify({ id: 'x', title: 'X', body: '<b>hi</b>' }));
    expect(refusedMarkup.code).toBe(1);
    expect(refusedMarkup.err).toContain('at snippets[1].body: the body contains an HTML tag');
    expect(pack('add', file, '--kind', 'coaching', '--item', JSON.stringify(items[1]![1])).err).toContain('coaching already has an item "ack"');
    expect(pack('add', file, '--kind', 'coaching', '--replace', '--item', JSON.stringify({ ...items[1]![1], text: 'That sounds maddening.' })).code).toBe(0);
    const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { id: string; text?: string }[]>;
    expect(Object.fromEntries(items.map(([kind]) => [kind, written[kind]!.length]))).toEqual({ snippets: 1, coaching: 1, needQuestions: 1, draftChecks: 1, hotlines: 1 });
    expect(written.coaching![0]!.text).toBe('That sounds maddening.');
    expect(pack('validate', file).out).toContain('com.example.scripted 1.0.0 is valid; UNSIGNED');
  });
});
