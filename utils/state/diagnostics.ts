/**
 * Counters the soak test and the benchmark read from inside the sidebar's own
 * (extension-origin) document, which page scripts cannot reach. Cheap: one
 * set insert per message.
 */
export interface Diagnostics {
  messages: number;
  duplicates: number;
  conversations: Set<string>;
  errors: string[];
}

/** Duplicates arrive close together, so a bounded window of recent keys is enough (and keeps memory flat over a shift). */
const WINDOW = 300;
const seen = new Set<string>();

export const diagnostics: Diagnostics = { messages: 0, duplicates: 0, conversations: new Set(), errors: [] };

export function countMessage(conversationKey: string, messageId: string): void {
  const key = `${conversationKey}\u0000${messageId}`;
  if (seen.has(key)) diagnostics.duplicates++;
  else {
    seen.add(key);
    if (seen.size > WINDOW) seen.delete(seen.values().next().value!);
  }
  diagnostics.messages++;
  diagnostics.conversations.add(conversationKey);
}

/** Publishes the counters and records uncaught errors of this document. */
export function exposeDiagnostics(target: Window & { undertoneDiagnostics?: Diagnostics }): void {
  target.undertoneDiagnostics = diagnostics;
  target.addEventListener('error', (event) => diagnostics.errors.push(String(event.message)));
  target.addEventListener('unhandledrejection', (event) => diagnostics.errors.push(String(event.reason)));
}
