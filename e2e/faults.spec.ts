import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { buildVariant, EXTENSION_ID, expect, launchUndertone, receive, serviceWorkerOf, sidebarFrame, stopServiceWorker, test } from './fixtures';

test('reloading the extension with a console open: the old script cleans up and the new one attaches once', async ({ context, page, demoUrl }) => {
  await page.goto(demoUrl);
  const oldFrame = await sidebarFrame(page);
  await expect(oldFrame.getByTestId('console-status')).toBeVisible();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  const worker = await serviceWorkerOf(context);
  const stopped = new Promise((done) => worker.once('close', done));
  await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker dies mid-call
  await stopped;
  await expect.poll(() => oldFrame.isDetached()).toBe(true);

  // Without a page reload, the new content script is injected into the open console and docks a fresh sidebar.
  const frame = await sidebarFrame(page);
  await expect(frame.getByTestId('console-status')).toContainText('Undertone demo console');
  await expect(page.locator('undertone-dock')).toHaveCount(1);
  await expect(page.locator('style[data-undertone="reflow"]')).toHaveCount(1);

  // The new instance reads new messages exactly once: no orphaned reader from the old one reports twice.
  await page.evaluate(() => (window as unknown as { demoConsole: { receive(t: string): void } }).demoConsole.receive('Hello again after the update'));
  await expect(frame.getByTestId('coaching-message')).toContainText('Hello again after the update');
  const counted = await frame.evaluate(() => {
    const d = (window as unknown as { undertoneDiagnostics: { messages: number; duplicates: number; errors: string[] } }).undertoneDiagnostics;
    return { messages: d.messages, duplicates: d.duplicates, errors: d.errors };
  });
  expect(counted).toEqual({ messages: 1, duplicates: 0, errors: [] });
  expect(errors).toEqual([]);
});

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Sends a typed request from an extension page, as the options page does. */
const ask = <T>(page: Page, type: string, input: unknown) =>
  page.evaluate(([t, i]) => chrome.runtime.sendMessage({ channel: 'undertone/request', type: t, input: i }), [type, input] as const) as Promise<Reply<T>>;

test('the service worker stopped in the middle of a backup restore or a pack import: all or nothing', async ({ context }) => {
  test.setTimeout(120_000);
  await serviceWorkerOf(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  expect(await ask(options, 'snippets.create', { draft: { title: 'Mine', body: 'My own phrasing.' } })).toMatchObject({ ok: true });

  // A backup holding 6,000 snippets, built from a real export.
  const exported = await ask<{ text: string }>(options, 'backup.export', {});
  if (!exported.ok) throw new Error(exported.error);
  const backup = JSON.parse(exported.value.text) as { tables: { snippets: Record<string, unknown>[] } };
  const template = backup.tables.snippets[0]!;
  backup.tables.snippets = Array.from({ length: 6_000 }, (_, i) => ({ ...template, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, title: `Restored ${i}` }));
  const backupText = JSON.stringify(backup);

  // A pack carrying 5,000 snippets.
  const pack = JSON.parse(readFileSync('packs/undertone-essentials-en.json', 'utf8')) as Record<string, unknown> & { snippets: Record<string, unknown>[] };
  delete pack.signature;
  pack.id = 'dev.undertone.fault-test';
  pack.snippets = Array.from({ length: 5_000 }, (_, i) => ({ id: `s${i}`, title: `Pack snippet ${i}`, body: `Pack body ${i}`, lang: 'en' }));
  const packText = JSON.stringify(pack);

  const count = async () => {
    const listed = await ask<{ source: string }[]>(options, 'snippets.list', {});
    if (!listed.ok) throw new Error(listed.error);
    return { personal: listed.value.filter((s) => s.source === 'personal').length, pack: listed.value.filter((s) => s.source !== 'personal').length };
  };

  let interrupted = 0;
  for (const delay of [0, 30, 80, 150, 300]) {
    const before = await count();
    // Fire both imports, then stop the worker under them after `delay` ms (no await: the worker dies mid-call).
    const restore = ask(options, 'backup.import', { text: backupText, mode: 'replace' }).catch(() => undefined);
    const packImport = ask(options, 'packs.importFile', { text: packText }).catch(() => undefined);
    await options.waitForTimeout(delay); // the interruption point itself is what is being varied
    await stopServiceWorker(context, options);
    const [restored, imported] = await Promise.all([restore, packImport]);
    if (!restored?.ok || !imported?.ok) interrupted++;

    const after = await count(); // wakes a fresh worker
    expect([before.personal, 6_000]).toContain(after.personal);
    expect([before.pack, 5_000]).toContain(after.pack);
  }
  // Left alone, the same imports succeed: the interruptions above were what stopped them.
  const restored = await ask(options, 'backup.import', { text: backupText, mode: 'replace' });
  expect(restored, JSON.stringify(restored).slice(0, 300)).toMatchObject({ ok: true });
  const imported = await ask(options, 'packs.importFile', { text: packText });
  expect(imported, JSON.stringify(imported).slice(0, 300)).toMatchObject({ ok: true });
  expect(await count()).toEqual({ personal: 6_000, pack: 5_000 });
  test.info().annotations.push({ type: 'interrupted runs', description: `${interrupted} of 5` });
  console.log(`service worker stopped under the imports: ${interrupted} of 5 runs interrupted`);
});

test('the console navigates in the middle of an insert: no exception reaches the page', async ({ page, server }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // Exceptions only: the demo server's 404 for a favicon is not Undertone's doing.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  await page.goto(`${server.origin}/?pace=0`);
  let frame = await sidebarFrame(page);

  // SPA route change: the composer and log are torn down while the insert is on its way.
  await receive(page, 'Third time asking. This is ridiculous.');
  await frame.getByTestId('coaching-card').getByRole('button', { name: 'Insert' }).first().click({ noWaitAfter: true });
  await page.evaluate(() => {
    document.querySelector('[data-testid="conversation"]')!.replaceChildren();
    history.pushState({}, '', '/inbox/other');
  });
  await expect(frame.getByRole('heading', { name: 'No chat console recognised here' })).toBeVisible();

  // Full reload right after Insert.
  await page.goto(`${server.origin}/?pace=0`);
  frame = await sidebarFrame(page);
  await receive(page, 'Still waiting, third time now!');
  await frame.getByTestId('coaching-card').getByRole('button', { name: 'Insert' }).first().click({ noWaitAfter: true });
  await page.reload();
  frame = await sidebarFrame(page);
  await expect(frame.getByTestId('console-status')).toContainText('Undertone demo console');
  expect(problems).toEqual([]);
});

/**
 * The built extension with `unlimitedStorage` taken out of its manifest (same
 * key, so the same id). With that permission Chromium gives the extension no
 * quota at all and ignores a DevTools quota override, so only a full disk
 * would refuse a write; without it the quota manager applies the override.
 */
function buildWithoutUnlimitedStorage(): string {
  return buildVariant((manifest) => void (manifest.permissions = manifest.permissions.filter((permission) => permission !== 'unlimitedStorage')));
}

/**
 * Lowers the quota Chromium's quota manager enforces on the extension's origin
 * to `fraction` of what it uses now. The override lasts while this DevTools
 * session stays attached; `lift()` removes it.
 */
async function overrideQuota(context: BrowserContext, page: Page, fraction: number) {
  const origin = `chrome-extension://${EXTENSION_ID}`;
  const cdp = await context.newCDPSession(page);
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.floor(usage * fraction) });
  return { lift: () => cdp.send('Storage.overrideQuotaForOrigin', { origin }) };
}

