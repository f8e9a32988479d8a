import * as v from 'valibot';
import { LIMITS, plainText, temperatureSchema, timeSchema } from '../snippets/schema';
import { defineRequest } from './define';

export const outcomeRequests = {
  /** The sidebar reports each customer message's temperature so open outcomes can record it. */
  'outcomes.customerTemperature': defineRequest<number>()(
    v.strictObject({ conversationKey: plainText('the conversation key', LIMITS.conversationKey), temperature: temperatureSchema, at: timeSchema }),
  ),
};
