import { browser } from 'wxt/browser';
import { REQUEST_CHANNEL, type Reply } from './define';
import type { InputOf, OutputOf, RequestType } from './requests';

/** Asks the background; rejects with the background's own words when it refuses. */
export async function request<K extends RequestType>(type: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const reply = (await browser.runtime.sendMessage({ channel: REQUEST_CHANNEL, type, input })) as Reply<OutputOf<K>> | undefined;
  if (!reply) throw new Error(`Undertone's background did not answer "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
