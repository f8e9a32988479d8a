import * as v from 'valibot';
import type { CustomerHistory, RememberedCustomer, ShiftSummary } from '../db/people';
import type { KeptPromise, Memory, Visit, Win } from '../db/schema';
import { customerKeySchema } from '../people/records';
import { filledText, LIMITS, plainText, temperatureSchema, timeSchema } from '../snippets/schema';
import { defineRequest } from './define';

const conversationKey = plainText('the conversation key', LIMITS.conversationKey);
const id = v.pipe(v.string(), v.minLength(1, 'id is empty'), v.maxLength(64, 'id is longer than 64 characters'));
const messageId = filledText('the message id', 256);
const label = plainText('the customer’s name', 256);
const customer = v.strictObject({ key: customerKeySchema, label });

export const peopleRequests = {
  /** A conversation on screen or a customer message in it: its heat for the shift summary, and the customer for their history. */
  'people.visit': defineRequest<Visit | null>()(v.strictObject({ conversationKey, at: timeSchema, temperature: v.optional(temperatureSchema), customer: v.optional(customer) })),
  /** A returning customer's earlier conversations (with their notes) and what the agent remembered of them. */
  'people.customer': defineRequest<CustomerHistory>()(v.strictObject({ customerKey: customerKeySchema, conversationKey })),
  'people.remember': defineRequest<Memory>()(
    v.strictObject({ customerKey: customerKeySchema, conversationKey, kind: v.picklist(['phrase', 'note']), text: v.pipe(filledText('the remembered text', 2000), v.trim()) }),
  ),
  'people.forgetMemory': defineRequest<void>()(v.strictObject({ id })),
  /** For the options page: every customer memory holds, with what it holds of them. */
  'people.customers': defineRequest<RememberedCustomer[]>()(v.strictObject({})),
  'people.forgetCustomer': defineRequest<void>()(v.strictObject({ customerKey: customerKeySchema })),
  /** Customer memory turned off: everything it kept is deleted. */
  'people.forgetCustomers': defineRequest<void>()(v.strictObject({})),
  'people.promise': defineRequest<KeptPromise>()(
    v.strictObject({
      conversationKey,
      customer: v.optional(customer),
      messageId,
      text: filledText('the promise', 2000),
      dueText: v.optional(plainText('the due words', 200)),
      dueAt: v.optional(timeSchema),
      madeAt: timeSchema,
    }),
  ),
  /** Open promises of a conversation and of its customer's other conversations. */
  'people.promisesFor': defineRequest<KeptPromise[]>()(v.strictObject({ conversationKey, customerKey: v.optional(customerKeySchema) })),
  'people.openPromises': defineRequest<KeptPromise[]>()(v.strictObject({})),
  'people.closePromise': defineRequest<KeptPromise>()(v.strictObject({ id, status: v.picklist(['kept', 'dropped']), at: timeSchema })),
  'people.win': defineRequest<Win | null>()(
    v.strictObject({ conversationKey, messageId, customerLabel: v.optional(label), words: filledText('the thanks', 2000), text: filledText('the customer’s message', 2000), at: timeSchema }),
  ),
  'people.summary': defineRequest<ShiftSummary>()(v.strictObject({ since: timeSchema })),
};
