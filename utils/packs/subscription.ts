import * as v from 'valibot';
import { PUBLIC_KEY_PATTERN } from './schema';

/** Plain http is for a pack server on this machine (testing); everything else must be https. */
export function isAllowedPackUrl(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.username || url.password) return false;
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

export const packUrlSchema = v.pipe(
  v.string('the address must be text'),
  v.trim(),
  v.maxLength(2_000, 'the address is longer than 2,000 characters'),
  v.check(isAllowedPackUrl, 'the address must start with https:// (plain http only for localhost)'),
);
export const sha256Schema = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^[0-9a-f]{64}$/, 'a SHA-256 pin is 64 hexadecimal characters'));
export const publicKeySchema = v.pipe(v.string(), v.trim(), v.regex(PUBLIC_KEY_PATTERN, 'a public key looks like ed25519:… or p256:…'));
const intervalHoursSchema = v.pipe(v.number(), v.integer(), v.minValue(1, 'check at most once an hour'), v.maxValue(168, 'check at least once a week'));
/** An agent's own subscription, as the subscribe request and backups both carry it. */
export const subscriptionEntries = {
  url: packUrlSchema,
  intervalHours: intervalHoursSchema,
  sha256: v.optional(sha256Schema),
  publicKey: v.optional(publicKeySchema),
};
