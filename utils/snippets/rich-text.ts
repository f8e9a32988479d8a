/**
 * "Simple formatting" for snippets (format 'light'): **bold**, *italic*,
 * [label](https://…) and "- " bullet lines, line breaks kept. The body stays
 * plain text; this module reads it into blocks and writes the blocks out as
 * plain text (textareas, every fallback) or as a small, fully escaped HTML
 * subset (the paste into rich editors). Pure code, linear in the input.
 */

/** A run of text with one set of marks. */
export interface StyledText {
  text: string;
  bold?: true;
  italic?: true;
  /** Only ever a safe link (see isSafeHref). */
  href?: string;
}
export type Line = StyledText[];
export type Block = { kind: 'paragraph'; lines: Line[] } | { kind: 'list'; items: Line[] };

export const MAX_HREF = 2048;

/** https:, mailto: and tel: links only: never javascript:, data: or a relative address. */
export function isSafeHref(href: string): boolean {
  if (href.length > MAX_HREF || /[\s<>"'`\\]/.test(href)) return false;
  const scheme = /^(https:\/\/|mailto:|tel:)(?=.)/i.exec(href)?.[1]?.toLowerCase();
  if (!scheme) return false;
  try {
    return new URL(href).protocol === scheme.slice(0, scheme.indexOf(':') + 1);
  } catch {
    return false;
  }
}

type Token = { kind: 'text'; text: string } | { kind: 'delim'; size: 1 | 2; canOpen: boolean; canClose: boolean; paired?: 'open' | 'close' } | { kind: 'link'; label: StyledText[]; href: string };

/** Placeholders ({{…}}) are opaque to markup: their labels and options may hold any character. */
const PLACEHOLDER = /\{\{[^{}]{1,400}\}\}/y;
/** Characters that end a link's address: it is written without spaces, brackets or quotes. */
const URL_END = /[\s()[\]<>"{}]/;

function readLink(line: string, at: number): { token: Token; end: number } | undefined {
  // The label runs to the next bracket: a scan stops at the next "[", so no character is scanned for two labels.
  let close = at + 1;
  while (close < line.length && line[close] !== ']' && line[close] !== '[') close++;
  if (line[close] !== ']' || line[close + 1] !== '(' || close === at + 1) return undefined;
  let end = close + 2;
  while (end < line.length && end - close <= MAX_HREF && !URL_END.test(line[end]!)) end++;
  if (line[end] !== ')') return undefined;
  const href = line.slice(close + 2, end);
  if (!isSafeHref(href)) return undefined;
  return { token: { kind: 'link', label: parseInline(line.slice(at + 1, close), false), href }, end: end + 1 };
}

function tokenize(line: string, links: boolean): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < line.length) {
    const char = line[i]!;
    if (char === '{') {
      PLACEHOLDER.lastIndex = i;
      const placeholder = PLACEHOLDER.exec(line);
      if (placeholder) {
        text += placeholder[0];
        i += placeholder[0].length;
        continue;
      }
    } else if (char === '[' && links) {
      const link = readLink(line, i);
      if (link) {
        flush();
        tokens.push(link.token);
        i = link.end;
        continue;
      }
    } else if (char === '*') {
      let end = i;
      while (line[end] === '*') end++;
      const run = end - i;
      if (run <= 3) {
        flush();
        // Like Markdown: a marker opens before a non-space and closes after one, so "2 * 3 * 4" stays as it is.
        const canOpen = end < line.length && !/\s/.test(line[end]!);
        const canClose = i > 0 && !/\s/.test(line[i - 1]!);
        const sizes: (1 | 2)[] = run === 3 ? [2, 1] : [run as 1 | 2];
        for (const size of sizes) tokens.push({ kind: 'delim', size, canOpen, canClose });
      } else text += line.slice(i, end);
      i = end;
      continue;
    }
    text += char;
    i++;
  }
  flush();
  return tokens;
}

/** Pairs markers of each size in order; one left without a partner is shown as it was typed. */
function pairDelimiters(tokens: Token[]): void {
  const open: Record<1 | 2, Extract<Token, { kind: 'delim' }> | undefined> = { 1: undefined, 2: undefined };
  for (const token of tokens) {
    if (token.kind !== 'delim') continue;
    const opener = open[token.size];
    if (opener && token.canClose) {
      opener.paired = 'open';
      token.paired = 'close';
      open[token.size] = undefined;
    } else if (token.canOpen) open[token.size] = token;
  }
}

const sameMarks = (a: StyledText, b: StyledText) => a.bold === b.bold && a.italic === b.italic && a.href === b.href;

function pushStyled(spans: StyledText[], span: StyledText): void {
  if (!span.text) return;
  const last = spans.at(-1);
  if (last && sameMarks(last, span)) last.text += span.text;
  else spans.push(span);
}

function marked(text: string, bold: boolean, italic: boolean, href?: string): StyledText {
  return { text, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}), ...(href ? { href } : {}) };
}

