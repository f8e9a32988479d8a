import type { ShortcutMatch } from '../protocol/snippets';
import { fillSnippet } from '../snippets/fill';
import { parseTemplate, promptsFor, type InsertContext } from '../snippets/placeholders';
import { richHtmlOf, type RichHtml } from '../snippets/rich-text';
import { defaultTrigger, detectExpansion, type ExpansionTrigger } from '../snippets/shortcut';
import { editableOf, listenInComposerDocuments, targetsComposer } from './composer';
import { selectionOf } from './dom';
import { afterTwoFrames, type InsertOutcome } from './insert';
import type { ConsoleView } from './view';

export interface ExpansionDeps {
  /** The agent's trigger, re-read when they change it. */
  watchTrigger(set: (trigger: ExpansionTrigger) => void): void;
  lookup(shortcut: string): Promise<ShortcutMatch[]>;
  context(): InsertContext;
  /** `cursor`: where the caret goes, as an offset into `text` (the snippet's {{cursor}}); `rich`: the HTML for rich editors. */
  replaceBeforeCaret(length: number, text: string, cursor?: number, rich?: RichHtml): Promise<InsertOutcome>;
}

const plainSpaces = (text: string) => text.replace(/\u00a0/g, ' ');

/** The text of the caret's own text node up to the caret (shortcuts never span nodes), or null without a collapsed caret. */
function textBeforeCaret(composer: HTMLElement): string | null {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    const { selectionStart: start, selectionEnd: end } = composer;
    return start !== null && start === end ? composer.value.slice(0, start) : null;
  }
  const editable = editableOf(composer);
  const selection = selectionOf(editable);
  const node = selection?.focusNode;
  if (!selection?.isCollapsed || !node || !editable.contains(node)) return null;
  return node.nodeType === Node.TEXT_NODE ? plainSpaces((node as Text).data.slice(0, selection.focusOffset)) : '';
}

const isUndoKey = (event: KeyboardEvent) => event.key.toLowerCase() === 'z' && (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey;
const isModifier = (event: KeyboardEvent) => ['Control', 'Meta', 'Shift', 'Alt'].includes(event.key);

/** The selected text of a composer. */
function selectedText(composer: HTMLElement): string {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) return composer.value.slice(composer.selectionStart ?? 0, composer.selectionEnd ?? 0);
  return plainSpaces(selectionOf(editableOf(composer))?.toString() ?? '');
}

function collapseToEnd(composer: HTMLElement): void {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) return composer.setSelectionRange(composer.selectionEnd, composer.selectionEnd);
  selectionOf(editableOf(composer))?.collapseToEnd();
}

/**
 * Expands snippet shortcuts typed in the composer (";thanks" then Space, or a
 * chord): the detection is the snippets module's, the lookup the background's,
 * and the replacement goes through the verified insertion, so one Ctrl+Z
 * brings the shortcut back. Nothing happens mid-composition, on untrusted
 * (page-made) keys, or for snippets that need answers (the sidebar asks those).
 */
export function watchExpansions(view: ConsoleView, signal: AbortSignal, deps: ExpansionDeps): void {
  let trigger: ExpansionTrigger = defaultTrigger;
  deps.watchTrigger((next) => (trigger = next));
  let busy = false;
  /** Whether the agent pressed Ctrl+Z while the expansion was still going in. */
  let undoneEarly = false;
  /** The last expansion, while the agent's next key may be the Ctrl+Z that takes it back. */
  let undoable: { composer: HTMLElement; typed: string } | null = null;

  /** The expansion just taken back, until its restored shortcut has been unselected. */
  let restored: { composer: HTMLElement; typed: string } | null = null;

  // Editors undo a replacement by selecting the text it replaced; after an expansion the agent was typing, so the caret goes after the shortcut.
  const unselect = ({ composer, typed }: { composer: HTMLElement; typed: string }) => {
    // Compared without trailing spaces: a selection's text drops a trailing space the browser renders as collapsible.
    if (view.composer() === composer && selectedText(composer).trimEnd() === typed.trimEnd()) collapseToEnd(composer);
  };
  const afterUndo = async (expansion: { composer: HTMLElement; typed: string }) => {
    restored = expansion;
    await afterTwoFrames();
    if (restored !== expansion) return;
    unselect(expansion);
    restored = null;
  };

  listenInComposerDocuments(view, signal, ['keydown'], (raw) => {
    const event = raw as KeyboardEvent;
    if (!event.isTrusted) return;
    const composer = view.composer();
    if (!composer || !targetsComposer(view, event.composedPath()[0])) return;
    if (busy) {
      // A Ctrl+Z the moment the expansion shows, before its insert has reported, takes it back all the same.
      if (isUndoKey(event)) undoneEarly = true;
      return;
    }
    // A key typed before the editor has settled from the undo must not overwrite the restored shortcut: unselect it first.
    if (restored && !isModifier(event) && !isUndoKey(event)) {
      unselect(restored);
      restored = null;
    }
    if (undoable && !isModifier(event)) {
      if (isUndoKey(event)) void afterUndo(undoable);
      undoable = null;
    }
    const before = textBeforeCaret(composer);
    if (before === null) return;
    const expansion = detectExpansion(event, before, trigger);
    if (!expansion) return;
    // A chord is ours to swallow; a Space is typed as usual and replaced with the shortcut if a snippet has it.
    const typed = trigger.kind === 'prefix' ? ' ' : '';
    if (!typed) event.preventDefault();
    const expected = before.slice(before.length - expansion.replaceLength) + typed;
    busy = true;
    undoneEarly = false;
    void (async () => {
      try {
        const [match] = await deps.lookup(expansion.shortcut);
        if (!match || signal.aborted) return;
        const parts = parseTemplate(match.body);
        const context = deps.context();
        if (promptsFor(parts, context).length > 0) return;
        // The agent may have typed on while we looked: only replace what is still there.
        await new Promise((done) => setTimeout(done, 0));
        if (!(textBeforeCaret(composer) ?? '').endsWith(expected)) return;
        const filled = fillSnippet(match, context, {});
        const outcome = await deps.replaceBeforeCaret(expected.length, filled.text, filled.cursor, filled.blocks && richHtmlOf(filled.blocks));
        if (!outcome.ok) return;
        if (undoneEarly) void afterUndo({ composer, typed: expected });
        else undoable = { composer, typed: expected };
      } catch {
        // No expansion is better than an error in the agent's console.
      } finally {
        busy = false;
      }
    })();
  });
}
