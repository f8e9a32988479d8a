import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { editorKinds } from '../../utils/adapters/schema';
import { axeViolations } from '../axe';
import { expect, test } from '../fixtures';
import { openOptions } from './helpers';

/** What each language must show; the words are the translations in utils/i18n/options/*, checked where the agent sees them. */
const languages = [
  {
    code: 'zh-Hans',
    name: '简体中文',
    htmlLang: 'zh-CN',
    tabs: ['快捷回复', '备注', '备份', '团队话术包', '成效洞察', '两端的人', '网站'],
    people: '客户、承诺与收获',
    snippets: { new: '新建快捷回复', save: '保存快捷回复', saved: '已保存“退款进度”', columns: ['标题', '正文', '标签', '缩写', '使用次数', '更新时间'], deleteSelected: '删除所选' },
    notes: { save: '保存备注', edit: '编辑', delete: '删除', free: '独立备注' },
    backup: {
      headings: ['导出', '导入', '本设备上的快照', '清空资料库'],
      exportLibrary: '导出资料库',
      exported: '已导出到 ',
      snapshotNow: '立即创建快照',
      taken: '快照已创建',
      manual: '手动',
      eraseWord: '清空',
      erase: '清空资料库',
      import: '导入',
      snippetsRow: '快捷回复',
      imported: '快捷回复：新增 1',
    },
    packs: { heading: '团队话术包', add: '添加团队话术包', subscribe: '订阅', authoring: '创建团队话术包（供团队主管使用）', status: '刚刚导入', showItems: '显示内容', importFile: '导入这个话术包' },
    sites: { heading: '其他网站', allow: '允许 Undertone 在此运行', refused: '只能添加以 http 或 https 开头的网站' },
  },
  {
    code: 'zh-Hant',
    name: '繁體中文',
    htmlLang: 'zh-TW',
    tabs: ['快速回覆', '備註', '備份', '團隊話術包', '成效洞察', '兩端的人', '網站'],
    people: '客戶、承諾與收穫',
    snippets: { new: '新增快速回覆', save: '儲存快速回覆', saved: '已儲存「退款进度」', columns: ['標題', '內文', '標籤', '縮寫', '使用次數', '更新時間'], deleteSelected: '刪除所選項目' },
    notes: { save: '儲存備註', edit: '編輯', delete: '刪除', free: '獨立備註' },
    backup: {
      headings: ['匯出', '匯入', '這台裝置上的快照', '清空資料庫'],
      exportLibrary: '匯出資料庫',
      exported: '已匯出至 ',
      snapshotNow: '立即建立快照',
      taken: '已建立快照',
      manual: '手動',
      eraseWord: '清空',
      erase: '清空資料庫',
      import: '匯入',
      snippetsRow: '快速回覆',
      imported: '快速回覆：新增 1',
    },
    packs: { heading: '團隊話術包', add: '新增團隊話術包', subscribe: '訂閱', authoring: '建立團隊話術包（供團隊主管使用）', status: '剛剛匯入', showItems: '顯示內容', importFile: '匯入這個話術包' },
    sites: { heading: '其他網站', allow: '允許 Undertone 在此執行', refused: '只能新增 http 或 https 網站' },
  },
] as const;

/**
 * Interface text still in English: every heading, button, label, legend, summary, column header, hint,
 * accessible name and placeholder of the page, minus what is meant to stay Latin (the product name, formats,
 * sample addresses and ids, key names, language names) and minus pack content, which is the pack's own text.
 */
