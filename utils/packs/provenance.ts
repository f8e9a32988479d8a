import type { Pack } from './schema';
import { checkSignature, fingerprint } from './signing';

/**
 * Who a pack comes from. A source pins one signing key: the key an
 * administrator's policy or the agent gave, or else the key of the first
 * signed copy it received (trust on first use). Later copies must be signed
 * by the pinned key, or by the successor that key announced in a copy it
 * signed; anything else is refused and the last good copy stays.
 */

/** Who chose a source's pinned key. */
export type KeyOrigin = 'policy' | 'agent' | 'first-use';

/** What a subscription or policy trusts: an exact file (pin), a signer (public key), or both. */
export interface Trust {
  sha256?: string;
  publicKey?: string;
  keyFrom?: KeyOrigin;
  /** The successor the pinned key announced; accepted once it signs a copy. Never for a key the policy sets: the administrator rotates those. */
  nextPublicKey?: string;
}

export type Provenance =
  | { signed: false }
  | {
      signed: true;
      publicKey: string;
      fingerprint: string;
      /** The signer's name, as the signed pack gives it (older packs name none). */
      signer?: string;
      /** Signed by the successor the pinned key announced, rather than by the pinned key. */
      rotated: boolean;
    };

export type ProvenanceCheck = { ok: true; provenance: Provenance } | { ok: false; error: string };

/** Checks `raw` (the parsed JSON, which the signature covers) against what `trust` pins. */
export async function checkProvenance(raw: unknown, pack: Pack, trust: Trust): Promise<ProvenanceCheck> {
  const pinned = trust.publicKey;
  const named = pack.signer?.publicKey;
  if (!pack.signature) {
    if (!pinned) return { ok: true, provenance: { signed: false } };
    return { ok: false, error: `the pack is not signed, but this source accepts only packs signed by the key ${await fingerprint(pinned)}` };
  }
  if (!pinned && !named) return { ok: false, error: 'the pack is signed but does not name its public key: enter the key your team lead gave you to check it' };
  const successor = trust.keyFrom === 'policy' ? undefined : trust.nextPublicKey;
  const candidates = pinned ? [pinned, ...(successor && successor !== pinned ? [successor] : [])] : [named!];
  let firstProblem: string | undefined;
  for (const key of candidates) {
    const problem = await checkSignature(raw, key);
    if (!problem) {
      if (named && named !== key) return { ok: false, error: `the pack names the key ${await fingerprint(named)} but was signed by ${await fingerprint(key)}` };
      return { ok: true, provenance: { signed: true, publicKey: key, fingerprint: await fingerprint(key), signer: pack.signer?.name, rotated: key !== pinned && Boolean(pinned) } };
    }
    firstProblem ??= problem;
  }
  if (pinned && named && !candidates.includes(named)) return { ok: false, error: await swappedKey(named, pinned, trust.keyFrom) };
  return { ok: false, error: firstProblem! };
}

async function swappedKey(named: string, pinned: string, keyFrom: KeyOrigin | undefined): Promise<string> {
  const whose = keyFrom === 'policy' ? 'your administrator’s policy trusts' : 'this source trusts';
  return `the pack is signed by another key (${await fingerprint(named)}) than the one ${whose} (${await fingerprint(pinned)}); a new key must be announced in a pack signed by the old one`;
}

/** The trust a source keeps after installing a copy with this provenance: the signing key pinned, the announced successor remembered. */
export function trustAfter(trust: Trust, provenance: Provenance, pack: Pack): Trust {
  if (!provenance.signed) return trust;
  // Sources pinned before keys had an origin were given their key by the agent or the policy; the policy re-marks its own.
  const keyFrom = trust.keyFrom ?? (trust.publicKey ? 'agent' : 'first-use');
  const next = pack.signer?.nextPublicKey;
  return {
    ...(trust.sha256 ? { sha256: trust.sha256 } : {}),
    publicKey: provenance.publicKey,
    keyFrom,
    ...(next && next !== provenance.publicKey ? { nextPublicKey: next } : {}),
  };
}

/** The provenance of an installed copy, from what its source pinned when it was installed. */
export async function provenanceOf(pack: Pack, trust: Trust): Promise<Provenance> {
  if (!pack.signature || !trust.publicKey) return { signed: false };
  return { signed: true, publicKey: trust.publicKey, fingerprint: await fingerprint(trust.publicKey), signer: pack.signer?.name, rotated: false };
}
