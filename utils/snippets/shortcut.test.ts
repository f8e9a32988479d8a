import { describe, expect, it } from 'vitest';
import { defaultTrigger, detectExpansion, triggerProblem, type ExpansionTrigger, type KeyLike } from './shortcut';

const key = (fields: Partial<KeyLike>): KeyLike => ({
  key: ' ', code: 'Space', ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, isComposing: false, ...fields,
});
const altPeriod: ExpansionTrigger = { kind: 'hotkey', code: 'Period', ctrl: false, alt: true, shift: false, meta: false };

describe('shortcut detection, prefix style', () => {
  it('expands ";thanks" on Space, replacing prefix and shortcut', () => {
    expect(detectExpansion(key({}), 'Hello ;Thanks', defaultTrigger)).toEqual({ shortcut: 'thanks', replaceLength: 7 });
    expect(detectExpansion(key({}), 'see;Thanks', defaultTrigger)).toEqual({ shortcut: 'thanks', replaceLength: 7 });
  });

  it('accepts the full-width prefix a Chinese IME types, and Chinese shortcuts', () => {
    expect(detectExpansion(key({}), '您好；退款', defaultTrigger)).toEqual({ shortcut: '退款', replaceLength: 3 });
  });

  it('never fires while an IME is composing (Space picks a candidate then)', () => {
    expect(detectExpansion(key({ isComposing: true }), ';tk', defaultTrigger)).toBeUndefined();
    expect(detectExpansion(key({ keyCode: 229 }), ';tk', defaultTrigger)).toBeUndefined();
    expect(detectExpansion(key({ key: 'Process' }), ';tk', defaultTrigger)).toBeUndefined();
  });

  it('ignores words without the prefix, a bare prefix, modified spaces and Tab', () => {
    expect(detectExpansion(key({}), 'thanks', defaultTrigger)).toBeUndefined();
    expect(detectExpansion(key({}), 'a ;', defaultTrigger)).toBeUndefined();
    expect(detectExpansion(key({ ctrlKey: true }), ';tk', defaultTrigger)).toBeUndefined();
    expect(detectExpansion(key({ shiftKey: true }), ';tk', defaultTrigger)).toBeUndefined();
    expect(detectExpansion(key({ key: 'Tab', code: 'Tab' }), ';tk', defaultTrigger)).toBeUndefined();
  });

  it('ignores tokens longer than a shortcut can be', () => {
    expect(detectExpansion(key({}), `;${'x'.repeat(33)}`, defaultTrigger)).toBeUndefined();
  });
});

describe('shortcut detection, hotkey style', () => {
  it('expands the word before the caret on the exact chord', () => {
    expect(detectExpansion(key({ key: '.', code: 'Period', altKey: true }), 'ok tk', altPeriod)).toEqual({ shortcut: 'tk', replaceLength: 2 });
    expect(detectExpansion(key({ key: '.', code: 'Period', altKey: true, shiftKey: true }), 'tk', altPeriod)).toBeUndefined();
    expect(detectExpansion(key({ key: '.', code: 'Period', altKey: true }), 'tk ', altPeriod)).toBeUndefined();
  });
});

describe('trigger validation', () => {
  const chord = (code: string, mods: Partial<Record<'ctrl' | 'alt' | 'shift' | 'meta', boolean>>): ExpansionTrigger => ({
    kind: 'hotkey', code, ctrl: false, alt: false, shift: false, meta: false, ...mods,
  });

  it.each([
    ['Tab', chord('Tab', { alt: true }), 'Tab moves focus'],
    ['Ctrl+Space', chord('Space', { ctrl: true }), 'Chinese input method'],
    ['Shift+Space', chord('Space', { shift: true }), 'full/half width'],
    ['Ctrl+.', chord('Period', { ctrl: true }), 'Chinese punctuation'],
    ['Alt+Enter', chord('Enter', { alt: true }), 'sends'],
    ['a bare key', chord('KeyJ', {}), 'would fire while typing'],
    ['a letter prefix', { kind: 'prefix', prefix: 'x' } as ExpansionTrigger, 'punctuation'],
  ])('refuses %s', (_label, trigger, reason) => {
    expect(triggerProblem(trigger)).toContain(reason);
  });

  it('accepts the defaults and Alt+.', () => {
    expect(triggerProblem(defaultTrigger)).toBeUndefined();
    expect(triggerProblem({ kind: 'prefix', prefix: '//' })).toBeUndefined();
    expect(triggerProblem(altPeriod)).toBeUndefined();
  });
});
