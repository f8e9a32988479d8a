/**
 * One SHA-256 over everything the engine outputs, for speed work that must not
 * change a single result.
 *   node scripts/run-ts.mjs scripts/coaching/fingerprint.ts
 * Runs analyzeMessage (with and without an earlier risk), checkDraft, and one
 * createConversationCoach conversation per file over every line of the train and
 * calibration splits and the old dev set, then the benchmark's own inputs
 * (300-character messages, the 100 KB and 10 KB messages, the adversarial ones).
 * Signals, scores, tiers, dangers, evidence, temperatures, suggestions, needs
 * and draft warnings all go into the hash. Never reads the blind test split.
 */
import { createHash } from 'node:crypto';
import { analyzeMessage, checkDraft, createConversationCoach } from '@/utils/coaching';
import { ADVERSARIAL, chineseCustomers, longMessages, messages } from './bench-inputs';
import { loadSplit } from './corpus';
import { loadDevSet } from './evaluation';

interface Turn {
  role: 'customer' | 'agent';
  text: string;
}

/** Hashes each line's outputs, one conversation per group of turns. */
function digest(groups: readonly (readonly Turn[])[]): string {
  const hash = createHash('sha256');
  for (const turns of groups) {
    const coach = createConversationCoach();
    for (const { role, text } of turns) {
      hash.update(JSON.stringify(analyzeMessage(text)));
      hash.update(JSON.stringify(analyzeMessage(text, { earlierRisk: true })));
      hash.update(JSON.stringify(checkDraft(text)));
      hash.update(JSON.stringify(coach.observe({ author: role, text }) ?? null));
    }
    hash.update(JSON.stringify(coach.needs()));
  }
  return hash.digest('hex');
}

function byFile(lines: readonly (Turn & { file: string })[]): Turn[][] {
  const files = new Map<string, Turn[]>();
  for (const line of lines) files.set(line.file, [...(files.get(line.file) ?? []), line]);
  return [...files.values()];
}

const { big, small } = longMessages();
const parts: Record<string, string> = {
  train: digest(byFile(loadSplit('train'))),
  calibration: digest(byFile(loadSplit('calibration'))),
  dev: digest([loadDevSet()]),
  bench: digest([messages(1000).map((text) => ({ role: 'customer' as const, text }))]),
  chinese: digest([messages(1000, chineseCustomers).map((text) => ({ role: 'customer' as const, text }))]),
  long: digest([[big, small, ...Object.values(ADVERSARIAL)].map((text) => ({ role: 'customer' as const, text }))]),
};
for (const [name, value] of Object.entries(parts)) console.log(`${name.padEnd(12)} ${value}`);
console.log(`fingerprint  ${createHash('sha256').update(Object.values(parts).join('\n')).digest('hex')}`);
