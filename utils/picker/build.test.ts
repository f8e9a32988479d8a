// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { identitySelector } from './build';

describe('picking the customer’s identity', () => {
  it('files the clicked element by what it shows: an email, a handle, or the console’s own id', () => {
    document.body.innerHTML = '<header><span data-testid="email">dana@example.com</span><span data-testid="handle">@dana_w</span><span data-testid="id">CUST-4021</span></header>';
    const pick = (id: string) => identitySelector(document.querySelector(`[data-testid="${id}"]`)!);
    const email = pick('email').customerEmail!;
    expect(document.querySelector(email)?.textContent).toBe('dana@example.com');
    expect(Object.keys(pick('handle'))).toEqual(['customerHandle']);
    expect(document.querySelector(pick('id').customerId!)?.textContent).toBe('CUST-4021');
  });
});
