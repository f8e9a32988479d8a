import * as v from 'valibot';
import type { PackContent } from '../db/pack-content';
import type { StoredPackItem } from '../packs/records';
import type { PacksOverview } from '../db/pack-overview';
import type { FileCheck, ImportResult } from '../db/pack-importer';
import { PACK_LIMITS, type Pack } from '../packs/schema';
import { filledText, idSchema, shortcutSchema } from '../snippets/schema';
import { STARTER_LANGUAGES } from '../packs/starter';
import { publicKeySchema, subscriptionEntries } from '../packs/subscription';
import { defineRequest } from './define';

const key = v.pipe(v.string(), v.minLength(1), v.maxLength(2_100));
const packId = v.pipe(v.string(), v.regex(/^[\w.-]{1,64}$/, 'not a pack id'));
const itemId = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'not an item id'));

const fileInput = v.strictObject({ text: v.pipe(v.string(), v.maxLength(PACK_LIMITS.bytes, 'the file is larger than 5 MB')), publicKey: v.optional(publicKeySchema) });

export const packRequests = {
  'packs.overview': defineRequest<PacksOverview>()(v.strictObject({})),
  /** Read-only, for the coaching engine, draft checks and adapters wherever they run. */
  'packs.content': defineRequest<PackContent>()(v.strictObject({}), 'any-extension-context'),
  'packs.items': defineRequest<StoredPackItem[]>()(v.strictObject({ packId })),
  /** An installed pack as its source last installed it, for a lead to open and edit. */
  'packs.pack': defineRequest<Pack | undefined>()(v.strictObject({ packId })),
  /** Who signed a file and whether it would go in, for the agent to confirm before importing it. Writes nothing. */
  'packs.checkFile': defineRequest<FileCheck>()(fileInput),
  /** The file's text, as read in the options page; the background validates it like any other pack. */
  'packs.importFile': defineRequest<ImportResult>()(fileInput),
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
  /** The built-in starter pack in one language, installed like an imported pack file. */
  'packs.installStarter': defineRequest<ImportResult>()(v.strictObject({ lang: v.picklist(STARTER_LANGUAGES) })),
  'packs.resolveFork': defineRequest<void>()(v.strictObject({ snippetId: idSchema, choice: v.picklist(['keep', 'theirs']) })),
};
