import type { CrisisDanger, CrisisTier, Lang } from '../coaching/types';
import { CHECK_IN, LOCAL_EMERGENCY, PROTOCOLS, protocolFor, type ProtocolId } from './protocols';
import type { Region, RegionLine } from './regions';
import { emergencyNumberFor } from './services';

export type RegionSource = 'console' | 'setting' | 'browser';

/** The customer's region, and where it came from; `known` is false when no data covers it (the card then never shows another country's line). */
export interface ResolvedRegion {
  code?: string;
  from?: RegionSource;
  known: boolean;
}

/** A BCP 47 tag's region subtag: zh-HK → HK, zh-Hant-MO → MO, fr-FR → FR; none for a bare language (fr, zh-Hant). */
function regionOfTag(tag: string): string | undefined {
  return tag
    .split('-')
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part))
    ?.toUpperCase();
}

/**
 * The console's word for the customer's country comes first (it is about the
 * customer), then the agent's setting, then the browser's first language tag.
 * Only the first tag is read: a later one says what else the agent reads, not
 * where anyone is. A bare language names no region, so the region is unknown.
 */
export function resolveRegion(sources: { console?: string; setting: string; languages: readonly string[] }, regions: Readonly<Record<string, Region>>): ResolvedRegion {
  const pick = (code: string | undefined, from: RegionSource): ResolvedRegion => (code ? { code, from, known: Object.hasOwn(regions, code) } : { known: false });
  const written = sources.console?.trim().toUpperCase();
  // Consoles often write the United Kingdom as UK and Greece as EL, which ISO 3166 spells GB and GR.
  const fromConsole = written === 'UK' ? 'GB' : written === 'EL' ? 'GR' : written;
  if (fromConsole && /^[A-Z]{2}$/.test(fromConsole)) return pick(fromConsole, 'console');
  if (sources.setting !== 'auto') return pick(sources.setting.toUpperCase(), 'setting');
  const first = sources.languages[0];
  return first ? pick(regionOfTag(first), 'browser') : { known: false };
}

export interface CrisisCardContent {
  tier: CrisisTier;
  protocol: ProtocolId;
  title: string;
  steps: string[];
  emergencyFirst: boolean;
  /** The first thing to say, in the conversation's language, with the region's number in it. */
  say: string;
  /** The possible-risk tier's question, in the conversation's language. */
  checkIn: string;
  emergency?: Region['emergency'];
  lines: RegionLine[];
  region: ResolvedRegion;
}

/** The card for one crisis: the protocol its danger calls for, in the agent's language, with the customer's region's numbers. */
export function crisisCardContent(
  crisis: { tier: CrisisTier; danger?: CrisisDanger; lang: Lang },
  uiLang: Lang,
  region: ResolvedRegion,
  regions: Readonly<Record<string, Region>>,
): CrisisCardContent {
  const id = protocolFor(crisis.danger);
  const protocol = PROTOCOLS[id];
  const data = region.known && region.code ? regions[region.code] : undefined;
  const emergency = data?.emergency;
  const text = protocol.text[uiLang];
  return {
    tier: crisis.tier,
    protocol: id,
    title: text.title,
    steps: text.steps,
    emergencyFirst: protocol.emergencyFirst,
    say: protocol.text[crisis.lang].say.replace('{emergency}', emergency ? emergencyNumberFor(id, region.code, emergency) : LOCAL_EMERGENCY[crisis.lang]),
    checkIn: CHECK_IN[crisis.lang],
    ...(emergency ? { emergency } : {}),
    lines: (data?.lines ?? []).filter((line) => protocol.lines.includes(line.kind)),
    region,
  };
}
