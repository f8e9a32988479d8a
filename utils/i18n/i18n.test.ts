import { describe, expect, it } from 'vitest';
import { BACKED_UP_KEYS } from '../backup/format';
import { UndertoneDb } from '../db/schema';
import { en } from './en';
import { dictionaries, isMessageKey, resolveLanguage, translator } from './index';
import { optionsEn } from './options/en';

describe('UI language', () => {
  it('follows the browser unless the agent chose one', () => {
    expect(resolveLanguage('auto', ['zh-CN', 'en'])).toBe('zh-Hans');
    expect(resolveLanguage('auto', ['zh-TW'])).toBe('zh-Hant');
    expect(resolveLanguage('auto', ['zh-Hant-HK'])).toBe('zh-Hant');
    expect(resolveLanguage('auto', ['fr-FR', 'en-GB'])).toBe('en');
    expect(resolveLanguage('auto', ['de'])).toBe('en');
    expect(resolveLanguage('zh-Hant', ['en-US'])).toBe('zh-Hant');
  });

  it('keeps the sidebar and options strings apart, so neither silently replaces the other', () => {
    expect(Object.keys(optionsEn).filter((key) => Object.hasOwn(en, key))).toEqual([]);
  });

  it('has every string, sidebar and options page, in every language, none left empty or in English by mistake', () => {
    const keys = Object.keys(dictionaries.en).sort();
    expect(keys.length).toBe(Object.keys(en).length + Object.keys(optionsEn).length);
    for (const dictionary of [dictionaries['zh-Hans'], dictionaries['zh-Hant']]) {
      expect(Object.keys(dictionary).sort()).toEqual(keys);
      for (const [key, value] of Object.entries(dictionary)) {
        expect(value.trim(), key).not.toBe('');
        // Placeholders (ours and the snippet syntax), the product name, key names, formats and the sample pack id may stay Latin;
        // any other English word means a missed translation.
        const rest = value.replace(/\{\w+\}|\{\{[a-z.]+:?|\}\}|Undertone|Alt\+Shift\+U|\bEsc\b|\bEnter\b|\bJSON\b|\bSHA-256\b|\bID\b|\bhttps?\b|com\.example\.support/g, '');
        expect(/[A-Za-z]{2,}/.test(rest), `${key} is not translated: ${value}`).toBe(false);
      }
    }
  });

  it('has a name for every table and storage item a backup preview can list', () => {
    const names = [...new UndertoneDb('i18n-test').tables.map((table) => table.name), ...BACKED_UP_KEYS.filter((key) => !key.endsWith('$'))];
    expect(names.filter((name) => !isMessageKey(`data_${name}`))).toEqual([]);
  });

  it('uses the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
    for (const language of ['zh-Hans', 'zh-Hant'] as const) {
      for (const [key, value] of Object.entries(dictionaries.en)) {
        expect(placeholders(dictionaries[language][key as keyof typeof dictionaries.en]), `${language} ${key}`).toEqual(placeholders(value));
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
    expect(translator('zh-Hans')('backupExported', { file: 'undertone.json' })).toBe('已导出到 undertone.json');
    expect(translator('zh-Hant')('sectionBackup')).toBe('備份');
  });
});
