import { signingPayload } from './canonical';
import type { PackSignature, PackSigner } from './schema';

/**
 * Pack signatures through WebCrypto, the same code in the extension and in
 * Node. Ed25519 is the default; ECDSA P-256 serves browsers without Ed25519
 * (Firefox ESR before 129, Chrome before 137). A public key is written
 * `ed25519:<base64 raw key>` or `p256:<base64 raw uncompressed point>`, so the
 * key alone decides the algorithm and a pack cannot choose a weaker one.
 */

export type SigningAlgorithm = PackSignature['algorithm'];

const params = {
  Ed25519: { generate: { name: 'Ed25519' }, import: { name: 'Ed25519' }, sign: { name: 'Ed25519' }, prefix: 'ed25519', rawLength: 32 },
  'ECDSA-P256': {
    generate: { name: 'ECDSA', namedCurve: 'P-256' },
    import: { name: 'ECDSA', namedCurve: 'P-256' },
    sign: { name: 'ECDSA', hash: 'SHA-256' },
    prefix: 'p256',
    rawLength: 65,
  },
} as const;

export interface KeyPair {
  algorithm: SigningAlgorithm;
  /** `ed25519:…` or `p256:…`: goes into the subscription or the policy. */
  publicKey: string;
  /** JWK of the private key: goes to a file the lead keeps safe, never synced. */
  privateJwk: JsonWebKey;
}

export async function generateKeyPair(algorithm: SigningAlgorithm = 'Ed25519'): Promise<KeyPair> {
  const spec = params[algorithm];
  const pair = (await crypto.subtle.generateKey(spec.generate, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { algorithm, publicKey: `${spec.prefix}:${toBase64(raw)}`, privateJwk: await crypto.subtle.exportKey('jwk', pair.privateKey) };
}

/** Who signs, as the pack says it: inside the signed bytes, so nobody can relabel a signed pack. */
export interface SignerOptions {
  /** The signer's name shown to agents; the pack's author when absent. */
  name?: string;
  /** A key rotation: the key that will sign this pack's later versions. */
  nextPublicKey?: string;
}

/**
 * Returns the pack (as parsed JSON) with its `signer` (name and public key,
 * so an agent can see and pin who signed it) and a fresh `signature`.
 */
export async function signPack<T extends object>(
  pack: T,
  privateJwk: JsonWebKey,
  signer: SignerOptions = {},
): Promise<T & { signer: PackSigner; signature: PackSignature }> {
  const algorithm = algorithmOfJwk(privateJwk);
  const key = await crypto.subtle.importKey('jwk', privateJwk, params[algorithm].import, false, ['sign']);
  const author = (pack as { author?: unknown }).author;
  const name = signer.name ?? (typeof author === 'string' && author.trim() ? author : 'unnamed signer');
  const named = {
    ...pack,
    signer: { name, publicKey: publicKeyOfJwk(privateJwk), ...(signer.nextPublicKey ? { nextPublicKey: signer.nextPublicKey.trim() } : {}) },
  };
  const signature = new Uint8Array(await crypto.subtle.sign(params[algorithm].sign, key, signingPayload(named)));
  return { ...named, signature: { algorithm, value: toBase64(signature) } };
}

/** The public half of a private JWK, written as subscriptions and policies take it. */
export function publicKeyOfJwk(jwk: JsonWebKey): string {
  const algorithm = algorithmOfJwk(jwk);
  if (algorithm === 'Ed25519') return `ed25519:${toBase64(fromBase64Url(jwk.x ?? ''))}`;
  const point = new Uint8Array([4, ...fromBase64Url(jwk.x ?? ''), ...fromBase64Url(jwk.y ?? '')]);
  return `p256:${toBase64(point)}`;
}

/**
 * A key's fingerprint: the first 16 bytes of the SHA-256 of its raw bytes, as
 * eight groups of four hex digits ("3F2A 91C0 …"). Short enough to read out
 * over the phone and compare by eye, long enough that nobody can make a key
 * to match one.
 */
export async function fingerprint(publicKey: string): Promise<string> {
  const parsed = parsePublicKey(publicKey);
  if (typeof parsed === 'string') throw new Error(parsed);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', parsed.raw)).slice(0, 16);
  const hex = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('').toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

/** Resolves to undefined when the signature holds, or to the reason it does not. */
export async function checkSignature(raw: unknown, publicKey: string): Promise<string | undefined> {
  const parsedKey = parsePublicKey(publicKey);
  if (typeof parsedKey === 'string') return parsedKey;
  const signature = (raw as { signature?: PackSignature } | null)?.signature;
  if (!signature) return 'the pack is not signed, but its subscription requires a signature';
  if (signature.algorithm !== parsedKey.algorithm) return `the pack is signed with ${signature.algorithm}, but the key is ${parsedKey.algorithm}`;
  try {
    const spec = params[parsedKey.algorithm];
    const key = await crypto.subtle.importKey('raw', parsedKey.raw, spec.import, false, ['verify']);
    const valid = await crypto.subtle.verify(spec.sign, key, fromBase64(signature.value), signingPayload(raw as object));
    return valid ? undefined : 'the signature does not match: the pack was changed after signing, or signed with another key';
  } catch (error) {
    return `the signature could not be checked (${error instanceof Error ? error.message : 'unknown error'})`;
  }
}

export function parsePublicKey(publicKey: string): { algorithm: SigningAlgorithm; raw: Uint8Array<ArrayBuffer> } | string {
  const [prefix, data = ''] = publicKey.trim().split(':');
  const algorithm = (Object.keys(params) as SigningAlgorithm[]).find((name) => params[name].prefix === prefix);
  if (!algorithm) return 'the public key must start with ed25519: or p256:';
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = fromBase64(data);
  } catch {
    return 'the public key is not base64';
  }
  if (raw.byteLength !== params[algorithm].rawLength) return `an ${algorithm} public key is ${params[algorithm].rawLength} bytes, this one is ${raw.byteLength}`;
  return { algorithm, raw };
}

function algorithmOfJwk(jwk: JsonWebKey): SigningAlgorithm {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && jwk.d) return 'Ed25519';
  if (jwk.kty === 'EC' && jwk.crv === 'P-256' && jwk.d) return 'ECDSA-P256';
  throw new Error('the private key file is not an Ed25519 or P-256 private key (JWK)');
}

/** SHA-256 of the exact bytes, lower-case hex: the form a policy pin takes. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replaceAll('-', '+').replaceAll('_', '/');
  return fromBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
