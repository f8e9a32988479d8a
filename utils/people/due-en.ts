import { addDays, addWorkingDays, atHour, clockAhead, dateAhead, END_OF_DAY, endOfWeek, hourOf, nextWeekday, PART_OF_DAY, readNumber, unitMs, WEEKDAYS_EN, workingHour, type DuePattern } from './calendar';

/** English phrases that state a time, most specific first: a longer phrase over the same words wins. */

const N = String.raw`(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|forty-eight)`;
const DAY_EN = String.raw`(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)`;
const PART_EN = String.raw`(morning|afternoon|arvo|evening|night|lunchtime)`;
const CLOCK_EN = String.raw`(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)`;
const TOMORROW = String.raw`(?:tomorrow|tmrw|tmr|tomoz|2moro|tomorow)`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const LEAD = String.raw`(?:(?:on\s+or\s+before|no\s+later\s+than|by|before|on|until|till|from|effective|w\/c)\s+)?`;
/** A clock time with or without am/pm, and a window of two ("between 8am and 1pm", "7am–11am", "10 to 2"). */
const TIME = String.raw`\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?`;
const TIME_MERIDIEM = String.raw`\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)`;
const monthOf = (raw: string) => MONTHS.indexOf(raw.toLowerCase().slice(0, 3));

/** The end of a clock window, or a single clock time, as hour and minute of the day. */
function clockOf(raw: string): [number, number] | undefined {
  if (/noon|midday/i.test(raw)) return [12, 0];
  const times = [...raw.matchAll(/(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/gi)];
  const last = times.at(-1);
  if (!last) return undefined;
  const meridiem = last[3] ?? times[0]?.[3];
  const hour = Number(last[1]);
  return [meridiem ? hourOf(hour, meridiem, undefined) : workingHour(hour), Number(last[2] ?? 0)];
}

export const ENGLISH: DuePattern[] = [
  // within 5 working days, in 3-5 business days, give it 3 to 5 business days
  {
    re: new RegExp(String.raw`\b(?:(?:within|in(?: the next)?|over the next)\s+)?(?:${N}\s*(?:-|–|to)\s*)?${N}\s+(?:working|business)\s+days?\b`, 'gi'),
    resolve: (m, at) => addWorkingDays(at, readNumber(m[2]!) ?? NaN),
  },
  // within 24 hours, in about 20 mins, within the next hour or so, in half an hour
  {
    re: new RegExp(
      String.raw`\b(?:within|in)(?: the next)?\s+(?:(?:about|around|roughly|approx\.?|approximately)\s+)?(?:${N}\s*(?:-|–|to)\s*)?(?:${N}\s*|(half an?|the)\s+)?(minutes?|mins?|hours?|hrs?|h|days?|weeks?)\b(?:\s+or\s+so)?`,
      'gi',
    ),
    resolve: (m, at) => {
      const count = m[3] ? (/half/i.test(m[3]) ? 0.5 : 1) : m[2] ? readNumber(m[2]) : 1;
      return count === undefined ? undefined : new Date(at.getTime() + count * unitMs(m[4]!)!);
    },
  },
  // by the end of the day, EOD, close of business tomorrow, end of play, the end of next week
  {
    re: new RegExp(
      String.raw`\b(?:(?:by|before|at)\s+)?(?:the\s+)?(?:end of (?:the |this |next )?(?:billing\s+)?(day|today|business|play|tomorrow|week|month)|(eod|cob|close of (?:business|play)))(?:\s+(today|${TOMORROW}|${DAY_EN.slice(1, -1)}))?\b`,
      'gi',
    ),
    resolve: (m, at) => {
      const what = (m[1] ?? 'day').toLowerCase();
      const next = /end of next/i.test(m[0]);
      const then = m[3]?.toLowerCase();
      if (what === 'week') return atHour(addDays(endOfWeek(at), next ? 7 : 0), 17);
      if (what === 'month') return atHour(new Date(at.getFullYear(), at.getMonth() + (next ? 2 : 1), 0), 17);
      if (what === 'tomorrow' || (then && new RegExp(`^${TOMORROW}$`).test(then))) return atHour(addDays(at, 1), 17);
      if (then && then !== 'today') return atHour(nextWeekday(at, WEEKDAYS_EN.indexOf(then.slice(0, 3)), false), 17);
      return atHour(at, 17);
    },
  },
  // tomorrow afternoon at 3pm, later today, this evening, this arvo, first thing tmrw, the day after tomorrow
  {
    re: new RegExp(
      String.raw`\b(?:(?:by|before|on|until)\s+)?(?:first thing\s+)?(?:(?:later|early)\s+)?((?:the\s+)?day after ${TOMORROW}|today|tonight|${TOMORROW}|this (?:morning|afternoon|arvo|evening))(?:\s+${PART_EN})?(?:\s+(?:at|by|before|around)\s+${CLOCK_EN})?\b`,
      'gi',
    ),
    kind: 'day',
    resolve: (m, at) => {
      const day = m[1]!.toLowerCase();
      const base = /day after/.test(day) ? addDays(at, 2) : new RegExp(`^${TOMORROW}$`).test(day) ? addDays(at, 1) : at;
      const part = m[2]?.toLowerCase() ?? (day.startsWith('this ') ? day.slice(5) : day === 'tonight' ? 'tonight' : undefined);
      if (m[3]) return atHour(base, hourOf(Number(m[3]), m[5], part), Number(m[4] ?? 0));
      if (/first thing/i.test(m[0])) return atHour(base, 10);
      return atHour(base, part ? PART_OF_DAY[part]! : END_OF_DAY);
    },
  },
  // by Friday, on Monday morning, next Tuesday at 10am, Monday week
  {
    re: new RegExp(String.raw`\b(?:(?:by|before|on|until)\s+)?(?:(this|next|coming|this coming)\s+)?${DAY_EN}\b(?:\s+(week)\b)?(?:\s+${PART_EN})?(?:\s+(?:at|by|before|around)\s+${CLOCK_EN})?`, 'gi'),
    kind: 'day',
    resolve: (m, at) => {
      const weekday = WEEKDAYS_EN.indexOf(m[2]!.toLowerCase().slice(0, 3));
      const day = addDays(nextWeekday(at, weekday, m[1]?.toLowerCase() === 'next'), m[3] ? 7 : 0);
      if (m[5]) return atHour(day, hourOf(Number(m[5]), m[7], m[4]), Number(m[6] ?? 0));
      return atHour(day, m[4] ? PART_OF_DAY[m[4].toLowerCase()]! : END_OF_DAY);
    },
  },
  // on the 18th, by 25th Oct, on 2nd Dec, no later than 31 March, w/c 8th July, March 3rd
  {
    re: new RegExp(String.raw`${LEAD}(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)(?:\s+(?:of\s+)?${MONTH}\b)?|${LEAD}(\d{1,2})\s+${MONTH}\b|${LEAD}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b`, 'gi'),
    kind: 'day',
    resolve: (m, at) => {
      const [day, month] = m[1] ? [m[1], m[2]] : m[3] ? [m[3], m[4]] : [m[6], m[5]];
      return dateAhead(at, Number(day), month ? monthOf(month) : undefined);
    },
  },
  // on or before 30/06 (day first, as agents outside the US write it)
  {
    re: new RegExp(String.raw`${LEAD}(\d{1,2})\/(\d{1,2})\b(?!\/)`, 'gi'),
    kind: 'day',
    resolve: (m, at) => (Number(m[2]) <= 12 ? dateAhead(at, Number(m[1]), Number(m[2]) - 1) : undefined),
  },
  // next week, this week, later this week
  {
    re: /\b(?:(?:by|before|during|sometime|later)\s+)?(?:(next|this) week)\b/gi,
    resolve: (m, at) => (m[1]!.toLowerCase() === 'next' ? atHour(addDays(endOfWeek(at), 7), END_OF_DAY) : endOfWeek(at)),
  },
  // between 8am and 1pm, between 12 and 4, 7am–11am, after 2pm, by 3pm, at 17:00, by noon
  {
    re: new RegExp(
      String.raw`\bbetween\s+${TIME}\s*(?:and|to|-|–)\s*${TIME}|\b${TIME_MERIDIEM}\s*(?:-|–|to)\s*${TIME_MERIDIEM}|\b(?:(?:by|before|at|around|after|no later than)\s+)?${TIME_MERIDIEM}\b|\b(?:(?:by|before|at|around|after|no later than)\s+)?(?:12\s+)?(?:noon|midday)\b|\b(?:by|before|at|around|after|no later than)\s+\d{1,2}:\d{2}`,
      'gi',
    ),
    kind: 'clock',
    resolve: (m, at) => {
      const clock = clockOf(m[0]);
      return clock && clockAhead(at, clock[0], clock[1]);
    },
  },
];
