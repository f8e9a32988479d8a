import * as v from 'valibot';
import { expansionTriggerItem } from '../storage';
import { defaultTrigger, triggerProblem, type ExpansionTrigger } from './shortcut';

const triggerSchema = v.pipe(
  v.variant('kind', [
    v.strictObject({ kind: v.literal('prefix'), prefix: v.string() }),
    v.strictObject({ kind: v.literal('hotkey'), code: v.pipe(v.string(), v.regex(/^[A-Za-z0-9]{1,24}$/)), ctrl: v.boolean(), alt: v.boolean(), shift: v.boolean(), meta: v.boolean() }),
  ]),
  v.check((trigger) => triggerProblem(trigger) === undefined, 'that trigger collides with typing, Tab or an input-method key'),
);

/** The stored trigger, or the default when what is stored is unusable (an old or hand-edited value). */
export async function readExpansionTrigger(): Promise<ExpansionTrigger> {
  const parsed = v.safeParse(triggerSchema, await expansionTriggerItem.getValue());
  return parsed.success ? parsed.output : defaultTrigger;
}

/** Saves a trigger, refusing one that would collide (the reason is thrown). */
export async function writeExpansionTrigger(trigger: ExpansionTrigger): Promise<void> {
  const problem = triggerProblem(trigger);
  if (problem) throw new Error(problem);
  await expansionTriggerItem.setValue(trigger);
}
