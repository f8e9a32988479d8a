/**
 * When a promise falls due: finds the words that state a time in an agent's
 * message ("tomorrow afternoon", "within 5 working days", 明天下午,
 * 三個工作天內, 24小时内) and turns them into a timestamp relative to the
 * message's own time, in the browser's time zone. A stated window falls due at
 * its end (an afternoon at 17:00, a bare day at the end of its working day),
 * because that is when a customer would feel the promise was broken. Vague
 * words ("shortly", "asap", 稍后, 尽快) state no time and are not matched.
 */

export interface DueMatch {
  /** The words exactly as written, for the promise list. */
  text: string;
  start: number;
  end: number;
  /** Undefined when the words say "soon" in a way no clock can hold (rare; most phrases resolve). */
  dueAt: number | undefined;
}

type Resolve = (match: RegExpExecArray, at: Date) => Date | undefined;

const HOUR = 3_600_000;
const END_OF_DAY = 18;
const PART_OF_DAY: Record<string, number> = {
  morning: 12, noon: 13, midday: 13, lunchtime: 14, lunch: 14, afternoon: 17, evening: 21, night: 22, tonight: 21,
  上午: 12, 早上: 12, 中午: 13, 下午: 17, 傍晚: 19, 晚上: 21, 今晚: 21, 下班前: 18, 下班: 18,
};

const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fourteen: 14, thirty: 30, 'forty-eight': 48,
};
const HAN_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 3, 三, 十五, 二十四, ３ (full width), "a", "three", "half an". */
export function readNumber(raw: string): number | undefined {
  const text = raw.normalize('NFKC').trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text in WORDS) return WORDS[text];
  if (text === '半') return 0.5;
  if (/^[零一二两兩三四五六七八九十]+$/.test(text)) {
    const ten = text.indexOf('十');
    if (ten < 0) return [...text].reduce((n, c) => n * 10 + HAN_DIGITS[c]!, 0);
    const tens = ten === 0 ? 1 : HAN_DIGITS[text[ten - 1]!]!;
    const ones = ten === text.length - 1 ? 0 : HAN_DIGITS[text[ten + 1]!]!;
    return tens * 10 + ones;
  }
  return undefined;
}

const atHour = (day: Date, hour: number, minute = 0) => {
  const d = new Date(day);
  d.setHours(Math.floor(hour), minute + Math.round((hour % 1) * 60), 0, 0);
  return d;
};
const addDays = (day: Date, days: number) => {
  const d = new Date(day);
  d.setDate(d.getDate() + days);
  return d;
};
const isWeekend = (day: Date) => day.getDay() === 0 || day.getDay() === 6;
function addWorkingDays(from: Date, days: number): Date {
  let d = new Date(from);
  for (let left = Math.ceil(days); left > 0; ) {
    d = addDays(d, 1);
    if (!isWeekend(d)) left--;
  }
  return d;
}
/** The next such weekday after today (0 = Sunday); "next Friday" said on a Monday is the Friday of the following week. */
function nextWeekday(from: Date, weekday: number, nextWeek: boolean): Date {
  const ahead = (weekday - from.getDay() + 7) % 7 || 7;
  const leftThisWeek = 6 - ((from.getDay() + 6) % 7);
  return addDays(from, nextWeek && ahead <= leftThisWeek ? ahead + 7 : ahead);
}
/** A clock time later than now: today if still ahead, else tomorrow. */
function clockAhead(at: Date, hour: number, minute: number): Date {
  const today = atHour(at, hour, minute);
  return today.getTime() > at.getTime() ? today : addDays(today, 1);
}
/** "3pm", "15:30", "3" beside a part of the day (下午三点 is 15:00). */
function hourOf(hour: number, meridiem: string | undefined, part: string | undefined): number {
  const m = (meridiem ?? '').toLowerCase().replace(/\./g, '');
  const afternoon = m === 'pm' || /afternoon|evening|night|tonight|下午|晚上|傍晚|今晚/.test(part ?? '');
  if (afternoon && hour < 12) return hour + 12;
  if (m === 'am' && hour === 12) return 0;
  return hour;
}
const endOfWeek = (at: Date) => atHour(addDays(at, (5 - at.getDay() + 7) % 7), END_OF_DAY);

const UNIT_MS: Record<string, number> = { minute: 60_000, min: 60_000, hour: HOUR, hr: HOUR, h: HOUR, day: 24 * HOUR, week: 7 * 24 * HOUR, 分钟: 60_000, 分鐘: 60_000, 小时: HOUR, 小時: HOUR, 个小时: HOUR, 個小時: HOUR, 天: 24 * HOUR, 日: 24 * HOUR, 周: 7 * 24 * HOUR, 週: 7 * 24 * HOUR, 星期: 7 * 24 * HOUR, 个星期: 7 * 24 * HOUR, 個星期: 7 * 24 * HOUR };
const unitMs = (unit: string) => UNIT_MS[unit.toLowerCase().replace(/s$/, '')] ?? UNIT_MS[unit];
const WEEKDAYS_EN = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAYS_ZH = '日一二三四五六';
const weekdayZh = (c: string) => (c === '天' ? 0 : WEEKDAYS_ZH.indexOf(c));

