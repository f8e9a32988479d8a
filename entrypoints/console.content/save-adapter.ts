import type { ConsoleAdapter } from '@/utils/adapters/schema';
import type { SaveOutcome } from '@/utils/picker/overlay';
import { fillWords, type PickerWords } from '@/utils/picker/words';
import { request } from '@/utils/protocol/client';

/** Hands a picked adapter to the background and words the outcome for the picker panel, in the sidebar's language. */
export async function saveAdapter(adapter: ConsoleAdapter, words: PickerWords): Promise<SaveOutcome> {
  const saved = await request('adapters.save', { adapter });
  return { saved: true, text: fillWords(saved.needsPermission.length > 0 ? words.pickerSavedAllow : words.pickerSaved, { name: adapter.name }) };
}
