import type * as v from 'valibot';
import type { RequestSpec } from './define';
import { adapterRequests } from './adapters';
import { backupRequests } from './backup';
import { browserUiRequests } from './browser-ui';
import { noteRequests } from './notes';
import { outcomeRequests } from './outcomes';
import { packRequests } from './packs';
import { peopleRequests } from './people';
import { snippetRequests } from './snippets';

/** Every request the background answers: one map, one place to look. */
export const requests = {
  ...noteRequests,
  ...snippetRequests,
  ...outcomeRequests,
  ...backupRequests,
  ...packRequests,
  ...adapterRequests,
  ...browserUiRequests,
  ...peopleRequests,
};

export type Requests = typeof requests;
export type RequestType = keyof Requests;
export type InputOf<K extends RequestType> = Requests[K] extends RequestSpec<infer I, unknown> ? I : never;
export type OutputOf<K extends RequestType> = Requests[K] extends RequestSpec<unknown, infer O> ? O : never;
export type RawInputOf<K extends RequestType> = v.InferInput<Requests[K]['input']>;
