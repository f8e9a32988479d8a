/** GoEmotions (Apache-2.0) for the trainer and the evaluation: the dev split helps place a threshold, the test split only judges. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const GO_ATTENTION = ['anger', 'annoyance', 'disapproval', 'sadness', 'grief', 'fear', 'nervousness', 'disappointment', 'remorse'];

/** GoEmotions comments with "needs attention" (the anger or distress groups of its NOTICE.md) as gold. */
export function loadGoEmotions(split: 'dev' | 'test', dataDir = resolve('../shared/data')): { text: string; gold: boolean }[] {
  const names = readFileSync(resolve(dataDir, 'goemotions/labels.txt'), 'utf8').trim().split('\n');
  return readFileSync(resolve(dataDir, `goemotions/${split}.tsv`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((row) => {
      const [text = '', ids = ''] = row.split('\t');
      return { text, gold: ids.split(',').some((id) => GO_ATTENTION.includes(names[Number(id)]!)) };
    });
}

