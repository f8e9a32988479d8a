import { readFileSync } from 'node:fs';
import { generateKeyPair, signPack, type KeyPair, type SignerOptions } from '../../utils/packs/signing';

/** Test packs: the English example, re-versioned and re-signed with a key made for the run. */
export type RawPack = Record<string, unknown> & { id: string; name: string; version: string; snippets: Record<string, unknown>[]; changelog: unknown[] };

export function examplePack(overrides: Partial<RawPack> = {}): RawPack {
  const { signature: _signature, signer: _signer, ...pack } = JSON.parse(readFileSync('packs/undertone-essentials-en.json', 'utf8')) as RawPack;
  return { ...(pack as RawPack), ...overrides };
}

export async function testKey(): Promise<KeyPair> {
  return generateKeyPair('Ed25519');
}

export async function signed(pack: RawPack, key: KeyPair, signer?: SignerOptions): Promise<string> {
  return JSON.stringify(await signPack(pack, key.privateJwk, signer), null, 2);
}

/** A release: new version, one new snippet, a changed greeting, a changelog line. */
export function nextVersion(pack: RawPack, version: string, greeting: string): RawPack {
  const snippets = pack.snippets.map((snippet) => (snippet.id === 'greeting' ? { ...snippet, body: greeting } : snippet));
  return {
    ...pack,
    version,
    snippets: [...snippets, { id: `added-${version.replaceAll('.', '-')}`, title: `New in ${version}`, body: `Added in ${version}.` }],
    changelog: [{ version, changes: [`Greeting reworded for ${version}`] }, ...pack.changelog],
  };
}
