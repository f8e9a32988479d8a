import { describe, expect, it } from 'vitest';
import { builtInRegions } from './regions';
import { emergencyNumberFor } from './services';

const numberIn = (region: string, protocol: Parameters<typeof emergencyNumberFor>[0]) => emergencyNumberFor(protocol, region, builtInRegions[region]!.emergency!);

describe('the number the protocol tells the customer to call', () => {
  it('is the general emergency number where one reaches every service', () => {
    for (const protocol of ['suicide', 'medical', 'abuse', 'violence', 'danger'] as const) {
      expect(numberIn('GB', protocol)).toBe('999');
      expect(numberIn('FR', protocol)).toBe('112');
      expect(numberIn('US', protocol)).toBe('911');
    }
  });
  it('is the right service where the main number is not general', () => {
    expect(numberIn('CN', 'medical')).toBe('120');
    expect(numberIn('CN', 'violence')).toBe('110');
    expect(numberIn('CN', 'danger')).toBe('119 / 110');
    expect(numberIn('JP', 'medical')).toBe('119');
    expect(numberIn('JP', 'abuse')).toBe('110');
    expect(numberIn('TW', 'danger')).toBe('119 / 110');
    expect(numberIn('KR', 'violence')).toBe('112');
    expect(numberIn('SG', 'violence')).toBe('999');
    expect(numberIn('BR', 'danger')).toBe('193 / 190');
  });
});
