/**
 * Offline builders for the engine's derived data: the Traditional→Simplified
 * character map (from OpenCC) and the sentiment lexicon table (VADER words and
 * NTUSD phrases hashed into the feature space; see utils/coaching/features.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lexicon as vader } from 'vader-sentiment/src/vader_lexicon.js';
import { entryBucket } from '@/utils/coaching/features';

/** OpenCC dictionaries ship as `export default "from to|from to|…"` modules; read them as data. */
function openccDict(name: string): string {
  const source = readFileSync(resolve(`node_modules/opencc-js/dist/esm-lib/dict/${name}.js`), 'utf8');
  return JSON.parse(source.slice(source.indexOf('"'), source.lastIndexOf('"') + 1)) as string;
}

function parseDict(dict: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from.length === 1 && to.length === 1) map.set(from, to);
  }
  return map;
}

/** Char-level t2s: Taiwan variants first, then OpenCC's Traditional→Simplified characters; single UTF-16 units only, so offsets survive. */
export function buildT2s(): string {
  const variants = parseDict(openccDict('TWVariantsRev'));
  const ts = parseDict(openccDict('TSCharacters'));
  const pairs = new Map<string, string>();
  for (const [from, to] of ts) if (from !== to) pairs.set(from, to);
  // A variant rule must not rewrite a character that is already a Simplified form (TW 么→幺 would break 什么).
  const simplifiedForms = new Set(ts.values());
  for (const [from, to] of variants) {
    const simplified = ts.get(to) ?? to;
    if (simplified !== from && !simplifiedForms.has(from)) pairs.set(from, simplified);
  }
  return [...pairs].sort(([a], [b]) => a.localeCompare(b)).map(([a, b]) => a + b).join('');
}

/** NTUSD carries polarity only: its phrases take the middle bins. */
const NTUSD_BIN = 2;

/** int8 per bucket: the valence bin (-4..4) of the lexicon entry hashed there, 0 where none is. */
export function lexiconTable(dataDir: string, normalise: (text: string) => string, bits: number): Int8Array {
  const table = new Int8Array(1 << bits);
  const put = (entry: string, bin: number) => {
    const b = entryBucket(normalise(entry), bits);
    if (b !== undefined && bin !== 0 && table[b] === 0) table[b] = bin;
  };
  for (const [word, valence] of Object.entries(vader as Record<string, number>)) {
    if (/^[a-z']+$/.test(word)) put(word, Math.max(-4, Math.min(4, Math.round(valence))));
  }
  for (const [file, bin] of [['negative-simplified.txt', -NTUSD_BIN], ['positive-simplified.txt', NTUSD_BIN]] as const) {
    for (const entry of readFileSync(join(dataDir, 'ntusd', file), 'utf8').split('\n')) {
      const word = entry.trim();
      if (word.length >= 2 && word.length <= 3 && /^[\u3400-\u9fff]+$/.test(word)) put(word, bin);
    }
  }
  return table;
}