function englishLeft(page: Page): Promise<string[]> {
  return page.evaluate((editors) => {
    // Also allowed: region codes in brackets after a region's name, and the product names of console editors.
    const allowed = new RegExp(
      String.raw`Undertone|JSON|SHA-256|\bID\b|https?:\/\/\S*|\bhttps?\b|com\.example\.support|ed25519:…|English|\{\{[a-z.]+:?|\}\}|\b(Ctrl|Alt|Shift|Meta)\b|\([A-Z]{2}\)|\b(${editors.join('|')})\b`,
      'g',
    );
    const chrome = 'h1, h2, h3, h4, summary, legend, button, label, th, [role=columnheader], .hint, .empty, [role=status], [role=alert], [role=note]';
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(`${chrome}, [aria-label], [placeholder]`)) {
      if (element.closest('[data-testid=pack] h3, [data-testid=pack] > p:not(.hint), [data-testid=pack-item], [data-testid=pack-diff] ul')) continue;
      // An authoring form's item line names the item in the pack's own words.
      if (element.matches('summary') && element.querySelector('[data-pack-text]')) continue;
      const texts = [element.matches(chrome) ? element.innerText : '', element.getAttribute('aria-label') ?? '', element.getAttribute('placeholder') ?? ''];
      for (const text of texts) if (/[A-Za-z]{2,}/.test(text.replace(allowed, ''))) found.push(text.trim());
    }
    return [...new Set(found)];
  }, editorKinds);
}

async function openSection(page: Page, id: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '') + `#${id}`);
  await expect(page.locator(`#tab-${id}`)).toHaveAttribute('aria-selected', 'true');
}

