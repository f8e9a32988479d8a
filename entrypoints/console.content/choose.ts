import { builtInAdapters } from '@/utils/adapters/builtin';
import { loadCustomAdapters } from '@/utils/adapters/custom';
import { adapterMatches } from '@/utils/adapters/match-url';
import type { ConsoleAdapter } from '@/utils/adapters/schema';
import { isVisible, isWritable } from '@/utils/console/dom';
import { adapterFits } from '@/utils/console/session';

const WAIT_MS = 10_000;
const STEP_MS = 250;

function hasWritableField(): boolean {
  return [...document.querySelectorAll('textarea, [contenteditable], iframe')].some((el) => isWritable(el) && isVisible(el));
}

/**
 * Which adapter reads this page. The agent's own adapters come first, then the
 * built-in ones whose URL matches; the first whose console is on the page wins.
 * Single-page consoles render late, so this waits a while. If none fits but
 * the page has a reply box, the generic reader takes over (the session adds a
 * notice when a console adapter matched by URL has stopped fitting). Null:
 * not a console page, Undertone stays out of it.
 */
export async function chooseAdapter(signal: AbortSignal): Promise<{ adapter?: ConsoleAdapter } | null> {
  let custom: ConsoleAdapter[] = [];
  try {
    custom = await loadCustomAdapters();
  } catch {
    // Storage unavailable (extension reloading): the built-in adapters still work.
  }
  const candidates = [...custom, ...builtInAdapters].filter((adapter) => adapterMatches(adapter, location.href));
  for (let waited = 0; waited <= WAIT_MS && !signal.aborted; waited += STEP_MS) {
    const fitting = candidates.find(adapterFits);
    if (fitting) return { adapter: fitting };
    if (hasWritableField()) return { adapter: candidates.find((adapter) => adapter.id !== 'demo') };
    await new Promise((done) => setTimeout(done, STEP_MS));
  }
  return null;
}
