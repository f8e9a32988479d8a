import { describe, expect, it } from 'vitest';
import { sitePattern } from './sites-model';

describe('site patterns', () => {
  it('turns an address into a match pattern for its whole site', () => {
    expect(sitePattern('https://desk.example.com/tickets/42?x=1')).toBe('https://desk.example.com/*');
    expect(sitePattern('support.example.cn')).toBe('https://support.example.cn/*');
    expect(sitePattern('http://localhost:8080/agent')).toBe('http://localhost/*');
  });

  it('refuses what is not a web site', () => {
    expect(() => sitePattern('file:///etc/passwd')).toThrow('Only http and https');
    expect(() => sitePattern('chrome://settings')).toThrow('Only http and https');
    expect(() => sitePattern('https://')).toThrow('is not a web address');
  });
});
