import { execFile } from 'node:child_process';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { findBrowser } from './find-browser.mjs';
import { nodeProblem, portProblem } from './preflight.mjs';

/** Runs a project script as a newcomer would, with `env` over a PATH that has only Node's own folder. */
async function run(script: string, args: string[], env: Record<string, string> = {}) {
  const { UNDERTONE_BROWSER: _b, UNDERTONE_FIREFOX: _f, ...inherited } = process.env;
  try {
    await promisify(execFile)(process.execPath, [script, ...args], { env: { ...inherited, PATH: '/nonexistent', ...env } });
    return { code: 0, stderr: '' };
  } catch (failed) {
    const { code, stderr } = failed as { code: number; stderr: string };
    return { code, stderr };
  }
}

/** One sentence on one line, naming the fix, and no stack trace. */
function expectOneSentence(stderr: string, ...mentions: string[]) {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).not.toMatch(/^\s+at |Error:/);
  for (const mention of mentions) expect(lines[0]).toContain(mention);
}

let occupied: Server | undefined;
afterEach(() => void occupied?.close());

describe('clear failures for newcomers', () => {
  it('says which Node is needed when this one is too old', () => {
    expect(nodeProblem('20.18.1', '>=20.19')).toBe(
      'Undertone needs Node 20.19 or newer and this is Node 20.18.1: install a current Node (for example `nvm install 22`, or from https://nodejs.org) and run the command again.',
    );
    expect(nodeProblem('v18.20.4', '>=20.19')).toContain('this is Node 18.20.4');
    for (const fine of ['20.19.0', '20.20.2', '22.1.0', '24.0.0']) expect(nodeProblem(fine, '>=20.19')).toBeUndefined();
  });

  it('says how to get Firefox when the Firefox tests find none', async () => {
    const { code, stderr } = await run('scripts/preflight.mjs', ['node', 'firefox']);
    expect(code).toBe(1);
    expectOneSentence(stderr, 'No Firefox was found', 'sudo apt-get install -y firefox-esr', 'UNDERTONE_FIREFOX');
  });

  it('says how to get Chromium when none is installed anywhere it looks', () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => findBrowser({ paths: [], bundled: false })).toThrow(
        'No Chromium-family browser was found: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`, anywhere: `npx playwright install chromium`), or point UNDERTONE_BROWSER at its executable.',
      );
    } finally {
      process.env.PATH = path;
    }
  });

  it('npm start stops at a browser that is not there, before building anything', async () => {
    const { code, stderr } = await run('scripts/start.mjs', [], { UNDERTONE_BROWSER: '/nonexistent/chromium' });
    expect(code).toBe(1);
    expectOneSentence(stderr, 'UNDERTONE_BROWSER points at /nonexistent/chromium, which does not exist');
  });

  it('npm start says the port is taken and how to pick another', async () => {
    occupied = createServer();
    await new Promise<void>((listening) => occupied!.listen(0, '127.0.0.1', listening));
    const port = (occupied.address() as AddressInfo).port;
    expect(await portProblem(port)).toContain(`Port ${port} is already in use`);
    // The browser this machine has, so the port is the only thing missing.
    const { code, stderr } = await run('scripts/start.mjs', [], { PORT: String(port), UNDERTONE_BROWSER: findBrowser() });
    expect(code).toBe(1);
    expectOneSentence(stderr, `Port ${port} is already in use`, `PORT=${port + 1} npm start`);
  });

  it('lets a free port through', async () => {
    const probe = createServer();
    await new Promise<void>((listening) => probe.listen(0, '127.0.0.1', listening));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((closed) => probe.close(closed));
    expect(await portProblem(port)).toBeUndefined();
  });
});
