import { expect, test, sidebarFrame } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('the sidebar docks beside the demo console within a second, covering neither the log nor the composer', async ({ page, demoUrl }) => {
  const started = Date.now();
  await page.goto(demoUrl);
  const dock = page.locator('undertone-dock');
  await expect(dock).toBeVisible({ timeout: 1_000 });
  const frame = await sidebarFrame(page);
  await expect(frame.getByTestId('console-status')).toContainText('Undertone demo console', { timeout: 1_000 });
  test.info().annotations.push({ type: 'sidebar visible after load (ms)', description: String(Date.now() - started) });

  const dockBox = (await dock.boundingBox())!;
  for (const testId of ['message-log', 'composer', 'send']) {
    const box = (await page.getByTestId(testId).boundingBox())!;
    expect(overlaps(dockBox, box), `${testId} is covered by the sidebar`).toBe(false);
    expect(box.x + box.width).toBeLessThanOrEqual(dockBox.x);
  }

  // The composer is really clickable: the topmost element at its centre is the composer itself.
  const composer = page.getByTestId('composer');
  const hit = await composer.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
  });
  expect(hit).toBe(true);
  await composer.click();
  await page.keyboard.type('Hello');
  await expect(composer).toHaveValue('Hello');
});

test('collapse, resize and the keyboard toggle persist across a reload', async ({ page, demoUrl }) => {
  await page.goto(demoUrl);
  const dock = page.locator('undertone-dock');
  let frame = await sidebarFrame(page);
  await expect(frame.getByTestId('console-status')).toBeVisible();

  // Resize by dragging the dock's left edge 100px to the left.
  const before = (await dock.boundingBox())!;
  await page.mouse.move(before.x + 1, before.y + 300);
  await page.mouse.down();
  await page.mouse.move(before.x - 50, before.y + 300, { steps: 5 });
  await page.mouse.move(before.x - 99, before.y + 300, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await dock.boundingBox())!.width)).toBe(Math.round(before.width + 100));
  const log = (await page.getByTestId('message-log').boundingBox())!;
  expect(log.x + log.width).toBeLessThanOrEqual((await dock.boundingBox())!.x);

  // Collapse to the rail with the sidebar's own button.
  await frame.getByRole('button', { name: 'Collapse Undertone' }).click();
  await expect.poll(async () => Math.round((await dock.boundingBox())!.width)).toBe(44);

  await page.reload();
  frame = await sidebarFrame(page);
  await expect(frame.getByRole('button', { name: 'Expand Undertone' })).toBeVisible();
  await expect(page.locator('undertone-dock')).toHaveAttribute('data-shortcut', 'Alt+Shift+U');
  await expect.poll(async () => Math.round((await dock.boundingBox())!.width)).toBe(44);

  // The keyboard command (Alt+Shift+U) expands it again, at the remembered width.
  await page.getByTestId('composer').click();
  await page.keyboard.press('Alt+Shift+U');
  await expect.poll(async () => Math.round((await dock.boundingBox())!.width)).toBe(Math.round(before.width + 100));
  await page.reload();
  await expect.poll(async () => Math.round((await page.locator('undertone-dock').boundingBox())?.width ?? 0)).toBe(Math.round(before.width + 100));
});
