import { describe, expect, it } from 'vitest';
import type { Lang } from '../coaching/types';
import { CHECK_IN, LOCAL_EMERGENCY, PROTOCOLS, protocolFor } from './protocols';
import { builtInRegions } from './regions';
import { crisisCardContent, resolveRegion } from './resolve';

const LANGS: readonly Lang[] = ['en', 'zh-Hans', 'zh-Hant'];
const HAN = /[\u4e00-\u9fff]/;

describe('protocols', () => {
  it.each(Object.entries(PROTOCOLS))('%s has a title, steps and a first thing to say in all three languages, step for step', (_, protocol) => {
    for (const lang of LANGS) {
      const text = protocol.text[lang];
      expect(text.title.trim()).not.toBe('');
      expect(text.say.trim()).not.toBe('');
      expect(text.steps.length).toBe(protocol.text.en.steps.length);
      for (const step of text.steps) expect(step.trim()).not.toBe('');
      if (lang !== 'en') expect([text.title, text.say, ...text.steps].every((s) => HAN.test(s))).toBe(true);
    }
    // The two Chinese texts are each written in their own script, not copies of one another.
    expect(protocol.text['zh-Hant'].steps).not.toEqual(protocol.text['zh-Hans'].steps);
  });

  it('the check-in question and the local-number phrase exist in all three languages', () => {
    for (const lang of LANGS) {
      expect(CHECK_IN[lang]).toMatch(/[?？]$/);
      expect(LOCAL_EMERGENCY[lang].trim()).not.toBe('');
    }
  });

  it('maps each danger to its protocol; an unknown danger gets the suicide protocol', () => {
    expect(protocolFor('suicide')).toBe('suicide');
    expect(protocolFor('self_harm')).toBe('suicide');
    expect(protocolFor(undefined)).toBe('suicide');
    expect(protocolFor('medical')).toBe('medical');
    expect(protocolFor('abuse')).toBe('abuse');
    expect(protocolFor('violence')).toBe('violence');
    expect(protocolFor('danger')).toBe('danger');
  });
});

describe('region resolution', () => {
  const regions = builtInRegions;
  const resolve = (setting: string, languages: string[], console?: string) => resolveRegion({ setting, languages, ...(console ? { console } : {}) }, regions);

  it('reads the browser region from the first language tag', () => {
    expect(resolve('auto', ['fr-FR', 'fr'])).toEqual({ code: 'FR', from: 'browser', known: true });
    expect(resolve('auto', ['zh-HK'])).toEqual({ code: 'HK', from: 'browser', known: true });
    expect(resolve('auto', ['zh-MO'])).toEqual({ code: 'MO', from: 'browser', known: true });
    expect(resolve('auto', ['zh-Hant-MO']).code).toBe('MO');
    expect(resolve('auto', ['en-GB', 'en-US']).code).toBe('GB');
  });

  it('a language without a region is unknown, never the US', () => {
    expect(resolve('auto', ['fr', 'en-US'])).toEqual({ known: false });
    expect(resolve('auto', ['zh-Hant'])).toEqual({ known: false });
    expect(resolve('auto', [])).toEqual({ known: false });
  });

  it("a region without data is unknown, but keeps its code; the console's country beats the setting, which beats the browser", () => {
    expect(resolve('auto', ['xx-QQ'])).toEqual({ code: 'QQ', from: 'browser', known: false });
    expect(resolve('DE', ['fr-FR'])).toEqual({ code: 'DE', from: 'setting', known: true });
    expect(resolve('DE', ['fr-FR'], 'gb')).toEqual({ code: 'GB', from: 'console', known: true });
    expect(resolve('DE', ['fr-FR'], 'France')).toEqual({ code: 'DE', from: 'setting', known: true }); // not a code: ignored
  });
});

describe('the card content', () => {
  const fr = resolveRegion({ setting: 'FR', languages: [] }, builtInRegions);

  it("a medical emergency puts the region's emergency number first and in what to say", () => {
    const card = crisisCardContent({ tier: 'crisis', danger: 'medical', lang: 'en' }, 'en', fr, builtInRegions);
    expect(card.emergencyFirst).toBe(true);
    expect(card.emergency?.number).toBe(builtInRegions.FR!.emergency!.number);
    expect(card.say).toContain(builtInRegions.FR!.emergency!.number);
    expect(card.lines.every((l) => l.kind === 'emergency-text')).toBe(true);
  });

  it('abuse lists the domestic-abuse line; suicide the crisis lines; steps follow the agent, what to say follows the customer', () => {
    const abuse = crisisCardContent({ tier: 'crisis', danger: 'abuse', lang: 'zh-Hans' }, 'en', fr, builtInRegions);
    expect(abuse.lines.map((l) => l.kind)).toContain('domestic-abuse');
    expect(abuse.lines.map((l) => l.kind)).not.toContain('suicide');
    expect(abuse.title).toBe(PROTOCOLS.abuse.text.en.title);
    expect(abuse.say).toBe(PROTOCOLS.abuse.text['zh-Hans'].say);
    const suicide = crisisCardContent({ tier: 'possible', lang: 'zh-Hant' }, 'zh-Hant', fr, builtInRegions);
    expect(suicide.protocol).toBe('suicide');
    expect(suicide.lines.length).toBeGreaterThan(0);
    expect(suicide.lines.every((l) => l.kind === 'suicide')).toBe(true);
    expect(suicide.checkIn).toBe(CHECK_IN['zh-Hant']);
  });

  it('an unknown region shows no line and no number from anywhere else', () => {
    const card = crisisCardContent({ tier: 'crisis', danger: 'medical', lang: 'en' }, 'en', { known: false }, builtInRegions);
    expect(card.lines).toEqual([]);
    expect(card.emergency).toBeUndefined();
    expect(card.say).toContain(LOCAL_EMERGENCY.en);
  });
});
