import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic } from '../scripts/serve.mjs';
import { launchUndertone, sidebarFrame, typeInFrame, waitForText, welcomePageOf } from './firefox';

let served: { origin: string; close(): Promise<unknown> };

beforeAll(async () => {
  served = await serveStatic({ '/': 'demo' });
});
afterAll(() => served?.close());

test('a note written in the sidebar survives a browser restart on the same profile, which opens no second welcome', async () => {
  const first = await launchUndertone();
  try {
    await first.page.goto(`${served.origin}/?pace=0`);
    const frame = await sidebarFrame(first.page);
    await typeInFrame(first.page, frame, '[data-testid="note-input"]', 'Promised a callback before 5pm about order #40211');
    const [save] = await frame.$$('xpath/.//button[normalize-space()="Save note"]');
    await save!.click();
    await waitForText(frame, '[data-testid="note-list"]', 'order #40211');
  } finally {
    await first.close();
  }

  const again = await launchUndertone(first.profileDir);
  try {
    await again.page.goto(`${served.origin}/?pace=0`);
    const frame = await sidebarFrame(again.page);
    await waitForText(frame, '[data-testid="note-list"]', 'order #40211');
    expect(await frame.$$eval('[data-testid="note-list"] li', (items) => items.length)).toBe(1);
    // The install event came before the sidebar could read the note, so a welcome tab would be open by now.
    expect(await welcomePageOf(again.browser)).toBeUndefined();
  } finally {
    await again.close();
  }
});
