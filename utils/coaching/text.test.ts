import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLang, normalise, profile } from './engine-data';

describe('normalise', () => {
  it('folds case, full-width forms and Traditional characters without changing length', () => {
    expect(normalise('還是沒解決！ＡＢＣ，I’M BACK')).toBe('还是没解决!abc,i\'m back');
    expect(normalise('這個問題又來了')).toBe('这个问题又来了');
  });

  it('leaves Simplified text and 什么 alone (no variant rewrites of Simplified forms)', () => {
    expect(normalise('你说什么？我不想活了')).toBe('你说什么?我不想活了');
  });

  it('preserves length and code units outside the maps for any input, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(normalise(text).length).toBe(text.length);
      }),
    );
    expect(normalise('\ud83d x \ude21')).toBe('\ud83d x \ude21');
  });
});

describe('language profile', () => {
  it('tells English, Simplified and Traditional apart and reports which scripts occur', () => {
    expect(profile('Refund please')).toEqual({ lang: 'en', latin: true, han: false });
    expect(profile('请帮我退款')).toEqual({ lang: 'zh-Hans', latin: false, han: true });
    expect(profile('請幫我退款')).toEqual({ lang: 'zh-Hant', latin: false, han: true });
    expect(profile('打12315')).toMatchObject({ lang: 'zh-Hans', latin: true, han: true });
    expect(detectLang('')).toBe('en');
  });
});
