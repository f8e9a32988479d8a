/**
 * The bytes a signature covers: a fixed label, then the pack without its
 * `signature`, as JSON with keys sorted and no spaces. Canonical form means a
 * lead may reformat the file without re-signing, and the label keeps a pack
 * signature from ever being mistaken for a signature over anything else.
 */
export const SIGNING_LABEL = 'undertone-pack-v1\n';

export function signingPayload(pack: object): Uint8Array<ArrayBuffer> {
  const { signature: _signature, ...unsigned } = pack as { signature?: unknown };
  return new TextEncoder().encode(SIGNING_LABEL + canonicalJson(unsigned));
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
