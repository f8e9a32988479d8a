import type { Lang } from '../coaching/types';
import type { CrisisLine, Emergency, LineKind, RegionFile } from './schema';

/**
 * The regions the crisis card knows: the researched files (regions/<CC>.json,
 * validated by regions.test.ts, so here they are only typed) with each team
 * pack's regions laid over them. This module is the one list of regions: the
 * settings' region choice and anything else that offers regions read it here.
 */
const files = import.meta.glob<RegionFile>('./regions/*.json', { eager: true, import: 'default' });

export interface RegionLine {
  kind: LineKind;
  name: string;
  nameEn?: string;
  number: string;
  hours?: string;
  /** A pack's own note about the line. */
  note?: string;
  text?: boolean;
}

export interface Region {
  code: string;
  names?: Record<Lang, string>;
  /** Absent for a pack's region that gave none: the card then says to call the local emergency number. */
  emergency?: Pick<Emergency, 'number' | 'others'>;
  lines: RegionLine[];
}

const toLine = ({ kind, name, nameEn, number, hours, text }: CrisisLine): RegionLine => ({ kind, name, number, ...(nameEn ? { nameEn } : {}), ...(hours ? { hours } : {}), ...(text ? { text } : {}) });

export const builtInRegions: Readonly<Record<string, Region>> = Object.fromEntries(
  Object.values(files).map((file) => [file.region, { code: file.region, names: file.name, emergency: { number: file.emergency.number, others: file.emergency.others ?? [] }, lines: file.lines.map(toLine) }]),
);

/** What a pack's hotline item says (its optional fields came later, so older packs' lines are suicide lines). */
export interface PackHotline {
  region: string;
  name: string;
  number: string;
  note?: string;
  kind?: LineKind | 'emergency';
  nameEn?: string;
  hours?: string;
  text?: boolean;
}

/** A pack's lines replace the built-in lines of their region; its emergency number replaces the built-in one, else that one stays. */
export function withPackRegions(base: Readonly<Record<string, Region>>, hotlines: readonly PackHotline[]): Record<string, Region> {
  const byRegion = new Map<string, PackHotline[]>();
  for (const line of hotlines) byRegion.set(line.region, [...(byRegion.get(line.region) ?? []), line]);
  const merged: Record<string, Region> = { ...base };
  for (const [code, lines] of byRegion) {
    const emergency = lines.find((l) => l.kind === 'emergency');
    const own = lines.filter((l) => l.kind !== 'emergency');
    const builtIn = base[code];
    merged[code] = {
      code,
      ...(builtIn?.names ? { names: builtIn.names } : {}),
      ...(emergency ? { emergency: { number: emergency.number, others: [] } } : builtIn?.emergency ? { emergency: builtIn.emergency } : {}),
      lines: own.length
        ? own.map(({ kind, name, nameEn, number, hours, note, text }) => ({ kind: kind === undefined || kind === 'emergency' ? 'suicide' : kind, name, number, ...(nameEn ? { nameEn } : {}), ...(hours ? { hours } : {}), ...(note ? { note } : {}), ...(text ? { text } : {}) }))
        : (builtIn?.lines ?? []),
    };
  }
  return merged;
}

const uiLang = (language: string): Lang => (language === 'zh-CN' || language === 'zh-Hans' ? 'zh-Hans' : language.startsWith('zh') ? 'zh-Hant' : 'en');

/** A region's name in the interface language: the researched name, else the browser's own name for the code. */
export function regionName(region: Region | string, uiLanguage: string): string {
  const code = typeof region === 'string' ? region : region.code;
  const names = typeof region === 'string' ? builtInRegions[code]?.names : region.names;
  if (names) return names[uiLang(uiLanguage)];
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The regions to choose from, as [code, name] pairs sorted by name in the interface language (`uiLanguage` is an html lang such as zh-TW). */
export function regionChoices(uiLanguage: string, regions: Readonly<Record<string, Region>> = builtInRegions): [string, string][] {
  return Object.values(regions)
    .map((region): [string, string] => [region.code, regionName(region, uiLanguage)])
    .sort((a, b) => a[1].localeCompare(b[1], uiLanguage));
}
