import { describe, expect, it } from 'vitest';
import { en } from './en';
import { resolveLanguage, translator } from './index';
import { zhHans } from './zh-hans';
import { zhHant } from './zh-hant';

describe('UI language', () => {
  it('follows the browser unless the agent chose one', () => {
    expect(resolveLanguage('auto', ['zh-CN', 'en'])).toBe('zh-Hans');
    expect(resolveLanguage('auto', ['zh-TW'])).toBe('zh-Hant');
    expect(resolveLanguage('auto', ['zh-Hant-HK'])).toBe('zh-Hant');
    expect(resolveLanguage('auto', ['fr-FR', 'en-GB'])).toBe('en');
    expect(resolveLanguage('auto', ['de'])).toBe('en');
    expect(resolveLanguage('zh-Hant', ['en-US'])).toBe('zh-Hant');
  });

  it('has every string in every language, none left empty or in English by mistake', () => {
    for (const dictionary of [zhHans, zhHant]) {
      expect(Object.keys(dictionary).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(dictionary)) {
        expect(value.trim(), key).not.toBe('');
        // Placeholders, the product name and key names may stay Latin; any other English word means a missed translation.
        const rest = value.replace(/\{\w+\}|Undertone|Alt\+Shift\+U|\bEsc\b/g, '');
        expect(/[A-Za-z]{2,}/.test(rest), `${key} is not translated: ${value}`).toBe(false);
      }
    }
  });

  it('fills in values as plain text and leaves unknown placeholders visible', () => {
    const t = translator('en');
    expect(t('appName')).toBe('Undertone');
    expect(translator('zh-Hans')('saveNote')).toBe('保存备注');
    expect(t('insertFailed', { reason: '<b>busy</b>' })).toBe('Could not insert: <b>busy</b>');
    expect(t('insertFailed')).toBe('Could not insert: {reason}');
    expect(translator('zh-Hant')('insertFailed', { reason: '忙' })).toBe('無法插入：忙');
  });
});
