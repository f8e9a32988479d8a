import * as v from 'valibot';
import { consoleAdapterSchema } from '../adapters/schema';
import { isWholePhrasing } from '../coaching/phrasings';
import { filledText, formatSchema, langSchema, plainText, shortcutSchema, statesSchema, tagsSchema } from '../snippets/schema';
import { formatCount } from '../validation';

/**
 * The team pack format: one JSON document of pure data. This schema is the
 * single source of truth; packs/pack.schema.json is generated from it
 * (`npm run pack -- schema`) for authors and their editors. Nothing here is
 * ever evaluated or rendered as HTML: the Web Store forbids interpreting
 * remotely fetched logic, and pack text reaches agents as plain text only.
 */

export const PACK_LIMITS = { bytes: 5 * 1024 * 1024, items: 20_000, changelog: 200 } as const;
export const PACK_SCHEMA_VERSION = 1;

/** Plain words for the three ways an object goes wrong: not an object, a field missing, a field unknown. */
const objectMessage: v.ErrorMessage<v.StrictObjectIssue> = (issue) =>
  issue.received === 'undefined'
    ? 'this field is required'
    : issue.expected === 'never'
      ? 'this field is not part of the pack format (packs hold data only, in fixed fields)'
      : `${issue.path ? '' : 'the pack '}must be an object, not ${issue.received}`;
const record = <T extends v.ObjectEntries>(entries: T) => v.strictObject(entries, objectMessage);

const itemId = v.pipe(v.string('an item id must be text'), v.regex(/^[\w-]{1,64}$/, 'an item id must be 1–64 letters, digits, - or _'));
const list = <T extends v.GenericSchema>(item: T, what: string) =>
  v.pipe(v.array(item, `${what} must be a list`), v.maxLength(PACK_LIMITS.items, `${what} has more than ${formatCount(PACK_LIMITS.items)} items`));

export const packIdSchema = v.pipe(
  v.string('id must be text'),
  v.maxLength(64, 'id is longer than 64 characters'),
  v.regex(/^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/, 'id must be reverse-DNS style, such as com.example.support'),
);
export const semverSchema = v.pipe(
  v.string('version must be text'),
  v.regex(/^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(-[0-9A-Za-z.-]{1,40})?$/, 'version must be semantic, such as 1.2.0'),
);
const isoDate = v.pipe(v.string('publishedAt must be text'), v.isoTimestamp('publishedAt must be an ISO date and time, such as 2026-11-23T09:00:00Z'));
/** The values the format allows where it fixes them: the validator checks them and the authoring forms offer exactly these. */
export const PACK_CHOICES = {
  state: ['anger', 'distress', 'confusion', 'urgency', 'repeat_contact', 'churn_threat', 'crisis'],
  lang: ['en', 'zh-Hans', 'zh-Hant'],
  stage: ['acknowledge', 'solve'],
  need: ['outcome', 'stakes', 'deadline', 'tried', 'reflect'],
  lineKind: ['suicide', 'domestic-abuse', 'emergency-text', 'emergency'],
} as const;
const customerState = v.picklist(PACK_CHOICES.state, 'state must be one of anger, distress, confusion, urgency, repeat_contact, churn_threat, crisis');
/** `ed25519:` or `p256:` and the key's base64; the length is checked when the key is used. */
export const PUBLIC_KEY_PATTERN = /^(ed25519|p256):[A-Za-z0-9+/=]{40,120}$/;
const packLang = v.picklist(PACK_CHOICES.lang, 'lang must be en, zh-Hans or zh-Hant');

