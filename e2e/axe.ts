import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';

/** axe-core's own script, for the Firefox suite too (it evaluates the same two steps through Puppeteer). */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations in one document, one line each. Runs inside the
 * document itself: the sidebar sits behind a closed shadow root, where axe
 * cannot walk in from the page.
 */
export async function axeViolations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(axeSource);
  return target.evaluate(runAxe);
}

/** Runs inside the document once axeSource is in: one line per violation. */
export async function runAxe(): Promise<string[]> {
  const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
  const result = await axe.run();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
