import { checkSignature, sha256Hex } from './signing';
import type { Pack } from './schema';
import { validatePackBytes } from './validate';

/** What a subscription or policy trusts: an exact file (pin), a signer (public key), or both. */
export interface Trust {
  sha256?: string;
  publicKey?: string;
}

export type ReadResult = { ok: true; pack: Pack; raw: unknown; sha256: string } | { ok: false; errors: string[] };

/** Pin, then validation, then signature: the cheapest refusal first. Never throws. */
export async function readPack(bytes: Uint8Array<ArrayBuffer>, trust: Trust = {}): Promise<ReadResult> {
  try {
    const sha256 = await sha256Hex(bytes);
    if (trust.sha256 && trust.sha256.toLowerCase() !== sha256) {
      return { ok: false, errors: [`the pack does not match its SHA-256 pin (expected ${trust.sha256.slice(0, 12)}…, got ${sha256.slice(0, 12)}…)`] };
    }
    const validation = validatePackBytes(bytes);
    if (!validation.ok) return validation;
    if (trust.publicKey) {
      const problem = await checkSignature(validation.raw, trust.publicKey);
      if (problem) return { ok: false, errors: [problem] };
    }
    return { ok: true, pack: validation.pack, raw: validation.raw, sha256 };
  } catch (error) {
    return { ok: false, errors: [`the pack could not be read (${error instanceof Error ? error.message : String(error)})`] };
  }
}
