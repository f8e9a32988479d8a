import { signal } from '@preact/signals';
import { whatsNewItem } from '../storage';

/** The version Undertone was updated to, while the options page's "what's new" line stays up; dismissing clears it for good. */
export function createWhatsNewModel() {
  const version = signal<string | null>(null, { name: 'whatsNew.version' });

  function start(): () => void {
    void whatsNewItem.getValue().then((value) => (version.value = value));
    return whatsNewItem.watch((value) => (version.value = value));
  }

  async function dismiss(): Promise<void> {
    version.value = null;
    await whatsNewItem.setValue(null);
  }

  return { version, start, dismiss };
}
