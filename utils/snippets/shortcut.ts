/**
 * How a typed shortcut expands in the composer. Two styles:
 * - 'prefix': type the prefix and the shortcut, then Space (";thanks␣").
 *   The full-width prefix a Chinese IME types counts too (；).
 * - 'hotkey': type the shortcut, then press a chord (Alt+. by default).
 * Neither may be Tab (it moves focus and hosts bind it) nor Ctrl+Space (the
 * Chinese IME switch on Windows); nothing fires while an IME is composing.
 */
export type ExpansionTrigger =
  | { kind: 'prefix'; prefix: string }
  | { kind: 'hotkey'; code: string; ctrl: boolean; alt: boolean; shift: boolean; meta: boolean };

export const defaultTrigger: ExpansionTrigger = { kind: 'prefix', prefix: ';' };

/** The parts of a KeyboardEvent detection reads (so it runs without a DOM). */
export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
  isComposing: boolean;
  /** 229 while an IME handles the key, in browsers that do not set isComposing. */
  keyCode?: number;
}

export const MAX_SHORTCUT_LENGTH = 32;

/** Shortcuts compare case- and width-insensitively (NFKC folds full-width letters typed with a CJK IME). */
export function normaliseShortcut(shortcut: string): string {
  return shortcut.normalize('NFKC').trim().toLowerCase();
}

/** Chords that belong to the browser, the OS or a Chinese IME, and why. */
const reservedChords: { matches: (t: Extract<ExpansionTrigger, { kind: 'hotkey' }>) => boolean; reason: string }[] = [
  { matches: (t) => t.code === 'Tab', reason: 'Tab moves focus and consoles bind it' },
  { matches: (t) => t.code === 'Space' && t.ctrl, reason: 'Ctrl+Space switches the Chinese input method on Windows' },
  { matches: (t) => t.code === 'Space' && t.shift && !t.ctrl && !t.alt && !t.meta, reason: 'Shift+Space switches full/half width in Chinese input methods' },
  { matches: (t) => t.code === 'Period' && t.ctrl && !t.alt, reason: 'Ctrl+. switches Chinese punctuation' },
  { matches: (t) => t.code === 'Space' && t.meta, reason: 'Cmd+Space opens Spotlight or switches input source on macOS' },
  { matches: (t) => ['Enter', 'NumpadEnter', 'Escape', 'Backspace'].includes(t.code), reason: 'it sends, cancels or deletes in chat consoles' },
  { matches: (t) => !t.ctrl && !t.alt && !t.meta, reason: 'a chord without Ctrl, Alt or Cmd would fire while typing' },
];

/** Why a trigger cannot be used, or undefined when it is fine. */
export function triggerProblem(trigger: ExpansionTrigger): string | undefined {
  if (trigger.kind === 'prefix') {
    if (!/^[^\p{L}\p{N}\s]{1,3}$/u.test(trigger.prefix)) return 'The prefix must be one to three punctuation characters, such as ; or //';
    return undefined;
  }
  const reserved = reservedChords.find((chord) => chord.matches(trigger));
  return reserved ? `That key cannot expand snippets: ${reserved.reason}` : undefined;
}

/** The prefix as a Chinese IME in full-width punctuation mode types it (; → ；). */
const fullWidth = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export interface Expansion {
  /** Normalised, ready for the by-shortcut lookup. */
  shortcut: string;
  /** How many characters before the caret the expansion replaces (prefix and shortcut); the triggering key itself is swallowed. */
  replaceLength: number;
}

const lastToken = (textBeforeCaret: string): string => /[^\s]*$/u.exec(textBeforeCaret)![0];

const composing = (event: KeyLike) => event.isComposing || event.keyCode === 229 || event.key === 'Process';

/**
 * Decides, on keydown, whether the text before the caret ends with a shortcut
 * to expand. Pure: the composer wiring looks the shortcut up (the
 * 'snippets.byShortcut' request), and expands only if a snippet has it.
 */
export function detectExpansion(event: KeyLike, textBeforeCaret: string, trigger: ExpansionTrigger): Expansion | undefined {
  if (composing(event)) return undefined;
  const token = lastToken(textBeforeCaret);
  if (trigger.kind === 'prefix') {
    if (event.key !== ' ' || event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return undefined;
    // Chinese has no spaces between words, so the shortcut starts at the last prefix, wherever it is.
    const at = Math.max(token.lastIndexOf(trigger.prefix), token.lastIndexOf(fullWidth(trigger.prefix)));
    if (at < 0) return undefined;
    const shortcut = normaliseShortcut(token.slice(at + trigger.prefix.length));
    if (!shortcut || shortcut.length > MAX_SHORTCUT_LENGTH) return undefined;
    return { shortcut, replaceLength: token.length - at };
  }
  const { code, ctrl, alt, shift, meta } = trigger;
  if (event.code !== code || event.ctrlKey !== ctrl || event.altKey !== alt || event.shiftKey !== shift || event.metaKey !== meta) return undefined;
  const shortcut = normaliseShortcut(token);
  if (!shortcut || shortcut.length > MAX_SHORTCUT_LENGTH) return undefined;
  return { shortcut, replaceLength: token.length };
}

/** How a trigger reads in settings, e.g. "Alt+Period" or "; then Space". */
export function describeTrigger(trigger: ExpansionTrigger): string {
  if (trigger.kind === 'prefix') return `${trigger.prefix}shortcut then Space`;
  const keys = [trigger.ctrl && 'Ctrl', trigger.alt && 'Alt', trigger.shift && 'Shift', trigger.meta && 'Meta', trigger.code.replace(/^Key/, '')];
  return keys.filter(Boolean).join('+');
}
