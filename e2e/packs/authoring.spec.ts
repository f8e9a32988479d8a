import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPack } from '../../utils/packs/read';
import { fingerprint } from '../../utils/packs/signing';
import { expect, launchUndertone, receive, serviceWorkerOf, sidebarFrame, test } from '../fixtures';
import { optionsUrl } from '../snippets/helpers';

const PHRASING = 'I completely understand why you are upset, and I am on it right now.';
const crisp = JSON.parse(readFileSync('utils/adapters/consoles/crisp.json', 'utf8')) as Record<string, unknown>;

test('a lead opens a pack file, edits every kind of item, previews it, bumps, signs and exports it; imported elsewhere, the card shows the new phrasing', async ({ page, server }) => {
  await page.goto(optionsUrl('#packs'));
  const authoring = page.getByTestId('authoring');
  await authoring.locator('summary').click();
  await authoring.getByTestId('authoring-open-file').setInputFiles('packs/undertone-essentials-en.json');
  await expect(authoring.getByRole('status')).toHaveText('Opened Undertone essentials (English) 1.0.0: bump the version and say what changed before exporting.');
  await expect(authoring.getByLabel('Version', { exact: true })).toHaveValue('1.0.0');

  // Every kind: change one item of each the pack has, and add a console adapter, which it has none of.
  const item = (kind: string, n: number) => authoring.getByLabel(`${kind} item ${n}`, { exact: true });
  const edit = async (kind: string, n: number, change: (value: Record<string, unknown>) => void) => {
    const value = JSON.parse(await item(kind, n).inputValue()) as Record<string, unknown>;
    change(value);
    await item(kind, n).fill(JSON.stringify(value));
  };
  await edit('Coaching phrasings', 1, (p) => (p.text = PHRASING));
  await edit('Snippets', 1, (s) => (s.title = 'Warm greeting'));
  await edit('Need questions', 1, (q) => (q.question = 'What would a good outcome look like for you?'));
  await edit('Draft checks', 1, (d) => (d.suggest = 'Let me find what I can do for you.'));
  await edit('Hotlines', 1, (h) => (h.note = 'Free, any time.'));
  await authoring.getByRole('button', { name: 'Add to Console adapters' }).click();
  await item('Console adapters', 1).fill('{ "id": "oops" }');
  await expect(page.getByTestId('authoring-problems')).toContainText('at adapters[0]');
  await item('Console adapters', 1).fill(JSON.stringify({ ...crisp, id: 'team-crisp', name: 'Team Crisp' }));
  await item('Snippets', 2).fill('{ not json');
  await expect(page.getByTestId('authoring-problems')).toContainText('at snippets[1]: not valid JSON');
  await authoring.getByRole('button', { name: 'Remove: Snippets item 2' }).click();

  await authoring.getByRole('button', { name: 'Bump minor' }).click();
  await authoring.getByLabel('What changed in this version (one per line)').fill('Warmer acknowledgement');
  await expect(page.getByTestId('authoring-problems')).toHaveCount(0);

  // As an agent would see it: the new phrasing leads the English card.
  await authoring.getByRole('button', { name: 'Preview as an agent sees it' }).click();
  const english = authoring.getByTestId('preview-card').and(page.locator('[data-lang="en"]'));
  await expect(english.locator('li').first()).toHaveText(`${PHRASING} (this pack)`);
  await expect(authoring.getByTestId('preview-card')).toHaveCount(3);

  const keyDownload = page.waitForEvent('download');
  await authoring.getByRole('button', { name: 'Generate a key pair' }).click();
  await keyDownload;
  const shown = (await authoring.getByTestId('key-fingerprint').textContent())!;
  const packDownload = page.waitForEvent('download');
  await authoring.getByRole('button', { name: 'Export pack' }).click();
  const download = await packDownload;
  expect(download.suggestedFilename()).toBe('dev.undertone.essentials-en-1.1.0.json');
  const file = readFileSync((await download.path())!);
  const read = await readPack(new Uint8Array(file));
  if (!read.ok) throw new Error(read.errors.join('; '));
  expect(read.provenance).toMatchObject({ signed: true, fingerprint: shown, signer: 'Undertone contributors' });
  expect(await fingerprint((await authoring.getByTestId('public-key').textContent())!)).toBe(shown);
  expect(read.pack.changelog.map((entry) => entry.version)).toEqual(['1.1.0', '1.0.0']);
  expect(read.pack.coaching![0]!.text).toBe(PHRASING);
  expect(read.pack.snippets![0]!.title).toBe('Warm greeting');
  expect(read.pack.snippets).toHaveLength(11);
  expect(read.pack.adapters!.map((adapter) => adapter.id)).toEqual(['team-crisp']);
  expect(read.pack.hotlines![0]!.note).toBe('Free, any time.');

  // Elsewhere: another agent's browser imports the file, confirms the fingerprint, and the card offers the new phrasing.
  const profile = mkdtempSync(join(tmpdir(), 'undertone-agent-'));
  const agent = await launchUndertone(profile);
  try {
    await serviceWorkerOf(agent);
    const options = agent.pages()[0] ?? (await agent.newPage());
    await options.goto(optionsUrl('#packs'));
    await options.getByTestId('pack-file').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: file });
    await expect(options.getByTestId('pack-file-check').getByTestId('provenance')).toHaveText(`Signed by Undertone contributors · key ${shown}`);
    await options.getByRole('button', { name: 'Import this pack' }).click();
    await expect(options.getByTestId('packs-message')).toHaveText('Undertone essentials (English) 1.1.0 installed.');

    const consolePage = await agent.newPage();
    await consolePage.goto(`${server.origin}/?pace=0&clock=09:41`);
    const frame = await sidebarFrame(consolePage);
    await consolePage.locator('[data-conversation="c-1043"]').click();
    await expect(frame.getByTestId('console-status')).toContainText('Marcus Obi');
    await receive(consolePage, 'This is ridiculous, I am furious that nobody has fixed this.');
    await expect(frame.getByTestId('coaching-card').getByTestId('suggestion').first()).toContainText(PHRASING);
  } finally {
    await agent.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
