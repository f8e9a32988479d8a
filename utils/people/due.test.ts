import { describe, expect, it } from 'vitest';
import { dueAt, findDues, readNumber } from './due';

// Thursday 3 December 2026, 10:00 local time.
const AT = new Date(2026, 11, 3, 10, 0).getTime();
const local = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month, day, hour, minute).getTime();

describe('due times', () => {
  it.each([
    ['tomorrow afternoon', local(11, 4, 17)],
    ['tomorrow', local(11, 4, 18)],
    ['later today', local(11, 3, 18)],
    ['this evening', local(11, 3, 21)],
    ['tonight', local(11, 3, 21)],
    ['first thing tomorrow', local(11, 4, 10)],
    ['tomorrow at 3pm', local(11, 4, 15)],
    ['at 3pm tomorrow', local(11, 4, 15)],
    ['before 5pm today', local(11, 3, 17)],
    ['by 9:30 am', local(11, 4, 9, 30)],
    ['by noon', local(11, 3, 12)],
    ['by Friday', local(11, 4, 18)],
    ['on Monday morning', local(11, 7, 12)],
    ['next Tuesday', local(11, 8, 18)],
    ['by the end of the day', local(11, 3, 17)],
    ['within 24 hours', AT + 24 * 3_600_000],
    ['in 10 minutes', AT + 10 * 60_000],
    ['within half an hour', AT + 30 * 60_000],
    ['within 5 working days', local(11, 10, 10)],
    ['within 3-5 business days', local(11, 10, 10)],
    ['next week', local(11, 11, 18)],
    ['明天下午', local(11, 4, 17)],
    ['明天下午三点前', local(11, 4, 15)],
    ['今天下班前', local(11, 3, 18)],
    ['后天', local(11, 5, 18)],
    ['三個工作天內', local(11, 8, 10)],
    ['3个工作日内', local(11, 8, 10)],
    ['24小时内', AT + 24 * 3_600_000],
    ['半小時內', AT + 30 * 60_000],
    ['两天内', AT + 48 * 3_600_000],
    ['下周一', local(11, 7, 18)],
    ['週五前', local(11, 4, 18)],
    ['下午三點半', local(11, 3, 15, 30)],
    ['月底前', local(11, 31, 18)],
    ['tmrw morning', local(11, 4, 12)],
    ['this arvo', local(11, 3, 17)],
    ['day after tomorrow', local(11, 5, 18)],
    ['Monday week', local(11, 14, 18)],
    ['by end of day tomorrow', local(11, 4, 17)],
    ['by the end of next week', local(11, 11, 17)],
    ['on the 18th', local(11, 18, 18)],
    ['by 25th Oct', new Date(2027, 9, 25, 18).getTime()],
    ['no later than 31 March', new Date(2027, 2, 31, 18).getTime()],
    ['on or before 30/06', new Date(2027, 5, 30, 18).getTime()],
    ['between 8am and 1pm', local(11, 3, 13)],
    ['between 4 and 6 this evening', local(11, 3, 18)],
    ['Friday 5pm', local(11, 4, 17)],
    ['by 3pm Monday', local(11, 7, 15)],
    ['Thursday the 17th, 7am–11am', local(11, 17, 11)],
    ['in about 20 mins', AT + 20 * 60_000],
    ['聽日', local(11, 4, 18)],
    ['聽朝10點', local(11, 4, 10)],
    ['後日', local(11, 5, 18)],
    ['一個鐘內', AT + 3_600_000],
    ['半小时后', AT + 30 * 60_000],
    ['下个工作日', local(11, 4, 10)],
    ['本月25日', local(11, 25, 18)],
    ['5月18日14:00-16:00', new Date(2027, 4, 18, 16).getTime()],
    ['明天上午9点到12点之间', local(11, 4, 12)],
    ['今個禮拜五之前', local(11, 4, 18)],
    ['下個禮拜三之前', local(11, 9, 18)],
    ['6月底前', new Date(2027, 5, 30, 18).getTime()],
  ])('%s', (phrase, expected) => {
    expect(new Date(dueAt(phrase, AT) ?? NaN).toString()).toBe(new Date(expected).toString());
  });

  it('moves a clock time already past to the next day', () => {
    expect(dueAt('by 9am', AT)).toBe(local(11, 4, 9));
  });

  it('never rolls a day the month does not have into the next month', () => {
    const november20 = new Date(2026, 10, 20, 10, 0).getTime();
    expect(dueAt('on the 31st', november20)).toBe(new Date(2026, 11, 31, 18).getTime());
    expect(dueAt('on 31/02', november20)).toBeUndefined();
    expect(dueAt('2月30日前', november20)).toBeUndefined();
    expect(dueAt('on the 30th', new Date(2027, 1, 3, 10, 0).getTime())).toBe(new Date(2027, 2, 30, 18).getTime());
  });

  it('counts working days over a weekend', () => {
    const friday = new Date(2026, 11, 4, 16, 0).getTime();
    expect(dueAt('within 2 working days', friday)).toBe(new Date(2026, 11, 8, 16, 0).getTime());
  });

  it('finds the words as written inside a sentence, the longest phrase over the same words', () => {
    const text = 'I will call you back tomorrow afternoon, promise.';
    const [match] = findDues(text, AT);
    expect(match?.text).toBe('tomorrow afternoon');
    expect(text.slice(match!.start, match!.end)).toBe('tomorrow afternoon');
    expect(findDues('我明天下午给您回电', AT).map((m) => m.text)).toEqual(['明天下午']);
  });

  it('states no time where there is none', () => {
    expect(findDues('I will keep you posted.', AT)).toEqual([]);
    expect(findDues('有进展第一时间通知您', AT)).toEqual([]);
  });

  it('reads numbers in digits, words and Chinese numerals', () => {
    expect([readNumber('3'), readNumber('３'), readNumber('five'), readNumber('三'), readNumber('十五'), readNumber('二十四'), readNumber('两')]).toEqual([3, 3, 5, 3, 15, 24, 2]);
  });
});
