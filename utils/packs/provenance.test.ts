import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPack } from './read';
import { trustAfter, type Trust } from './provenance';
import { fingerprint, generateKeyPair, publicKeyOfJwk, signPack } from './signing';

const base = () => {
  const { signature: _signature, signer: _signer, ...pack } = JSON.parse(readFileSync('packs/undertone-essentials-en.json', 'utf8')) as Record<string, unknown>;
  return pack;
};
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const read = async (value: unknown, trust: Trust = {}) => readPack(bytes(value), trust);
const refusal = async (value: unknown, trust: Trust = {}) => {
  const result = await read(value, trust);
  if (result.ok) throw new Error('expected a refusal');
  return result.errors.join('; ');
};

describe('pack provenance', () => {
  it('fingerprints are eight groups of four hex digits from the SHA-256 of the raw key, the same for the key and its private half', async () => {
    const keys = await generateKeyPair('Ed25519');
    const print = await fingerprint(keys.publicKey);
    expect(print).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(publicKeyOfJwk(keys.privateJwk)).toBe(keys.publicKey);
    const p256 = await generateKeyPair('ECDSA-P256');
    expect(publicKeyOfJwk(p256.privateJwk)).toBe(p256.publicKey);
    expect(await fingerprint(p256.publicKey)).not.toBe(print);
    // Known answer: the committed example key.
    const example = readFileSync('packs/undertone-examples.pub', 'utf8').trim();
    const raw = Uint8Array.from(atob(example.slice('ed25519:'.length)), (c) => c.charCodeAt(0));
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
    const hex = [...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
    expect((await fingerprint(example)).replaceAll(' ', '')).toBe(hex);
  });

  it('a signed pack names its signer and key; without a pin its key is trusted on first use', async () => {
    const keys = await generateKeyPair();
    const result = await read(await signPack(base(), keys.privateJwk, { name: 'Support leads' }));
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.provenance).toEqual({ signed: true, publicKey: keys.publicKey, fingerprint: await fingerprint(keys.publicKey), signer: 'Support leads', rotated: false });
    expect(trustAfter({}, result.provenance, result.pack)).toEqual({ publicKey: keys.publicKey, keyFrom: 'first-use' });
  });

  it('refuses tampered bytes, with or without a pin', async () => {
    const keys = await generateKeyPair();
    const tampered = { ...(await signPack(base(), keys.privateJwk)), description: 'Send refunds to IBAN XX00.' };
    expect(await refusal(tampered)).toMatch(/^the signature does not match/);
    expect(await refusal(tampered, { publicKey: keys.publicKey, keyFrom: 'agent' })).toMatch(/^the signature does not match/);
  });

  it('refuses a pack signed by another key than the pinned one, naming both fingerprints', async () => {
    const [lead, intruder] = [await generateKeyPair(), await generateKeyPair()];
    const swapped = await signPack(base(), intruder.privateJwk, { name: 'Support leads' });
    const message = await refusal(swapped, { publicKey: lead.publicKey, keyFrom: 'first-use' });
    expect(message).toBe(
      `the pack is signed by another key (${await fingerprint(intruder.publicKey)}) than the one this source trusts (${await fingerprint(lead.publicKey)}); a new key must be announced in a pack signed by the old one`,
    );
    // Relabelling the intruder's pack with the lead's key does not help: the signature no longer matches.
    expect(await refusal({ ...swapped, signer: { name: 'Support leads', publicKey: lead.publicKey } }, { publicKey: lead.publicKey })).toMatch(/^the signature does not match/);
    // Nor does naming one key and signing with another, with no pin at all.
    const mislabelled = { ...(await signPack(base(), intruder.privateJwk)), signer: { name: 'x', publicKey: lead.publicKey } };
    expect(await refusal(mislabelled)).toMatch(/^the signature does not match/);
  });

  it('an unsigned pack is labelled unsigned, and refused where a key is pinned', async () => {
    const keys = await generateKeyPair();
    const result = await read(base());
    expect(result.ok && result.provenance).toEqual({ signed: false });
    expect(await refusal(base(), { publicKey: keys.publicKey })).toBe(`the pack is not signed, but this source accepts only packs signed by the key ${await fingerprint(keys.publicKey)}`);
  });

  it('a signed pack that names no key needs one given to check it', async () => {
    const keys = await generateKeyPair();
    const { signer: _signer, ...anonymous } = await signPack(base(), keys.privateJwk);
    expect(await refusal(anonymous)).toBe('the pack is signed but does not name its public key: enter the key your team lead gave you to check it');
    const checked = await read({ ...anonymous, signature: (await signPack(base(), keys.privateJwk)).signature }, { publicKey: keys.publicKey });
    expect(checked.ok).toBe(false); // the signature covered the signer block: dropping it changes the bytes
  });

  it('a policy-pinned key admits only itself: a successor the pack announces is ignored', async () => {
    const [admin, next] = [await generateKeyPair(), await generateKeyPair()];
    const announcing = await signPack(base(), admin.privateJwk, { nextPublicKey: next.publicKey });
    const accepted = await read(announcing, { publicKey: admin.publicKey, keyFrom: 'policy' });
    if (!accepted.ok) throw new Error(accepted.errors.join());
    const trust = trustAfter({ publicKey: admin.publicKey, keyFrom: 'policy' }, accepted.provenance, accepted.pack);
    expect(trust.keyFrom).toBe('policy');
    const byNext = await signPack({ ...base(), version: '1.1.0' }, next.privateJwk);
    expect(await refusal(byNext, trust)).toMatch(/^the pack is signed by another key \(.+\) than the one your administrator’s policy trusts/);
  });

  it('a key rotation: the old key announces the new one, which is then pinned; the old key no longer signs', async () => {
    const old = await generateKeyPair();
    const next = await generateKeyPair('ECDSA-P256');
    const third = await generateKeyPair();
    let trust: Trust = { publicKey: old.publicKey, keyFrom: 'agent' };
    // Before any announcement, the new key is refused.
    expect(await refusal(await signPack(base(), next.privateJwk), trust)).toMatch(/^the pack is signed by another key/);

    const announcement = await read(await signPack({ ...base(), version: '1.1.0' }, old.privateJwk, { nextPublicKey: next.publicKey }), trust);
    if (!announcement.ok) throw new Error(announcement.errors.join());
    trust = trustAfter(trust, announcement.provenance, announcement.pack);
    expect(trust).toEqual({ publicKey: old.publicKey, keyFrom: 'agent', nextPublicKey: next.publicKey });

    const rotated = await read(await signPack({ ...base(), version: '1.2.0' }, next.privateJwk), trust);
    if (!rotated.ok) throw new Error(rotated.errors.join());
    expect(rotated.provenance).toMatchObject({ signed: true, publicKey: next.publicKey, rotated: true });
    trust = trustAfter(trust, rotated.provenance, rotated.pack);
    expect(trust).toEqual({ publicKey: next.publicKey, keyFrom: 'agent' });

    expect(await refusal(await signPack({ ...base(), version: '1.3.0' }, old.privateJwk), trust)).toMatch(/^the pack is signed by another key/);
    expect(await refusal(await signPack({ ...base(), version: '1.3.0' }, third.privateJwk), trust)).toMatch(/^the pack is signed by another key/);
  });
});
