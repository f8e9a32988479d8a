import * as v from 'valibot';

/**
 * One region's emergency number and crisis lines, as researched and checked
 * (regions/<CC>.json). Every number carries the page it was read on and the
 * date it was checked: a wrong number in a crisis is worse than none, so an
 * entry without its source does not load.
 */

const filled = (what: string, max: number) => v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} is empty`), v.maxLength(max, `${what} is longer than ${max} characters`));
export const phoneNumberSchema = v.pipe(filled('the number', 40), v.regex(/^\+?[\d\s()-]+$/, 'the number may hold only digits, spaces, +, - and brackets'));
export const sourceUrlSchema = v.pipe(v.string('source must be text'), v.url('source must be a URL'), v.regex(/^https?:\/\//, 'source must be an http(s) URL'));
export const checkedDateSchema = v.pipe(v.string('checked must be text'), v.isoDate('checked must be a date, YYYY-MM-DD'));
export const regionCodeSchema = v.pipe(v.string('region must be text'), v.regex(/^[A-Z]{2}$/, 'region must be a two-letter code such as FR'));

export const lineKinds = ['suicide', 'domestic-abuse', 'emergency-text'] as const;
export type LineKind = (typeof lineKinds)[number];

const sourced = { source: sourceUrlSchema, checked: checkedDateSchema };

/** `hours` and `cost` as the source words them; a line whose source states no hours is still listed, marked so on the card. */
const line = <K extends LineKind>(kind: K) =>
  v.strictObject({
    kind: v.literal(kind),
    name: filled('the name', 200),
    nameEn: v.optional(filled('the English name', 300)),
    number: phoneNumberSchema,
    hours: v.optional(filled('the hours', 100)),
    cost: v.optional(filled('the cost', 200)),
    text: v.optional(v.boolean()),
    ...sourced,
  });
export const crisisLineSchema = v.variant('kind', [line('suicide'), line('domestic-abuse'), line('emergency-text')]);
export type CrisisLine = v.InferOutput<typeof crisisLineSchema>;

export const emergencySchema = v.strictObject({
  number: phoneNumberSchema,
  others: v.optional(v.array(v.strictObject({ number: phoneNumberSchema, label: filled('the label', 200), source: v.optional(sourceUrlSchema) }))),
  ...sourced,
});
export type Emergency = v.InferOutput<typeof emergencySchema>;

export const regionFileSchema = v.pipe(
  v.strictObject({
    region: regionCodeSchema,
    name: v.strictObject({ en: filled('the English name', 100), 'zh-Hans': filled('the 简体 name', 100), 'zh-Hant': filled('the 繁體 name', 100) }),
    emergency: emergencySchema,
    lines: v.pipe(v.array(crisisLineSchema), v.minLength(1, 'a region needs at least one line')),
    gaps: v.array(v.string()),
  }),
  v.check((region) => region.lines.some((line) => line.kind === 'suicide'), 'a region needs at least one suicide or emotional-crisis line'),
);
export type RegionFile = v.InferOutput<typeof regionFileSchema>;
