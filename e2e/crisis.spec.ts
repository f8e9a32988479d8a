import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { EXTENSION_ID, expect, receive, serviceWorkerOf, sidebarFrame, test } from './fixtures';
import { openFixture, serveConsoleAt } from './adapters/helpers';

const SUICIDE = "I'm going to kill myself tonight.";
const regionFile = (code: string) => JSON.parse(readFileSync(`utils/crisis/regions/${code}.json`, 'utf8')) as { emergency: { number: string }; lines: { kind: string; number: string }[] };
const numbersOf = (code: string) => {
  const file = regionFile(code);
  return [file.emergency.number, ...file.lines.map((l) => l.number)];
};

/** The demo console's customer in another conversation writes `text`. */
function receiveIn(page: Page, conversation: string, ...texts: string[]): Promise<void> {
  return page.evaluate(
    ({ conversation, texts }) => {
      const demo = (window as unknown as { demoConsole: { receive(text: string, options: { conversation: string }): void } }).demoConsole;
      for (const text of texts) demo.receive(text, { conversation });
    },
    { conversation, texts },
  );
}

async function openConversation(page: Page, frame: Frame, id: string, name: string) {
  await page.locator(`[data-conversation="${id}"]`).click();
  await expect(frame.getByTestId('console-status')).toContainText(name);
}

/** The crisis card for a suicide message in the current conversation, in a browser whose language (Playwright's `locale`) is `language`. */
async function crisisCard(page: Page, origin: string, language: string) {
  await page.goto(`${origin}/?pace=0`);
  const frame = await sidebarFrame(page);
  expect(await frame.evaluate(() => navigator.languages[0])).toBe(language);
  await receive(page, SUICIDE);
  const card = frame.getByTestId('crisis-card');
  await expect(card).toBeVisible();
  return { frame, card };
}

test.describe('every message is covered', () => {
  test('a crisis already in the history when a conversation opens pins the card; history without one is summed up in a line', async ({ page, server }) => {
    await page.goto(`${server.origin}/?pace=0`);
    const frame = await sidebarFrame(page);
    await openConversation(page, frame, 'c-1043', 'Marcus Obi');
    await expect(frame.getByTestId('earlier-summary')).toHaveText(/^Earlier: .*repeat contact/);
    await expect(frame.getByTestId('coaching-card')).toHaveCount(0);
    await expect(frame.getByTestId('crisis-card')).toHaveCount(0);

    // Two lines at once in a conversation not on screen: the list only ever shows the second, so the crisis is first read as history.
    await openConversation(page, frame, 'c-1042', 'Dana Whitfield');
    await receiveIn(page, 'c-1044', SUICIDE, 'Anyway. About the renewal.');
    await openConversation(page, frame, 'c-1044', 'Priya Raman');
    const card = frame.getByTestId('crisis-card');
    await expect(card).toBeVisible();
    await expect(card).toHaveAttribute('data-conversation', 'demo:c-1044');
    await expect(card).toHaveAttribute('data-tier', 'crisis');
    await expect(card.getByTestId('crisis-elsewhere')).toHaveCount(0);
    // The engine's evidence, marked as one phrase.
    await expect(card.getByTestId('crisis-message').locator('mark')).toHaveCount(1);
    await expect(card.getByTestId('crisis-message').locator('mark')).toContainText('kill myself');
  });

  test('a crisis in a conversation not on screen pins the card naming it and badges it in the list, until acknowledged', async ({ page, server }) => {
    await page.goto(`${server.origin}/?pace=0`);
    const frame = await sidebarFrame(page);
    await receive(page, 'Where is my order? This is ridiculous.');
    await expect(frame.getByTestId('coaching-card')).toBeVisible();

    await receiveIn(page, 'c-1043', SUICIDE);
    const card = frame.getByTestId('crisis-card');
    await expect(card).toBeVisible();
    await expect(card).toHaveAttribute('role', 'alert');
    await expect(card.getByTestId('crisis-elsewhere')).toHaveText('In another conversation: Marcus Obi');
    const badge = page.locator('[data-conversation="c-1043"] [data-undertone-mark]');
    await expect(badge).toHaveAttribute('aria-label', 'Crisis');
    await expect(page.locator('[data-undertone-mark]')).toHaveCount(1);
    // The rest of the coaching steps back until the card is read.
    await expect(frame.getByTestId('coaching-card')).toBeHidden();
    await expect(frame.getByTestId('needs')).toBeHidden();
    await frame.getByTestId('unfold-coaching').click();
    await expect(frame.getByTestId('coaching-card')).toBeVisible();

    await openConversation(page, frame, 'c-1043', 'Marcus Obi');
    await expect(card).toBeVisible();
    await expect(card.getByTestId('crisis-elsewhere')).toHaveCount(0);
    await expect(frame.getByTestId('crisis-card')).toHaveCount(1); // its history holds the same line: not coached twice
    await expect(badge).toHaveCount(1);
    await card.getByRole('button', { name: 'I have read this' }).click();
    await expect(frame.getByTestId('crisis-card')).toHaveCount(0);
    await expect(page.locator('[data-undertone-mark]')).toHaveCount(0);
    await expect(frame.getByTestId('folded-coaching')).toHaveCount(0);
    await expect(page.getByTestId('composer')).toHaveValue('');
  });

  test("a console fixture's conversation list: a new line in a conversation not on screen is coached and badged there", async ({ context, page }) => {
    await serveConsoleAt(context, 'https://app.crisp.chat', 'crisp');
    await openFixture(page, 'https://app.crisp.chat/website/w1/inbox/conversation/session_505');
    const frame = await sidebarFrame(page);
    await page.locator('[data-session-id="session_506"] .c-inbox-list__preview').evaluate((el, text) => (el.textContent = text), SUICIDE);
    const card = frame.getByTestId('crisis-card');
    await expect(card).toHaveAttribute('data-conversation', 'crisp:session_506');
    await expect(card.getByTestId('crisis-elsewhere')).toHaveText('In another conversation: Omar Haddad');
    await expect(page.locator('[data-session-id="session_506"] [data-undertone-mark]')).toHaveAttribute('aria-label', 'Crisis');
    await expect(page.locator('[data-session-id="session_505"] [data-undertone-mark]')).toHaveCount(0);
  });
});

