import { describe, expect, it } from 'vitest';
import { detectThanks } from './thanks';

describe('thanks in the customer’s messages', () => {
  it.each([
    ['You saved my day!', 'You saved my day'],
    ['Thank you so much, that fixed it.', 'Thank you'],
    ['太感谢了！', '感谢'],
    ['辛苦了', '辛苦了'],
    ['感恩', '感恩'],
    ['謝謝你，幫了大忙', '謝謝'],
  ])('keeps “%s”', (text, words) => {
    expect(detectThanks(text)?.words).toBe(words);
  });

  it.each(['Thanks for nothing.', 'Thanks in advance!', 'Thanks, but it still fails.', 'Please check my order, thanks', '呵呵，谢谢你们的敷衍', '先谢谢了', '谢谢，但是还是不行'])(
    'leaves out “%s”',
    (text) => {
      expect(detectThanks(text)).toBeUndefined();
    },
  );
});

describe('thanks across the three languages', () => {
  it.each([
    ['Bless you, you are an angel 🙏', 'Bless you'],
    ['ok that is a huge relief, cheers', 'huge relief'],
    ['唔該晒你，搞掂咗喇', '唔該晒'],
    ['你哋真係幫咗我大忙', '幫咗我大忙'],
    ['辛苦了，太棒了！', '辛苦了'],
    ['给力！点赞👍', '给力'],
    ['心累但是还是谢谢你', '谢谢'],
  ])('keeps “%s”', (text, words) => {
    expect(detectThanks(text)?.words).toBe(words);
  });

  it.each([
    "Thanks for the 'help'. Whatever.",
    'Thanks. Is the refund coming or not?',
    'Thanks for your reply, I look forward to hearing from you.',
    'Fine. Thanks anyway.',
    '唔該你轉個同事嚟',
    '唔該幫我check下張單幾時到',
    '真是謝謝你們喔，第三次送錯了',
    '谢谢你的道歉，但道歉有什么用',
    '先說聲謝謝，麻煩幫我確認餘額',
    '等了一个多小时还没到，thx',
  ])('leaves out “%s”', (text) => {
    expect(detectThanks(text)).toBeUndefined();
  });
});
