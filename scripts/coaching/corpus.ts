/**
 * The coaching corpus (data/corpus/, written and labelled by people who never
 * saw the engine; see data/corpus/BRIEF.md): loading, validation and splits.
 *   train/        the training pool
 *   calibration/  thresholds are chosen here
 *   test/         the frozen blind split: its figures are read, never its errors
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CUSTOMER_KINDS, type CustomerKind, type Lang } from '@/utils/coaching/types';

export type Split = 'train' | 'calibration' | 'test';
export const SPLITS: readonly Split[] = ['train', 'calibration', 'test'];
export const LANGS: readonly Lang[] = ['en', 'zh-Hans', 'zh-Hant'];
export type Tier = 'crisis' | 'possible';

export interface CorpusLine {
  id: string;
  lang: Lang;
  role: 'customer' | 'agent';
  text: string;
  /** Customer kinds, or `escalating` for an agent draft. */
  labels: Set<CustomerKind | 'escalating'>;
  tier: Tier | null;
  industry: string;
  register: string;
  split: Split;
  file: string;
}

export const CORPUS_DIR = resolve('data/corpus');

const KINDS = new Set<string>([...CUSTOMER_KINDS, 'escalating']);

/** The language is the id's prefix (`en-…`, `zh-Hans-…`, `zh-Hant-…`). */
export function langOf(id: string): Lang | undefined {
  return LANGS.find((lang) => id.startsWith(`${lang}-`));
}

/** Parses and checks one line; throws with the file and line number on anything the brief does not allow. */
export function parseLine(raw: string, where: string, split: Split, file: string): CorpusLine {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(raw) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${where}: not JSON (${(error as Error).message})`, { cause: error });
  }
  const { id, role, text, labels, tier, industry, register } = value;
  const lang = typeof id === 'string' ? langOf(id) : undefined;
  if (typeof id !== 'string' || !lang) throw new Error(`${where}: "id" must start with en-, zh-Hans- or zh-Hant-`);
  if (role !== 'customer' && role !== 'agent') throw new Error(`${where}: "role" must be customer or agent`);
  if (typeof text !== 'string' || !text.trim()) throw new Error(`${where}: "text" must be a non-empty string`);
  if (!Array.isArray(labels) || labels.some((l) => !KINDS.has(l as string))) throw new Error(`${where}: "labels" must list kinds from the brief`);
  const set = new Set(labels as (CustomerKind | 'escalating')[]);
  if (role === 'agent' && [...set].some((l) => l !== 'escalating')) throw new Error(`${where}: an agent draft can only be labelled escalating`);
  if (role === 'customer' && set.has('escalating')) throw new Error(`${where}: a customer line cannot be escalating`);
  const crisis = set.has('crisis');
  if (crisis ? tier !== 'crisis' && tier !== 'possible' : tier != null) throw new Error(`${where}: "tier" is crisis or possible for a crisis line, null otherwise`);
  return { id, lang, role, text, labels: set, tier: crisis ? (tier as Tier) : null, industry: String(industry ?? ''), register: String(register ?? ''), split, file };
}

export function loadSplit(split: Split, dir = CORPUS_DIR): CorpusLine[] {
  const folder = join(dir, split);
  const lines: CorpusLine[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(folder, file), 'utf8')
      .split('\n')
      .forEach((raw, index) => {
        if (!raw.trim()) return;
        const line = parseLine(raw, `${split}/${file}:${index + 1}`, split, file);
        if (seen.has(line.id)) throw new Error(`${split}/${file}:${index + 1}: duplicate id ${line.id}`);
        seen.add(line.id);
        lines.push(line);
      });
  }
  return lines;
}

/**
 * The lines the heads learn from: the train split less any text that also
 * occurs, word for word, in a held-out split (short replies such as 在吗 or
 * "hello??" come from several writers), so nothing judged was ever trained on.
 */
export function trainingLines(dir = CORPUS_DIR): CorpusLine[] {
  const heldOut = new Set([...loadSplit('calibration', dir), ...loadSplit('test', dir)].map((l) => l.text.trim()));
  return loadSplit('train', dir).filter((l) => !heldOut.has(l.text.trim()));
}

/** Held-out lines go to calibration or test by a hash of their id: stable, and blind to their content. */
export function heldOutSplit(id: string): 'calibration' | 'test' {
  return createHash('sha256').update(id).digest()[0]! < 128 ? 'test' : 'calibration';
}

/**
 * SHA-256 per test-split file of its lines' ids, roles and texts: what was
 * frozen before any tuning. Labels are left out, so the adjudicated labels can
 * replace the writer's without breaking the freeze; the texts can never change.
 */
export function testSplitDigest(dir = CORPUS_DIR): Record<string, string> {
  const byFile = new Map<string, string[]>();
  for (const line of loadSplit('test', dir)) byFile.set(line.file, [...(byFile.get(line.file) ?? []), JSON.stringify([line.id, line.role, line.text])]);
  return Object.fromEntries([...byFile].sort(([a], [b]) => a.localeCompare(b)).map(([file, lines]) => [file, createHash('sha256').update(lines.join('\n')).digest('hex')]));
}

export const needsDeEscalation = (labels: Iterable<string>) => [...labels].some((l) => l === 'anger' || l === 'distress' || l === 'churn_threat' || l === 'crisis');
