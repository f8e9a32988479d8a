import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { examplePack } from './packs/pack-files';
import { startPackServer } from './packs/pack-server';
import { addSnippet, ask, openOptions } from './snippets/helpers';

/** Clicks Export and returns the downloaded file's text. */
async function exportFile(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export library' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

const withoutTime = (text: string) => ({ ...JSON.parse(text), exportedAt: 0 });

async function importFile(page: Page, name: string, text: string) {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

// Custom adapters have no options UI of their own (the sidebar's picker makes them): they are seeded and read by request.
const customAdapter = {
  id: 'acme-desk', name: 'Acme desk', matches: ['https://desk.acme.example/*'], messageList: '.thread', message: '.thread > .bubble',
  author: { attribute: 'data-from', customerValues: ['customer'] }, composer: 'textarea.reply',
};

test('backup round trip through the UI and real files, a pack subscription and a custom adapter included: export → erase → import → export is identical', async ({ context, page }) => {
  const server = await startPackServer();
  try {
    const pack = examplePack({ id: 'com.example.backup', name: 'Backup team pack' });
    server.set('/team.json', JSON.stringify(pack));
    await openOptions(context, page);
    await addSnippet(page, { title: 'Refund approved', body: 'Hi {{customer.name}},\nyour refund is on its way.', tags: 'billing, vip', shortcut: 'ra' });
    await addSnippet(page, { title: '退款申请已提交', body: '您的退款申请已经提交。\n請耐心等待 🙏', tags: '退款' });
    await page.goto(page.url().replace(/#.*$/, '') + '#notes');
    // Notes keep whatever was typed, markup-looking text included, shown as text; the backup must bring it back as is.
    await page.getByTestId('free-note-input').fill('Free note with “quotes” & <b>not bold</b>');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByTestId('all-notes')).toContainText('<b>not bold</b>');

    await page.goto(page.url().replace(/#.*$/, '') + '#packs');
    await page.getByLabel('Pack address (https://…)').fill(`${server.origin}/team.json`);
    await page.getByLabel('Check for updates every').selectOption('6');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByTestId('pack-status')).toHaveText('updated just now');
    await ask(page, 'adapters.import', { json: JSON.stringify([customAdapter]) });

    await page.goto(page.url().replace(/#.*$/, '') + '#backup');
    await expect(page.getByText('One JSON file with your 14 snippets, 1 notes')).toBeVisible(); // 2 of the agent's, 12 from the pack
    const first = await exportFile(page);
    expect(first.name).toMatch(/^undertone-backup-\d{4}-\d\d-\d\d\.json$/);
    await expect(page.getByTestId('backup-message')).toContainText(`Exported to ${first.name}`);
    const exported = JSON.parse(first.text);
    expect(exported.tables.snippets).toHaveLength(14);
    expect(exported.packSubscriptions).toEqual([{ origin: 'url', url: `${server.origin}/team.json`, intervalHours: 6, addedAt: expect.any(Number), packId: 'com.example.backup' }]);
    expect(exported.customAdapters).toEqual([customAdapter]);

    await page.getByTestId('erase-confirm').fill('erase');
    await page.getByRole('button', { name: 'Erase library' }).click();
    await expect(page.getByText('One JSON file with your 0 snippets, 0 notes')).toBeVisible();
    expect(await ask(page, 'adapters.list', {})).toEqual([]);
    const fetchesBefore = server.log.length;

    await importFile(page, first.name, first.text);
    const preview = page.getByTestId('import-preview');
    await expect(preview.getByRole('row', { name: /^snippets/ })).toContainText('14');
    await expect(preview.getByRole('row', { name: /^packSubscriptions/ }).getByRole('cell').first()).toHaveText('1');
    await expect(preview.getByRole('row', { name: /^customAdapters/ }).getByRole('cell').first()).toHaveText('1');
    await expect(page.getByText('One JSON file with your 0 snippets')).toBeVisible(); // the preview wrote nothing
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByTestId('backup-message')).toContainText('snippets: 14 added');
    await expect(page.getByTestId('backup-message')).toContainText('packSubscriptions: 1 added; customAdapters: 1 added');
    await expect(page.getByText('One JSON file with your 14 snippets, 1 notes')).toBeVisible();
    expect(await ask(page, 'adapters.list', {})).toEqual([customAdapter]);

    // The restored subscription carried no copy of its pack: it fetches again, and the pack is back with its items.
    await page.goto(page.url().replace(/#.*$/, '') + '#packs');
    await expect(page.getByTestId('pack-status')).toHaveText('updated just now');
    await expect(page.getByTestId('pack')).toContainText('12 snippets, 14 coaching');
    // One request (a 304 when the browser's HTTP cache revalidates its copy: fetch still hands the extension the whole body to verify).
    expect(server.log.slice(fetchesBefore).map((entry) => entry.path)).toEqual(['/team.json']);

    await page.goto(page.url().replace(/#.*$/, '') + '#backup');
    const second = await exportFile(page);
    expect(withoutTime(second.text)).toEqual(withoutTime(first.text));

    // The snapshots taken before the erase and the import are listed and restorable.
    await expect(page.getByTestId('snapshots').getByRole('listitem')).toHaveCount(3); // daily, before erase, before import
    await page.goto(page.url().replace(/#.*$/, '') + '#snippets');
    await expect(page.getByTestId('snippet-table')).toHaveAttribute('aria-rowcount', '15');
  } finally {
    await server.close();
  }
});

const goodSnippet = {
  id: 's1', title: 'Refund', body: 'Your refund is on its way.', tags: [], lang: 'en', states: [], source: 'personal', createdAt: 1, updatedAt: 2, usedCount: 0,
};
const backupText = (patch: Record<string, unknown>, snippet: Record<string, unknown> = goodSnippet) =>
  JSON.stringify({ format: 'undertone-backup', version: 1, exportedAt: 1, tables: { snippets: [snippet], notes: [] }, storage: {}, ...patch });

test('hostile import files are refused with a clear error and nothing is written', async ({ context, page }) => {
  await openOptions(context, page);
  await addSnippet(page, { title: 'Keep me', body: 'Existing data stays untouched.' });
  await page.goto(page.url().replace(/#.*$/, '') + '#backup');
  await expect(page.getByText('One JSON file with your 1 snippets')).toBeVisible();

  const hostile: [string, string, string][] = [
    ['wrong-version.json', backupText({ version: 9 }), 'The backup is version 9; this Undertone reads versions 1 to 2 (update Undertone to import it)'],
    ['http-pack.json', backupText({ version: 2, packSubscriptions: [{ origin: 'url', url: 'http://packs.example.com/p.json', intervalHours: 24, addedAt: 1 }] }), 'at packSubscriptions[0].url: the address must start with https://'],
    ['fake-builtin.json', backupText({ version: 2, customAdapters: [{ ...customAdapter, id: 'zendesk' }] }), 'at customAdapters[0].id: "zendesk" belongs to a built-in adapter'],
    ['not-ours.json', JSON.stringify({ hello: 'world' }), 'not an Undertone backup'],
    ['deep.json', `{"format":"undertone-backup","version":1,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`, 'nests deeper than 24 levels at line 1, column'],
    ['proto.json', backupText({}, JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(goodSnippet).slice(1)}`)), 'at tables.snippets[0].__proto__: the key "__proto__" is not allowed'],
    ['script.json', backupText({}, { ...goodSnippet, body: 'Hello <script>alert(document.cookie)</script>' }), 'at tables.snippets[0].body: the body contains an HTML tag'],
    ['huge.json', backupText({}, { ...goodSnippet, title: 'x'.repeat(300_000) }), 'at tables.snippets[0].title: a string longer than 100,000 characters'],
    ['surrogate.json', backupText({}, { ...goodSnippet, body: 'broken \ud800 text' }), 'at tables.snippets[0].body: invalid Unicode'],
    ['truncated.json', backupText({}).slice(0, 60), 'The file is not valid JSON'],
  ];
  for (const [name, text, error] of hostile) {
    await importFile(page, name, text);
    await expect(page.getByTestId('backup-error')).toContainText(error);
    await expect(page.getByTestId('import-preview')).toBeHidden();
  }
  expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call({}, 'polluted') || 'polluted' in {})).toBe(false);
  await expect(page.getByText('One JSON file with your 1 snippets')).toBeVisible();
  await page.goto(page.url().replace(/#.*$/, '') + '#snippets');
  await expect(page.getByTestId('snippet-row')).toHaveCount(1);
  await expect(page.getByTestId('snippet-row')).toContainText('Keep me');
});

test('10,000 snippets import through the UI and the table renders only the rows in view', async ({ context, page }) => {
  test.setTimeout(90_000);
  const snippets = Array.from({ length: 10_000 }, (_, i) => ({
    ...goodSnippet, id: `s${i}`, title: `Snippet ${i}`, body: i % 2 ? `Reply number ${i} about shipping.` : `第${i}条回复：退款进度。`, updatedAt: 10_000 - i,
  }));
  await openOptions(context, page, '#backup');
  await importFile(page, 'big.json', JSON.stringify({ format: 'undertone-backup', version: 1, exportedAt: 1, tables: { snippets, notes: [] }, storage: {} }));
  await expect(page.getByTestId('import-preview').getByRole('row', { name: /^snippets/ })).toContainText('10000');
  const started = Date.now();
  await page.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('backup-message')).toContainText('snippets: 10000 added');
  // Measured, not asserted: the benchmark's backup-import figure, here in the real browser (with the snapshot taken before importing).
  test.info().annotations.push({ type: 'import of 10,000 snippets in Chromium (ms)', description: String(Date.now() - started) });
  // With something to lose and no export yet, the page gently suggests one; "Later" snoozes it.
  await expect(page.getByRole('note')).toContainText('Export a copy now and then');
  await page.getByRole('note').getByRole('button', { name: 'Later' }).click();
  await expect(page.getByRole('note')).toBeHidden();

  await page.goto(page.url().replace(/#.*$/, '') + '#snippets');
  const table = page.getByTestId('snippet-table');
  await expect(table).toHaveAttribute('aria-rowcount', '10001');
  const rendered = await page.getByTestId('snippet-row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(40);
  await page.getByRole('rowgroup', { name: 'Snippet rows' }).evaluate((el) => (el.scrollTop = 40 * 9_990));
  await expect(page.getByRole('button', { name: 'Snippet 9999', exact: true })).toBeVisible();

  await page.getByPlaceholder('Search title, text, tags, shortcut…').fill('snippet 4242');
  await expect(page.getByTestId('snippet-row').first()).toContainText('Snippet 4242');
  await page.getByPlaceholder('Search title, text, tags, shortcut…').fill('退款');
  await expect(table).toHaveAttribute('aria-rowcount', '5001');
});