for (const language of languages) {
  test(`the whole options page speaks ${language.name} when the UI language is set to it, and passes axe`, async ({ context, page }) => {
    await openOptions(context, page);
    // The sidebar's setting, chosen here; it is stored, so the page opens in it from now on.
    await page.getByLabel('Interface language').selectOption(language.code);
    await expect(page.getByRole('tab', { name: language.tabs[0] })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', language.htmlLang);
    await expect(page.getByRole('tablist')).toHaveText(language.tabs.join(''));
    expect(await page.title()).toMatch(/^Undertone /);

    // Snippets: toolbar, editor, table, status and bulk bar
    const words = language.snippets;
    await page.getByRole('button', { name: words.new }).click();
    const editor = page.getByTestId('snippet-editor');
    await expect(editor.getByRole('heading')).toHaveText(words.new);
    await editor.getByRole('textbox').first().fill('退款进度');
    await editor.locator('textarea').fill('您的退款已在处理中，预计 3–5 个工作日到账。');
    await editor.getByRole('button', { name: words.save }).click();
    await expect(page.getByRole('status').filter({ hasText: words.saved })).toBeVisible();
    for (const column of words.columns) await expect(page.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
    await page.getByTestId('snippet-row').getByRole('checkbox').check();
    await expect(page.getByRole('button', { name: words.deleteSelected })).toBeVisible();
    await page.getByTestId('snippet-row').getByRole('button', { name: '退款进度' }).click(); // the editor's own heading and labels too
    expect(await englishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // Notes
    await openSection(page, 'notes');
    await page.getByTestId('free-note-input').fill('客户下周一回电');
    await page.getByRole('button', { name: language.notes.save }).click();
    const note = page.getByTestId('all-notes').getByRole('listitem');
    await expect(note).toContainText(language.notes.free);
    await expect(note.getByRole('button', { name: language.notes.edit })).toBeVisible();
    await expect(note.getByRole('button', { name: language.notes.delete })).toBeVisible();
    expect(await englishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // Backup: export, erase (confirmed with the word of this language), preview and import the file, a snapshot
    await openSection(page, 'backup');
    const backup = language.backup;
    for (const heading of backup.headings) await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: backup.exportLibrary }).click();
    const file = await download;
    await expect(page.getByTestId('backup-message')).toHaveText(backup.exported + file.suggestedFilename());
    const erase = page.getByRole('button', { name: backup.erase });
    await page.getByTestId('erase-confirm').fill('erase');
    await expect(erase).toBeDisabled();
    await page.getByTestId('erase-confirm').fill(backup.eraseWord);
    await erase.click();
    await expect(page.getByTestId('backup-message')).not.toHaveText(backup.exported + file.suggestedFilename());
    await page.getByTestId('import-file').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: readFileSync((await file.path())!) });
    const preview = page.getByTestId('import-preview');
    await expect(preview.getByRole('row', { name: backup.snippetsRow })).toContainText('1');
    expect(await englishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await preview.getByRole('button', { name: backup.import, exact: true }).click();
    await expect(page.getByTestId('backup-message')).toContainText(backup.imported);
    await page.getByRole('button', { name: backup.snapshotNow }).click();
    await expect(page.getByTestId('backup-message')).toHaveText(backup.taken);
    await expect(page.getByTestId('snapshots').getByRole('listitem').filter({ hasText: backup.manual })).toBeVisible();
    expect(await englishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // Team packs: the Chinese example pack, imported as a file, gives a card with its status and items
    await openSection(page, 'packs');
    await expect(page.getByRole('heading', { name: language.packs.heading, exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: language.packs.add })).toBeVisible();
    await expect(page.getByRole('button', { name: language.packs.subscribe })).toBeVisible();
    await page.getByTestId('pack-file').setInputFiles({
      name: 'essentials.json',
      mimeType: 'application/json',
      buffer: readFileSync('packs/undertone-essentials-zh-hans.json'),
    });
    await page.getByRole('button', { name: language.packs.importFile }).click();
    await expect(page.getByTestId('pack-status')).toHaveText(language.packs.status);
    await page.getByRole('button', { name: language.packs.showItems }).click();
    await expect(page.getByTestId('pack-item').first()).toBeVisible();
    await page.getByTestId('authoring').locator('summary').click();
    await expect(page.getByTestId('authoring').locator('summary').first()).toHaveText(language.packs.authoring);
    expect(await englishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // The authoring forms, with the installed pack opened, an item of every kind unfolded and a new adapter's refused fields showing.
    const authoring = page.getByTestId('authoring');
    await authoring.getByTestId('authoring-installed').selectOption({ index: 1 });
    await authoring.getByTestId('authoring-open-installed').click();
    // Opening reads the pack from the worker and then replaces the draft: an adapter added before that would be dropped.
    await expect(authoring.getByTestId('authoring-snippets').getByTestId('authoring-item').first()).toBeAttached();
    await authoring.getByTestId('authoring-adapters').getByRole('button').last().click();
    for (const kind of ['snippets', 'coaching', 'needQuestions', 'draftChecks', 'hotlines']) {
      await authoring.getByTestId(`authoring-${kind}`).getByTestId('authoring-item').first().locator('summary').click();
    }
    const folded = authoring.locator('details.form-group:not([open]) > summary');
    await expect(folded).toHaveCount(2);
    while ((await folded.count()) > 0) await folded.first().click();
    await expect(authoring.locator('.field-error').first()).toBeVisible();
    expect(await englishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // People: the settings and who customer memory holds (no one yet)
    await openSection(page, 'people');
    await expect(page.getByRole('heading', { name: language.people, exact: true })).toBeVisible();
    expect(await englishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // Sites, with a refused address
    await openSection(page, 'sites');
    const sites = page.getByTestId('sites');
    await expect(sites.getByRole('heading', { name: language.sites.heading })).toBeVisible();
    await sites.getByRole('textbox').fill('chrome://settings');
    await sites.getByRole('button', { name: language.sites.allow }).click();
    await expect(sites.getByRole('alert')).toHaveText(language.sites.refused);
    expect(await englishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the options page follows a language chosen elsewhere (the sidebar) without a reload, and back to English', async ({ context, page }) => {
  await openOptions(context, page, '#backup');
  await expect(page.getByRole('heading', { name: 'Export', exact: true })).toBeVisible();
  // Another extension page writes the one settings item, as the sidebar's settings panel does.
  const other = await context.newPage();
  await openOptions(context, other);
  await other.getByLabel('Interface language').selectOption('zh-Hant');
  await expect(page.getByRole('heading', { name: '匯出', exact: true })).toBeVisible();
  await expect(page.getByLabel('介面語言')).toHaveValue('zh-Hant');
  await page.getByLabel('介面語言').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Export', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await englishLeft(page)).not.toEqual([]); // the check above would notice English
});
