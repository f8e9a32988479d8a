import * as v from 'valibot';
import { consoleAdapterSchema, type ConsoleAdapter } from '../adapters/schema';
import { defineRequest } from './define';

const id = v.pipe(v.string(), v.minLength(1, 'id is empty'), v.maxLength(40, 'id is longer than 40 characters'));

export interface SavedAdapter {
  adapter: ConsoleAdapter;
  /** Match patterns the content script now runs on. */
  registered: string[];
  /** Match patterns still waiting for the agent to grant the site (from an extension page). */
  needsPermission: string[];
}

export const adapterRequests = {
  'adapters.list': defineRequest<ConsoleAdapter[]>()(v.strictObject({}), 'extension-pages'),
  /**
   * The element picker lives in the content script, so saving is open to it; the
   * background still validates the adapter and only lets a tab save an adapter
   * for its own site. It cannot grant itself hosts: that takes the agent's gesture.
   */
  'adapters.save': defineRequest<SavedAdapter>()(v.strictObject({ adapter: consoleAdapterSchema }), 'any-extension-context'),
  'adapters.remove': defineRequest<void>()(v.strictObject({ id }), 'extension-pages'),
  /** Custom adapters as pretty JSON, for a file or a team pack. */
  'adapters.export': defineRequest<string>()(v.strictObject({}), 'extension-pages'),
  /** Adds (or replaces by id) the adapters in a JSON export; all of them must pass the schema or nothing is written. */
  'adapters.import': defineRequest<ConsoleAdapter[]>()(v.strictObject({ json: v.pipe(v.string(), v.maxLength(500_000, 'the file is larger than 500 KB')) }), 'extension-pages'),
};
