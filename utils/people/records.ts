import * as v from 'valibot';
import type { Customer, KeptPromise, Memory, Visit, Win } from '../db/schema';
import { filledText, idSchema, LIMITS, plainText, temperatureSchema, timeSchema } from '../snippets/schema';

/**
 * The rows Undertone keeps about the people on both sides, one schema each:
 * the same schema checks a request, a row in a backup file and a restore, so
 * whatever is exported imports again.
 */

const conversationKey = plainText('the conversation key', LIMITS.conversationKey);
/** `${adapterId}:${kind}:${value}`, from the identity the console shows (see identity.ts). */
export const customerKeySchema = v.pipe(filledText('the customer key', 400), v.regex(/^[a-z0-9-]{1,40}:(?:id|email|handle):\S/, 'not a customer key'));
const label = plainText('the customer’s name', 256);
const shortText = (what: string) => filledText(what, 2000);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const customerSchema = v.strictObject({ key: customerKeySchema, label, firstSeenAt: timeSchema, lastSeenAt: timeSchema }) satisfies v.GenericSchema<unknown, Customer>;

export const memorySchema = v.strictObject({
  id: idSchema,
  customerKey: customerKeySchema,
  kind: v.picklist(['phrase', 'note'], 'kind must be phrase or note'),
  text: shortText('the remembered text'),
  conversationKey,
  createdAt: timeSchema,
}) satisfies v.GenericSchema<unknown, Memory>;

export const visitSchema = v.strictObject({
  conversationKey,
  customerKey: v.optional(customerKeySchema),
  firstAt: timeSchema,
  lastAt: timeSchema,
  peak: temperatureSchema,
  lastTemperature: temperatureSchema,
  customerMessages: count,
}) satisfies v.GenericSchema<unknown, Visit>;

export const promiseStatusSchema = v.picklist(['open', 'kept', 'dropped'], 'status must be open, kept or dropped');
export const promiseSchema = v.strictObject({
  id: idSchema,
  conversationKey,
  customerKey: v.optional(customerKeySchema),
  customerLabel: v.optional(label),
  messageId: plainText('the message id', 256),
  text: shortText('the promise'),
  dueText: v.optional(plainText('the due words', 200)),
  dueAt: v.optional(timeSchema),
  madeAt: timeSchema,
  status: promiseStatusSchema,
  closedAt: v.optional(timeSchema),
}) satisfies v.GenericSchema<unknown, KeptPromise>;

export const winSchema = v.strictObject({
  id: idSchema,
  conversationKey,
  messageId: plainText('the message id', 256),
  customerLabel: v.optional(label),
  words: shortText('the thanks'),
  text: shortText('the customer’s message'),
  at: timeSchema,
}) satisfies v.GenericSchema<unknown, Win>;

/** What counts as heated, as the breather counts it. */
export const HEATED = 0.6;
