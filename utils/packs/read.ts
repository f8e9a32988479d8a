import { checkProvenance, type Provenance, type Trust } from './provenance';
import { sha256Hex } from './signing';
import type { Pack } from './schema';
import { validatePackBytes } from './validate';

export type { Trust } from './provenance';

export type ReadResult = { ok: true; pack: Pack; raw: unknown; sha256: string; provenance: Provenance } | { ok: false; errors: string[] };

/**
 * Validation, then the SHA-256 pin, then the signature and its key. `trust`
 * may depend on the pack (an imported file's source is named after the pack's
 * id), so it can be given as a lookup. Never throws.
 */
export async function readPack(bytes: Uint8Array<ArrayBuffer>, trustOrLookup: Trust | ((pack: Pack) => Promise<Trust>) = {}): Promise<ReadResult> {
  try {
    const validation = validatePackBytes(bytes);
    if (!validation.ok) return validation;
    const trust = typeof trustOrLookup === 'function' ? await trustOrLookup(validation.pack) : trustOrLookup;
    const sha256 = await sha256Hex(bytes);
    if (trust.sha256 && trust.sha256.toLowerCase() !== sha256) {
      return { ok: false, errors: [`the pack does not match its SHA-256 pin (expected ${trust.sha256.slice(0, 12)}…, got ${sha256.slice(0, 12)}…)`] };
    }
    const checked = await checkProvenance(validation.raw, validation.pack, trust);
    if (!checked.ok) return { ok: false, errors: [checked.error] };
    return { ok: true, pack: validation.pack, raw: validation.raw, sha256, provenance: checked.provenance };
  } catch (error) {
    return { ok: false, errors: [`the pack could not be read (${error instanceof Error ? error.message : String(error)})`] };
  }
}
