import { translator } from '../../utils/i18n';
import { pickerWords } from '../../utils/picker/words';
import { expect, test } from '../fixtures';
import { accessibleNames, clickClosedButton, expectUnmarkedReadWith, latestState, openFixture, serveConsoleAt } from './helpers';

type Reply = { ok: boolean; value?: unknown; error?: string };

/**
 * A custom adapter built through the picker on a console no adapter knows:
 * four clicks, Enter to save, and from the next load the page is read with it
 * (authors from the classes that tell the picked messages apart). The saved
 * adapter exports as JSON, and an import that fails the schema writes nothing.
 * One more (optional) click names where the customer's email is: customer
 * memory keys on it.
 */
test('pick elements and the customer’s email, save, and the site is read with the picked adapter; export and import as JSON', async ({ context, page }) => {
  await serveConsoleAt(context, 'http://127.0.0.1', 'unmarked');
  let probe = await openFixture(page, 'http://127.0.0.1/support');
  await expect.poll(async () => (await latestState(probe))?.adapterId).toBe('generic');

  // The console shows who the customer is in its header.
  await page.evaluate(() => document.querySelector('.app')!.insertAdjacentHTML('afterbegin', '<header class="visitor"><span class="visitor-email">dana@example.com</span></header>'));
  const started = await probe.frame.evaluate(
    (words) =>
      new Promise<{ ok: boolean }>((done) => {
        const w = window as unknown as { __probe: { port: { postMessage(m: unknown): void; onMessage: { addListener(f: (m: { requestId?: string; ok: boolean }) => void): void } } } };
        w.__probe.port.onMessage.addListener((m) => m.requestId === 'pick' && done(m));
        w.__probe.port.postMessage({ type: 'sidebar.pick', requestId: 'pick', words });
      }),
    pickerWords(translator('en')),
  );
  expect(started.ok).toBe(true);
  // The picker swallows these clicks: the page never sees them.
  await page.evaluate(() => {
    (window as unknown as { clicks: number }).clicks = 0;
    document.addEventListener('click', () => (window as unknown as { clicks: number }).clicks++);
  });
  await page.locator('[data-fixture-list]').click({ position: { x: 10, y: 290 } });
  await page.locator('.item.side-left span').first().click();
  await page.locator('.item.side-right span').first().click();
  await page.locator('textarea').click();
  await clickClosedButton(page, "Pick the customer's email, handle or id (optional)");
  await page.locator('.visitor-email').click();
  await expect.poll(async () => (await accessibleNames(page)).find((name) => name.startsWith('Customer identity: '))).toBeDefined();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(0);

  const ask = (type: string, input: unknown) =>
    probe.frame.evaluate(
      ([type, input]) => (window as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }).chrome.runtime.sendMessage({ channel: 'undertone/request', type, input }),
      [type, input] as const,
    );
  await expect.poll(async () => ((await ask('adapters.list', {})).value as { id: string }[] | undefined)?.map((a) => a.id)).toEqual(['custom-127-0-0-1']);

  await page.reload();
  await expect(page.locator('html[data-fixture-ready="true"]')).toBeAttached();
  probe = await openFixture(page, 'http://127.0.0.1/support');
  await expectUnmarkedReadWith(page, probe, 'custom-127-0-0-1');

  const exported = (await ask('adapters.export', {})).value as string;
  const [adapter] = JSON.parse(exported) as { id: string; message: string; composer: string; customerEmail?: string }[];
  expect(adapter).toMatchObject({ id: 'custom-127-0-0-1', composer: 'textarea', customerEmail: expect.any(String) });
  await page.evaluate(() => document.querySelector('.app')!.insertAdjacentHTML('afterbegin', '<header class="visitor"><span class="visitor-email">dana@example.com</span></header>'));
  expect(await page.evaluate((selector) => document.querySelector(selector)?.textContent, adapter!.customerEmail!)).toBe('dana@example.com');
  const bad = await ask('adapters.import', { json: JSON.stringify([{ ...adapter, id: 'second' }, { ...adapter, message: 'div[' }]) });
  expect(bad).toEqual({ ok: false, error: expect.stringMatching(/\[1\]\.message: is not a valid CSS selector|at \[1\]/) });
  expect(((await ask('adapters.list', {})).value as unknown[]).length).toBe(1);
  const good = await ask('adapters.import', { json: JSON.stringify({ ...adapter, id: 'second-site', matches: ['https://support.example.com/*'] }) });
  expect(good.ok).toBe(true);
  expect(((await ask('adapters.list', {})).value as { id: string }[]).map((a) => a.id)).toEqual(['custom-127-0-0-1', 'second-site']);
});
