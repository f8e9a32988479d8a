import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssues } from '../validation';
import { regionTable } from './doc-table';
import { REGION_CODES } from './region-codes';
import { builtInRegions, regionChoices, withPackRegions } from './regions';
import { regionFileSchema, type RegionFile } from './schema';

const dir = join(__dirname, 'regions');
const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
const files = names.map((name) => ({ name, json: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown }));

describe('the regions data', () => {
  it.each(files)('$name is complete: every line has a name, number, source and date; the region has an emergency number and a crisis line', ({ name, json }) => {
    const parsed = v.safeParse(regionFileSchema, json);
    expect(parsed.success ? '' : describeIssues(parsed.issues, 20)).toBe('');
    const region = parsed.output as RegionFile;
    expect(`${region.region}.json`).toBe(name);
    expect(region.emergency.number).toMatch(/\d/);
  });

  it('covers every region the card promises', () => {
    const promised = 'US CA GB IE AU NZ SG MY PH IN HK MO TW CN JP KR DE AT CH FR BE NL ES PT IT SE NO DK FI PL BR MX ZA'.split(' ');
    expect(promised.filter((code) => !names.includes(`${code}.json`))).toEqual([]);
  });

  it('loads every file for the card', () => {
    expect(Object.keys(builtInRegions).sort()).toEqual(names.map((n) => n.replace('.json', '')).sort());
  });

  it('lists every file’s region, and only those, for the pages that name regions without their numbers', () => {
    expect([...REGION_CODES].sort()).toEqual(Object.keys(builtInRegions).sort());
  });

  it('is the table docs/crisis.md shows', () => {
    const doc = readFileSync(join(__dirname, '../../docs/crisis.md'), 'utf8');
    expect(doc).toContain(regionTable(files.map((f) => f.json as RegionFile)));
  });
});

describe('packs and the region list', () => {
  it("lays a pack's region over the built-in ones and lists it to choose from", () => {
    const merged = withPackRegions(builtInRegions, [
      { region: 'ZZ', name: 'Team line', number: '0800 000', kind: 'suicide', hours: '24/7' },
      { region: 'ZZ', name: 'Emergency', number: '999', kind: 'emergency' },
    ]);
    expect(merged.ZZ).toMatchObject({ code: 'ZZ', emergency: { number: '999' }, lines: [{ kind: 'suicide', name: 'Team line', number: '0800 000', hours: '24/7' }] });
    expect(regionChoices('en', merged).map(([code]) => code)).toContain('ZZ');
    expect(regionChoices('en').map(([code]) => code)).not.toContain('ZZ');
  });

  it("replaces a built-in region's lines and keeps its emergency number; a line without a kind is a suicide line", () => {
    const merged = withPackRegions(builtInRegions, [{ region: 'FR', name: 'Our own line', number: '0800 123 456' }]);
    expect(merged.FR!.lines).toEqual([{ kind: 'suicide', name: 'Our own line', number: '0800 123 456' }]);
    expect(merged.FR!.emergency).toEqual(builtInRegions.FR!.emergency);
    expect(merged.DE).toBe(builtInRegions.DE);
  });

  it('names regions in the interface language', () => {
    expect(regionChoices('zh-TW').find(([code]) => code === 'FR')?.[1]).toBe('法國');
    expect(regionChoices('zh-CN').find(([code]) => code === 'FR')?.[1]).toBe('法国');
  });
});
