// The last step of `npm run zip`: unpacks the store archives it wrote and says
// what is wrong with them, one line each; exits non-zero if anything is.
import { readFileSync } from 'node:fs';
import { checkExtensionArchive, checkSourcesArchive, type StoreBrowser } from './archive-checks';
import { storeArchives } from './archives';
import { unzip } from './unzip';

const budgets = (JSON.parse(readFileSync('budgets.json', 'utf8')) as { storeArchiveKb: Record<StoreBrowser, number> }).storeArchiveKb;
const archives = storeArchives();
let failed = false;
for (const browser of ['chrome', 'firefox'] as const) {
  const bytes = readFileSync(archives[browser]);
  const problems = checkExtensionArchive(unzip(bytes), { browser, version: archives.version, archiveBytes: bytes.length, budgetKb: budgets[browser] });
  report(archives[browser], problems, `${(bytes.length / 1024).toFixed(0)} KB of ${budgets[browser]} KB`);
}
report(archives.sources, checkSourcesArchive(unzip(readFileSync(archives.sources))), 'sources');
process.exitCode = failed ? 1 : 0;

function report(path: string, problems: string[], note: string) {
  if (problems.length === 0) return console.log(`${path}: ready for the store (${note})`);
  failed = true;
  console.error(`${path}: not ready`);
  for (const problem of problems) console.error(`  - ${problem}`);
}
