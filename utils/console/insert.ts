import { waitForEditorModel, type CaretKeeper } from './caret';
import { collapseWhitespace, composerText, editableOf, isField } from './composer';
import type { RichHtml } from '../snippets/rich-text';
import { watchAttempt } from './attempt';
import { afterFrames, selectionOf } from './dom';
import { apply, detectEditor, takesRichPaste, techniquesFor } from './editors';
import { pointAfter, textOffsetOf } from './text-offsets';
import { closeUndoStep } from './undo-step';
import type { ConsoleView } from './view';

export interface InsertOutcome {
  ok: boolean;
  method?: string;
  error?: string;
}

const kindOf = (view: ConsoleView, composer: HTMLElement) => (view.editor === 'auto' ? detectEditor(composer) : view.editor);

/** Editors render paragraphs and line breaks differently: compare text with whitespace runs folded. */

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** Two frames (editors such as Lexical and React-based ones commit asynchronously), or a timeout in a hidden tab. */
export const afterTwoFrames = () => afterFrames(2, 120);
/** How long a technique's text may take to show before the next technique is tried. */
const LATE_RENDER_MS = 500;

async function toClipboard(text: string): Promise<InsertOutcome> {
  try {
    await navigator.clipboard.writeText(text);
    return { ok: false, method: 'clipboard', error: 'The reply box did not accept the text: it is on your clipboard, paste it with Ctrl+V' };
  } catch {
    return { ok: false, error: 'The reply box did not accept the text' };
  }
}


/** Where an insert begins: the start of the selection, as an offset into the composer's text. */
function insertionStart(composer: HTMLElement): number | null {
  if (isField(composer)) return composer.selectionStart;
  const editable = editableOf(composer);
  const selection = selectionOf(editable);
  if (!selection?.rangeCount) return null;
  const range = selection.getRangeAt(0);
  return editable.contains(range.startContainer) ? textOffsetOf(editable, range.startContainer, range.startOffset) : null;
}

/**
 * Puts the caret after the first `head` characters of the text inserted at
 * `start` (a snippet's {{cursor}}). Read forward from where the insert began,
 * which the insert left as it was: editors put their own caret at the end of
 * the insert, some of them (CKEditor 5) only later. The editor takes the
 * moved DOM caret into its own model on selectionchange.
 */
async function caretAfter(composer: HTMLElement, start: number, head: string): Promise<void> {
  if (isField(composer)) return composer.setSelectionRange(start + head.length, start + head.length);
  const editable = editableOf(composer);
  selectionOf(editable)?.collapse(...pointAfter(editable, start, head));
  await waitForEditorModel();
}

/**
 * Inserts at the composer's saved caret (replacing a selection), then reads
 * the composer back: if the text did not land, the next technique for that
 * editor is tried, and as a last resort the text goes to the clipboard and
 * the agent is told. The caret ends after the text, or at `cursor` (an
 * offset into the text: a snippet's {{cursor}}). Never sends: the agent
 * always sends.
 */
export async function insertIntoComposer(view: ConsoleView, caret: CaretKeeper, text: string, cursor?: number, rich?: RichHtml): Promise<InsertOutcome> {
  const composer = view.composer();
  if (!composer) return { ok: false, error: 'The reply box was not found' };
  if (cursor !== undefined && !(Number.isInteger(cursor) && cursor >= 0 && cursor <= text.length)) return { ok: false, error: 'The caret position is outside the text' };
  const kind = kindOf(view, composer);
  const needle = collapseWhitespace(text);
  // A formatted paste shows its own text (no bullet characters, link labels only); an editor that took the plain text instead shows `text`.
  const html = rich && takesRichPaste(kind) ? rich : undefined;
  for (const technique of techniquesFor[kind]) {
    const target = view.composer() ?? composer;
    await caret.restore(target);
    if (caret.typingStepOpen()) {
      // Right after typing (Alt+1…4 mid-sentence), editors that fold quick edits would make the insert part of the typing's undo step.
      const closed = await closeUndoStep(kind, target);
      caret.typingStepEnded();
      if (!closed.ok) return { ok: false, error: 'The reply box did not keep its undo history apart: nothing was inserted' };
      if (closed.acted) await waitForEditorModel();
    }
    const before = occurrences(collapseWhitespace(composerText(target)), needle);
    const shown = html && collapseWhitespace(html.shownText);
    const shownBefore = shown ? occurrences(collapseWhitespace(composerText(target)), shown) : 0;
    const start = cursor === undefined ? null : insertionStart(target);
    const landedAs = (): 'text' | 'html' | null => {
      const now = collapseWhitespace(composerText(view.composer() ?? target));
      if (occurrences(now, needle) > before) return 'text';
      return shown && occurrences(now, shown) > shownBefore ? 'html' : null;
    };
    const attempt = watchAttempt(target, () => landedAs() !== null);
    try {
      apply(technique, target, text, html?.html);
      attempt.note();
    } catch {
      attempt.stop();
      continue;
    }
    await afterTwoFrames();
    // A field's value changes without mutations, and a field has no framework to render late: only rich editors are waited for.
    if (landedAs() === null && !attempt.agentActed() && !isField(target)) await attempt.landing(LATE_RENDER_MS);
    // If the agent acted while the editor settled (a quick Ctrl+Z, typing on), what counts is that the text landed:
    // a read-back alone would take an undone insert for a failed one and insert it again with the next technique.
    const agentActed = attempt.agentActed();
    const as = landedAs();
    const landed = as !== null || (agentActed && attempt.landed());
    attempt.stop();
    if (landed) {
      if (cursor !== undefined && start !== null && !agentActed) await caretAfter(target, start, as === 'html' && html ? html.shownBefore(cursor) : text.slice(0, cursor));
      return { ok: true, method: `${kind}:${technique}${as === 'html' ? ':html' : ''}` };
    }
    if (agentActed) return { ok: false, error: 'The reply box changed while inserting: try again' };
  }
  return toClipboard(text);
}

