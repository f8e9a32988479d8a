import { browser } from 'wxt/browser';
import { REQUEST_CHANNEL, type FailureCode, type Reply } from './define';
import type { InputOf, OutputOf, RequestType } from './requests';

/** The background's refusal; `code` marks failures the UI words in the agent's language. */
export class RequestError extends Error {
  readonly code: FailureCode | undefined;
  constructor(message: string, code?: FailureCode) {
    super(message);
    this.name = 'RequestError';
    this.code = code;
  }
}

/** Asks the background; rejects with the background's own words when it refuses. */
export async function request<K extends RequestType>(type: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const reply = (await browser.runtime.sendMessage({ channel: REQUEST_CHANNEL, type, input })) as Reply<OutputOf<K>> | undefined;
  if (!reply) throw new Error(`Undertone's background did not answer "${type}"`);
  if (!reply.ok) throw new RequestError(reply.error, reply.code);
  return reply.value;
}
