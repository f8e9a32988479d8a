import { matchSpans } from './spans';
import type { Span } from './types';

/**
 * Rule regexes tried only where a match can start. A scan with a global regex
 * tries every position of the text, and most positions of a chat message start
 * no rule; so each pattern's possible first characters (up to three) are worked
 * out once, one pass over the message finds the positions where those occur
 * for every regex at once, and each regex is then tried, sticky, at its own
 * positions only. Matches are exactly those of the plain global scan: a
 * position left out is one where the regex cannot match.
 */

/** How many leading characters are worked out: three tell most words apart (two left "th" or "in" at half of all word starts). */
const DEPTH = 3;

/**
 * A possible start of a match: the first characters, whether they are all the
 * match can be (so what follows the node adds to them), and whether a \b comes
 * before them (so a start that is a word character must begin a word).
 */
interface Start {
  text: string;
  whole: boolean;
  edge: boolean;
}

const EMPTY: Start[] = [{ text: '', whole: true, edge: false }];
const BOUNDARY: Start[] = [{ text: '', whole: true, edge: true }];
/** Anything at all may come first: no start can be told. */
const UNKNOWN: Start[] = [{ text: '', whole: false, edge: false }];

function unique(starts: Start[]): Start[] {
  const seen = new Map<string, Start>();
  for (const s of starts) {
    const key = `${s.whole ? 1 : 0}${s.edge ? 1 : 0}${s.text}`;
    if (!seen.has(key)) seen.set(key, s);
  }
  return [...seen.values()];
}

/** The starts of `a` followed by `b`. */
function then(a: Start[], b: Start[]): Start[] {
  const out: Start[] = [];
  for (const x of a) {
    if (!x.whole || x.text.length >= DEPTH) out.push({ ...x, whole: false });
    else {
      for (const y of b) {
        const text = (x.text + y.text).slice(0, DEPTH);
        out.push({ text, whole: y.whole && x.text.length + y.text.length <= DEPTH, edge: x.text ? x.edge : x.edge || y.edge });
      }
    }
  }
  return unique(out);
}

const incomplete = (starts: Start[]) => unique(starts.map((s) => ({ ...s, whole: false })));

const literal = (chars: string[]): Start[] => chars.map((text) => ({ text, whole: true, edge: false }));

/** A recursive-descent reader of the regex syntax the rules use; anything it does not know reads as UNKNOWN, which only costs speed. */
class Reader {
  private i = 0;
  constructor(private readonly source: string) {}

  done(): boolean {
    return this.i >= this.source.length;
  }

  /** alternative ('|' alternative)* */
  alternation(): Start[] {
    const out = [...this.sequence()];
    while (this.source[this.i] === '|') {
      this.i++;
      out.push(...this.sequence());
    }
    return unique(out);
  }

  private sequence(): Start[] {
    let starts = EMPTY;
    while (!this.done() && this.source[this.i] !== '|' && this.source[this.i] !== ')') starts = then(starts, this.quantified(this.atom()));
    return starts;
  }

  private quantified(atom: Start[]): Start[] {
    const c = this.source[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    // A lazy quantifier matches the same strings.
    if (this.source[this.i] === '?') this.i++;
    let starts = EMPTY;
    for (let k = 0; k < Math.min(min, DEPTH); k++) starts = then(starts, atom);
    if (min > DEPTH) starts = incomplete(starts);
    // x? is x or nothing; longer optional runs are cut short, since what follows is not worked out.
    if (max > min) starts = min === 0 ? unique([...EMPTY, ...(max === 1 ? atom : incomplete(atom))]) : incomplete(starts);
    return starts;
  }

  private atom(): Start[] {
    const c = this.source[this.i++]!;
    if (c === '(') {
      let lookaround = false;
      if (this.source[this.i] === '?') {
        const kind = this.source.slice(this.i, this.i + 3);
        if (kind.startsWith('?:')) this.i += 2;
        else if (kind.startsWith('?=') || kind.startsWith('?!')) [this.i, lookaround] = [this.i + 2, true];
        else if (kind === '?<=' || kind === '?<!') [this.i, lookaround] = [this.i + 3, true];
        else throw new Error(`prefilter: unsupported group at ${this.i} in ${this.source}`);
      }
      const inner = this.alternation();
      if (this.source[this.i++] !== ')') throw new Error(`prefilter: unbalanced group in ${this.source}`);
      // A lookaround reads but consumes nothing: the match starts after it.
      return lookaround ? EMPTY : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = this.source[this.i++]!;
      if (e === 'b') return BOUNDARY;
      if (e === 'B') return EMPTY;
      if (e === 'd') return literal([...'0123456789']);
      if (e === 'n') return literal(['\n']);
      if (/[a-zA-Z0-9]/.test(e)) return UNKNOWN;
      return literal([e]);
    }
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return UNKNOWN;
    return literal([c]);
  }

  /** A class of a few listed characters or small ranges gives them all; a negated class, or one with \w or \s, is unknown. */
  private charClass(): Start[] {
    const chars: string[] = [];
    let known = this.source[this.i] !== '^';
    while (this.i < this.source.length && this.source[this.i] !== ']') {
      let c = this.source[this.i++]!;
      if (c === '\\') {
        const e = this.source[this.i++]!;
        if (e === 'd') {
          chars.push(...'0123456789');
          continue;
        }
        if (e === 'n') c = '\n';
        else if (/[a-zA-Z0-9]/.test(e)) {
          known = false;
          continue;
        } else c = e;
      }
      if (this.source[this.i] === '-' && this.source[this.i + 1] !== ']' && this.source[this.i + 1] !== undefined) {
        const to = this.source[this.i + 1] === '\\' ? undefined : this.source[this.i + 1]!;
        this.i += 2;
        if (to === undefined || to.charCodeAt(0) - c.charCodeAt(0) > 64) known = false;
        else for (let k = c.charCodeAt(0); k <= to.charCodeAt(0); k++) chars.push(String.fromCharCode(k));
        continue;
      }
      chars.push(c);
    }
    this.i++;
    return known ? unique(literal(chars)) : UNKNOWN;
  }
}

/** A character \b counts as part of a word (non-unicode regexes). */
const isWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

/** One way a match can begin: its first characters (up to three), and whether they must also begin a word. */
export interface MatchStart {
  text: string;
  wordStart: boolean;
}

/**
 * The strings of one to three characters one of which every match of the pattern
 * starts with; undefined when a match could start anywhere (the pattern is
 * then scanned as usual). Assumes no flags other than `g` (no `i`, no `u`).
 */
export function matchStarts(source: string): MatchStart[] | undefined {
  const reader = new Reader(source);
  const starts = reader.alternation();
  if (!reader.done()) throw new Error(`prefilter: unexpected ')' in ${source}`);
  if (starts.some((s) => s.text === '')) return undefined;
  // A start reached both with and without a \b before it need not begin a word.
  const wordStart = new Map<string, boolean>();
  for (const s of starts) wordStart.set(s.text, (wordStart.get(s.text) ?? true) && s.edge && isWordCode(s.text.charCodeAt(0)));
  return [...wordStart].map(([text, atWordStart]) => ({ text, wordStart: atWordStart }));
}

/** Candidate positions per regex, in growable reusable buffers. */
class Positions {
  data = new Int32Array(64);
  length = 0;
  push(p: number): void {
    if (this.length && this.data[this.length - 1] === p) return;
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = p;
  }
}

const ANYWHERE = 1;
const WORD_START = 2;

/** A trie of starts below their first character: the regexes whose start ends here, and the longer starts by their next character. */
class StartNode {
  readonly ids: number[] = [];
  readonly next = new Map<number, StartNode>();
}

/** Starts by their first character (a flat table: every position of a message looks one up), then down the trie. */
class StartTable {
  readonly first = new Uint8Array(0x10000);
  readonly byFirst: (StartNode | undefined)[] = new Array(0x10000);

