import * as v from 'valibot';

/** Turns valibot issues into one plain sentence per problem, each naming where it is ("at snippets[3].title: …"). */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], limit = 5): string {
  const lines = issues.slice(0, limit).map((issue) => {
    const path = formatPath(issue.path);
    return path ? `at ${path}: ${issue.message}` : issue.message;
  });
  if (issues.length > limit) lines.push(`…and ${issues.length - limit} more problems`);
  return lines.join('; ');
}

function formatPath(path: v.BaseIssue<unknown>['path']): string {
  return path ? formatKeys(path.map((item) => item.key)) : '';
}

/** Keys of a path as the validator's messages write it: `snippets[3].title`. */
export function formatKeys(keys: readonly unknown[]): string {
  return keys.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    if (typeof key === 'string') return /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? `${out}.${key}` : key) : `${out}[${JSON.stringify(key)}]`;
    return out;
  }, '');
}

/** Parses or throws one readable Error. */
export function parseOrThrow<T>(schema: v.GenericSchema<unknown, T>, value: unknown, what: string): T {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new Error(`Invalid ${what}: ${describeIssues(result.issues)}`);
  return result.output;
}

/**
 * 100000 → "100,000" for validator messages. Not toLocaleString: these
 * messages are built when their module loads, and the first call into ICU's
 * number formatting costs a content script about 8 ms on the console page.
 */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
