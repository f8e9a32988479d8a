import type { Frame, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { EXTENSION_ID, expect, receive, sidebarFrame, test } from './fixtures';

async function openConversation(page: Page, frame: Frame, id: string, name: string) {
  await page.locator(`[data-conversation="${id}"]`).click();
  await expect(frame.getByTestId('console-status')).toContainText(name);
}

async function send(page: Page, text: string) {
  await page.getByTestId('composer').fill(text);
  await page.getByTestId('send').click();
}

test.describe('the people on both sides', () => {
  test('a returning customer: asked once, remembered across two conversations with the notes and the phrase the agent marked', async ({ page, demoUrl }) => {
    await page.goto(demoUrl);
    const frame = await sidebarFrame(page);
    await expect(frame.getByTestId('console-status')).toContainText('Dana Whitfield');

    await expect(frame.getByTestId('memory-ask')).toContainText('Dana Whitfield');
    await frame.getByTestId('memory-yes').click();
    const customer = frame.getByTestId('customer');
    await expect(customer).toContainText('first conversation');
    await customer.getByTestId('remember-phrase').first().click();
    await expect(customer.getByTestId('memories')).toContainText('Could you tell me when my order #40211 will ship?');
    await frame.getByTestId('note-input').fill('Planning a weekend trip; prefers email');
    await frame.getByRole('button', { name: 'Save note' }).click();
    await expect(frame.getByTestId('note-list')).toContainText('prefers email');

    // Days later, Dana writes again in a new conversation.
    await page.evaluate(() =>
      (window as unknown as { demoConsole: { start(c: object): void } }).demoConsole.start({ id: 'c-2001', name: 'Dana Whitfield', email: 'Dana.Whitfield@example.com', text: 'Hello again, it is about the same order.' }),
    );
    await openConversation(page, frame, 'c-2001', 'Dana Whitfield');
    await expect(frame.getByTestId('memory-ask')).toHaveCount(0);
    await expect(customer.getByTestId('earlier-conversations')).toContainText('Planning a weekend trip; prefers email');
    await expect(customer.getByTestId('memories')).toContainText('#40211');
    await expect(frame.getByTestId('note-list')).not.toContainText('prefers email');

    // A customer the console names differently is someone else.
    await openConversation(page, frame, 'c-1044', 'Priya Raman');
    await expect(customer).toContainText('first conversation');
    await expect(customer.getByTestId('memories')).not.toContainText('#40211');
  });

  test('the options page shows everyone customer memory holds, and what is forgotten there is gone from the sidebar', async ({ context, page, demoUrl }) => {
    await page.goto(demoUrl);
    const frame = await sidebarFrame(page);
    await frame.getByTestId('memory-yes').click();
    const customer = frame.getByTestId('customer');
    await customer.getByTestId('remember-phrase').first().click();
    await expect(customer.getByTestId('memories')).toContainText('#40211');
    await openConversation(page, frame, 'c-1044', 'Priya Raman');
    await expect(customer).toContainText('first conversation');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html#people`);
    const people = options.getByTestId('people-section');
    const rows = people.getByTestId('remembered-customer');
    await expect(rows).toHaveCount(2);
    // Most recently seen first; Dana's marked phrase is listed under her name.
    await expect(rows.nth(0)).toContainText('Priya Raman');
    await expect(rows.nth(1)).toContainText('Dana Whitfield');
    await expect(rows.nth(1)).toContainText('#40211');
    expect(await axeViolations(options)).toEqual([]);
    await rows.nth(1).getByRole('button', { name: /^Remove “Could you tell me/ }).click();
    await expect(rows.nth(1)).not.toContainText('#40211');
    await rows.nth(1).getByTestId('forget-customer').click();
    await expect(rows).toHaveCount(1);
    await expect(rows.nth(0)).toContainText('Priya Raman');

    // Back in the console, Dana is a stranger again.
    await openConversation(page, frame, 'c-1042', 'Dana Whitfield');
    await expect(customer).toContainText('first conversation');
    await expect(customer.getByTestId('memories')).not.toContainText('#40211');

    // Turning memory off in the options page deletes everyone, and the list says so.
    await people.getByTestId('setting-memory').uncheck();
    await expect(people).toContainText('Undertone remembers no one');
    await people.getByTestId('setting-memory').check();
    await expect(people).toContainText('No customer is remembered yet');
  });

  test('a promise made in a sent message, then surfaced when it falls due and marked kept', async ({ page, demoUrl }) => {
    await page.clock.install();
    await page.goto(demoUrl);
    const frame = await sidebarFrame(page);
    await expect(frame.getByTestId('console-status')).toContainText('Dana Whitfield');

    await send(page, "Thanks Dana. I'll call you back tomorrow afternoon with the shipping date.");
    const promises = frame.getByTestId('promises');
    await expect(promises).toContainText("I'll call you back tomorrow afternoon with the shipping date.");
    await expect(promises).toContainText('“tomorrow afternoon”');
    await send(page, 'Let me check that for you.');
    await expect(promises.getByTestId('promise')).toHaveCount(1);
    await expect(frame.getByTestId('promise-reminder')).toHaveCount(0);
    await expect(frame.getByTestId('due-button')).toHaveCount(0);

    // Two days on: "tomorrow afternoon" is overdue whatever the hour it was said at (at most 41 hours away); it surfaces when the customer writes again.
    await page.clock.fastForward('44:00:00');
    await receive(page, 'Hi, any news about my order?');
    const reminder = frame.getByTestId('promise-reminder');
    await expect(reminder).toContainText("I'll call you back tomorrow afternoon");
    await expect(reminder).toContainText('overdue');
    await expect(frame.getByTestId('due-button')).toContainText('1');

    await reminder.getByTestId('promise-kept').click();
    await expect(reminder).toHaveCount(0);
    await expect(frame.getByTestId('due-button')).toHaveCount(0);
    await expect(frame.getByTestId('promises')).toHaveCount(0);
  });

  test('thanks are collected into the shift summary, which opens only when the agent asks', async ({ page, demoUrl }) => {
    await page.goto(demoUrl);
    const frame = await sidebarFrame(page);
    await expect(frame.getByTestId('console-status')).toContainText('Dana Whitfield');
    await receive(page, 'Thank you so much, that fixed it! You saved my weekend.');
    await receive(page, 'Thanks in advance for checking the other order.');
    await expect(frame.getByTestId('shift-summary')).toHaveCount(0);

    await frame.getByTestId('summary-button').click();
    const summary = frame.getByTestId('shift-summary');
    await expect(summary).toContainText('Thanks you received: 1');
    await expect(summary.getByTestId('wins')).toContainText('Thank you so much, that fixed it! You saved my weekend.');
    await expect(summary).not.toContainText('Thanks in advance');
    await expect(summary).toContainText('never shared');
    await expect(summary).toContainText('Conversations handled: 1');
    await summary.getByRole('button', { name: 'Back to work' }).click();
    await expect(summary).toHaveCount(0);
  });

  test('the breather comes once per heated conversation, not every time the agent leaves it', async ({ page, demoUrl }) => {
    await page.goto(demoUrl);
    const frame = await sidebarFrame(page);
    await openConversation(page, frame, 'c-1043', 'Marcus Obi');
    await receive(page, 'This is absolutely RIDICULOUS. You people are useless and I am furious!!');
    await expect(frame.getByTestId('coaching-card')).toBeVisible();
    const breather = frame.getByTestId('breather');
    await expect(breather).toHaveCount(0);

    await openConversation(page, frame, 'c-1044', 'Priya Raman');
    await expect(breather).toBeVisible();
    const prompt = await breather.getByTestId('breather-prompt').innerText();
    expect(prompt.length).toBeGreaterThan(20);
    await breather.getByRole('button', { name: 'Thanks, I am ready' }).click();
    await expect(breather).toHaveCount(0);

    // Back to the heated chat and away again: the breather was already given for it.
    await openConversation(page, frame, 'c-1043', 'Marcus Obi');
    await openConversation(page, frame, 'c-1042', 'Dana Whitfield');
    await expect(frame.getByTestId('console-status')).toContainText('Dana Whitfield');
    await expect(breather).toHaveCount(0);
  });
});
