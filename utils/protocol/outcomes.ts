import * as v from 'valibot';
import type { InsightsView } from '../db/insights';
import { LIMITS, plainText, temperatureSchema, timeSchema } from '../snippets/schema';
import { defineRequest } from './define';

const conversationKey = plainText('the conversation key', LIMITS.conversationKey);

export const outcomeRequests = {
  /** The sidebar reports each customer message's temperature so open outcomes can record it. */
  'outcomes.customerTemperature': defineRequest<number>()(
    v.strictObject({ conversationKey, temperature: temperatureSchema, at: timeSchema }),
  ),
  /** A coaching suggestion went into a reply: its words identify the item; the conversation's temperature starts its outcome. */
  'outcomes.suggestionUsed': defineRequest<void>()(
    v.strictObject({
      conversationKey,
      temperature: temperatureSchema,
      text: plainText('the suggestion', 1_000),
      state: v.optional(v.pipe(v.string(), v.regex(/^[a-z_]{1,32}$/, 'not a coaching state'))),
      stage: v.picklist(['acknowledge', 'solve'], 'stage must be acknowledge or solve'),
    }),
  ),
  /** Per item, over [from, to): uses and how the temperature moved, for the options page's Insights. */
  'outcomes.insights': defineRequest<InsightsView>()(
    v.pipe(
      v.strictObject({ from: timeSchema, to: timeSchema }),
      v.check(({ from, to }) => from < to, 'the period must end after it starts'),
    ),
  ),
};
