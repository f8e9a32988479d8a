import { EXTENSION_ID, expect, serviceWorkerOf, sidebarFrame, test } from './fixtures';

test('a hostile page can neither read the agent\'s data nor make Undertone act', async ({ context, page, demoUrl }) => {
  await page.goto(demoUrl);
  const frame = await sidebarFrame(page);
  await frame.getByTestId('note-input').fill('Secret: customer PIN hint');
  await frame.getByRole('button', { name: 'Save note' }).click();
  await expect(frame.getByTestId('note-list')).toContainText('PIN hint');
  const dockWidth = await page.locator('undertone-dock').getAttribute('data-width');

  const findings = await page.evaluate(async (extensionId) => {
    const found: Record<string, unknown> = {};
    // 1. Look for Undertone's database in the page's own IndexedDB.
    found.databases = (await indexedDB.databases()).map((d) => d.name);
    // 2. Reach into the dock: its shadow root is closed.
    found.shadowRoot = document.querySelector('undertone-dock')?.shadowRoot ?? null;
    // 3. Spoof the request protocol by postMessage, to every frame and to the window (where content scripts listen).
    const forged = { channel: 'undertone/request', type: 'notes.add', input: { conversationKey: 'demo:c-1042', text: 'INJECTED' } };
    const insert = { type: 'sidebar.insert', requestId: 'x', text: 'INJECTED' };
    for (let i = 0; i < window.frames.length; i++) {
      window.frames[i]!.postMessage(forged, '*');
      window.frames[i]!.postMessage(insert, '*');
    }
    window.postMessage(forged, '*');
    window.postMessage(insert, '*');
    // 4. Talk to the extension directly.
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } } }).chrome?.runtime;
    try {
      found.sendMessage = runtime?.sendMessage ? await runtime.sendMessage(extensionId, forged) : 'no chrome.runtime';
    } catch (error) {
      found.sendMessage = `refused: ${(error as Error).message}`;
    }
    // 5. Forge the toggle shortcut and custom events.
    const composer = document.querySelector('[data-testid="composer"]')!;
    composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'U', code: 'KeyU', altKey: true, shiftKey: true, bubbles: true }));
    document.dispatchEvent(new CustomEvent('undertone:insert', { detail: 'INJECTED' }));
    return found;
  }, EXTENSION_ID);

  expect(findings.databases).not.toContain('undertone');
  expect(findings.shadowRoot).toBeNull();
  expect(String(findings.sendMessage)).toMatch(/no chrome.runtime|refused/);

  // A barrier instead of a sleep: one more real note goes through the same background after the forgeries.
  await frame.getByTestId('note-input').fill('Second real note');
  await frame.getByRole('button', { name: 'Save note' }).click();
  await expect(frame.getByTestId('note-list')).toContainText('Second real note');
  await expect(page.getByTestId('composer')).toHaveValue('');
  await expect(page.locator('undertone-dock')).toHaveAttribute('data-width', dockWidth!);

  // The background's database holds exactly the one note the agent wrote.
  const worker = await serviceWorkerOf(context);
  const texts = await worker.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const open = indexedDB.open('undertone');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => done(all.result.map((n: { text: string }) => n.text));
        };
      }),
  );
  expect(texts.sort()).toEqual(['Second real note', 'Secret: customer PIN hint']);
  await expect(frame.getByTestId('note-list')).not.toContainText('INJECTED');
});
