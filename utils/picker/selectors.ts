/**
 * Selector synthesis for the element picker: test hooks and roles first,
 * then stable-looking classes, never hashed or utility classes, never text.
 */
const HOOKS = ['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-cy', 'data-selenium-test', 'data-e2e', 'role'];

/** Generated class names (css-1x2y3z, sc-abc123, Tailwind variants) change with every deploy. */
export function isStableToken(token: string): boolean {
  return /^[a-zA-Z][\w-]{0,39}$/.test(token) && !/\d{2,}/.test(token) && !/^(css|sc|jsx|emotion|svelte|styled)-/.test(token) && !/[A-Z].*\d|\d.*[A-Z]/.test(token);
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** Candidate selectors for one element, most robust first; none is guaranteed unique. */
export function candidates(el: Element): string[] {
  const tag = el.tagName.toLowerCase();
  const out: string[] = [];
  for (const name of HOOKS) {
    const value = el.getAttribute(name);
    if (value && isStableToken(value.replace(/[\s:]/g, '-'))) out.push(`[${name}=${quote(value)}]`);
  }
  for (const { name, value } of [...el.attributes]) {
    if (!name.startsWith('data-') || HOOKS.includes(name)) continue;
    // Per-message values (ids, times) make a presence hook; word-like values a value hook.
    out.push(isStableToken(value) ? `[${name}=${quote(value)}]` : `${tag}[${name}]`);
  }
  const classes = [...el.classList].filter(isStableToken).slice(0, 2);
  if (classes.length > 1) out.push(`${tag}${classes.map((c) => `.${CSS.escape(c)}`).join('')}`);
  for (const c of classes) out.push(`${tag}.${CSS.escape(c)}`);
  if (el.id && isStableToken(el.id)) out.push(`#${CSS.escape(el.id)}`);
  out.push(tag);
  return out;
}

const count = (root: ParentNode, selector: string) => {
  try {
    return root.querySelectorAll(selector).length;
  } catch {
    return Infinity;
  }
};

/** A selector that finds exactly this element in the document, prefixing ancestors' hooks when it needs to. */
export function uniqueSelector(el: Element): string {
  let suffix = '';
  for (let node: Element | null = el, depth = 0; node && node !== document.documentElement && depth < 5; node = node.parentElement, depth++) {
    for (const candidate of candidates(node)) {
      const selector = suffix ? `${candidate} ${suffix}` : candidate;
      if (count(document, selector) === 1 && document.querySelector(selector) === el) return selector;
    }
    suffix = suffix ? `${candidates(node)[0]} ${suffix}` : candidates(node)[0]!;
  }
  return suffix;
}

/** A selector matching both rows (and rows like them) inside the list, without matching anything nested in a row. */
export function sharedSelector(a: Element, b: Element, list: Element): string | null {
  const inB = new Set(candidates(b));
  for (const candidate of candidates(a)) {
    if (!inB.has(candidate)) continue;
    let matches: Element[];
    try {
      matches = [...list.querySelectorAll(candidate)];
    } catch {
      continue;
    }
    if (matches.includes(a) && matches.includes(b) && !matches.some((m) => matches.some((other) => other !== m && m.contains(other)))) return candidate;
  }
  return null;
}
