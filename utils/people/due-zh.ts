import { addDays, addWorkingDays, atHour, clockAhead, dateAhead, END_OF_DAY, endOfWeek, hourOf, nextWeekday, PART_OF_DAY, readNumber, unitMs, weekdayZh, type DuePattern } from './calendar';

/** Chinese phrases that state a time (简体, 繁體, Cantonese), most specific first. */

const ZN = String.raw`([\d０-９]+|[零一二两兩三四五六七八九十]+|半)`;
const PART_ZH = '(上午|早上|朝早|朝頭早|中午|下午|下晝|晏晝|傍晚|晚上|夜晚|下班前|一早|一上班|上班)';
const CLOCK_ZH = String.raw`([\d０-９]{1,2}|[一二两兩三四五六七八九十]{1,3})\s*[点點](?:\s*(半|[\d０-９]{1,2}\s*分?))?`;
/** A second clock time closing a window: 9点到12点之间, 3點至5點, 14:00-16:00. */
const UNTIL_ZH = String.raw`(?:\s*(?:到|至|-|–|~|～)\s*([\d０-９]{1,2}|[一二两兩三四五六七八九十]{1,3})\s*[点點](?:\s*(?:半|[\d０-９]{1,2}\s*分?))?)?`;
const BEFORE = String.raw`(?:之?前|以前|之?[内內]|之?[后後]|左右|之[间間])?`;
const minuteZh = (raw: string | undefined) => (raw === undefined ? 0 : raw === '半' ? 30 : (readNumber(raw.replace(/分/, '')) ?? 0));
const DAY_OFFSET: [RegExp, number][] = [
  [/大后|大後/, 3],
  [/后|後/, 2],
  [/明|聽|听|隔|第二/, 1],
];
const dayOffset = (word: string) => DAY_OFFSET.find(([re]) => re.test(word))?.[1] ?? 0;
const monthAhead = (at: Date, raw: string | undefined) =>
  raw === undefined || /本|这|這/.test(raw) ? undefined : /下/.test(raw) ? (at.getMonth() + 1) % 12 : (readNumber(raw.replace(/月/, '')) ?? 0) - 1;

