// Rewrites the region table in docs/crisis.md from utils/crisis/regions/*.json.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { regionTable, TABLE_END, TABLE_START } from '../utils/crisis/doc-table';
import type { RegionFile } from '../utils/crisis/schema';

const dir = 'utils/crisis/regions';
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as RegionFile);
const doc = readFileSync('docs/crisis.md', 'utf8');
const start = doc.indexOf(TABLE_START);
const end = doc.indexOf(TABLE_END);
if (start < 0 || end < 0) throw new Error('docs/crisis.md has no region table markers');
writeFileSync('docs/crisis.md', doc.slice(0, start) + regionTable(files) + doc.slice(end + TABLE_END.length));
