/**
 * Matches keyboard events against a command shortcut as the browser writes it
 * ("Alt+Shift+U", "Ctrl+Shift+Comma", "⌥⇧U" on macOS is reported as "Alt+Shift+U").
 * The content script uses it as a fallback for the toggle command: when the
 * browser handles the command itself the page never sees the keydown, so the
 * two never both fire.
 */
export interface Shortcut {
  alt: boolean;
  ctrl: boolean;
  shift: boolean;
  meta: boolean;
  code: string;
}

const namedKeys: Record<string, string> = {
  Comma: 'Comma',
  Period: 'Period',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Space: 'Space',
  Insert: 'Insert',
  Delete: 'Delete',
  Up: 'ArrowUp',
  Down: 'ArrowDown',
  Left: 'ArrowLeft',
  Right: 'ArrowRight',
};

export function parseShortcut(text: string): Shortcut | undefined {
  const parts = text.split('+').map((p) => p.trim()).filter(Boolean);
  const key = parts.pop();
  if (!key) return undefined;
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  let code: string | undefined;
  if (/^[A-Za-z]$/.test(key)) code = `Key${key.toUpperCase()}`;
  else if (/^[0-9]$/.test(key)) code = `Digit${key}`;
  else if (/^F([1-9]|1[0-2])$/.test(key)) code = key;
  else code = namedKeys[key];
  if (!code) return undefined;
  return {
    alt: mods.has('alt'),
    ctrl: mods.has('ctrl') || mods.has('macctrl'),
    shift: mods.has('shift'),
    meta: mods.has('command') || mods.has('meta'),
    code,
  };
}

export function matchesShortcut(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey' | 'code'>, shortcut: Shortcut): boolean {
  return (
    event.code === shortcut.code &&
    event.altKey === shortcut.alt &&
    event.ctrlKey === shortcut.ctrl &&
    event.shiftKey === shortcut.shift &&
    event.metaKey === shortcut.meta
  );
}
