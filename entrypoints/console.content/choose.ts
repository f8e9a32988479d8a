import { builtInAdapters } from '@/utils/adapters/builtin';
import { loadCustomAdapters } from '@/utils/adapters/custom';
import { adapterMatches } from '@/utils/adapters/match-url';
import type { ConsoleAdapter } from '@/utils/adapters/schema';
import { createDeepRoots } from '@/utils/console/deep';
import { isVisible, isWritable } from '@/utils/console/dom';
import { adapterFits } from '@/utils/console/session';

/** Checked often while a single-page console renders, then slowly (a web-component app may mount its reply box late). */
const QUICK_MS = 10_000;
const QUICK_STEP_MS = 250;
const WAIT_MS = 60_000;
const SLOW_STEP_MS = 2_000;

const FIELDS = 'textarea, [contenteditable], iframe';
const usableField = (el: Element) => isWritable(el) && isVisible(el);

/**
 * Which adapter reads this page. The agent's own adapters come first, then the
 * built-in ones whose URL matches; the first whose console is on the page wins.
 * Single-page consoles render late, so this waits a while. If none fits but
 * the page has a reply box (in the light DOM, an open shadow root or a
 * same-origin frame), the generic reader takes over (the session adds a
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
  // The walk into shadow roots and frames visits every element: at most once a second, and only when the light DOM has no field.
  const deep = createDeepRoots(1_000);
  const hasWritableField = () => [...document.querySelectorAll(FIELDS)].some(usableField) || deep.queryAll(FIELDS).some(usableField);
  for (let waited = 0; waited <= WAIT_MS && !signal.aborted; ) {
    const fitting = candidates.find(adapterFits);
    if (fitting) return { adapter: fitting };
    if (hasWritableField()) return { adapter: candidates.find((adapter) => adapter.id !== 'demo') };
    const step = waited < QUICK_MS ? QUICK_STEP_MS : SLOW_STEP_MS;
    await new Promise((done) => setTimeout(done, step));
    waited += step;
  }
  return null;
}
