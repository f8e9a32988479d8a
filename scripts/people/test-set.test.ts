import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const frozen = JSON.parse(readFileSync('data/people/FROZEN.json', 'utf8')) as { files: Record<string, string> };

it('the blind promise and thanks test set is byte for byte as frozen', () => {
  const files = readdirSync('data/people/test').filter((f) => f.endsWith('.jsonl')).sort();
  expect(files).toEqual(Object.keys(frozen.files).sort());
  for (const file of files) expect(createHash('sha256').update(readFileSync(`data/people/test/${file}`)).digest('hex'), file).toBe(frozen.files[file]);
});