/** Selects the first occurrence of a phrase in the composer, across text nodes; false if it is not there. */
function selectPhrase(composer: HTMLElement, find: string): boolean {
  if (isField(composer)) {
    const start = composer.value.indexOf(find);
    if (start < 0) return false;
    composer.focus();
    composer.setSelectionRange(start, start + find.length);
    return true;
  }
  const editable = editableOf(composer);
  const doc = editable.ownerDocument;
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const whole = nodes.map((node) => node.data).join('');
  const start = whole.indexOf(find);
  if (start < 0) return false;
  const last = nodes[nodes.length - 1];
  if (!last) return false;
  const locate = (offset: number, isEnd: boolean): [Text, number] => {
    let passed = 0;
    for (const node of nodes) {
      const end = passed + node.data.length;
      if (offset < end || (isEnd && offset === end)) return [node, offset - passed];
      passed = end;
    }
    return [last, last.data.length];
  };
  const range = doc.createRange();
  range.setStart(...locate(start, false));
  range.setEnd(...locate(start + find.length, true));
  editable.focus();
  const selection = selectionOf(editable);
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}

/** Swaps the first occurrence of a phrase in the draft for a better one, through the same verified insertion. */
export async function replaceInComposer(view: ConsoleView, caret: CaretKeeper, find: string, replacement: string): Promise<InsertOutcome> {
  const composer = view.composer();
  if (!composer) return { ok: false, error: 'The reply box was not found' };
  if (!selectPhrase(composer, find)) return { ok: false, error: 'That phrase is no longer in the draft' };
  // Let the editor take in the new selection before the insert replaces it.
  await new Promise((done) => setTimeout(done, 30));
  caret.forget();
  return insertIntoComposer(view, caret, replacement);
}

/**
 * Replaces the `length` characters before the caret (a typed snippet shortcut)
 * with text, as one insert of its own in the editor's history: one Ctrl+Z
 * brings back the shortcut as typed (with the Space that triggered it), and
 * the typing before it stays.
 */
export async function replaceBeforeCaret(view: ConsoleView, caret: CaretKeeper, length: number, text: string, cursor?: number, rich?: RichHtml): Promise<InsertOutcome> {
  const composer = view.composer();
  if (!composer) return { ok: false, error: 'The reply box was not found' };
  // Right after the typing: in editors that fold quick edits together, the typing's undo step must end first.
  if (!(await closeUndoStep(kindOf(view, composer), composer)).ok) return { ok: false, error: 'The reply box did not keep its undo history apart: nothing was replaced' };
  caret.typingStepEnded();
  if (isField(composer)) {
    const end = composer.selectionStart ?? composer.value.length;
    composer.setSelectionRange(Math.max(0, end - length), end);
  } else {
    const selection = selectionOf(editableOf(composer));
    for (let i = 0; i < length; i++) selection?.modify('extend', 'backward', 'character');
  }
  caret.forget();
  await waitForEditorModel();
  return insertIntoComposer(view, caret, text, cursor, rich);
}