function parseInline(line: string, links = true): StyledText[] {
  const tokens = tokenize(line, links);
  pairDelimiters(tokens);
  const spans: StyledText[] = [];
  let bold = false;
  let italic = false;
  for (const token of tokens) {
    if (token.kind === 'text') pushStyled(spans, marked(token.text, bold, italic));
    else if (token.kind === 'link') {
      for (const part of token.label) pushStyled(spans, marked(part.text, bold || !!part.bold, italic || !!part.italic, token.href));
    } else if (token.paired) {
      const on = token.paired === 'open';
      if (token.size === 2) bold = on;
      else italic = on;
    } else pushStyled(spans, marked('*'.repeat(token.size), bold, italic));
  }
  return spans;
}

const BULLET = /^- (?=\S)/;

/** Reads a light-format body into paragraphs (lines kept) and bullet lists. */
export function parseLightMarkup(body: string): Block[] {
  const blocks: Block[] = [];
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.test(line);
    const spans = parseInline(bullet ? line.slice(2) : line);
    const last = blocks.at(-1);
    if (bullet) {
      if (last?.kind === 'list') last.items.push(spans);
      else blocks.push({ kind: 'list', items: [spans] });
    } else if (last?.kind === 'paragraph') last.lines.push(spans);
    else blocks.push({ kind: 'paragraph', lines: [spans] });
  }
  return blocks;
}

/** A line's spans in runs that share one link (or none), so a link with bold in its label is still one link. */
export function linkRuns(line: Line): { href?: string; spans: StyledText[] }[] {
  const runs: { href?: string; spans: StyledText[] }[] = [];
  for (const span of line) {
    const last = runs.at(-1);
    if (last && last.href === span.href) last.spans.push(span);
    else runs.push({ ...(span.href ? { href: span.href } : {}), spans: [span] });
  }
  return runs;
}

const linesOf = (block: Block) => (block.kind === 'paragraph' ? block.lines : block.items);

/** The address as a reader would write it after a label: mailto:/tel: dropped, nothing repeated. */
function addressAfter(label: string, href: string): string {
  const shown = href.replace(/^(mailto|tel):/i, '');
  return label === href || label === shown ? '' : ` (${shown})`;
}

/** Calls `visit` for each span in reading order with its offset into richToPlainText's output. */
function walkPlain(blocks: Block[], visit?: (span: StyledText, offset: number) => void): string {
  let out = '';
  blocks.forEach((block, b) => {
    linesOf(block).forEach((line, l) => {
      if (b > 0 || l > 0) out += '\n';
      if (block.kind === 'list') out += '• ';
      for (const run of linkRuns(line)) {
        let label = '';
        for (const span of run.spans) {
          visit?.(span, out.length + label.length);
          label += span.text;
        }
        out += label + (run.href ? addressAfter(label, run.href) : '');
      }
    });
  });
  return out;
}

/** The text form, for textareas and every plain-text path: bullets as "• item", links as "label (address)". */
export function richToPlainText(blocks: Block[]): string {
  return walkPlain(blocks);
}

/** Where a span (by identity) starts in richToPlainText's output, or undefined if it is not in the blocks. */
export function plainOffsetOf(blocks: Block[], target: StyledText): number | undefined {
  let found: number | undefined;
  walkPlain(blocks, (span, offset) => {
    if (span === target && found === undefined) found = offset;
  });
  return found;
}

/**
 * A caret offset into richToPlainText's output ({{cursor}}) as an offset into
 * richToEditorText's: a rich editor shows no bullet characters and no link
 * addresses, so the caret is placed by the text it does show. An offset
 * inside what it does not show goes to the end of the span before.
 */
