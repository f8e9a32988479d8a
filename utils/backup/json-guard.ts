import { formatCount } from '../validation';

/**
 * Checks on untrusted JSON before and after parsing: nesting depth (scanned in
 * the raw text, so a hostile file cannot exhaust the parser's stack), and a
 * walk over values the schema treats as opaque (other features' tables and
 * settings), refusing prototype keys, ill-formed Unicode and oversized strings.
 * Every error names where the problem is.
 */

export const MAX_DEPTH = 24;
export const MAX_FILE_CHARS = 50_000_000;
export const MAX_OPAQUE_STRING = 100_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class BackupError extends Error {
  override name = 'BackupError';
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** Throws when the text is too large or nests deeper than MAX_DEPTH; cheap, one pass, no recursion. */
export function assertShallowJson(text: string): void {
  if (text.length > MAX_FILE_CHARS) throw new BackupError(`The file is too large: ${formatCount(text.length)} characters (at most ${formatCount(MAX_FILE_CHARS)})`);
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_DEPTH) throw new BackupError(`The file nests deeper than ${MAX_DEPTH} levels at ${lineAndColumn(text, i)}`);
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

export function parseJson(text: string): unknown {
  assertShallowJson(text);
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new BackupError(`The file is not valid JSON: ${(cause as Error).message}`);
  }
}

const keyPath = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
const where = (path: string) => (path ? `at ${path}: ` : '');

/** Walks a JSON value the schema does not know field by field; `path` names it in errors ('' for the whole file). */
export function assertSafeJsonValue(value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (!value.isWellFormed()) throw new BackupError(`${where(path)}invalid Unicode (a lone surrogate)`);
    if (value.length > MAX_OPAQUE_STRING) throw new BackupError(`${where(path)}a string longer than ${formatCount(MAX_OPAQUE_STRING)} characters`);
    return;
  }
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertSafeJsonValue(item, keyPath(path, index)));
    return;
  }
  if (typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new BackupError(`${where(keyPath(path, key))}the key "${key}" is not allowed`);
      if (!key.isWellFormed()) throw new BackupError(`${where(path)}a key with invalid Unicode`);
      assertSafeJsonValue((value as Record<string, unknown>)[key], keyPath(path, key));
    }
    return;
  }
  throw new BackupError(`${where(path)}not a JSON value`);
}

/** Key order does not matter for equality; this gives one string per value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
