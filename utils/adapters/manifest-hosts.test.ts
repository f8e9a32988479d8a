import { describe, expect, it } from 'vitest';
import { manifestHostPatterns } from './manifest-hosts';

const base = { manifest_version: 2, name: 'Undertone', version: '0.1.0' } as const;

describe('manifestHostPatterns', () => {
  it('reads MV3 host_permissions', () => {
    expect(manifestHostPatterns({ ...base, manifest_version: 3, permissions: ['storage'], host_permissions: ['https://*.zendesk.com/*'] })).toEqual([
      'https://*.zendesk.com/*',
    ]);
  });

  it('picks the hosts out of an MV2 permissions list', () => {
    expect(manifestHostPatterns({ ...base, permissions: ['storage', 'http://localhost/*', 'alarms', 'https://*.zendesk.com/*'] })).toEqual([
      'http://localhost/*',
      'https://*.zendesk.com/*',
    ]);
  });
});
