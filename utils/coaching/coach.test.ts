import { describe, expect, it } from 'vitest';
import { createConversationCoach } from './coach';
import type { NeedQuestion } from './types';

describe('createConversationCoach', () => {
  it('suggests acknowledgement before solutions, then solutions once the agent has acknowledged', () => {
    const coach = createConversationCoach();
    const first = coach.observe({ author: 'customer', text: 'This is ridiculous, I have been waiting for an hour.' })!;
    expect(first.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(first.suggestions.length).toBeLessThanOrEqual(4);
    expect(first.suggestions[0]).toMatchObject({ state: 'anger', stage: 'acknowledge' });
    const stages = first.suggestions.map((s) => s.stage);
    expect(stages.lastIndexOf('acknowledge')).toBeLessThan(stages.indexOf('solve'));

    coach.observe({ author: 'agent', text: "I'm really sorry about that wait." });
    const second = coach.observe({ author: 'customer', text: 'Ridiculous. Just fix it.' })!;
    expect(second.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(second.suggestions.every((s) => s.stage === 'solve')).toBe(true);
  });

  it('does not count a non-apology as acknowledgement', () => {
    const coach = createConversationCoach();
    coach.observe({ author: 'customer', text: 'This is ridiculous.' });
    coach.observe({ author: 'agent', text: "I'm sorry you feel that way." });
    expect(coach.observe({ author: 'customer', text: 'Ridiculous!' })!.suggestions[0]?.stage).toBe('acknowledge');
  });

  it("suggests in the conversation's language and puts the team's tagged phrasings first", () => {
    const coach = createConversationCoach({
      extraPhrasings: [
        { state: 'anger', stage: 'acknowledge', lang: 'zh-Hant', text: '真的很抱歉讓您這麼生氣。' },
        { state: 'anger', stage: 'acknowledge', lang: 'en', text: 'English pack line' },
      ],
    });
    const update = coach.observe({ author: 'customer', text: '氣死我了，等了一個小時' })!;
    expect(update.lang).toBe('zh-Hant');
    expect(update.suggestions[0]?.text).toBe('真的很抱歉讓您這麼生氣。');
    expect(update.suggestions.map((s) => s.text)).not.toContain('English pack line');
    expect(update.suggestions.slice(1).every((s) => /[們這還]|[^们这还]/.test(s.text))).toBe(true);
  });

  it('cues underlying needs at the start and clears each one the agent asks', () => {
    const coach = createConversationCoach();
    const first = coach.observe({ author: 'customer', text: 'Hi, my router keeps dropping.' })!;
    expect(first.needsCue).toBe(true);
    expect(first.needs.map((n) => n.kind)).toEqual(['outcome', 'stakes', 'deadline', 'tried', 'reflect']);
    expect(first.needs.every((n) => !n.asked)).toBe(true);
    coach.observe({ author: 'agent', text: "Sorry about that! What have you already tried, so I don't repeat it? Is there a deadline?" });
    expect(coach.needs().filter((n) => n.asked).map((n) => n.kind)).toEqual(['deadline', 'tried']);
    expect(coach.observe({ author: 'customer', text: 'Restarted twice.' })!.needsCue).toBe(false);
    expect(coach.observe({ author: 'customer', text: 'I want a refund.' })!.needsCue).toBe(true);
    coach.reset();
    expect(coach.needs().some((n) => n.asked)).toBe(false);
  });

  it('tracks needs asked in Chinese', () => {
    const coach = createConversationCoach();
    coach.observe({ author: 'customer', text: '我要退款' });
    coach.observe({ author: 'agent', text: '您希望最后达到什么结果？之前您已经试过哪些办法？' });
    expect(coach.needs().filter((n) => n.asked).map((n) => n.kind)).toEqual(['outcome', 'tried']);
    expect(coach.needs()[0]?.question).toBe('您希望最后达到什么结果？');
  });

  it("asks a team's need questions in the conversation's language, ticks them when sent as worded, and picks up questions that arrive later", () => {
    let team: NeedQuestion[] = [];
    const coach = createConversationCoach({ needQuestions: () => team });
    coach.observe({ author: 'customer', text: 'My parcel never came.' });
    expect(coach.needs().find((n) => n.kind === 'stakes')?.question).toBe("What happens if this isn't sorted?");

    team = [
      { need: 'stakes', lang: 'en', question: 'What does this affect for you if it is not sorted?' },
      { need: 'stakes', lang: 'en', question: 'A lower-precedence pack wording' },
      { need: 'stakes', lang: 'zh-Hans', question: '这件事不解决会影响到您什么？' },
    ];
    const stakes = () => coach.needs().find((n) => n.kind === 'stakes')!;
    expect(stakes()).toMatchObject({ label: 'Stakes', question: 'What does this affect for you if it is not sorted?', asked: false });
    // The built-in patterns do not know this wording; sending it counts all the same (case and spacing around it aside).
    coach.observe({ author: 'agent', text: 'Thanks Sam. what does this affect for you if it is not sorted?' });
    expect(stakes().asked).toBe(true);
    expect(coach.needs().filter((n) => n.asked).map((n) => n.kind)).toEqual(['stakes']);

    coach.observe({ author: 'customer', text: '我的包裹一直没到。' });
    expect(stakes().question).toBe('这件事不解决会影响到您什么？');
  });

  it('answers a crisis with its tier and danger instead of phrasings', () => {
    const despair = createConversationCoach().observe({ author: 'customer', text: "I don't want to live anymore" })!;
    expect(despair.suggestions).toEqual([]);
    expect(despair.crisis).toEqual({ tier: 'crisis', danger: 'suicide' });
    expect(createConversationCoach().observe({ author: 'customer', text: '我真的不想活了' })!.crisis?.tier).toBe('crisis');
    expect(createConversationCoach().observe({ author: 'customer', text: 'Where is my parcel?' })!.crisis).toBeUndefined();
  });

  it('ignores system messages and returns nothing for agent messages', () => {
    const coach = createConversationCoach();
    expect(coach.observe({ author: 'system', text: 'Chat started' })).toBeUndefined();
    expect(coach.observe({ author: 'agent', text: 'Hello!' })).toBeUndefined();
  });
});

describe('conversation context', () => {
  it('a farewell after despair raises a check-in that the same farewell alone does not', () => {
    const farewell = 'Thanks anyway. Bye.';
    const alone = createConversationCoach().observe({ author: 'customer', text: farewell })!;
    expect(alone.signals.map((s) => s.kind)).not.toContain('crisis');

    const coach = createConversationCoach();
    coach.observe({ author: 'customer', text: "I've lost my job, the debt keeps growing and I feel completely hopeless. I can't see a way out of this." });
    const after = coach.observe({ author: 'customer', text: farewell })!;
    expect(after.signals.find((s) => s.kind === 'crisis')?.tier).toBeDefined();
  });
});
