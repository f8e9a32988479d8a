import { safeMatches } from './dom';

/**
 * A message row as consoles draw it holds more than the message: avatar
 * initials, the author's name, a timestamp, "seen", reaction counts. Read as
 * one string that came out as "DWDana Whitfield10:43 AMThis is the third
 * time…". This splits the row into the message's text and its author's name.
 */

/** Parts that are never the message: time elements, images and icons, controls, hidden helpers, avatars, reactions, receipts. */
const DECORATION =
  'time, [datetime], img, svg, picture, button, [role="button"], [aria-hidden="true"], [hidden], style, script, [class*="avatar" i], [class*="reaction" i], [class*="timestamp" i], [class*="receipt" i], [class*="badge" i]';
/** Where consoles put the author's name. */
const NAME = '[class*="author" i], [class*="sender" i], [class*="username" i], [class*="display-name" i], [class*="displayname" i], [class*="name" i], [data-author-name], [itemprop="author"]';
/** A leaf that holds only a time or date, as consoles print them (English, 简体, 繁體). */
const TIME_ONLY =
  /^(\d{1,2}[:.]\d{2}(:\d{2})?(\s?[ap]\.?m\.?)?|(上午|下午|凌晨|晚上)\s?\d{1,2}:\d{2}|\d{1,2}:\d{2}\s?(上午|下午)|yesterday|today|just now|now|刚刚|剛剛|昨天|今天|\d+\s?(s|sec|secs|m|min|mins|minutes?|h|hrs?|hours?|d|days?)(\s?ago)?|\d+\s?(秒|分钟|分鐘|小时|小時|天)前)$/i;
/** A leaf that holds only a delivery state or an edit mark. */
const STATUS_ONLY = /^(seen|read|delivered|sent|edited|已读|已讀|未读|未讀|已送达|已送達|已编辑|已編輯)$/i;
/** Elements whose end is a break between words when the row's text is joined. */
const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR', 'DT', 'DD']);

export interface RowParts {
  text: string;
  /** The author's name as the row shows it, when it shows one. */
  name?: string;
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');

/** The row's name element: a short labelled leaf-ish element that is not the whole row's text. */
function nameElement(row: Element): Element | null {
  for (const el of row.querySelectorAll(NAME)) {
    const text = fold(el.textContent ?? '');
    if (text && text.length <= 60 && el.children.length <= 2 && !safeMatches(el, DECORATION)) return el;
  }
  return null;
}

function isDecorationLeaf(text: string, initials: string): boolean {
  return TIME_ONLY.test(text) || STATUS_ONLY.test(text) || (initials !== '' && text.toUpperCase() === initials);
}

/**
 * The message's text without its decorations, and its author's name. Falls
 * back to the row's whole text when stripping would leave nothing (a row that
 * is only "Seen" is still better read than lost).
 */
export function rowParts(row: Element): RowParts {
  const nameEl = nameElement(row);
  const name = nameEl ? fold(nameEl.textContent ?? '') : undefined;
  const initials = name ? initialsOf(name) : '';
  const parts: string[] = [];
  const walk = (el: Element) => {
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        parts.push(child.nodeValue ?? '');
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as Element;
      const block = BLOCK.has(element.tagName);
      if (block) parts.push(' ');
      const skip = element === nameEl || safeMatches(element, DECORATION) || (element.children.length === 0 && isDecorationLeaf(fold(element.textContent ?? ''), initials));
      if (!skip) walk(element);
      else parts.push(' ');
      if (block) parts.push(' ');
    }
  };
  walk(row);
  const text = fold(parts.join(''));
  return { text: text || fold(row.textContent ?? ''), ...(name ? { name } : {}) };
}
