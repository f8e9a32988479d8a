import type { ConsoleAdapter } from '../adapters/schema';
import { candidates, isStableToken, sharedSelector, uniqueSelector } from './selectors';

export interface Picks {
  list: Element;
  customer: Element;
  agent: Element;
  composer: Element;
}

/** The element below `ancestor` that contains `el`. */
function childOf(ancestor: Element, el: Element): Element | null {
  let node: Element | null = el;
  while (node && node.parentElement !== ancestor) node = node.parentElement;
  return node;
}

function commonAncestor(a: Element, b: Element): Element {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node ?? document.body;
}

/** What tells the two rows' authors apart: an attribute with different values, or a class only one has. */
function authorRule(customerRow: Element, customer: Element, agentRow: Element, agent: Element): ConsoleAdapter['author'] {
  // From the row down to the picked element: the row's own markers are the likeliest.
  const chain = (row: Element, picked: Element) => {
    const out: Element[] = [];
    for (let node: Element | null = picked; node && node !== row.parentElement; node = node.parentElement) out.unshift(node);
    return out;
  };
  for (const [c, a] of zip(chain(customerRow, customer), chain(agentRow, agent))) {
    for (const { name, value } of [...c.attributes]) {
      if (name === 'class' || name === 'style' || name === 'id') continue;
      const other = a.getAttribute(name);
      if (other !== null && other !== value && isStableToken(value) && isStableToken(other)) return { attribute: name, customerValues: [value], agentValues: [other] };
    }
    const onlyCustomer = [...c.classList].filter((cls) => isStableToken(cls) && !a.classList.contains(cls));
    const onlyAgent = [...a.classList].filter((cls) => isStableToken(cls) && !c.classList.contains(cls));
    if (onlyCustomer.length > 0 || onlyAgent.length > 0) {
      return {
        ...(onlyCustomer[0] ? { customerSelector: `.${CSS.escape(onlyCustomer[0])}` } : {}),
        ...(onlyAgent[0] ? { agentSelector: `.${CSS.escape(onlyAgent[0])}` } : {}),
        fallback: 'customer',
      };
    }
  }
  return { fallback: 'position' };
}

function zip<T>(a: T[], b: T[]): [T, T][] {
  return a.slice(0, Math.min(a.length, b.length)).map((item, i) => [item, b[i]!]);
}

/** The writable root the agent clicked into (a textarea, or the outermost contenteditable). */
function composerRoot(el: Element): Element {
  if (el.closest('textarea')) return el.closest('textarea')!;
  let root = el;
  for (let node: Element | null = el; node; node = node.parentElement) if ((node as HTMLElement).isContentEditable) root = node;
  return root;
}

/**
 * Where the console shows who the customer is, from one more (optional)
 * click: an email address by its shape, a handle by its @, anything else as
 * the console's own customer id. Customer memory keys on it.
 */
export function identitySelector(el: Element): Pick<ConsoleAdapter, 'customerId' | 'customerEmail' | 'customerHandle'> {
  const text = el.textContent?.trim() ?? '';
  const selector = uniqueSelector(el);
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text)) return { customerEmail: selector };
  if (/^@\S+$/.test(text)) return { customerHandle: selector };
  return { customerId: selector };
}

/** Turns the agent's four clicks into an adapter for this site, or explains what could not be told apart. */
export function buildAdapter(picks: Picks, url: URL): ConsoleAdapter {
  const container = commonAncestor(picks.customer, picks.agent);
  const list = picks.list.contains(container) ? container : picks.list;
  const customerRow = childOf(list, picks.customer) ?? picks.customer;
  const agentRow = childOf(list, picks.agent) ?? picks.agent;
  const message = sharedSelector(customerRow, agentRow, list);
  if (!message) throw new Error('The two messages have nothing in common to find others by: pick two messages in the same list');
  const textCandidates = picks.customer !== customerRow ? candidates(picks.customer).filter((c) => !/^[a-z]+$/.test(c)) : [];
  const messageText = textCandidates.find((c) => agentRow.querySelector(c) !== null);
  const host = url.hostname;
  return {
    id: `custom-${host.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`.slice(0, 40).replace(/-+$/, ''),
    name: host.slice(0, 80),
    evidence: `Picked by the agent on ${host}.`,
    matches: [`${url.protocol}//${host}/*`],
    messageList: uniqueSelector(list),
    message,
    ...(messageText ? { messageText } : {}),
    author: authorRule(customerRow, picks.customer, agentRow, picks.agent),
    composer: uniqueSelector(composerRoot(picks.composer)),
  };
}
