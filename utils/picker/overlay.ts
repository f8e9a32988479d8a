import { createSideJudge } from '../console/side';
import { viewFromAdapter } from '../console/view';
import type { ConsoleAdapter } from '../adapters/schema';
import { buildAdapter, identitySelector, type Picks } from './build';

const STEPS: { key: keyof Picks; prompt: string }[] = [
  { key: 'list', prompt: 'Click the list of messages' },
  { key: 'customer', prompt: "Click one of the customer's messages" },
  { key: 'agent', prompt: 'Click one of your own messages' },
  { key: 'composer', prompt: 'Click the reply box' },
];

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
export function startPicker(signal: AbortSignal, save: (adapter: ConsoleAdapter) => Promise<string>): void {
  const host = document.createElement('undertone-picker');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'box';
  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', 'Teach Undertone this console');
  root.append(style, box, panel);
  document.documentElement.append(host);

  const picks: Partial<Picks> = {};
  let adapter: ConsoleAdapter | null = null;
  let status = '';
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
    STEPS.forEach((s, i) => list.append(element('li', s.prompt, i < step || step < 0 ? 'done' : i === step ? 'now' : '')));
    const parts: Node[] = [element('h2', 'Teach Undertone this console'), list];
    if (adapter) {
      const view = viewFromAdapter(adapter, createSideJudge());
      const log = view.findList();
      const shown = log ? view.messagesIn(log, log).slice(-6).map((el) => view.read(el, log)) : [];
      parts.push(element('p', shown.length ? 'Undertone would read:' : 'No messages found with these picks.'));
      for (const message of shown) {
        const row = element('div', '', 'row');
        row.append(element('span', message.author, `badge ${message.author}`), element('span', message.text.slice(0, 80)));
        parts.push(row);
      }
    }
    if (adapter) {
      const known = adapter.customerEmail ?? adapter.customerHandle ?? adapter.customerId;
      const identity = element('button', pickingIdentity ? "Click the customer's email, handle or id" : known ? `Customer identity: ${known}` : "Pick the customer's email, handle or id (optional)");
      identity.addEventListener('click', () => {
        pickingIdentity = true;
        render();
      });
      parts.push(identity);
    }
    if (status) parts.push(element('p', status, status.startsWith('Saved') ? '' : 'error'));
    const actions = element('div', '', 'actions');
    const saveButton = element('button', 'Save (Enter)') as HTMLButtonElement;
    saveButton.disabled = !adapter;
    saveButton.addEventListener('click', () => void commit());
    const cancel = element('button', status.startsWith('Saved') ? 'Close' : 'Cancel (Esc)');
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
      status = (error as Error).message;
    }
    render();
  }

  const isOurs = (event: Event) => event.composedPath().includes(host);
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
            status = '';
          } catch (error) {
            status = (error as Error).message;
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
