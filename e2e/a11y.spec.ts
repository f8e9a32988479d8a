import type { Frame, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, receive, sidebarFrame, test } from './fixtures';
import { optionsEn } from '../utils/i18n/options/en';

/**
 * The sidebar carries only its own dictionaries; a view that used an options-page word would show the key itself.
 * Keys with a capital or an underscore never occur in real text, so finding one in the page means a missing word.
 */
async function keysShown(frame: Frame): Promise<string[]> {
  const keys = Object.keys(optionsEn).filter((key) => /[A-Z_]/.test(key));
  const shown = await frame.evaluate(() => [document.body.innerText, ...[...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) => [el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('placeholder')])].join('\n'));
  return keys.filter((key) => new RegExp(`\\b${key}\\b`).test(shown));
}

/** Tab walks through every control of the sidebar's current view in reading order, each with a visible focus ring. */
async function expectKeyboardWalk(page: Page, frame: Frame): Promise<void> {
  const controls = await frame.evaluate(() => {
    // Whatever the browser would focus with Tab: controls, links and anything given a tabindex. The timeline's SVG
    // points carry it as a camel-case attribute, which Chromium focuses but the tabIndex property does not reflect.
    const inTabOrder = (el: HTMLElement | SVGElement) => el.tabIndex >= 0 || Number(el.getAttribute('tabIndex') ?? -1) >= 0;
    const marked = [...document.body.querySelectorAll<HTMLElement | SVGElement>('*')].filter((el) => {
      const hidden = el.closest('[hidden], [inert]') || el.getClientRects().length === 0;
      return !hidden && inTabOrder(el) && !(el as HTMLButtonElement).disabled;
    });
    // A radio group is one stop, at its checked radio (else its first): the arrow keys move within it.
    const radio = (el: Element) => (el instanceof HTMLInputElement && el.type === 'radio' && el.name ? el : undefined);
    const stops = marked.filter((el) => {
      const own = radio(el);
      if (!own) return true;
      const group = marked.filter((other) => radio(other)?.name === own.name) as HTMLInputElement[];
      return own === (group.find((r) => r.checked) ?? group[0]);
    });
    for (const el of document.querySelectorAll<HTMLElement | SVGElement>('[data-tab-stop]')) delete el.dataset.tabStop;
    stops.forEach((el, i) => (el.dataset.tabStop = String(i)));
    return stops.length;
  });
  expect(controls).toBeGreaterThan(5);
  // A click on the title (nothing to focus there) puts the start of the Tab order before the first control.
  await frame.locator('h1').click();
  const walked: { stop: string | undefined; ring: boolean }[] = [];
  for (let i = 0; i < controls; i++) {
    await page.keyboard.press('Tab');
    walked.push(
      await frame.evaluate(() => {
        const active = document.activeElement as HTMLElement | SVGElement;
        const style = getComputedStyle(active);
        // An SVG point shows focus by its stroke rather than an outline: it must differ from an unfocused point's.
        const twin = active instanceof SVGElement ? [...document.querySelectorAll(active.tagName)].find((other) => other !== active) : undefined;
        const ring = style.outlineStyle !== 'none' || (twin !== undefined && style.stroke !== getComputedStyle(twin).stroke);
        return { stop: active.dataset.tabStop, ring };
      }),
    );
  }
  expect(walked.map((w) => w.stop)).toEqual(Array.from({ length: controls }, (_, i) => String(i)));
  expect(walked.filter((w) => !w.ring)).toEqual([]);
}

test('axe finds no violations in the sidebar, with every card showing, in English and in Chinese; Tab reaches every control', async ({ page, server }) => {
  await page.goto(`${server.origin}/?pace=0`);
  const frame = await sidebarFrame(page);
  await receive(page, "I don't want to live anymore.");
  await receive(page, "Great. Just great. Third time I'm writing. I'll cancel.");
  await page.getByTestId('composer').click();
  await page.getByTestId('composer').pressSequentially('Calm down, that is our policy. Is there anything else?');
  await expect(frame.getByTestId('crisis-card')).toBeVisible();
  // While the crisis is unread the other cards are folded: open them, so axe and the keyboard walk see everything.
  await frame.getByTestId('unfold-coaching').click();
  await expect(frame.getByTestId('coaching-card')).toBeVisible();
  await expect(frame.getByTestId('draft-warnings')).toBeVisible();
  await expect(frame.getByTestId('timeline')).toBeVisible();
  expect(await axeViolations(frame)).toEqual([]);
  expect(await keysShown(frame)).toEqual([]);

  await frame.getByRole('button', { name: 'Settings' }).click();
  expect(await axeViolations(frame)).toEqual([]);
  expect(await keysShown(frame)).toEqual([]);
  await frame.getByLabel('Interface language').selectOption('zh-Hant');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-TW');
  expect(await axeViolations(frame)).toEqual([]);
  await expectKeyboardWalk(page, frame);
  await frame.getByRole('button', { name: '設定' }).click();
  expect(await axeViolations(frame)).toEqual([]);
  expect(await keysShown(frame)).toEqual([]);
  await expectKeyboardWalk(page, frame);
});
