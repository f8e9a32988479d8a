import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { fold, type Probe } from './helpers';

/** Editors fold edits made within ~0.5 s into one undo step; a real agent's trip to the sidebar takes longer than this. */
const UNDO_GROUP_GAP_MS = 600;

const model = (page: Page) => page.evaluate(() => (window as unknown as { __model(): string }).__model());

/**
 * Every insertion promise, against the editor's own model:
 * 1. into an empty composer after focus went to the sidebar: the model holds the text once, the DOM agrees,
 *    the host's send button wakes up, and one Ctrl+Z removes just the insert;
 * 2. into the middle of a typed draft, at the caret saved before focus left: one Ctrl+Z restores the draft;
 * 3. over a selection, with a line break kept.
 */
export async function checkInsertion(page: Page, probe: Probe, composer: string, send: string): Promise<string[]> {
  const editable = page.locator(composer).first();
  const sendButton = page.locator(send).first();
  const domText = () => editable.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : el instanceof HTMLIFrameElement ? el.contentDocument!.body.innerText : (el as HTMLElement).innerText));
  const leaveForSidebar = () => probe.frame.locator('body').click({ position: { x: 2, y: 2 } });
  const methods: string[] = [];

  await editable.click();
  await expect(sendButton).toBeDisabled();
  await leaveForSidebar();
  let result = await probe.insert('Hello world');
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  methods.push(result.method!);
  expect(await model(page)).toBe('Hello world');
  expect(fold(await domText())).toBe('Hello world');
  await expect(sendButton).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect.poll(() => model(page)).toBe('');
  await expect(sendButton).toBeDisabled();

  await editable.click();
  await page.keyboard.type('Hi there');
  // Arrow keys rather than Home: editors such as Slate sync a natively moved caret on a throttle, faster than any agent types.
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(UNDO_GROUP_GAP_MS);
  await leaveForSidebar();
  result = await probe.insert('dear ');
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  methods.push(result.method!);
  expect(await model(page)).toBe('Hi dear there');
  expect(fold(await domText())).toBe('Hi dear there');
  await page.waitForTimeout(UNDO_GROUP_GAP_MS);
  await page.keyboard.press('Control+z');
  await expect.poll(() => model(page)).toBe('Hi there');

  // Undo left the caret where the insert was: select "there" and replace it with two lines.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.waitForTimeout(UNDO_GROUP_GAP_MS);
  await leaveForSidebar();
  result = await probe.insert('line one\nline two');
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  methods.push(result.method!);
  expect(await model(page)).toBe('Hi line one\nline two');
  expect(fold(await domText())).toBe('Hi line one line two');
  return methods;
}
