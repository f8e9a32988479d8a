import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { attachProbe, editors, launchShared, serveConsoleAt, type Probe } from './helpers';
import { checkInsertion } from './insert-checks';

/**
 * Every editor library, mounted from npm on a console page no adapter knows
 * (so the generic fallback finds the composer), takes Undertone's inserts as
 * if the agent typed them. The composer selector is the editor's signature.
 */
test.describe.configure({ mode: 'default' });
let context: BrowserContext;
test.beforeAll(async () => {
  context = await launchShared();
  await serveConsoleAt(context, 'http://localhost', 'unknown');
});
test.afterAll(() => context.close());

async function open(name: string): Promise<{ page: Page; probe: Probe }> {
  const page = await context.newPage();
  await page.goto(`http://localhost/editors/${name}`);
  await expect(page.locator('html[data-fixture-ready="true"]')).toBeAttached({ timeout: 10_000 });
  return { page, probe: await attachProbe(page) };
}

for (const [name, composer] of editors) {
  test(`${name}: insert lands once at the saved caret, model and DOM agree, the host reacts, one Ctrl+Z undoes it`, async () => {
    const { page, probe } = await open(name);
    const methods = await checkInsertion(page, probe, composer, 'button.send');
    test.info().annotations.push({ type: 'technique', description: methods.join(', ') });
    await page.close();
  });
}
