import { describe, expect, it } from 'vitest';
import { matchesShortcut, parseShortcut } from './shortcut';

const key = (code: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey', boolean>> = {}) => ({
  altKey: false,
  ctrlKey: false,
  shiftKey: false,
  metaKey: false,
  code,
  ...mods,
});

describe('command shortcuts', () => {
  it('matches the default Alt+Shift+U exactly, and nothing looser or stricter', () => {
    const shortcut = parseShortcut('Alt+Shift+U')!;
    expect(matchesShortcut(key('KeyU', { altKey: true, shiftKey: true }), shortcut)).toBe(true);
    expect(matchesShortcut(key('KeyU', { altKey: true }), shortcut)).toBe(false);
    expect(matchesShortcut(key('KeyU', { altKey: true, shiftKey: true, ctrlKey: true }), shortcut)).toBe(false);
    expect(matchesShortcut(key('KeyY', { altKey: true, shiftKey: true }), shortcut)).toBe(false);
  });

  it('understands rebinding to digits, named keys and macOS modifiers', () => {
    expect(parseShortcut('Ctrl+Shift+Comma')).toEqual({ alt: false, ctrl: true, shift: true, meta: false, code: 'Comma' });
    expect(parseShortcut('Command+Shift+7')).toMatchObject({ meta: true, shift: true, code: 'Digit7' });
    expect(parseShortcut('Alt+Up')?.code).toBe('ArrowUp');
  });

  it('refuses an unset or unknown shortcut', () => {
    expect(parseShortcut('')).toBeUndefined();
    expect(parseShortcut('Alt+Shift+Banana')).toBeUndefined();
  });
});