const N = String.raw`(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|forty-eight)`;
const ZN = String.raw`([\d０-９]+|[零一二两兩三四五六七八九十]+|半)`;
const DAY_EN = String.raw`(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)`;
const PART_EN = String.raw`(morning|afternoon|evening|night|lunchtime)`;
const CLOCK_EN = String.raw`(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)`;
const PART_ZH = '(上午|早上|中午|下午|傍晚|晚上|下班前)';
const CLOCK_ZH = String.raw`([\d０-９]{1,2}|[一二两兩三四五六七八九十]{1,3})\s*[点點](?:\s*(半|[\d０-９]{1,2}\s*分?))?`;
const minuteZh = (raw: string | undefined) => (raw === undefined ? 0 : raw === '半' ? 30 : (readNumber(raw.replace(/分/, '')) ?? 0));

/** Phrases, most specific first: a longer phrase over the same words wins. */
const PATTERNS: { re: RegExp; resolve: Resolve }[] = [
  // within 5 working days, in 3-5 business days, 三個工作天內, 3个工作日内
  {
    re: new RegExp(String.raw`\b(?:within|in(?: the next)?|over the next)\s+(?:${N}\s*(?:-|–|to)\s*)?${N}\s+(?:working|business)\s+days?\b`, 'gi'),
    resolve: (m, at) => addWorkingDays(at, readNumber(m[2]!) ?? NaN),
  },
  {
    re: new RegExp(String.raw`(?:${ZN}\s*(?:-|–|~|到|至)\s*)?${ZN}\s*[个個]?\s*工作\s*[日天](?:之?[内內])?`, 'g'),
    resolve: (m, at) => addWorkingDays(at, readNumber(m[2]!) ?? NaN),
  },
  // within 24 hours, in 10 minutes, within the next hour, in half an hour, 24小时内, 半小时内, 两天内
  {
    re: new RegExp(String.raw`\b(?:within|in)(?: the next)?\s+(?:${N}\s*(?:-|–|to)\s*)?(?:${N}\s*|(half an?|the)\s+)?(minutes?|mins?|hours?|hrs?|h|days?|weeks?)\b`, 'gi'),
    resolve: (m, at) => {
      const count = m[3] ? (/half/i.test(m[3]) ? 0.5 : 1) : m[2] ? readNumber(m[2]) : 1;
      return count === undefined ? undefined : new Date(at.getTime() + count * unitMs(m[4]!)!);
    },
  },
  {
    re: new RegExp(String.raw`${ZN}\s*(分钟|分鐘|个小时|個小時|小时|小時|天|个星期|個星期|周|週)\s*(?:之?[内內])`, 'g'),
    resolve: (m, at) => new Date(at.getTime() + (readNumber(m[1]!) ?? NaN) * unitMs(m[2]!)!),
  },
  // by the end of the day, EOD, close of business, end of this week
  {
    re: /\b(?:(?:by|before)\s+)?(?:the\s+)?(?:end of (?:the |this )?(day|today|business|tomorrow|week|month)|(eod|cob|close of business))\b/gi,
    resolve: (m, at) => {
      const what = (m[1] ?? 'day').toLowerCase();
      if (what === 'tomorrow') return atHour(addDays(at, 1), 17);
      if (what === 'week') return atHour(endOfWeek(at), 17);
      if (what === 'month') return atHour(new Date(at.getFullYear(), at.getMonth() + 1, 0), 17);
      return atHour(at, 17);
    },
  },
  // tomorrow afternoon at 3pm, later today, this evening, first thing tomorrow, the day after tomorrow
  {
    re: new RegExp(
      String.raw`\b(?:(?:by|before|on|until)\s+)?(?:first thing\s+)?(?:(?:later|early)\s+)?(the day after tomorrow|today|tonight|tomorrow|this (?:morning|afternoon|evening))(?:\s+${PART_EN})?(?:\s+(?:at|by|before|around)\s+${CLOCK_EN})?\b`,
      'gi',
    ),
    resolve: (m, at) => {
      const day = m[1]!.toLowerCase();
      const base = day.startsWith('the day after') ? addDays(at, 2) : day === 'tomorrow' ? addDays(at, 1) : at;
      const part = m[2]?.toLowerCase() ?? (day.startsWith('this ') ? day.slice(5) : day === 'tonight' ? 'tonight' : undefined);
      if (m[3]) return atHour(base, hourOf(Number(m[3]), m[5], part), Number(m[4] ?? 0));
      if (/first thing/i.test(m[0])) return atHour(base, 10);
      return atHour(base, part ? PART_OF_DAY[part]! : END_OF_DAY);
    },
  },
  // by Friday, on Monday morning, next Tuesday at 10am
  {
    re: new RegExp(String.raw`\b(?:(?:by|before|on|until)\s+)?(?:(this|next|coming|this coming)\s+)?${DAY_EN}\b(?:\s+${PART_EN})?(?:\s+(?:at|by|before|around)\s+${CLOCK_EN})?`, 'gi'),
    resolve: (m, at) => {
      const weekday = WEEKDAYS_EN.indexOf(m[2]!.toLowerCase().slice(0, 3));
      const day = nextWeekday(at, weekday, m[1]?.toLowerCase() === 'next');
      if (m[4]) return atHour(day, hourOf(Number(m[4]), m[6], m[3]), Number(m[5] ?? 0));
      return atHour(day, m[3] ? PART_OF_DAY[m[3].toLowerCase()]! : END_OF_DAY);
    },
  },
  // next week, this week, later this week
  {
    re: /\b(?:(?:by|before|during|sometime|later)\s+)?(?:(next|this) week)\b/gi,
    resolve: (m, at) => (m[1]!.toLowerCase() === 'next' ? atHour(addDays(endOfWeek(at), 7), END_OF_DAY) : endOfWeek(at)),
  },
  // by 3pm, before 10:30 am, at 4 pm, by noon
  {
    re: new RegExp(String.raw`\b(?:by|before|at|around|no later than)\s+(?:${CLOCK_EN}|(noon|midday)|(\d{1,2}):(\d{2}))(?:\s+(today|tonight|tomorrow))?`, 'gi'),
    resolve: (m, at) => {
      const [hour, minute] = m[4] ? [12, 0] : m[5] ? [Number(m[5]), Number(m[6])] : [hourOf(Number(m[1]), m[3], undefined), Number(m[2] ?? 0)];
      const day = m[7]?.toLowerCase();
      if (day === 'tomorrow') return atHour(addDays(at, 1), hour, minute);
      return day ? atHour(at, hour, minute) : clockAhead(at, hour, minute);
    },
  },
  // 明天下午三点前, 今天下班前, 后天, 今晚
  {
    re: new RegExp(String.raw`(大后天|大後天|后天|後天|明天|明日|今天|今日|今晚|当天|當天)\s*${PART_ZH}?\s*(?:${CLOCK_ZH})?\s*(?:之?前|以前|之内|之內|内|內)?`, 'g'),
    resolve: (m, at) => {
      const day = m[1]!;
      const offset = /大后|大後/.test(day) ? 3 : /后|後/.test(day) ? 2 : /明/.test(day) ? 1 : 0;
      const base = addDays(at, offset);
      const part = m[2] ?? (day === '今晚' ? '今晚' : undefined);
      if (m[3]) return atHour(base, hourOf(readNumber(m[3]) ?? NaN, undefined, part), minuteZh(m[4]));
      return atHour(base, part ? PART_OF_DAY[part]! : END_OF_DAY);
    },
  },
  // 下周一, 周五前, 星期三下午, 礼拜二
  {
    re: new RegExp(String.raw`(下|这|這|本)?\s*(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])\s*${PART_ZH}?\s*(?:之?前|以前)?`, 'g'),
    resolve: (m, at) => {
      const day = nextWeekday(at, weekdayZh(m[2]!), m[1] === '下');
      return atHour(day, m[3] ? PART_OF_DAY[m[3]]! : END_OF_DAY);
    },
  },
  // 下周, 本周内, 这周之内, 月底前
  {
    re: /(下|这|這|本)(?:个|個)?(?:周|週|星期|礼拜|禮拜)(?:之?[内內]|前)?|(?:本月|这个月|這個月)?月底(?:之?前)?/g,
    resolve: (m, at) => (m[1] === '下' ? atHour(addDays(endOfWeek(at), 7), END_OF_DAY) : m[1] ? endOfWeek(at) : atHour(new Date(at.getFullYear(), at.getMonth() + 1, 0), END_OF_DAY)),
  },
  // 下午三点前, 三点半之前 (today, or tomorrow once the hour has passed)
  {
    re: new RegExp(String.raw`${PART_ZH}?\s*${CLOCK_ZH}\s*(?:之?前|以前)?`, 'g'),
    resolve: (m, at) => {
      const hour = readNumber(m[2]!);
      return hour === undefined ? undefined : clockAhead(at, hourOf(hour, undefined, m[1]), minuteZh(m[3]));
    },
  },
];

/** Every stated time in the text, earliest first, overlapping phrases reduced to the longest. */
export function findDues(text: string, at: number): DueMatch[] {
  const now = new Date(at);
  const found: DueMatch[] = [];
  for (const { re, resolve } of PATTERNS) {
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
      found.push({ text: words, start: m.index + lead, end: m.index + lead + words.length, dueAt });
    }
  }
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

/** The time a phrase states, relative to `at`; undefined when it states none. */
export function dueAt(phrase: string, at: number): number | undefined {
  return findDues(phrase, at)[0]?.dueAt;
}