  add(text: string, id: number): void {
    const a = text.charCodeAt(0);
    this.first[a] = 1;
    let node = (this.byFirst[a] ??= new StartNode());
    for (let k = 1; k < text.length; k++) {
      const c = text.charCodeAt(k);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = new StartNode()));
      node = child;
    }
    if (!node.ids.includes(id)) node.ids.push(id);
  }
}

/**
 * A set of global regexes matched together on one text: `prepare(text)` makes
 * one pass for every regex's possible starts, then `spans(k)` gives regex k's
 * matches, identical to matchSpans(regexes[k], text).
 */
export function createMatcher(regexes: readonly RegExp[]) {
  const sticky = regexes.map((re) => new RegExp(re.source, 'y'));
  // Flags other than `g` (`i`, `u`) would change what a start is: such a regex is scanned as usual.
  const starts = regexes.map((re) => (re.flags === 'g' ? matchStarts(re.source) : undefined));
  const positions = regexes.map(() => new Positions());
  const anywhere = new StartTable();
  // Most Latin rules begin with \b: their starts are only looked up where a word begins, not inside "nothing" for "no".
  const atWordStart = new StartTable();
  starts.forEach((list, id) => {
    for (const s of list ?? []) (s.wordStart ? atWordStart : anywhere).add(s.text, id);
  });
  const first = new Uint8Array(0x10000);
  for (let c = 0; c < first.length; c++) first[c] = (anywhere.first[c]! ? ANYWHERE : 0) | (atWordStart.first[c]! ? WORD_START : 0);
  let text = '';

  /** Marks position p for every regex with a start that the text has there, walking down from that start's first character. */
  function mark(node: StartNode | undefined, input: string, p: number): void {
    for (let k = p + 1; node; k++) {
      const ids = node.ids;
      for (let j = 0; j < ids.length; j++) positions[ids[j]!]!.push(p);
      if (k >= input.length || !node.next.size) return;
      node = node.next.get(input.charCodeAt(k));
    }
  }

  function prepare(input: string): void {
    text = input;
    for (const p of positions) p.length = 0;
    let afterWord = false;
    for (let i = 0; i < input.length; i++) {
      const a = input.charCodeAt(i);
      const wordStart = !afterWord;
      afterWord = isWordCode(a);
      const f = first[a]!;
      if (!f) continue;
      if (f & ANYWHERE) mark(anywhere.byFirst[a], input, i);
      if ((f & WORD_START) !== 0 && wordStart) mark(atWordStart.byFirst[a], input, i);
    }
  }

  function spans(k: number): Span[] {
    if (!starts[k]) return matchSpans(regexes[k]!, text);
    const re = sticky[k]!;
    const { data, length } = positions[k]!;
    const out: Span[] = [];
    let from = 0;
    for (let c = 0; c < length; c++) {
      const p = data[c]!;
      if (p < from) continue;
      re.lastIndex = p;
      const m = re.exec(text);
      if (!m) continue;
      if (m[0].length === 0) {
        from = p + 1;
        continue;
      }
      out.push([p, p + m[0].length]);
      from = p + m[0].length;
    }
    return out;
  }

  return { prepare, spans };
}
