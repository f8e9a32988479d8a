import { describe, expect, it } from 'vitest';
import { firstRunStep } from './first-run';

describe('first run', () => {
  it('opens the welcome page on a first install only', () => {
    expect(firstRunStep({ reason: 'install' }, '0.2.0', false)).toBe('welcome');
    expect(firstRunStep({ reason: 'update', previousVersion: '0.1.0' }, '0.2.0', false)).toBe('whats-new');
  });

  it('does not welcome again when the browser reports an install for a profile already welcomed', () => {
    expect(firstRunStep({ reason: 'install' }, '0.2.0', true)).toBe('nothing');
  });

  it('does nothing when the same version reloads or the browser itself updates', () => {
    expect(firstRunStep({ reason: 'update', previousVersion: '0.2.0' }, '0.2.0', true)).toBe('nothing');
    expect(firstRunStep({ reason: 'chrome_update' }, '0.2.0', true)).toBe('nothing');
    expect(firstRunStep({ reason: 'browser_update' }, '0.2.0', true)).toBe('nothing');
    expect(firstRunStep({ reason: 'shared_module_update' }, '0.2.0', true)).toBe('nothing');
  });
});
