import * as v from 'valibot';
import type { PackContent } from '../db/pack-content';
import type { StoredPackItem } from '../packs/records';
import type { PacksOverview } from '../db/pack-overview';
import type { ImportResult } from '../db/pack-importer';
import { PACK_LIMITS } from '../packs/schema';
import { filledText, idSchema, shortcutSchema } from '../snippets/schema';
import { defineRequest } from './define';

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
export const publicKeySchema = v.pipe(v.string(), v.trim(), v.regex(/^(ed25519|p256):[A-Za-z0-9+/=]{40,120}$/, 'a public key looks like ed25519:… or p256:…'));
const intervalHoursSchema = v.pipe(v.number(), v.integer(), v.minValue(1, 'check at most once an hour'), v.maxValue(168, 'check at least once a week'));
/** An agent's own subscription, as the subscribe request and backups both carry it. */
export const subscriptionEntries = {
  url: packUrlSchema,
  intervalHours: intervalHoursSchema,
  sha256: v.optional(sha256Schema),
  publicKey: v.optional(publicKeySchema),
};
const key = v.pipe(v.string(), v.minLength(1), v.maxLength(2_100));
const packId = v.pipe(v.string(), v.regex(/^[\w.-]{1,64}$/, 'not a pack id'));
const itemId = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'not an item id'));

export const packRequests = {
  'packs.overview': defineRequest<PacksOverview>()(v.strictObject({})),
  /** Read-only, for the coaching engine, draft checks and adapters wherever they run. */
  'packs.content': defineRequest<PackContent>()(v.strictObject({}), 'any-extension-context'),
  'packs.items': defineRequest<StoredPackItem[]>()(v.strictObject({ packId })),
  /** The file's text, as read in the options page; the background validates it like any other pack. */
  'packs.importFile': defineRequest<ImportResult>()(
    v.strictObject({ text: v.pipe(v.string(), v.maxLength(PACK_LIMITS.bytes, 'the file is larger than 5 MB')), publicKey: v.optional(publicKeySchema) }),
  ),
  'packs.subscribe': defineRequest<ImportResult>()(
    v.strictObject(subscriptionEntries),
  ),
  'packs.updateNow': defineRequest<ImportResult>()(v.strictObject({ key })),
  'packs.remove': defineRequest<void>()(v.strictObject({ key })),
  'packs.fork': defineRequest<string>()(
    v.strictObject({
      packId,
      itemId,
      edit: v.strictObject({
        title: v.optional(filledText('the title', 200)),
        body: v.optional(filledText('the body', 20_000)),
        shortcut: v.optional(shortcutSchema),
      }),
    }),
  ),
  'packs.resolveFork': defineRequest<void>()(v.strictObject({ snippetId: idSchema, choice: v.picklist(['keep', 'theirs']) })),
};