test.describe('a protocol for each kind of danger', () => {
  test('a medical emergency shows the emergency number first', async ({ page, server }) => {
    await page.goto(`${server.origin}/?pace=0`);
    const frame = await sidebarFrame(page);
    await receive(page, 'My son swallowed a battery and he is struggling to breathe, please help');
    const card = frame.getByTestId('crisis-card');
    await expect(card).toHaveAttribute('data-protocol', 'medical');
    await expect(card.getByRole('heading')).toHaveText('Medical emergency: the emergency number first');
    const emergency = card.getByTestId('crisis-emergency');
    await expect(emergency.locator('.emergency-number')).toHaveText(regionFile('US').emergency.number);
    expect(await emergency.evaluate((el) => Boolean(el.compareDocumentPosition(el.parentElement!.querySelector('[data-testid="crisis-steps"]')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    await expect(card.getByTestId('crisis-say')).toContainText(`call ${regionFile('US').emergency.number} now`);
    await expect(card.getByTestId('crisis-lines').locator('li[data-kind="suicide"]')).toHaveCount(0);
  });

  test('a domestic-abuse message shows the safety-first protocol with the abuse line', async ({ page, server }) => {
    await page.goto(`${server.origin}/?pace=0`);
    const frame = await sidebarFrame(page);
    await receive(page, 'My husband hits me and he reads all my emails. I am hiding in the bathroom, please do not email me.');
    const card = frame.getByTestId('crisis-card');
    await expect(card).toHaveAttribute('data-protocol', 'abuse');
    await expect(card.getByRole('heading')).toHaveText('Domestic abuse, stalking or coercion: safety first');
    await expect(card.getByTestId('crisis-steps')).toContainText('Do not repeat the details');
    await expect(card.getByTestId('crisis-say')).toHaveText('Is it safe for you to talk right now?');
    const abuseLine = regionFile('US').lines.find((l) => l.kind === 'domestic-abuse')!;
    await expect(card.getByTestId('crisis-lines').locator('li[data-kind="domestic-abuse"]')).toContainText(abuseLine.number);
  });

  test('a possible risk shows the check-in card, whose question inserts into the composer, and the full protocol on request', async ({ page, server }) => {
    await page.goto(`${server.origin}/?pace=0`);
    const frame = await sidebarFrame(page);
    await receive(page, "I won't be around next month, so you can close the account.");
    const card = frame.getByTestId('crisis-card');
    await expect(card).toHaveAttribute('data-tier', 'possible');
    await expect(card).toHaveAttribute('role', 'alert');
    await expect(card.getByTestId('check-in')).toHaveText('I want to make sure you’re okay. Are you safe right now?');
    await expect(frame.getByTestId('folded-coaching')).toHaveCount(0); // a possible risk leaves the rest in view
    await card.getByRole('button', { name: 'Insert the question' }).click();
    await expect(page.getByTestId('composer')).toHaveValue('I want to make sure you’re okay. Are you safe right now?');
    await expect(page.getByTestId('send')).toBeEnabled();
    await card.getByRole('button', { name: 'Show the full protocol' }).click();
    await expect(card.getByTestId('full-protocol')).toContainText('Ask directly');
    await expect(card.getByTestId('crisis-lines')).toContainText(regionFile('US').lines.find((l) => l.kind === 'suicide')!.number);
  });

  test('the check-in question is in the conversation’s language', async ({ page, server }) => {
    await page.goto(`${server.origin}/?pace=0`);
    const frame = await sidebarFrame(page);
    await openConversation(page, frame, 'c-1045', '林晓');
    await receive(page, '等我不在了，这个账户就注销吧。');
    const card = frame.getByTestId('crisis-card');
    await expect(card).toHaveAttribute('data-tier', 'possible');
    await expect(card.getByTestId('check-in')).toHaveText('我想确认一下您是否还好。您现在安全吗？');
    await card.getByRole('button', { name: 'Insert the question' }).click();
    await expect(page.getByTestId('composer')).toHaveValue('我想确认一下您是否还好。您现在安全吗？');
  });
});

test.describe("the customer's region", () => {
  test.describe('in a French browser', () => {
    test.use({ locale: 'fr-FR' });
    test('fr-FR shows French services, and the console’s word for the customer’s country wins', async ({ page, server }) => {
      const { frame, card } = await crisisCard(page, server.origin, 'fr-FR');
      await expect(card.getByTestId('crisis-emergency')).toContainText(regionFile('FR').emergency.number);
      await expect(card.getByTestId('crisis-emergency')).toContainText("France (your browser's region)");
      await expect(card.getByTestId('crisis-lines')).toContainText(regionFile('FR').lines.find((l) => l.kind === 'suicide')!.number);
      await expect(card).not.toContainText(regionFile('US').lines.find((l) => l.kind === 'suicide')!.number);

      await openConversation(page, frame, 'c-1044', 'Priya Raman'); // the demo console shows this customer in GB
      await receive(page, SUICIDE);
      const gb = frame.locator('[data-testid="crisis-card"][data-conversation="demo:c-1044"]');
      await expect(gb.getByTestId('crisis-emergency')).toContainText('United Kingdom (from the console)');
      await expect(gb.getByTestId('crisis-lines')).toContainText(regionFile('GB').lines.find((l) => l.kind === 'suicide')!.number);
    });
  });

  test.describe('in a Hong Kong browser', () => {
    test.use({ locale: 'zh-HK' });
    test("zh-HK shows Hong Kong's services", async ({ page, server }) => {
      const { card } = await crisisCard(page, server.origin, 'zh-HK');
      await expect(card.getByTestId('crisis-emergency').locator('.emergency-number')).toHaveText(regionFile('HK').emergency.number);
      for (const line of regionFile('HK').lines.filter((l) => l.kind === 'suicide')) await expect(card.getByTestId('crisis-lines')).toContainText(line.number);
      await expect(card).not.toContainText(regionFile('TW').lines.find((l) => l.kind === 'suicide')!.number);
    });
  });

  test.describe('in a browser whose language names no region', () => {
    test.use({ locale: 'fr' });
    test('an unknown region shows emergency guidance and a directory, and no line of any country', async ({ page, server }) => {
      const { card } = await crisisCard(page, server.origin, 'fr');
      await expect(card.getByTestId('crisis-unknown-region')).toContainText('local emergency number');
      await expect(card.getByRole('link', { name: 'Befrienders Worldwide' })).toHaveAttribute('href', 'https://www.befrienders.org/');
      await expect(card.getByTestId('crisis-lines')).toHaveCount(0);
      await expect(card.getByTestId('crisis-emergency')).toHaveCount(0);
      const text = await card.innerText();
      for (const code of ['US', 'FR', 'GB', 'TW', 'CN']) for (const number of numbersOf(code)) expect(text).not.toContain(number);
    });
  });

  test("a pack's region appears in the setting and its line on the card", async ({ context, page, server }) => {
    await serviceWorkerOf(context);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    const pack = JSON.parse(readFileSync('packs/undertone-essentials-en.json', 'utf8')) as Record<string, unknown>;
    delete pack.signature;
    // A made-up region and made-up numbers: a test must never look like a real crisis line.
    Object.assign(pack, {
      id: 'dev.undertone.team-region',
      hotlines: [
        { id: 'zz-line', region: 'ZZ', kind: 'suicide', name: 'Example team line', number: '0000 111', hours: '24/7' },
        { id: 'zz-emergency', region: 'ZZ', kind: 'emergency', name: 'Example emergency', number: '000 222' },
      ],
    });
    const imported = await options.evaluate((text) => chrome.runtime.sendMessage({ channel: 'undertone/request', type: 'packs.importFile', input: { text } }), JSON.stringify(pack));
    expect(imported).toMatchObject({ ok: true });

    await page.goto(`${server.origin}/?pace=0`);
    const frame = await sidebarFrame(page);
    await frame.getByRole('button', { name: 'Settings' }).click();
    const region = frame.getByLabel('Crisis hotlines for');
    await expect(region.locator('option[value="ZZ"]')).toHaveCount(1);
    await region.selectOption('ZZ');
    await frame.getByRole('button', { name: 'Settings' }).click();
    await receive(page, SUICIDE);
    const card = frame.getByTestId('crisis-card');
    await expect(card.getByTestId('crisis-lines')).toContainText('0000 111 Example team line');
    await expect(card.getByTestId('crisis-emergency').locator('.emergency-number')).toHaveText('000 222');
    await expect(card.getByTestId('crisis-emergency')).toContainText('(your setting)');
  });
});

test('axe reports no violations on the crisis and possible-risk cards, in English and in 繁體', async ({ page, server }) => {
  await page.goto(`${server.origin}/?pace=0`);
  const frame = await sidebarFrame(page);
  await receive(page, "I won't be around next month, so you can close the account.");
  await receiveIn(page, 'c-1043', 'My husband hits me and he reads my emails. I am hiding in the bathroom.');
  await expect(frame.locator('[data-testid="crisis-card"][data-tier="possible"]')).toBeVisible();
  await expect(frame.locator('[data-testid="crisis-card"][data-tier="crisis"]')).toBeVisible();
  await frame.getByRole('button', { name: 'Show the full protocol' }).click();
  await expect(frame.getByTestId('full-protocol')).toBeVisible();
  expect(await axeViolations(frame)).toEqual([]);

  await frame.getByRole('button', { name: 'Settings' }).click();
  await frame.getByLabel('Interface language').selectOption('zh-Hant');
  await frame.getByRole('button', { name: '設定' }).click();
  const crisis = frame.locator('[data-testid="crisis-card"][data-tier="crisis"]');
  await expect(crisis.getByRole('heading')).toHaveText('家庭暴力、跟蹤或脅迫：安全第一');
  await expect(crisis.getByTestId('crisis-elsewhere')).toHaveText('在另一個對話中：Marcus Obi');
  await expect(frame.locator('[data-testid="crisis-card"][data-tier="possible"]').getByRole('heading')).toHaveText('可能有風險的跡象：溫和地關心一下');
  expect(await axeViolations(frame)).toEqual([]);
});
