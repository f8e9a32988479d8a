import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { serveStatic } from '../scripts/serve.mjs';
import { accessibleNames } from './adapters/helpers';
import { docScreenshot, EXTENSION_ID, expect, serviceWorkerOf, receive, sidebarFrame, test } from './fixtures';


async function openConversation(page: Page, frame: Frame, id: string, name: string) {
  await page.locator(`[data-conversation="${id}"]`).click();
  await expect(frame.getByTestId('console-status')).toContainText(name);
}

test.describe('the sidebar an agent lives in (English)', () => {
  test('coaching card: evidence, Insert, Copy, Alt+N and Esc; focus stays in the composer', async ({ context, page, server }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${server.origin}/?pace=0&clock=09:41`);
    const frame = await sidebarFrame(page);
    await openConversation(page, frame, 'c-1043', 'Marcus Obi');

    // The agent is typing when the customer writes again: the card appears, focus stays put.
    const composer = page.getByTestId('composer');
    await composer.click();
    await composer.pressSequentially('Hi Marcus, ');
    await receive(page, "This is ridiculous. Third time I'm writing and nobody fixes it. I'm cancelling my account.");
    const card = frame.getByTestId('coaching-card');
    await expect(card).toBeVisible();
    expect(await card.locator('[data-kind]').allTextContents()).toEqual(expect.arrayContaining(['Anger', 'Repeat contact', 'Churn threat']));
    await expect(card.locator('mark').first()).toBeVisible();
    expect(await composer.evaluate((el) => document.activeElement === el && document.hasFocus())).toBe(true);
    await expect(frame.getByTestId('announcer')).toContainText('Undertone hears');

    const suggestions = card.getByTestId('suggestion');
    expect(await suggestions.count()).toBeGreaterThanOrEqual(2);
    expect(await suggestions.count()).toBeLessThanOrEqual(4);
    await expect(suggestions.first()).toHaveAttribute('data-stage', 'acknowledge');
    await docScreenshot(page, 'en-coaching-card.png');

    // Insert lands at the caret, after what the agent already typed.
    const first = (await suggestions.first().locator('p').innerText()).replace(/^\S+\s/, '');
    await suggestions.first().getByRole('button', { name: 'Insert' }).click();
    await expect(composer).toHaveValue(`Hi Marcus, ${first}`);
    await expect(page.getByTestId('send')).toBeEnabled();

    // Copy puts the phrasing on the clipboard.
    const second = (await suggestions.nth(1).locator('p').innerText()).replace(/^\S+\s/, '');
    await suggestions.nth(1).getByRole('button', { name: 'Copy' }).click();
    await expect(suggestions.nth(1).getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(second);

    // Alt+2 from the composer inserts suggestion 2.
    await composer.fill('');
    await composer.focus();
    await page.keyboard.press('Alt+2');
    await expect(composer).toHaveValue(second);

    // Esc in the sidebar dismisses the card.
    await card.getByRole('button', { name: 'Dismiss' }).focus();
    await frame.locator('body').press('Escape');
    await expect(card).toHaveCount(0);
  });

  test('draft warnings with Replace; needs checklist ticks itself and reminds before closing', async ({ page, server }) => {
    await page.goto(`${server.origin}/?pace=0&clock=09:41`);
    const frame = await sidebarFrame(page);
    await receive(page, 'My order still has not arrived and I need it for a trip on Friday.');
    await expect(frame.getByTestId('coaching-card')).toBeVisible();

    const composer = page.getByTestId('composer');
    await composer.click();
    await composer.pressSequentially("Please calm down, that's our policy.");
    const warnings = frame.getByTestId('draft-warnings');
    await expect(warnings).toContainText('calm down');
    await docScreenshot(page, 'en-draft-warning.png');
    await warnings.getByRole('button', { name: 'Replace' }).first().click();
    await expect(composer).not.toHaveValue(/calm down/i);
    await expect(composer).toHaveValue(/our policy/i); // only the chosen phrase was swapped

    const needs = frame.getByTestId('needs');
    const outcome = needs.locator('li[data-kind="outcome"]');
    await expect(outcome).toHaveAttribute('data-asked', 'false');
    await composer.fill('');
    if (!(await needs.evaluate((el) => (el as HTMLDetailsElement).open))) await needs.locator('summary').click();
    await outcome.getByRole('button', { name: 'Insert' }).click();
    await expect(composer).toHaveValue(/good result/);
    await page.getByTestId('send').click();
    await expect(outcome).toHaveAttribute('data-asked', 'true');

    await composer.click();
    await composer.pressSequentially('Is there anything else I can help with?');
    await expect(frame.getByTestId('needs-reminder')).toBeVisible();
  });

  test('the needs checklist stays as the agent folded it when the customer asks again; closing without asking opens it', async ({ page, server }) => {
    await page.goto(`${server.origin}/?pace=0&clock=09:41`);
    const frame = await sidebarFrame(page);
    const needs = frame.getByTestId('needs');
    const isOpen = () => needs.evaluate((el) => (el as HTMLDetailsElement).open);
    await receive(page, 'I want a refund for this order.');
    await expect(frame.getByTestId('coaching-card')).toBeVisible();
    await expect.poll(isOpen).toBe(true); // the request cues it

    await needs.locator('summary').click();
    await expect.poll(isOpen).toBe(false);
    await receive(page, 'Give me my money back, I want a refund today.');
    await expect(frame.getByTestId('coaching-message')).toContainText('money back');
    expect(await isOpen()).toBe(false); // cued again, but the agent's fold holds

    const composer = page.getByTestId('composer');
    await composer.click();
    await composer.pressSequentially('Is there anything else I can help with?');
    await expect(frame.getByTestId('needs-reminder')).toBeVisible();
    await expect.poll(isOpen).toBe(true);
    await needs.locator('summary').press('Enter'); // folding works from the keyboard too
    await expect.poll(isOpen).toBe(false);
  });

  test("a team pack's need questions word the checklist, and sending one ticks it", async ({ context, page, server }) => {
    await serviceWorkerOf(context);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    const pack = JSON.parse(readFileSync('packs/undertone-essentials-en.json', 'utf8')) as Record<string, unknown>;
    delete pack.signature;
    Object.assign(pack, {
      id: 'dev.undertone.team-needs',
      needQuestions: [
        { id: 'stakes', need: 'stakes', lang: 'en', question: 'What would it cost you if this stays broken?' },
        { id: 'deadline', need: 'deadline', lang: 'en', question: 'When does this have to be sorted by?' },
      ],
    });
    const imported = await options.evaluate((text) => chrome.runtime.sendMessage({ channel: 'undertone/request', type: 'packs.importFile', input: { text } }), JSON.stringify(pack));
    expect(imported).toMatchObject({ ok: true });

    await page.goto(`${server.origin}/?pace=0&clock=09:41`);
    const frame = await sidebarFrame(page);
    const needs = frame.getByTestId('needs');
    const stakes = needs.locator('li[data-kind="stakes"]');
    await expect(stakes.locator('.question')).toHaveText('What would it cost you if this stays broken?');
    await expect(needs.locator('li[data-kind="deadline"] .question')).toHaveText('When does this have to be sorted by?');
    await expect(needs.locator('li[data-kind="outcome"] .question')).toHaveText('What would a good result look like for you today?'); // not worded by the pack: built in

    // The team's wording matches none of the built-in patterns; sending it as inserted still ticks it.
    if (!(await needs.evaluate((el) => (el as HTMLDetailsElement).open))) await needs.locator('summary').click();
    await stakes.getByRole('button', { name: 'Insert' }).click();
    await expect(page.getByTestId('composer')).toHaveValue(/What would it cost you if this stays broken\?/);
    await page.getByTestId('send').click();
    await expect(stakes).toHaveAttribute('data-asked', 'true');
    await expect(needs.locator('li[data-kind="deadline"]')).toHaveAttribute('data-asked', 'false');
  });

  test('crisis card is pinned until acknowledged and inserts nothing; timeline and breather', async ({ page, server }) => {
    await page.goto(`${server.origin}/?pace=0&clock=09:41`);
    const frame = await sidebarFrame(page);
    await receive(page, "I can't do this anymore. I don't want to live.");
    const crisis = frame.getByTestId('crisis-card');
    await expect(crisis).toBeVisible();
    await expect(crisis).toHaveAttribute('role', 'alert');
    await expect(crisis).toContainText('988');
    await expect(page.getByTestId('composer')).toHaveValue('');
    await docScreenshot(page, 'en-crisis.png');
    await receive(page, 'Sorry. What was the order status?');
    await expect(crisis).toBeVisible();
    await crisis.getByRole('button', { name: 'I have read this' }).click();
    await expect(crisis).toHaveCount(0);

    // Three hostile messages in a row: the breather appears; the timeline has one point per customer message.
    for (const text of ['This is ABSOLUTELY RIDICULOUS!!!', 'You people are useless, what a joke.', 'I am SO angry, this is a disgrace!!']) await receive(page, text);
    await expect(frame.getByTestId('breather')).toBeVisible();
    const points = frame.getByTestId('timeline-point');
    await expect(points).toHaveCount(6);
    await points.nth(1).focus();
    await expect(frame.getByTestId('timeline-message')).toHaveText("I can't do this anymore. I don't want to live.");
    await docScreenshot(page, 'en-timeline-breather.png');

    // The agent can turn the breather off.
    await frame.getByRole('button', { name: 'Settings' }).click();
    await frame.getByLabel('Offer a short breather after heated conversations').uncheck();
    await frame.getByRole('button', { name: 'Settings' }).click();
    await expect(frame.getByTestId('breather')).toHaveCount(0);
  });
});

test('中文: the UI follows the chosen language and phrasings follow the conversation', async ({ page, server }) => {
  await page.goto(`${server.origin}/?pace=0&clock=09:41`);
  const frame = await sidebarFrame(page);
  await frame.getByRole('button', { name: 'Settings' }).click();
  await frame.getByLabel('Interface language').selectOption('zh-Hans');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Undertone 语气助手');
  await docScreenshot(page, 'zh-settings.png');
  await frame.getByRole('button', { name: '设置' }).click();

  await openConversation(page, frame, 'c-1045', '林晓');
  await receive(page, '已经第三次联系你们了，还是没解决，气死我了！再这样我就去12315投诉，给你们差评！');
  const card = frame.getByTestId('coaching-card');
  await expect(card).toBeVisible();
  expect(await card.locator('[data-kind]').allTextContents()).toEqual(expect.arrayContaining(['愤怒', '重复联系', '流失风险']));
  await expect(card.getByTestId('suggestion').first()).toContainText(/[\u4e00-\u9fff]/);
  await expect(card.getByRole('button', { name: '插入' }).first()).toBeVisible();
  await docScreenshot(page, 'zh-coaching-card.png');

  const composer = page.getByTestId('composer');
  await composer.click();
  await composer.pressSequentially('你冷静一下，这是公司规定。');
  await expect(frame.getByTestId('draft-warnings')).toContainText('冷静');
  await docScreenshot(page, 'zh-draft-warning.png');

  // English UI, Traditional Chinese conversation: phrasings stay in the customer's script.
  await frame.getByRole('button', { name: '设置' }).click();
  await frame.getByLabel('界面语言').selectOption('zh-Hant');
  await frame.getByRole('button', { name: '設定' }).click();
  await receive(page, '我已經等了三天，真的很擔心，明天就要用了，拜託幫幫我。');
  await expect(card.getByTestId('suggestion').first()).toContainText(/[\u4e00-\u9fff]/);
  await docScreenshot(page, 'zh-hant-coaching-card.png');
});

test('snippets at hand: filter, fill-in prompts with the customer name, insert; the agent\'s tagged snippet joins the coaching', async ({ context, page, server }) => {
  await serviceWorkerOf(context); // the extension is loaded
  const options = await context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  const create = (draft: object) =>
    options.evaluate((d) => chrome.runtime.sendMessage({ channel: 'undertone/request', type: 'snippets.create', input: { draft: d } }), draft);
  expect(await create({ title: 'Refund check', body: 'Hi {{customer.name}}, I have started a refund for order {{input:Order number}}.', tags: ['refund'], lang: 'en' })).toMatchObject({ ok: true });
  expect(await create({ title: 'Own the fix', body: 'I am going to personally make sure this gets fixed today.', lang: 'en', states: ['repeat_contact'] })).toMatchObject({ ok: true });
  await options.close();

  await page.goto(`${server.origin}/?pace=0&clock=09:41`);
  const frame = await sidebarFrame(page);
  await openConversation(page, frame, 'c-1043', 'Marcus Obi');
  const search = frame.getByTestId('snippet-search');
  await search.fill('refnd');
  await search.press('Enter');
  const form = frame.getByTestId('fill-in-form');
  await expect(form).toBeVisible();
  await form.getByRole('textbox').fill('40211');
  await form.getByRole('textbox').press('Enter');
  await expect(page.getByTestId('composer')).toHaveValue('Hi Marcus Obi, I have started a refund for order 40211.');
  await docScreenshot(page, 'en-snippets.png');

  // The next two customer messages record how the customer's temperature moved after the snippet (on this device only).
  await receive(page, 'Ok thanks, that helps.');
  await expect(frame.getByTestId('timeline-point')).toHaveCount(2);
  await receive(page, 'Great, thank you so much!');
  await expect(frame.getByTestId('timeline-point')).toHaveCount(3);
  const worker = await serviceWorkerOf(context);
  await expect
    .poll(() =>
      worker.evaluate(
        () =>
          new Promise<number[]>((done) => {
            const open = indexedDB.open('undertone');
            open.onsuccess = () => {
              const all = open.result.transaction('insertOutcomes').objectStore('insertOutcomes').getAll();
              all.onsuccess = () => done((all.result as { temperaturesAfter: number[] }[]).flatMap((o) => o.temperaturesAfter));
            };
          }),
      ),
    )
    .toHaveLength(2);

  await receive(page, 'This is the third time I have asked about this.');
  await expect(frame.getByTestId('coaching-card')).toBeVisible();
  await frame.getByTestId('coaching-card').getByTestId('suggestion').first().getByRole('button', { name: 'Insert' }).click();
  await page.getByTestId('send').click();
  await receive(page, 'Still broken. Third time now.');
  await expect(frame.getByTestId('coaching-card').getByTestId('suggestion')).toContainText(['I am going to personally make sure this gets fixed today.']);
});

test('a team pack that cannot update is named in the sidebar, which keeps coaching', async ({ context, page, server }) => {
  await serviceWorkerOf(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  const packServer = await serveStatic({ '/': 'packs' });
  const url = `${packServer.origin}/undertone-essentials-en.json`;
  const subscribed = await options.evaluate((u) => chrome.runtime.sendMessage({ channel: 'undertone/request', type: 'packs.subscribe', input: { url: u, intervalHours: 1 } }), url);
  expect(subscribed).toMatchObject({ ok: true });
  const key = (await options.evaluate(() => chrome.runtime.sendMessage({ channel: 'undertone/request', type: 'packs.overview', input: {} }))) as { value: { sources: { key: string }[] } };
  await packServer.close(); // the host goes down
  const update = await options.evaluate((k) => chrome.runtime.sendMessage({ channel: 'undertone/request', type: 'packs.updateNow', input: { key: k } }), key.value.sources[0]!.key);
  expect(update).toBeDefined();

  await page.goto(`${server.origin}/?pace=0`);
  const frame = await sidebarFrame(page);
  await expect(frame.getByTestId('pack-failure')).toContainText('could not update');
  await receive(page, 'This is ridiculous, third time asking!');
  await expect(frame.getByTestId('coaching-card')).toBeVisible();
});

test('with every signal turned off the sidebar says so, and a crisis still shows', async ({ page, server }) => {
  await page.goto(`${server.origin}/?pace=0`);
  const frame = await sidebarFrame(page);
  await frame.getByRole('button', { name: 'Settings' }).click();
  for (const name of ['Anger', 'Distress', 'Confusion', 'Urgency', 'Repeat contact', 'Churn threat']) await frame.getByLabel(name, { exact: true }).uncheck();
  await expect(frame.getByLabel('Crisis', { exact: true })).toBeDisabled();
  await frame.getByRole('button', { name: 'Settings' }).click();
  await expect(frame.getByText('Every coaching signal is turned off')).toBeVisible();
  await receive(page, 'This is ridiculous, I am furious and will cancel.');
  await expect(frame.getByTestId('coaching-card')).toBeVisible();
  await expect(frame.getByTestId('coaching-card').locator('[data-kind]')).toHaveCount(0);
  await receive(page, 'I want to end my life.');
  await expect(frame.getByTestId('crisis-card')).toBeVisible();
});

test('“Pick elements…” in the sidebar starts the element picker in the console page', async ({ page, server }) => {
  await page.goto(`${server.origin}/?pace=0`);
  const frame = await sidebarFrame(page);
  await expect(page.locator('undertone-picker')).toHaveCount(0);
  await frame.getByRole('button', { name: 'Pick elements…' }).click();
  await expect(page.locator('undertone-picker')).toHaveCount(1);
  await expect(frame.getByRole('status').filter({ hasText: 'Click the message list' })).toBeVisible();
  await page.getByTestId('composer').focus(); // keys reach the page, not the sidebar
  await page.keyboard.press('Escape');
  await expect(page.locator('undertone-picker')).toHaveCount(0);

  // The panel speaks the agent's language, which the sidebar sends with each start.
  await frame.getByRole('button', { name: 'Settings' }).click();
  await frame.getByLabel('Interface language').selectOption('zh-Hans');
  await frame.getByRole('button', { name: '设置' }).click();
  await frame.getByRole('button', { name: '选择页面元素…' }).click();
  await expect.poll(async () => accessibleNames(page)).toEqual(expect.arrayContaining(['教 Undertone 认识这个工作台', '点击消息列表', '取消（Esc）']));
  await page.getByTestId('composer').focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('undertone-picker')).toHaveCount(0);
});