export const packSnippetSchema = record({
  id: itemId,
  title: filledText('the title', 200),
  body: filledText('the body', 20_000),
  format: v.optional(formatSchema),
  tags: v.optional(tagsSchema),
  lang: v.optional(langSchema),
  states: v.optional(statesSchema),
  shortcut: v.optional(shortcutSchema),
});
export const coachingPhrasingSchema = record({
  id: itemId,
  state: customerState,
  stage: v.picklist(PACK_CHOICES.stage, 'stage must be acknowledge or solve'),
  lang: packLang,
  text: v.pipe(
    filledText('the phrasing', 1_000),
    v.check(isWholePhrasing, 'a phrasing must be a whole sentence the agent can send as it stands (ending in . ! ? 。 ！ or ？), with no …… blank, hanging colon or {{fill-in}}'),
  ),
});
export const needQuestionSchema = record({
  id: itemId,
  need: v.picklist(PACK_CHOICES.need, 'need must be outcome, stakes, deadline, tried or reflect'),
  lang: packLang,
  question: filledText('the question', 500),
});
export const draftCheckSchema = record({
  id: itemId,
  lang: packLang,
  /** A literal phrase, matched case-insensitively; never a pattern or an expression. */
  avoid: filledText('the phrase to avoid', 200),
  suggest: filledText('the suggestion', 500),
  reason: v.optional(plainText('the reason', 500)),
});
export const hotlineSchema = record({
  id: itemId,
  /** ISO 3166 region, such as US, CN, TW or HK. */
  region: v.pipe(v.string('region must be text'), v.regex(/^[A-Z]{2}$/, 'region must be a two-letter code such as US')),
  name: filledText('the hotline name', 200),
  number: v.pipe(filledText('the number', 40), v.regex(/^[\d+()\s-]+$/, 'the number may hold only digits, spaces, +, - and brackets')),
  note: v.optional(plainText('the note', 300)),
  /** What the line is for, as in the built-in region files; `emergency` gives the region's emergency number. A line without a kind is a suicide and crisis line. */
  kind: v.optional(v.picklist(PACK_CHOICES.lineKind, 'kind must be suicide, domestic-abuse, emergency-text or emergency')),
  nameEn: v.optional(plainText('the English name', 300)),
  hours: v.optional(plainText('the hours', 100)),
  /** The line takes text messages. */
  text: v.optional(v.boolean('text must be true or false')),
  /** Where the team read the number, and when. */
  source: v.optional(v.pipe(v.string('source must be text'), v.url('source must be a URL'), v.maxLength(500))),
  checked: v.optional(v.pipe(v.string('checked must be text'), v.isoDate('checked must be YYYY-MM-DD'))),
});
const changelogEntry = record({
  version: semverSchema,
  date: v.optional(v.pipe(v.string(), v.isoDate('date must be YYYY-MM-DD'))),
  changes: v.pipe(v.array(filledText('a change', 500), 'changes must be a list'), v.maxLength(100, 'at most 100 changes per version')),
});
export const signatureSchema = record({
  algorithm: v.picklist(['Ed25519', 'ECDSA-P256'], 'algorithm must be Ed25519 or ECDSA-P256'),
  /** Base64 of the raw signature (64 bytes for both algorithms). */
  value: v.pipe(v.string('value must be text'), v.regex(/^[A-Za-z0-9+/]{86}==$/, 'value must be a base64 signature of 64 bytes')),
});

/**
 * Who signed the pack, inside the signed bytes: the name agents see, the key
 * that signed it (pinned on first use), and optionally the key that will sign
 * the next versions (a rotation the lead announces with the old key).
 */
export const signerSchema = record({
  name: filledText('the signer name', 200),
  publicKey: v.pipe(v.string('publicKey must be text'), v.regex(PUBLIC_KEY_PATTERN, 'publicKey must look like ed25519:… or p256:…')),
  nextPublicKey: v.optional(v.pipe(v.string('nextPublicKey must be text'), v.regex(PUBLIC_KEY_PATTERN, 'nextPublicKey must look like ed25519:… or p256:…'))),
});

/** The kinds of item a pack may carry, with the schema of each: a table, so diff, store and docs all walk the same list. */
export const itemKinds = {
  snippets: packSnippetSchema,
  coaching: coachingPhrasingSchema,
  needQuestions: needQuestionSchema,
  draftChecks: draftCheckSchema,
  adapters: consoleAdapterSchema,
  hotlines: hotlineSchema,
} as const;
export type ItemKind = keyof typeof itemKinds;
export const ITEM_KINDS = Object.keys(itemKinds) as ItemKind[];

export const packSchema = record({
  $schema: v.optional(v.pipe(v.string(), v.maxLength(300))),
  schemaVersion: v.literal(PACK_SCHEMA_VERSION, `schemaVersion must be ${PACK_SCHEMA_VERSION}`),
  id: packIdSchema,
  name: filledText('the name', 100),
  description: plainText('the description', 2_000),
  version: semverSchema,
  publishedAt: isoDate,
  author: filledText('the author', 200),
  changelog: v.pipe(v.array(changelogEntry, 'changelog must be a list'), v.maxLength(PACK_LIMITS.changelog, `at most ${PACK_LIMITS.changelog} changelog entries`)),
  locales: v.pipe(v.array(packLang, 'locales must be a list'), v.minLength(1, 'locales needs at least one language'), v.maxLength(3)),
  snippets: v.optional(list(packSnippetSchema, 'snippets')),
  coaching: v.optional(list(coachingPhrasingSchema, 'coaching')),
  needQuestions: v.optional(list(needQuestionSchema, 'needQuestions')),
  draftChecks: v.optional(list(draftCheckSchema, 'draftChecks')),
  adapters: v.optional(list(consoleAdapterSchema, 'adapters')),
  hotlines: v.optional(list(hotlineSchema, 'hotlines')),
  signer: v.optional(signerSchema),
  signature: v.optional(signatureSchema),
});

export type Pack = v.InferOutput<typeof packSchema>;
export type PackSnippet = v.InferOutput<typeof packSnippetSchema>;
export type PackSignature = v.InferOutput<typeof signatureSchema>;
export type PackSigner = v.InferOutput<typeof signerSchema>;
