import { createSideJudge } from '../console/side';
import { viewFromAdapter } from '../console/view';
import type { ConsoleAdapter } from '../adapters/schema';
import { buildAdapter, identitySelector, type Picks } from './build';
import { fillWords, type PickerWord, type PickerWords } from './words';

const STEPS: { key: keyof Picks; prompt: PickerWord }[] = [
  { key: 'list', prompt: 'pickerStepList' },
  { key: 'customer', prompt: 'pickerStepCustomer' },
  { key: 'agent', prompt: 'pickerStepAgent' },
  { key: 'composer', prompt: 'pickerStepComposer' },
];

/** What saving said: saved (and how it will be read), or why not. */
export type SaveOutcome = { saved: boolean; text: string };

const STYLE = `
  :host { all: initial; }
  .box { position: fixed; pointer-events: none; border: 2px solid #7c3aed; background: rgb(124 58 237 / 0.08); border-radius: 4px; z-index: 2147483646; }
  .panel { position: fixed; left: 16px; bottom: 16px; width: 340px; max-height: 60vh; overflow: auto; z-index: 2147483647;
    font: 13px/1.4 system-ui, sans-serif; color: #1f2937; background: #fff; border: 1px solid #d1d5db; border-radius: 8px; padding: 12px; box-shadow: 0 8px 24px rgb(0 0 0 / 0.18); }
  h2 { font-size: 14px; margin: 0 0 6px; }
  ol { margin: 6px 0; padding-left: 18px; } li.done { color: #6b7280; text-decoration: line-through; } li.now { font-weight: 600; }
  .row { display: flex; gap: 6px; margin: 4px 0; } .badge { font-size: 11px; border-radius: 4px; padding: 0 4px; flex: none; }
  .customer { background: #fde68a; } .agent { background: #bfdbfe; } .system { background: #e5e7eb; }
  .error { color: #b91c1c; } .actions { display: flex; gap: 8px; margin-top: 8px; }
  button { font: inherit; padding: 4px 10px; }
`;

/**
 * The "pick elements" mode: the agent clicks the message list, a customer
 * message, one of their own and the reply box; Undertone proposes an adapter,
 * previews the conversation it would read with role badges, and saves it.
 * Everything lives in a closed shadow root: the page sees neither the picks
 * nor the preview. Clicks on the page are swallowed while picking.
 */
export function startPicker(signal: AbortSignal, words: PickerWords, save: (adapter: ConsoleAdapter) => Promise<SaveOutcome>): void {
  const host = document.createElement('undertone-picker');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'box';
  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', words.pickerTitle);
  root.append(style, box, panel);
  document.documentElement.append(host);

  const picks: Partial<Picks> = {};
  let adapter: ConsoleAdapter | null = null;
  let status: SaveOutcome | undefined;
  /** After the four picks, one more click may show where the customer's email, handle or id is. */
  let pickingIdentity = false;
  const stop = new AbortController();
  const listen = AbortSignal.any([signal, stop.signal]);
  const close = () => {
    stop.abort();
    host.remove();
  };
  signal.addEventListener('abort', close);

  const element = (tag: string, text: string, className = '') => {
    const el = document.createElement(tag);
    el.textContent = text;
    if (className) el.className = className;
    return el;
  };

  function render(): void {
    const step = STEPS.findIndex((s) => !picks[s.key]);
    const list = document.createElement('ol');
    STEPS.forEach((s, i) => list.append(element('li', words[s.prompt], i < step || step < 0 ? 'done' : i === step ? 'now' : '')));
    const parts: Node[] = [element('h2', words.pickerTitle), list];
    if (adapter) {
      const view = viewFromAdapter(adapter, createSideJudge());
      const log = view.findList();
      const shown = log ? view.messagesIn(log, log).slice(-6).map((el) => view.read(el, log)) : [];
      parts.push(element('p', shown.length ? words.pickerWouldRead : words.pickerNothingFound));
      for (const message of shown) {
        const row = element('div', '', 'row');
        row.append(element('span', words[`pickerAuthor_${message.author}`], `badge ${message.author}`), element('span', message.text.slice(0, 80)));
        parts.push(row);
      }
    }
    if (adapter) {
      const known = adapter.customerEmail ?? adapter.customerHandle ?? adapter.customerId;
      const identity = element('button', pickingIdentity ? words.pickerIdentityNow : known ? fillWords(words.pickerIdentityKnown, { identity: known }) : words.pickerIdentityOptional);
      identity.addEventListener('click', () => {
        pickingIdentity = true;
        render();
      });
      parts.push(identity);
    }
    if (status) parts.push(element('p', status.text, status.saved ? '' : 'error'));
    const actions = element('div', '', 'actions');
    const saveButton = element('button', words.pickerSave) as HTMLButtonElement;
    saveButton.disabled = !adapter;
    saveButton.addEventListener('click', () => void commit());
    const cancel = element('button', status?.saved ? words.pickerClose : words.pickerCancel);
    cancel.addEventListener('click', close);
    actions.append(saveButton, cancel);
    parts.push(actions);
    panel.replaceChildren(...parts);
  }

  async function commit(): Promise<void> {
    if (!adapter) return;
    try {
      status = await save(adapter);
    } catch (error) {
      status = { saved: false, text: (error as Error).message };
    }
    render();
  }

  const isOurs = (event: Event) => event.composedPath().includes(host);
  // The panel's own clicks end at its root: the page's bubbling listeners ("click outside closes") never see them.
  for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']) root.addEventListener(type, (event) => event.stopPropagation(), { signal: listen });
  window.addEventListener(
    'mousemove',
    (event) => {
      if (isOurs(event) || !(event.target instanceof Element)) return;
      const rect = event.target.getBoundingClientRect();
      Object.assign(box.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    },
    { capture: true, signal: listen },
  );
  for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']) {
    window.addEventListener(
      type,
      (event) => {
        if (isOurs(event) || !event.isTrusted) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        const target = event.composedPath()[0];
        if (type !== 'click' || !(target instanceof Element)) return;
        if (pickingIdentity && adapter) {
          pickingIdentity = false;
          adapter = { ...adapter, ...identitySelector(target) };
          return render();
        }
        const step = STEPS.find((s) => !picks[s.key]);
        if (!step) return;
        picks[step.key] = target;
        if (STEPS.every((s) => picks[s.key])) {
          try {
            adapter = buildAdapter(picks as Picks, new URL(location.href));
            status = undefined;
          } catch (error) {
            status = { saved: false, text: (error as Error).message };
            delete picks.customer;
            delete picks.agent;
          }
        }
        render();
      },
      { capture: true, signal: listen },
    );
  }
  window.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      if (event.key === 'Escape') close();
      else if (event.key === 'Enter' && adapter) {
        event.preventDefault();
        event.stopImmediatePropagation();
        void commit();
      }
    },
    { capture: true, signal: listen },
  );
  render();
}
