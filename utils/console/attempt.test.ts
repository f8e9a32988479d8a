// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchAttempt } from './attempt';

const composer = () => {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  document.body.append(el);
  return el;
};
afterEach(() => document.body.replaceChildren());

describe('watching an insert attempt', () => {
  it('waits for text an editor renders late, and ends as soon as it shows', async () => {
    const el = composer();
    const attempt = watchAttempt(el, () => el.textContent === 'Hello');
    setTimeout(() => (el.textContent = 'Hello'), 150);
    // The limit is far beyond this test's own timeout: only the mutation can end the wait in time.
    expect(await attempt.landing(600_000)).toBe(true);
    attempt.stop();
  }, 20_000);

  it('says the text never came once the limit has passed', async () => {
    const el = composer();
    const attempt = watchAttempt(el, () => el.textContent === 'Hello');
    expect(await attempt.landing(50)).toBe(false);
    attempt.stop();
  });

  it('stops waiting when the agent takes the composer back (their key press ends the wait)', async () => {
    const el = composer();
    const attempt = watchAttempt(el, () => el.textContent === 'Hello');
    const waiting = attempt.landing(600_000);
    // happy-dom marks dispatched events untrusted; the watcher only listens to the agent's own (trusted) input.
    const key = new KeyboardEvent('keydown', { key: 'z' });
    Object.defineProperty(key, 'isTrusted', { value: true });
    document.dispatchEvent(key);
    expect(await waiting).toBe(false);
    expect(attempt.agentActed()).toBe(true);
    attempt.stop();
  }, 20_000);
});
