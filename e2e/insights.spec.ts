import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, launchUndertone, receive, serviceWorkerOf, sidebarFrame, test } from './fixtures';
import { optionsUrl } from './snippets/helpers';

const PACK_FILE = 'packs/undertone-essentials-en.json';
const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as { name: string; coaching: { id: string; text: string }[] };
const ANGRY = 'I am furious, this is ridiculous and I want to cancel my account.';

/** Installs the English example pack through the options page, as an agent confirming the file would. */
async function installPack(page: Page): Promise<void> {
  await page.goto(optionsUrl('#packs'));
  await page.getByTestId('pack-file').setInputFiles(PACK_FILE);
  await page.getByRole('button', { name: 'Import this pack' }).click();
  await expect(page.getByTestId('packs-message')).toHaveText(`${pack.name} 1.0.0 installed.`);
}

test('inserts on the demo console become Insights; a summary exported by this agent imports into a lead’s browser and shows beside the pack', async ({ context, page, server }) => {
  await serviceWorkerOf(context);
  const options = await context.newPage();
  await installPack(options);

  // On the demo console: an angry customer, the team's first phrasing inserted five times, the second once, then two calmer replies.
  await page.goto(`${server.origin}/?pace=0&clock=09:41`);
  const frame = await sidebarFrame(page);
  await page.locator('[data-conversation="c-1043"]').click();
  await expect(frame.getByTestId('console-status')).toContainText('Marcus Obi');
  await receive(page, ANGRY);
  const suggestions = frame.getByTestId('coaching-card').getByTestId('suggestion');
  await expect(suggestions.first()).toBeVisible();
  // Each line reads "<stage> <phrasing>": the stage word is the card's, the rest the phrasing.
  const phrasing = async (index: number) => (await suggestions.nth(index).locator('p').innerText()).replace(/^\S+\s+/, '');
  const [first, second] = [await phrasing(0), await phrasing(1)];
  const teamPhrasing = pack.coaching.find((p) => first.includes(p.text));
  expect(teamPhrasing, `the card's first line comes from the pack: ${first}`).toBeDefined();
  for (let i = 0; i < 5; i++) await suggestions.nth(0).getByRole('button', { name: 'Insert' }).click();
  await suggestions.nth(1).getByRole('button', { name: 'Insert' }).click();
  await expect(page.getByTestId('composer')).not.toHaveValue('');
  const points = await frame.getByTestId('timeline-point').count();
  await receive(page, 'Ok, thank you, that does help.');
  await expect(frame.getByTestId('timeline-point')).toHaveCount(points + 1);
  await receive(page, 'Great, thanks so much for sorting it.');
  await expect(frame.getByTestId('timeline-point')).toHaveCount(points + 2);

  // Insights: per item, uses and answers with the median beside its count; one use is too few to tell.
  await options.goto(optionsUrl('#insights'));
  const row = options.getByTestId('insight-row').filter({ hasText: teamPhrasing!.text });
  await expect(row).toHaveAttribute('data-item', `coaching:${teamPhrasing!.id}`);
  await expect(row).toContainText(pack.name);
  await expect(row.locator('td').nth(2)).toHaveText('5');
  await expect(row.locator('td').nth(3)).toHaveText('5 of 5');
  await expect(row.getByTestId('insight-median')).toHaveText(/^−0\.\d\d \(of 5\)$/);
  await expect(row.getByTestId('change-dots')).toHaveAttribute('aria-label', 'calmer 5, about the same 0, hotter 0');
  const once = options.getByTestId('insight-row').filter({ hasText: second.slice(0, 30) });
  await expect(once.getByTestId('insight-median')).toHaveText('too few uses to tell (1)');
  await expect(options.getByTestId('insights-total')).toHaveText('6 inserts in this period');

  // The summary shows its exact content first: counts per pack item, none of the conversation.
  const exportCard = options.getByTestId('summary-export');
  await exportCard.getByRole('button', { name: 'Show exactly what the file holds' }).click();
  const preview = await exportCard.getByTestId('summary-preview').innerText();
  expect(preview).toContain('"format": "undertone-insight-summary"');
  expect(preview).toContain(`"itemKey": "coaching:${teamPhrasing!.id}"`);
  for (const secret of [ANGRY, 'Marcus', 'c-1043', 'thank you', teamPhrasing!.text]) expect(preview).not.toContain(secret);
  const saving = options.waitForEvent('download');
  await exportCard.getByRole('button', { name: 'Save this summary' }).click();
  const download = await saving;
  expect(download.suggestedFilename()).toMatch(/^undertone-insights-\d{4}-\d{2}-\d{2}\.json$/);
  const summaryText = readFileSync((await download.path())!, 'utf8');
  expect(summaryText).toBe(preview.endsWith('\n') ? preview : `${preview}\n`);

  // A lead's own browser: another profile, the same pack installed, the agent's summary imported.
  const leadProfile = mkdtempSync(join(tmpdir(), 'undertone-lead-'));
  const lead = await launchUndertone(leadProfile);
  try {
    await serviceWorkerOf(lead);
    const leadPage = lead.pages()[0] ?? (await lead.newPage());
    await installPack(leadPage);
    await leadPage.goto(optionsUrl('#insights'));
    const team = leadPage.getByTestId('team-insights');
    await expect(team.getByRole('heading', { name: 'Your team’s figures (for team leads)' })).toBeVisible();

    // A malformed file refuses the whole import, naming the file and the problem.
    await team.getByTestId('summary-files').setInputFiles([
      { name: 'agent-1.json', mimeType: 'application/json', buffer: Buffer.from(summaryText) },
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(summaryText.replace('"uses": 5', '"uses": -5')) },
    ]);
    await expect(team.getByTestId('team-error')).toHaveText(/^Nothing was imported: broken\.json: at items\[\d\]\.uses: a count cannot be negative/);
    await expect(team.getByTestId('team-row')).toHaveCount(0);

    await team.getByTestId('summary-files').setInputFiles([
      { name: 'agent-1.json', mimeType: 'application/json', buffer: Buffer.from(summaryText) },
      { name: 'agent-1-again.json', mimeType: 'application/json', buffer: Buffer.from(summaryText) },
    ]);
    await expect(team.getByTestId('team-message')).toHaveText('1 summaries added (1 already here).');
    const teamRow = team.getByTestId('team-row').filter({ hasText: teamPhrasing!.text });
    await expect(teamRow.locator('td').nth(0)).toHaveText(pack.name);
    await expect(teamRow.locator('td').nth(2)).toHaveText('1');
    await expect(teamRow.locator('td').nth(3)).toHaveText('5');
    await expect(teamRow.getByTestId('team-median')).toHaveText(await row.getByTestId('insight-median').innerText());

    // The figures survive a reload: they are stored in the lead's browser.
    await leadPage.reload();
    await expect(leadPage.getByTestId('team-row').filter({ hasText: teamPhrasing!.text })).toBeVisible();
  } finally {
    await lead.close();
    rmSync(leadProfile, { recursive: true, force: true });
  }
});
