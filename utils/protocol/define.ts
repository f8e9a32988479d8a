import type * as v from 'valibot';

/**
 * Who may make a request. Content scripts run beside untrusted pages, so they
 * get only what they need (reading snippets, for instance); writes come from
 * extension pages (the sidebar, the side panel, the options page).
 */
export type Callers = 'extension-pages' | 'any-extension-context';

export interface RequestSpec<Input, Output> {
  input: v.GenericSchema<unknown, Input>;
  callers: Callers;
  /** Phantom: carries the response type. */
  output?: Output;
}

/** `defineRequest<Output>()(inputSchema, callers)`: the curried form lets TypeScript infer the input. */
export function defineRequest<Output>() {
  return <Input>(input: v.GenericSchema<unknown, Input>, callers: Callers = 'extension-pages'): RequestSpec<Input, Output> => ({
    input,
    callers,
  });
}

/** The envelope every request travels in; anything else is not ours. */
export const REQUEST_CHANNEL = 'undertone/request';

/** A failure the UI words itself (in the agent's language), beside the background's English `error`. */
export type FailureCode = 'storage-full';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; code?: FailureCode };
