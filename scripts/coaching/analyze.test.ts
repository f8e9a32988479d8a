import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input?: string) =>
  execFileSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/coaching/analyze.ts', ...args], { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

describe('analyze CLI', () => {
  it('reads standard input and writes one line per input line, carrying on past a bad line', () => {
    const input = ['{"id":"a","text":"我要打12315投诉你们","role":"customer"}', 'oops', '', '{"id":"b","text":"As I already said, no.","role":"agent"}'].join('\n');
    const lines = run([], input).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 'a', lang: 'zh-Hans', signals: expect.arrayContaining([expect.objectContaining({ kind: 'churn_threat' })]) });
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringContaining('not valid JSON') });
    expect(lines[2]).toMatchObject({ id: 'b', signals: [{ kind: 'escalating', evidence: [[0, 17]] }] });
  });

  it('reads a file and offers a pack phrasing first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'undertone-analyze-'));
    writeFileSync(join(dir, 'in.jsonl'), '{"id":"c","text":"This is ridiculous.","role":"customer"}\n');
    writeFileSync(join(dir, 'pack.json'), JSON.stringify([{ state: 'anger', stage: 'acknowledge', lang: 'en', text: 'Pack line.' }]));
    const [line] = run([join(dir, 'in.jsonl'), '--phrasings', join(dir, 'pack.json')]).trim().split('\n');
    expect(JSON.parse(line!).suggestions[0]).toEqual({ state: 'anger', stage: 'acknowledge', text: 'Pack line.' });
  });
});