export function shownOffset(blocks: Block[], plainOffset: number): number {
  let plain = 0;
  let shown = 0;
  for (const [b, block] of blocks.entries()) {
    for (const [l, line] of linesOf(block).entries()) {
      if (b > 0 || l > 0) {
        if (plainOffset <= plain) return shown;
        plain++;
        shown++;
      }
      if (block.kind === 'list') plain += 2;
      for (const run of linkRuns(line)) {
        const label = run.spans.map((span) => span.text).join('');
        if (plainOffset <= plain + label.length) return shown + Math.max(0, plainOffset - plain);
        plain += label.length + (run.href ? addressAfter(label, run.href).length : 0);
        shown += label.length;
      }
    }
  }
  return shown;
}

/** The text a rich editor shows after taking richToHtml's output: no bullet characters, labels without addresses. */
export function richToEditorText(blocks: Block[]): string {
  return blocks.map((block) => linesOf(block).map((line) => line.map((span) => span.text).join('')).join('\n')).join('\n');
}

/** Text as HTML that shows it literally: every markup character as a numeric reference. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function styledHtml(span: StyledText, text: string): string {
  if (!text) return '';
  let html = text;
  if (span.italic) html = `<em>${html}</em>`;
  if (span.bold) html = `<strong>${html}</strong>`;
  return html;
}

/** HTML collapses leading and repeated spaces: those become no-break spaces, so the agent's spacing survives. */
function escapeLine(spans: StyledText[]): string[] {
  const whole = spans.map((span) => span.text).join('');
  let at = 0;
  return spans.map((span) => {
    let out = '';
    for (let i = 0; i < span.text.length; i++, at++) {
      const char = span.text[i]!;
      out += char === ' ' && (at === 0 || whole[at + 1] === ' ') ? '&nbsp;' : escapeHtml(char);
    }
    return out;
  });
}

function lineHtml(line: Line): string {
  const escaped = escapeLine(line);
  let index = 0;
  return linkRuns(line)
    .map((run) => {
      const inner = run.spans.map((span) => styledHtml(span, escaped[index++]!)).join('');
      // Checked again here: whatever built the blocks, an unsafe address never becomes a link.
      return run.href && isSafeHref(run.href) ? `<a href="${escapeHtml(run.href)}">${inner}</a>` : inner;
    })
    .join('');
}

/** The paste's text/html: only p, br, strong, em, ul, li and a href, every text and attribute escaped. */
export function richToHtml(blocks: Block[]): string {
  return blocks
    .map((block) =>
      block.kind === 'paragraph' ? `<p>${block.lines.map(lineHtml).join('<br>')}</p>` : `<ul>${block.items.map((item) => `<li>${lineHtml(item)}</li>`).join('')}</ul>`,
    )
    .join('');
}

/** What an insert into a rich editor carries besides the plain text: the HTML, and the text the editor will show for it. */
export interface RichHtml {
  html: string;
  shownText: string;
  /** The shown text up to a caret offset into the plain text ({{cursor}}). */
  shownBefore(plainOffset: number): string;
}
export function richHtmlOf(blocks: Block[]): RichHtml {
  const shownText = richToEditorText(blocks);
  return { html: richToHtml(blocks), shownText, shownBefore: (plainOffset) => shownText.slice(0, shownOffset(blocks, plainOffset)) };
}

/** The same blocks with each span replaced (placeholders filled); an emptied span stays, so a caret offset can refer to it. */
export function mapStyledText(blocks: Block[], change: (span: StyledText) => StyledText): Block[] {
  const mapLine = (line: Line) => line.map(change);
  return blocks.map((block) => (block.kind === 'paragraph' ? { kind: 'paragraph', lines: block.lines.map(mapLine) } : { kind: 'list', items: block.items.map(mapLine) }));
}

/** At most `max` characters of text, for a preview: later spans are cut, the structure is kept. */
export function clipBlocks(blocks: Block[], max: number): Block[] {
  let left = max;
  const clipped: Block[] = [];
  for (const block of blocks) {
    if (left <= 0) break;
    const lines: Line[] = [];
    for (const line of linesOf(block)) {
      if (left <= 0) break;
      const spans: StyledText[] = [];
      for (const span of line) {
        if (left <= 0) break;
        spans.push(span.text.length > left ? { ...span, text: `${span.text.slice(0, left)}…` } : span);
        left -= span.text.length;
      }
      lines.push(spans);
    }
    clipped.push(block.kind === 'paragraph' ? { kind: 'paragraph', lines } : { kind: 'list', items: lines });
  }
  return clipped;
}
