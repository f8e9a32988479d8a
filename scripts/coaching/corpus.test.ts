import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, LANGS, loadSplit, parseLine, testSplitDigest, trainingLines } from './corpus';

const splits = { train: loadSplit('train'), calibration: loadSplit('calibration'), test: loadSplit('test') };
const annotations = (who: string) =>
  new Set(
    readdirSync(join(CORPUS_DIR, 'annotations', who)).flatMap((file) =>
      readFileSync(join(CORPUS_DIR, 'annotations', who, file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((raw) => (JSON.parse(raw) as { id: string }).id),
    ),
  );

describe('the coaching corpus', () => {
  it('the blind test split is exactly what was frozen when it arrived from its writers', () => {
    const frozen = JSON.parse(readFileSync(join(CORPUS_DIR, 'FROZEN.json'), 'utf8')) as { files: Record<string, { digest: string }> };
    expect(testSplitDigest()).toEqual(Object.fromEntries(Object.entries(frozen.files).map(([file, { digest }]) => [file, digest])));
  });

  it.each(LANGS)('%s: at least 3,000 customer lines and 600 agent drafts, a quarter or more of them in the blind test split', (lang) => {
    const all = Object.values(splits).flatMap((lines) => lines.filter((l) => l.lang === lang));
    expect(all.filter((l) => l.role === 'customer').length).toBeGreaterThanOrEqual(3000);
    expect(all.filter((l) => l.role === 'agent').length).toBeGreaterThanOrEqual(600);
    expect(splits.test.filter((l) => l.lang === lang).length / all.length).toBeGreaterThanOrEqual(0.25);
  });

  it('no line is in two splits, and no text is both trained on and judged', () => {
    const ids = Object.values(splits).flatMap((lines) => lines.map((l) => l.id));
    expect(new Set(ids).size).toBe(ids.length);
    const trained = new Set(trainingLines().map((l) => l.text.trim()));
    expect(trained.size).toBeGreaterThan(splits.train.length * 0.95);
    expect(splits.test.filter((l) => trained.has(l.text.trim())).map((l) => l.id)).toEqual([]);
  });

  it('every held-out line was labelled by its writer and, blind, by a second annotator', () => {
    const writer = annotations('writer');
    const second = annotations('second');
    for (const line of [...splits.calibration, ...splits.test]) {
      expect(writer.has(line.id), line.id).toBe(true);
      expect(second.has(line.id), line.id).toBe(true);
    }
  });

  it('rejects a line the brief does not allow, naming where it is', () => {
    const bad = (raw: string) => () => parseLine(raw, 'x.jsonl:3', 'train', 'x.jsonl');
    expect(bad('{"id":"fr-1","role":"customer","text":"Bonjour","labels":[],"tier":null}')).toThrow(/x\.jsonl:3: "id"/);
    expect(bad('{"id":"en-1","role":"agent","text":"Calm down","labels":["anger"],"tier":null}')).toThrow(/only be labelled escalating/);
    expect(bad('{"id":"en-1","role":"customer","text":"I want to die","labels":["crisis"],"tier":null}')).toThrow(/tier/);
    expect(bad('not json')).toThrow(/not JSON/);
  });
});