test('storage is full: the agent is told where they wrote, and nothing saved before is lost', async ({ server }) => {
  test.setTimeout(60_000);
  const build = buildWithoutUnlimitedStorage();
  const profile = mkdtempSync(join(tmpdir(), 'undertone-profile-'));
  const note = 'Promised a refund by Friday, order #4021';

  let context = await launchUndertone(profile, build);
  try {
    // A normal shift: a note from the sidebar's quick capture and a snippet from the options page.
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/?pace=0`);
    const frame = await sidebarFrame(page);
    await frame.getByTestId('note-input').fill(note);
    await frame.getByRole('button', { name: 'Save note' }).click();
    await expect(frame.getByTestId('note-list')).toContainText(note);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await options.getByRole('button', { name: 'New snippet' }).click();
    const editor = options.getByTestId('snippet-editor');
    await editor.getByLabel('Title').fill('Refund approved');
    await editor.getByLabel(/^Text/).fill('Your refund is on its way.');
    await editor.getByRole('button', { name: 'Save snippet' }).click();
    await expect(editor).toBeHidden();
  } finally {
    await context.close();
  }

  // The next morning the disk is full. The quota is lowered as the browser starts, before Undertone writes anything:
  // IndexedDB keeps a granted allowance for up to 30 s, so an override set after a write would not bite at once.
  context = await launchUndertone(profile, build);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const quota = await overrideQuota(context, page, 0.5);
    await page.goto(`${server.origin}/?pace=0`);
    const frame = await sidebarFrame(page);
    await expect(frame.getByTestId('note-list')).toContainText(note);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    const editor = options.getByTestId('snippet-editor');
    const saved = async () => {
      const [snippets, notes] = await Promise.all([ask<{ title: string }[]>(options, 'snippets.list', {}), ask<{ text: string }[]>(options, 'notes.all', {})]);
      if (!snippets.ok || !notes.ok) throw new Error('could not read back what was saved');
      return { snippets: snippets.value.map((s) => s.title).sort(), notes: notes.value.map((n) => n.text).sort() };
    };
    expect(await saved()).toEqual({ snippets: ['Refund approved'], notes: [note] });

    await frame.getByTestId('note-input').fill('Customer will send photos of the damage');
    await frame.getByRole('button', { name: 'Save note' }).click();
    await expect(frame.getByTestId('notes-error')).toContainText('Your browser’s storage for Undertone is full: this note was not saved');
    await expect(frame.getByTestId('note-input')).toHaveValue('Customer will send photos of the damage'); // kept for another try

    await options.getByRole('button', { name: 'New snippet' }).click();
    await editor.getByLabel('Title').fill('Photos please');
    await editor.getByLabel(/^Text/).fill('Could you send a photo of the damage?');
    await editor.getByRole('button', { name: 'Save snippet' }).click();
    await expect(options.getByRole('alert')).toContainText('Your browser’s storage for Undertone is full: the change was not saved. Everything saved before is kept.');
    await expect(editor.getByLabel('Title')).toHaveValue('Photos please'); // the editor stays open with the agent's text

    expect(await saved()).toEqual({ snippets: ['Refund approved'], notes: [note] });

    // Space again: the very same saves go through, so it was the quota that refused them.
    await quota.lift();
    await editor.getByRole('button', { name: 'Save snippet' }).click();
    await expect(editor).toBeHidden();
    await frame.getByRole('button', { name: 'Save note' }).click();
    await expect(frame.getByTestId('note-list')).toContainText('photos of the damage');
    await expect(frame.getByTestId('notes-error')).toHaveCount(0);
    expect(await saved()).toEqual({ snippets: ['Photos please', 'Refund approved'], notes: ['Customer will send photos of the damage', note] });
  } finally {
    await context.close();
  }
});
