// Gzip size of each entrypoint of the built extension, counting every chunk it
// imports statically. `node scripts/bundle-sizes.mjs --check` fails when one
// exceeds its budget in budgets.json.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.env.UNDERTONE_BUILD ?? '.output/chrome-mv3';
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));

function entryScripts(name) {
  const js = join(root, `${name}.js`);
  if (existsSync(js)) return [js];
  const html = join(root, `${name}.html`);
  if (!existsSync(html)) return [];
  return [...readFileSync(html, 'utf8').matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((m) => join(root, m[1]));
}

function closure(files) {
  const seen = new Set();
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(join(file, '..', m[1]));
  }
  return [...seen];
}

export function measureBundles() {
  return Object.entries(budgets.bundlesKbGzip).filter(([name]) => !name.startsWith('$')).map(([name, budget]) => {
    const all = closure(entryScripts(name));
    // Chunks an entrypoint must only load later (dynamic import), never before its first paint.
    const early = (budgets.loadedAfterFirstPaint?.[name] ?? []).filter((word) => all.some((f) => f.includes(word)));
    const bytes = all.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    return { name, kb: bytes / 1024, budget, files: all.length, early };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measureBundles();
  console.log('Bundle sizes (gzip, per entrypoint incl. imported chunks):');
  for (const r of rows) console.log(`  ${r.name.padEnd(26)} ${r.kb.toFixed(1).padStart(7)} KB  budget ${r.budget} KB  ${r.kb <= r.budget ? 'ok' : 'OVER'}`);
  const missing = rows.filter((r) => r.files === 0);
  const over = rows.filter((r) => r.kb > r.budget);
  const early = rows.filter((r) => r.early.length);
  if (process.argv.includes('--check') && (over.length || missing.length || early.length)) {
    for (const r of early) console.error(`"${r.name}" loads ${r.early.join(', ')} before its first paint: import it dynamically (budgets.json loadedAfterFirstPaint).`);
    for (const r of missing) console.error(`No built files found for entrypoint "${r.name}" in ${root}: build first (npm run build).`);
    for (const r of over) console.error(`"${r.name}" is ${r.kb.toFixed(1)} KB gzip, over its ${r.budget} KB budget (budgets.json).`);
    process.exit(1);
  }
}
