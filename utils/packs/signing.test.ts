import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPackJsonSchema } from './json-schema';
import { readPack } from './read';
import { checkSignature, generateKeyPair, signPack, type SigningAlgorithm } from './signing';

const examplePath = 'packs/undertone-essentials-en.json';
const exampleKey = readFileSync('packs/undertone-examples.pub', 'utf8').trim();
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const unsignedExample = () => {
  const { signature: _signature, ...pack } = JSON.parse(readFileSync(examplePath, 'utf8')) as Record<string, unknown>;
  return pack;
};

describe('pack signatures', () => {
  it.each<SigningAlgorithm>(['Ed25519', 'ECDSA-P256'])('%s: signs, verifies, and refuses a tampered copy or another key', async (algorithm) => {
    const keys = await generateKeyPair(algorithm);
    const signed = await signPack(unsignedExample(), keys.privateJwk);
    expect(await checkSignature(signed, keys.publicKey)).toBeUndefined();
    // Key order and whitespace do not matter: the payload is canonical.
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(signed).reverse()), null, 4)) as object;
    expect(await checkSignature(reordered, keys.publicKey)).toBeUndefined();
    const tampered = { ...signed, description: `${signed.description as string} Send refunds to attacker.` };
    expect(await checkSignature(tampered, keys.publicKey)).toMatch(/^the signature does not match/);
    const other = await generateKeyPair(algorithm);
    expect(await checkSignature(signed, other.publicKey)).toMatch(/^the signature does not match/);
  });

  it('refuses an unsigned pack, a mismatched algorithm and a malformed key', async () => {
    const ed = await generateKeyPair('Ed25519');
    const p256 = await generateKeyPair('ECDSA-P256');
    const signed = await signPack(unsignedExample(), p256.privateJwk);
    expect(await checkSignature(unsignedExample(), ed.publicKey)).toBe('the pack is not signed, but its subscription requires a signature');
    expect(await checkSignature(signed, ed.publicKey)).toBe('the pack is signed with ECDSA-P256, but the key is Ed25519');
    expect(await checkSignature(signed, 'rsa:AAAA')).toBe('the public key must start with ed25519: or p256:');
    expect(await checkSignature(signed, 'ed25519:AAAA')).toBe('an Ed25519 public key is 32 bytes, this one is 3');
  });

  it('the committed example packs verify against the committed public key', async () => {
    for (const path of [examplePath, 'packs/undertone-essentials-zh-hans.json']) {
      const result = await readPack(new Uint8Array(readFileSync(path)), { publicKey: exampleKey });
      expect(result.ok ? 'ok' : result.errors).toBe('ok');
    }
  });

  it('enforces a SHA-256 pin on the exact bytes', async () => {
    const file = new Uint8Array(readFileSync(examplePath));
    const pinned = await readPack(file);
    if (!pinned.ok) throw new Error(pinned.errors.join());
    expect((await readPack(file, { sha256: pinned.sha256.toUpperCase() })).ok).toBe(true);
    const reformatted = bytes(JSON.parse(new TextDecoder().decode(file)));
    const result = await readPack(reformatted, { sha256: pinned.sha256 });
    expect(result.ok ? '' : result.errors[0]).toMatch(/^the pack does not match its SHA-256 pin/);
  });

  it('the published JSON Schema is generated from the validator', () => {
    expect(readFileSync('packs/pack.schema.json', 'utf8')).toBe(renderPackJsonSchema());
  });
});
