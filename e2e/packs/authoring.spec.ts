import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPack } from '../../utils/packs/read';
import { fingerprint } from '../../utils/packs/signing';
import { expect, launchUndertone, receive, serviceWorkerOf, sidebarFrame, test } from '../fixtures';
import { optionsUrl } from '../snippets/helpers';

const PHRASING = 'I completely understand why you are upset, and I am on it right now.';
const crisp = JSON.parse(readFileSync('utils/adapters/consoles/crisp.json', 'utf8')) as Record<'messageList' | 'message' | 'composer' | 'conversationList', string> & {
  matches: string[];
  author: { customerSelector: string };
};

test('a lead opens a pack file, edits every kind of item through its form, previews it, bumps, signs and exports it; imported elsewhere, the card shows the new phrasing', async ({ page, server }) => {
  await page.goto(optionsUrl('#packs'));
  const authoring = page.getByTestId('authoring');
  await authoring.locator('summary').click();
  await authoring.getByTestId('authoring-open-file').setInputFiles('packs/undertone-essentials-en.json');
  await expect(authoring.getByRole('status')).toHaveText('Opened Undertone essentials (English) 1.0.0: bump the version and say what changed before exporting.');
  await expect(authoring.getByLabel('Version', { exact: true })).toHaveValue('1.0.0');

  // Every kind, through its form: change one item of each the pack has, and add a console adapter, which it has none of.
  const item = async (kind: string, n: number) => {
    const details = authoring.getByTestId(`authoring-${kind}`).getByTestId('authoring-item').nth(n - 1);
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    return details;
  };
  await (await item('coaching', 1)).getByLabel('Phrasing').fill(PHRASING);
  await (await item('snippets', 1)).getByLabel('Title').fill('Warm greeting');
  await (await item('needQuestions', 1)).getByLabel('Need').selectOption({ label: 'Deadline: by when' });
  await (await item('needQuestions', 1)).getByLabel('Question').fill('By when do you need this settled?');
  await (await item('draftChecks', 1)).getByLabel('Suggest instead').fill('Let me find what I can do for you.');
  const hotline = await item('hotlines', 1);
  await hotline.getByLabel('Note').fill('Free, any time.');
  await hotline.getByLabel('Takes text messages').check();

  // A field the validator refuses says so beside it, and the whole pack's problems are listed; nothing exports meanwhile.
  const secondSnippet = await item('snippets', 2);
  await secondSnippet.getByLabel('Title').fill('');
  await expect(secondSnippet.locator('[data-field="title"] .field-error')).toHaveText('Required.');
  await expect(secondSnippet.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('authoring-problems')).toContainText('at snippets[1].title');
  await authoring.getByRole('button', { name: 'Export pack' }).click();
  await expect(authoring.getByRole('alert')).toContainText('Fix first: at snippets[1].title');
  await secondSnippet.getByRole('button', { name: 'Remove Snippets item 2' }).click();

  await authoring.getByRole('button', { name: 'Add to Console adapters' }).click();
  const adapter = await item('adapters', 1);
  await expect(adapter.locator('[data-field="name"] .field-error')).toHaveText('Required.');
  await adapter.getByLabel('Id (unique within its kind)').fill('team-crisp');
  await adapter.getByLabel('Console name').fill('Team Crisp');
  await adapter.getByLabel('Match pattern 1').fill('app.crisp.chat');
  await expect(adapter.locator('[data-field="matches"] .field-error')).toHaveText('A match pattern, such as https://*.example.com/*.');
  await adapter.getByLabel('Match pattern 1').fill(crisp.matches[0]!);
  await adapter.getByRole('button', { name: 'Add Match pattern' }).click();
  await adapter.getByLabel('Match pattern 2').fill('https://*.crisp.help/*');
  await adapter.getByLabel('The list of messages').fill(crisp.messageList);
  await adapter.getByLabel('One message').fill(crisp.message);
  await adapter.getByLabel('A customer’s message matches').fill(crisp.author.customerSelector);
  await adapter.getByLabel('Where the agent types').fill(crisp.composer);
  await adapter.getByLabel('Editor').selectOption('contenteditable');
  // Rarely needed fields wait folded, and open with a click.
  await adapter.getByText('List of conversations (rarely needed)').click();
  const list = adapter.getByLabel('List of conversations', { exact: true });
  await list.fill('.c-inbox-list[');
  await expect(adapter.locator('[data-field="conversationList"] .field-error')).toHaveText('A valid CSS selector, such as .chat-log > li.');
  await list.fill(crisp.conversationList);
  await expect(adapter.locator('[data-field="conversationList"] .field-error')).toHaveCount(0);
  await expect(list).toBeVisible();

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
  expect(read.pack.needQuestions![0]).toMatchObject({ need: 'deadline', question: 'By when do you need this settled?' });
  expect(read.pack.draftChecks![0]!.suggest).toBe('Let me find what I can do for you.');
  expect(read.pack.adapters).toEqual([
    {
      id: 'team-crisp',
      name: 'Team Crisp',
      matches: [crisp.matches[0], 'https://*.crisp.help/*'],
      messageList: crisp.messageList,
      message: crisp.message,
      author: { customerSelector: crisp.author.customerSelector },
      composer: crisp.composer,
      editor: 'contenteditable',
      conversationList: crisp.conversationList,
    },
  ]);
  expect(read.pack.hotlines![0]).toMatchObject({ note: 'Free, any time.', text: true });

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

test('a lead opens an installed pack, changes it through the forms and exports the next version under the same id', async ({ page }) => {
  await page.goto(optionsUrl('#packs'));
  await page.getByTestId('pack-file').setInputFiles('packs/undertone-essentials-en.json');
  await page.getByRole('button', { name: 'Import this pack' }).click();
  await expect(page.getByTestId('packs-message')).toHaveText('Undertone essentials (English) 1.0.0 installed.');

  const authoring = page.getByTestId('authoring');
  await authoring.locator('summary').first().click();
  await authoring.getByLabel('Or open an installed pack').selectOption({ label: 'Undertone essentials (English)' });
  await authoring.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(authoring.getByRole('status')).toHaveText('Opened Undertone essentials (English) 1.0.0: bump the version and say what changed before exporting.');
  await expect(authoring.getByLabel(/^Pack id/)).toHaveValue('dev.undertone.essentials-en');

  // By keyboard: an item's line opens with Enter, and Tab goes on into its form.
  const phrasing = authoring.getByTestId('authoring-coaching').getByTestId('authoring-item').nth(1);
  await phrasing.locator('summary').focus();
  await page.keyboard.press('Enter');
  // The form is built only once its line is open: Tab after it has rendered, as a person would.
  await expect(phrasing.getByLabel('Id (unique within its kind)')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(phrasing.getByLabel('Id (unique within its kind)')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(phrasing.getByLabel('Customer state')).toBeFocused();
  await phrasing.getByLabel('Stage').selectOption({ label: 'Solve: moving things forward' });
  await phrasing.getByLabel('Phrasing').fill('Here is what I will do next, and when you will hear from me.');
  await expect(phrasing.locator('summary')).toHaveText('Coaching phrasings 2: Here is what I will do next, and when you will hear from me.');
  // The same version again would be refused by every agent who has it: the form says so at the version.
  await expect(authoring.locator('[data-field="version"] .field-error')).toHaveText('Must be newer than 1.0.0, the version you opened: bump it.');
  await authoring.getByRole('button', { name: 'Bump patch' }).click();
  await expect(authoring.locator('[data-field="version"] .field-error')).toHaveCount(0);
  await authoring.getByLabel('What changed in this version (one per line)').fill('Clearer next step');

  const packDownload = page.waitForEvent('download');
  await authoring.getByRole('button', { name: 'Export pack' }).click();
  const download = await packDownload;
  expect(download.suggestedFilename()).toBe('dev.undertone.essentials-en-1.0.1.json');
  const read = await readPack(new Uint8Array(readFileSync((await download.path())!)));
  if (!read.ok) throw new Error(read.errors.join('; '));
  expect(read.pack).toMatchObject({ id: 'dev.undertone.essentials-en', version: '1.0.1' });
  expect(read.pack.changelog.slice(0, 2)).toMatchObject([{ version: '1.0.1', changes: ['Clearer next step'] }, { version: '1.0.0' }]);
  expect(read.pack.coaching![1]).toMatchObject({ stage: 'solve', text: 'Here is what I will do next, and when you will hear from me.' });
  await expect(authoring.getByRole('status')).toHaveText('Pack exported unsigned: agents subscribing with a public key will refuse it.');
});
