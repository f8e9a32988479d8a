import { ENGLISH } from './due-en';
import { CHINESE } from './due-zh';
import type { DuePattern } from './calendar';

/**
 * When a promise falls due: finds the words that state a time in an agent's
 * message ("tomorrow afternoon", "within 5 working days", 明天下午,
 * 三個工作天內, 24小时内) and turns them into a timestamp relative to the
 * message's own time, in the browser's time zone. A stated window falls due at
 * its end (an afternoon at 17:00, a bare day at the end of its working day,
 * "between 8am and 1pm" at 13:00), because that is when a customer would feel
 * the promise was broken. Vague words ("shortly", "asap", 稍后, 尽快) state
 * no time and are not matched.
 */

export { readNumber } from './calendar';

export interface DueMatch {
  /** The words exactly as written, for the promise list. */
  text: string;
  start: number;
  end: number;
  /** Undefined when the words name a time no calendar can place (a 31st of February). */
  dueAt: number | undefined;
  kind?: DuePattern['kind'];
}

const PATTERNS: DuePattern[] = [...ENGLISH, ...CHINESE];
/** Words that may sit between a day and its clock time ("Friday at 3pm", "Thursday the 14th, 7am–11am", 5月18日14:00). */
const JOIN = /^[\s,，]*(?:(?:at|by|before|around|between|from|on|the)\s+)?$/i;
/** Words that close a stated time without changing it. */
const TAIL = /^(?:\s+at\s+the\s+latest|\s+(?:IST|GMT|BST|UTC|AEST|AEDT|EST|EDT|PST|PDT|CET|SGT|HKT)\b|\s*左右|\s*之[间間])/i;

/** A day and a clock time side by side are one time: the clock's hour on the day's date. */
function join(day: DueMatch, clock: DueMatch, text: string): DueMatch {
  const start = Math.min(day.start, clock.start);
  const end = Math.max(day.end, clock.end);
  let dueAt = day.dueAt;
  if (day.dueAt !== undefined && clock.dueAt !== undefined) {
    const date = new Date(day.dueAt);
    const time = new Date(clock.dueAt);
    date.setHours(time.getHours(), time.getMinutes(), 0, 0);
    dueAt = date.getTime();
  }
  return { text: text.slice(start, end), start, end, dueAt, kind: 'day' };
}

function longest(found: DueMatch[]): DueMatch[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DueMatch[] = [];
  for (const match of found) {
    const last = kept.at(-1);
    if (last && match.start < last.end) {
      if (match.end - match.start > last.end - last.start) kept[kept.length - 1] = match;
      continue;
    }
    kept.push(match);
  }
  return kept;
}

/** Every stated time in the text, earliest first, overlapping phrases reduced to the longest, a day joined to its clock time. */
export function findDues(text: string, at: number): DueMatch[] {
  const now = new Date(at);
  const found: DueMatch[] = [];
  for (const { re, resolve, kind } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].trim() === '') {
        re.lastIndex++;
        continue;
      }
      const lead = m[0].length - m[0].trimStart().length;
      const words = m[0].trim();
      const due = resolve(m, now);
      const dueAt = due && Number.isFinite(due.getTime()) ? due.getTime() : undefined;
      found.push({ text: words, start: m.index + lead, end: m.index + lead + words.length, dueAt, kind });
    }
  }
  const joined: DueMatch[] = [];
  for (const match of longest(found)) {
    const last = joined.at(-1);
    const kinds = new Set([last?.kind, match.kind]);
    if (last && kinds.has('day') && (kinds.has('clock') || last.kind === match.kind) && JOIN.test(text.slice(last.end, match.start))) {
      const [day, clock] = last.kind === 'day' && match.kind === 'clock' ? [last, match] : match.kind === 'day' && last.kind === 'clock' ? [match, last] : [match, match];
      joined[joined.length - 1] = day === clock ? { ...match, text: text.slice(last.start, match.end), start: last.start } : join(day, clock, text);
      continue;
    }
    joined.push(match);
  }
  return joined.map((match) => {
    const tail = TAIL.exec(text.slice(match.end));
    return tail ? { ...match, text: text.slice(match.start, match.end + tail[0].length), end: match.end + tail[0].length } : match;
  });
}

/** The time a phrase states, relative to `at`; undefined when it states none. */
export function dueAt(phrase: string, at: number): number | undefined {
  return findDues(phrase, at)[0]?.dueAt;
}