export const CHINESE: DuePattern[] = [
  // 三個工作天內, 3个工作日内, 下个工作日
  {
    re: new RegExp(String.raw`(?:${ZN}\s*(?:-|–|~|到|至)\s*)?${ZN}\s*[个個]?\s*工作\s*[日天](?:之?[内內])?|下[个個]?工作[日天]`, 'g'),
    resolve: (m, at) => addWorkingDays(at, m[2] ? (readNumber(m[2]) ?? NaN) : 1),
  },
  // 24小时内, 半小时后, 两天内, 一個鐘內, 48個鐘內
  {
    re: new RegExp(String.raw`${ZN}\s*(分钟|分鐘|个小时|個小時|小时|小時|個鐘頭|个钟头|個鐘|个钟|天|日|个星期|個星期|周|週)\s*(?:之?[内內]|之?[后後]|以[后後])`, 'g'),
    resolve: (m, at) => new Date(at.getTime() + (readNumber(m[1]!) ?? NaN) * unitMs(m[2]!)!),
  },
  // 明天下午三点前, 今天下班前, 后天一早, 聽朝10點, 聽晚之前, 隔天, 最迟后天
  {
    re: new RegExp(
      String.raw`(?:最晚|最迟|最遲)?(大后天|大後天|后天|後天|後日|后日|明天|明日|明早|明晚|聽日|听日|聽朝|听朝|聽晚|听晚|隔天|隔日|第二天|今天|今日|今晚|当天|當天)\s*${PART_ZH}?\s*(?:第一[时時]间|第一時間|这个时候|這個時候)?\s*(?:${CLOCK_ZH}${UNTIL_ZH})?\s*${BEFORE}`,
      'g',
    ),
    kind: 'day',
    resolve: (m, at) => {
      const day = m[1]!;
      const base = addDays(at, dayOffset(day));
      const part = m[2] ?? (/晚/.test(day) ? '晚上' : /早|朝/.test(day) ? '早上' : undefined);
      const hour = m[5] ?? m[3];
      if (hour) return atHour(base, hourOf(readNumber(hour) ?? NaN, undefined, part), m[5] ? 0 : minuteZh(m[4]));
      return atHour(base, part ? PART_OF_DAY[part]! : END_OF_DAY);
    },
  },
  // 下周一, 周五前, 星期三下午, 下個禮拜三之前, 今個禮拜五
  {
    re: new RegExp(
      String.raw`(?:最晚|最迟|最遲)?(下|这|這|本|今)?\s*[个個]?(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])(?:\s*(?:到|至|-|–|~)\s*(?:周|週|星期|礼拜|禮拜)([一二三四五六日天]))?\s*${PART_ZH}?\s*${BEFORE}`,
      'g',
    ),
    kind: 'day',
    resolve: (m, at) => {
      const first = nextWeekday(at, weekdayZh(m[2]!), m[1] === '下');
      const day = m[3] ? addDays(first, (weekdayZh(m[3]) - weekdayZh(m[2]!) + 7) % 7) : first;
      return atHour(day, m[4] ? PART_OF_DAY[m[4]]! : END_OF_DAY);
    },
  },
  // 5月18日, 本月25日, 下個月15號之前, 10号左右, 9月15日前
  {
    re: new RegExp(String.raw`(?:(本月|下[个個]?月|[\d０-９]{1,2}\s*月)\s*)?([\d０-９]{1,2})\s*[日号號]${BEFORE}`, 'g'),
    kind: 'day',
    resolve: (m, at) => dateAhead(at, readNumber(m[2]!) ?? NaN, monthAhead(at, m[1])),
  },
  // 下周, 本周内, 今個星期內, 周末前, 下周之前, 月底前, 6月底前, 月中
  {
    re: /(?:(下|这|這|本|今)[个個]?(?:周|週|星期|礼拜|禮拜)|(?:周|週)末)(?:之?[内內]|之?前)?|(?:本月|这个月|這個月|([\d０-９]{1,2})\s*月|月)(底|中)(?:之?前)?/g,
    resolve: (m, at) => {
      if (m[1] === '下') return atHour(addDays(endOfWeek(at), 7), END_OF_DAY);
      if (m[1] || /末/.test(m[0])) return endOfWeek(at);
      const month = m[2] ? (readNumber(m[2]) ?? 0) - 1 : at.getMonth();
      if (m[3] === '中') return dateAhead(at, 15, month);
      return atHour(new Date(at.getFullYear() + (month < at.getMonth() ? 1 : 0), month + 1, 0), END_OF_DAY);
    },
  },
  // 下午, 晚上之前 (today)
  { re: /(?:上午|中午|下午|下晝|傍晚|晚上|下班)(?:之?前)?/g, kind: 'day', resolve: (m, at) => atHour(at, PART_OF_DAY[m[0].replace(/之?前$/, '')]!) },
  // 下午三点前, 三点半之前, 9点到12点之间, 14:00-16:00, 18:00前 (today, or tomorrow once the hour has passed)
  {
    re: new RegExp(String.raw`${PART_ZH}?\s*${CLOCK_ZH}${UNTIL_ZH}\s*${BEFORE}|([\d０-９]{1,2}):([\d０-９]{2})(?:\s*[-–~～到至]\s*([\d０-９]{1,2}):([\d０-９]{2}))?\s*${BEFORE}`, 'g'),
    kind: 'clock',
    resolve: (m, at) => {
      if (m[5]) return clockAhead(at, readNumber(m[7] ?? m[5]) ?? NaN, readNumber(m[8] ?? m[6]!) ?? 0);
      const hour = readNumber(m[4] ?? m[2]!);
      return hour === undefined ? undefined : clockAhead(at, hourOf(hour, undefined, m[1]), m[4] ? 0 : minuteZh(m[3]));
    },
  },
];
