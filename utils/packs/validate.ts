import * as v from 'valibot';
import { formatCount, formatKeys } from '../validation';
import { ITEM_KINDS, PACK_LIMITS, packSchema, type Pack } from './schema';

/** `raw` is the parsed JSON before validation: signatures cover it, not the normalised pack. */
export type Validation = { ok: true; pack: Pack; raw: unknown } | { ok: false; errors: string[] };

const MAX_ERRORS = 20;

/**
 * Checks a pack file from raw bytes to the last cross-item rule. Never
 * throws: every problem becomes a sentence naming where it is
 * ("at snippets[3].title: the title is empty"), and the caller writes
 * nothing unless the answer is ok.
 */
export function validatePackBytes(bytes: Uint8Array): Validation {
  if (bytes.byteLength > PACK_LIMITS.bytes) {
    return fail(`the pack is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is ${PACK_LIMITS.bytes / 1048576} MB`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('the pack is not UTF-8 text');
  }
  return validatePackText(text);
}

export function validatePackText(text: string): Validation {
  if (text.length > PACK_LIMITS.bytes) return fail(`the pack is longer than ${PACK_LIMITS.bytes / 1048576} MB`);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`the pack is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`);
  }
  return validatePackValue(json);
}

/** One problem and its place as keys (`['coaching', 0, 'text']`), so a form can show it beside its field. */
export interface PackProblem {
  path: (string | number)[];
  message: string;
  /** The failed rule: valibot's issue type (`max_length`, `picklist`, `regex`…), or `duplicate` for an id or shortcut used twice. */
  type: string;
  /** The rule's bound where it has one (the length for `max_length`). */
  requirement?: unknown;
}

export type PackCheck = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

export function validatePackValue(value: unknown): Validation {
  const checked = checkPackValue(value);
  return checked.ok ? { ok: true, pack: checked.pack, raw: value } : { ok: false, errors: describeProblems(checked.problems) };
}

/** The first problems as sentences naming their place, and how many more there are. */
export function describeProblems(problems: readonly PackProblem[]): string[] {
  const errors = problems.slice(0, MAX_ERRORS).map(describeProblem);
  if (problems.length > MAX_ERRORS) errors.push(`…and ${problems.length - MAX_ERRORS} more problems`);
  return errors;
}

/** Every problem, schema and cross-item, with its place: what validatePackValue words as sentences. */
export function checkPackValue(value: unknown): PackCheck {
  const parsed = v.safeParse(packSchema, value);
  if (!parsed.success) {
    const problems = parsed.issues.map((issue) => ({
      path: (issue.path ?? []).map((item) => item.key as string | number),
      message: issue.message,
      type: issue.type,
      requirement: issue.requirement,
    }));
    return { ok: false, problems };
  }
  const problems = crossItemProblems(parsed.output);
  return problems.length ? { ok: false, problems } : { ok: true, pack: parsed.output };
}

function describeProblem({ path, message }: PackProblem): string {
  return path.length ? `at ${formatKeys(path)}: ${message}` : message;
}

/** Rules that span items: the total count, ids unique within a kind, shortcuts unique within the pack. */
function crossItemProblems(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  const total = ITEM_KINDS.reduce((sum, kind) => sum + (pack[kind]?.length ?? 0), 0);
  if (total > PACK_LIMITS.items) {
    problems.push({ path: [], type: 'max_length', requirement: PACK_LIMITS.items, message: `the pack holds ${formatCount(total)} items; the limit is ${formatCount(PACK_LIMITS.items)}` });
  }
  for (const kind of ITEM_KINDS) {
    const seen = new Map<string, number>();
    (pack[kind] ?? []).forEach((item, index) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else problems.push({ path: [kind, index, 'id'], type: 'duplicate', message: `"${item.id}" is already used by ${kind}[${first}]` });
    });
  }
  const shortcuts = new Map<string, number>();
  (pack.snippets ?? []).forEach((snippet, index) => {
    if (!snippet.shortcut) return;
    const first = shortcuts.get(snippet.shortcut);
    if (first === undefined) shortcuts.set(snippet.shortcut, index);
    else problems.push({ path: ['snippets', index, 'shortcut'], type: 'duplicate', message: `"${snippet.shortcut}" is already the shortcut of snippets[${first}]` });
  });
  return problems;
}

function fail(error: string): Validation {
  return { ok: false, errors: [error] };
}

/** Semantic-version order (pre-releases sort before their release). */
export function compareVersions(a: string, b: string): number {
  const [coreA, preA] = splitVersion(a);
  const [coreB, preB] = splitVersion(b);
  for (let i = 0; i < 3; i++) if (coreA[i] !== coreB[i]) return (coreA[i] ?? 0) - (coreB[i] ?? 0);
  if (preA === preB) return 0;
  if (!preA) return 1;
  if (!preB) return -1;
  return preA < preB ? -1 : 1;
}

function splitVersion(version: string): [number[], string] {
  const dash = version.indexOf('-');
  const core = dash < 0 ? version : version.slice(0, dash);
  return [core.split('.').map(Number), dash < 0 ? '' : version.slice(dash + 1)];
}
