/** Calendar arithmetic for due times, in the browser's time zone: days, working days, weekdays, clock times. */

/** Turns a matched phrase into the time it means, relative to the message's own time. */
export type Resolve = (match: RegExpExecArray, at: Date) => Date | undefined;
/** A phrase that states a time; a "clock" phrase (3pm, 14:00-16:00) can join a "day" phrase beside it (Friday 3pm). */
export interface DuePattern {
  re: RegExp;
  resolve: Resolve;
  kind?: 'day' | 'clock';
}

export const HOUR = 3_600_000;
export const END_OF_DAY = 18;
export const PART_OF_DAY: Record<string, number> = {
  morning: 12, noon: 13, midday: 13, lunchtime: 14, lunch: 14, afternoon: 17, arvo: 17, evening: 21, night: 22, tonight: 21,
  上午: 12, 早上: 12, 中午: 13, 下午: 17, 傍晚: 19, 晚上: 21, 今晚: 21, 下班前: 18, 下班: 18,
  朝早: 12, 朝頭早: 12, 下晝: 17, 晏晝: 14, 夜晚: 21, 一早: 10, 一上班: 10, 上班: 10,
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

export const atHour = (day: Date, hour: number, minute = 0) => {
  const d = new Date(day);
  d.setHours(Math.floor(hour), minute + Math.round((hour % 1) * 60), 0, 0);
  return d;
};
export const addDays = (day: Date, days: number) => {
  const d = new Date(day);
  d.setDate(d.getDate() + days);
  return d;
};
const isWeekend = (day: Date) => day.getDay() === 0 || day.getDay() === 6;
export function addWorkingDays(from: Date, days: number): Date {
  let d = new Date(from);
  for (let left = Math.ceil(days); left > 0; ) {
    d = addDays(d, 1);
    if (!isWeekend(d)) left--;
  }
  return d;
}
/** The next such weekday after today (0 = Sunday); "next Friday" said on a Monday is the Friday of the following week. */
export function nextWeekday(from: Date, weekday: number, nextWeek: boolean): Date {
  const ahead = (weekday - from.getDay() + 7) % 7 || 7;
  const leftThisWeek = 6 - ((from.getDay() + 6) % 7);
  return addDays(from, nextWeek && ahead <= leftThisWeek ? ahead + 7 : ahead);
}
/** A clock time later than now: today if still ahead, else tomorrow. */
export function clockAhead(at: Date, hour: number, minute: number): Date {
  const today = atHour(at, hour, minute);
  return today.getTime() > at.getTime() ? today : addDays(today, 1);
}
/** "3pm", "15:30", "3" beside a part of the day (下午三点 is 15:00). */
export function hourOf(hour: number, meridiem: string | undefined, part: string | undefined): number {
  const m = (meridiem ?? '').toLowerCase().replace(/\./g, '');
  const afternoon = m === 'pm' || /afternoon|evening|night|tonight|下午|晚上|傍晚|今晚/.test(part ?? '');
  if (afternoon && hour < 12) return hour + 12;
  if (m === 'am' && hour === 12) return 0;
  return hour;
}
export const endOfWeek = (at: Date) => atHour(addDays(at, (5 - at.getDay() + 7) % 7), END_OF_DAY);

const UNIT_MS: Record<string, number> = { minute: 60_000, min: 60_000, hour: HOUR, hr: HOUR, h: HOUR, day: 24 * HOUR, week: 7 * 24 * HOUR, 分钟: 60_000, 分鐘: 60_000, 小时: HOUR, 小時: HOUR, 个小时: HOUR, 個小時: HOUR, 天: 24 * HOUR, 日: 24 * HOUR, 周: 7 * 24 * HOUR, 週: 7 * 24 * HOUR, 星期: 7 * 24 * HOUR, 个星期: 7 * 24 * HOUR, 個星期: 7 * 24 * HOUR, 個鐘: HOUR, 个钟: HOUR, 個鐘頭: HOUR, 个钟头: HOUR, 鐘: HOUR, 钟头: HOUR };
export const unitMs = (unit: string) => UNIT_MS[unit.toLowerCase().replace(/s$/, '')] ?? UNIT_MS[unit];
export const WEEKDAYS_EN = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAYS_ZH = '日一二三四五六';
export const weekdayZh = (c: string) => (c === '天' ? 0 : WEEKDAYS_ZH.indexOf(c));


/** The date, or undefined when that month has no such day (Date would roll a 31st of February into March). */
function realDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(year, month, day);
  return Number.isInteger(day) && day >= 1 && date.getDate() === day ? date : undefined;
}

/**
 * A day of the month ahead: this month if still to come, else the next month
 * that has it ("the 31st" said on 20 November is 31 December); with a month,
 * this year or next, and undefined for a day that month never has.
 */
export function dateAhead(at: Date, day: number, month?: number): Date | undefined {
  const year = at.getFullYear();
  const today = new Date(year, at.getMonth(), at.getDate());
  if (month !== undefined) {
    const date = realDate(year, month, day) ?? realDate(year + 1, month, day);
    if (!date) return undefined;
    return atHour(date < today ? (realDate(year + 1, month, day) ?? date) : date, END_OF_DAY);
  }
  for (let ahead = 0; ahead <= 12; ahead++) {
    const date = realDate(year, at.getMonth() + ahead, day);
    if (date && date >= today) return atHour(date, END_OF_DAY);
  }
  return undefined;
}
/** A clock hour said without am/pm: agents book visits in working hours, so "between 12 and 4" ends at 16:00. */
export const workingHour = (hour: number) => (hour >= 1 && hour <= 7 ? hour + 12 : hour);
