import * as v from 'valibot';
import { canonicalJson } from '../packs/canonical';
import { contentHash } from '../packs/items';
import { describeIssues } from '../validation';
import { CHANGE_STEPS, emptyChanges, type ItemFigures } from './figures';

/**
 * An anonymous insight summary: what one agent's browser can tell a team
 * lead without a server. Per pack item: how often it went in and the counts
 * of temperature changes after it. No message text, no customer data, no
 * conversation keys, no times finer than a day, and the file says so itself.
 */

export const SUMMARY_FORMAT = 'undertone-insight-summary';
export const SUMMARY_VERSION = 1;
export const SUMMARY_NOTICE =
  'Anonymous Undertone insight summary. Per team-pack item: how often it was inserted and how the customer\'s temperature changed after it (counts per step of 0.1, from -1 calmer to +1 hotter). It holds no message text, no customer data, no conversation keys and no times finer than a day.';
const MAX_ITEMS = 20_000;
const MAX_USES = 10_000_000;

const count = v.pipe(v.number('a count must be a number'), v.integer('a count must be whole'), v.minValue(0, 'a count cannot be negative'), v.maxValue(MAX_USES, 'a count is implausibly large'));
const day = v.pipe(v.string('a date must be text'), v.isoDate('a date must be YYYY-MM-DD'));

const summaryItemSchema = v.pipe(
  v.strictObject({
    packId: v.pipe(v.string('packId must be text'), v.regex(/^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/, 'packId must be a pack id such as com.example.support')),
    itemKey: v.pipe(v.string('itemKey must be text'), v.regex(/^(snippets|coaching|needQuestions|draftChecks|adapters|hotlines):[\w-]{1,64}$/, 'itemKey must be <kind>:<item id>')),
    versions: v.pipe(v.array(v.pipe(v.string(), v.regex(/^\d{1,9}\.\d{1,9}\.\d{1,9}(-[0-9A-Za-z.-]{1,40})?$/, 'a version must be semantic')), 'versions must be a list'), v.maxLength(50, 'at most 50 versions')),
    uses: count,
    changes: v.pipe(v.array(count, 'changes must be a list'), v.length(CHANGE_STEPS, `changes must hold ${CHANGE_STEPS} counts`)),
  }),
  v.check((item) => item.changes.reduce((sum, n) => sum + n, 0) <= item.uses, 'more answered uses than uses'),
);

export const summarySchema = v.pipe(
  v.strictObject({
    format: v.literal(SUMMARY_FORMAT, `this is not an Undertone insight summary (format must be ${SUMMARY_FORMAT})`),
    version: v.literal(SUMMARY_VERSION, `this summary's version is not one this Undertone reads (${SUMMARY_VERSION})`),
    notice: v.pipe(v.string(), v.maxLength(1_000)),
    from: day,
    to: day,
    items: v.pipe(v.array(summaryItemSchema, 'items must be a list'), v.maxLength(MAX_ITEMS, `at most ${MAX_ITEMS} items`)),
  }),
  v.check((summary) => new Set(summary.items.map((item) => `${item.packId}|${item.itemKey}`)).size === summary.items.length, 'an item appears twice'),
);

export type InsightSummary = v.InferOutput<typeof summarySchema>;
export type SummaryItem = InsightSummary['items'][number];

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The summary of these figures: pack items only (the agent's own snippets and the built-in lines stay private). */
export function summaryOf(items: readonly ItemFigures[], from: number, to: number): InsightSummary {
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    notice: SUMMARY_NOTICE,
    from: isoDay(from),
    to: isoDay(to),
    items: items.flatMap((item) =>
      item.packId && item.itemKey ? [{ packId: item.packId, itemKey: item.itemKey, versions: [...item.versions].sort(), uses: item.uses, changes: [...item.changes] }] : [],
    ),
  };
}

export type SummaryRead = { ok: true; summary: InsightSummary; id: string } | { ok: false; error: string };

/** Parses and checks a summary file; `id` names its content, so the same file imported twice counts once. Never throws. */
export function readSummary(text: string): SummaryRead {
  if (text.length > 20 * 1024 * 1024) return { ok: false, error: 'the file is larger than 20 MB' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `the file is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})` };
  }
  const parsed = v.safeParse(summarySchema, json);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.issues, 3) };
  return { ok: true, summary: parsed.output, id: contentHash(canonicalJson(parsed.output)) };
}

/** The team's figures per pack item: every summary's counts added up, with how many summaries (agents) used each. */
export interface TeamItem extends SummaryItem {
  agents: number;
}

export function mergeSummaries(summaries: readonly InsightSummary[]): TeamItem[] {
  const byKey = new Map<string, TeamItem>();
  for (const summary of summaries) {
    for (const item of summary.items) {
      const key = `${item.packId}|${item.itemKey}`;
      const team = byKey.get(key) ?? { packId: item.packId, itemKey: item.itemKey, versions: [], uses: 0, changes: emptyChanges(), agents: 0 };
      team.agents++;
      team.uses += item.uses;
      item.changes.forEach((n, step) => (team.changes[step]! += n));
      team.versions = [...new Set([...team.versions, ...item.versions])].sort();
      byKey.set(key, team);
    }
  }
  return [...byKey.values()].sort((a, b) => a.packId.localeCompare(b.packId) || b.uses - a.uses || a.itemKey.localeCompare(b.itemKey));
}
