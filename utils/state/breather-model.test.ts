import { describe, expect, it } from 'vitest';
import { BREATHER_PROMPTS, createBreatherModel } from './breather-model';

function setup(spacingMinutes = 0) {
  let time = Date.UTC(2026, 11, 3, 9);
  const model = createBreatherModel({ enabled: () => true, spacingMinutes: () => spacingMinutes, now: () => time });
  return { model, advance: (minutes: number) => void (time += minutes * 60_000) };
}

describe('the breather', () => {
  it('comes once when the agent leaves a heated conversation, not every time they leave it again', () => {
    const { model } = setup();
    model.open('a');
    model.observe('a', 0.9, true);
    model.open('b');
    expect(model.prompt.value).toBeDefined();
    model.dismiss();
    model.open('a');
    model.open('b');
    expect(model.prompt.value).toBeUndefined();
  });

  it('never comes for a calm conversation', () => {
    const { model } = setup();
    model.open('a');
    model.observe('a', 0.2, true);
    model.open('b');
    expect(model.prompt.value).toBeUndefined();
  });

  it('comes during a hostile streak of three live messages, and not again when the agent leaves that conversation', () => {
    const { model } = setup();
    model.open('a');
    model.observe('a', 0.8, false); // history does not start a streak
    model.observe('a', 0.8, true);
    model.observe('a', 0.7, true);
    expect(model.prompt.value).toBeUndefined();
    model.observe('a', 0.9, true);
    expect(model.prompt.value).toBeDefined();
    model.dismiss();
    model.open('b');
    expect(model.prompt.value).toBeUndefined();
  });

  it('keeps the agent’s spacing between breathers and varies the prompt', () => {
    const { model, advance } = setup(60);
    const seen: number[] = [];
    for (const key of ['a', 'b', 'c']) {
      model.open(key);
      model.observe(key, 0.9, true);
    }
    model.open('d'); // leaving c: a and b were left within the hour of the first
    seen.push(model.prompt.value!);
    model.dismiss();
    advance(30);
    model.observe('d', 0.9, true);
    model.open('e');
    expect(model.prompt.value).toBeUndefined();
    advance(31);
    model.observe('e', 0.9, true);
    model.open('f');
    seen.push(model.prompt.value!);
    expect(seen.every((n) => n >= 0 && n < BREATHER_PROMPTS)).toBe(true);
    expect(seen[0]).not.toBe(seen[1]);
  });
});
