import { effect, type ReadonlySignal } from '@preact/signals';

/**
 * Tells the background whether a crisis card is pinned, so the toolbar button
 * carries a badge in that tab: once at start (a reloaded sidebar clears a badge
 * its page left behind) and again each time a crisis is pinned or acknowledged.
 */
export function reportCrisisBadge(crises: ReadonlySignal<readonly unknown[]>, tell: (pinned: boolean) => void): () => void {
  let told: boolean | undefined;
  return effect(() => {
    const pinned = crises.value.length > 0;
    if (pinned === told) return;
    told = pinned;
    tell(pinned);
  });
}
