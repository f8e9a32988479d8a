// What a newcomer's `npm start` or `npm test` can lack, checked before anything
// else runs, each told in one sentence with the command that fixes it (never a
// stack trace). As a command: node scripts/preflight.mjs node chromium firefox port=4173
// Only Node's own modules load first, so even a Node too old to run the rest gets the sentence.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const engines = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;

/** Why this Node cannot run Undertone's tools (package.json's engines, ">=MAJOR.MINOR"), or undefined when it can. */
export function nodeProblem(version = process.versions.node, range = engines) {
  const [need, have] = [range.replace(/^>=\s*/, ''), version.replace(/^v/, '')].map((v) => v.split('.').map(Number));
  const first = need.findIndex((part, i) => (have[i] ?? 0) !== part);
  if (first < 0 || (have[first] ?? 0) > need[first]) return undefined;
  return `Undertone needs Node ${need.join('.')} or newer and this is Node ${version.replace(/^v/, '')}: install a current Node (for example \`nvm install 22\`, or from https://nodejs.org) and run the command again.`;
}

/** Why `port` cannot be listened on (usually: something already is), or undefined when it is free. */
export function portProblem(port, host = '127.0.0.1') {
  return new Promise((answer) => {
    const probe = createServer();
    probe.once('error', (error) =>
      answer(
        error.code === 'EADDRINUSE'
          ? `Port ${port} is already in use (another \`npm start\`?): stop that program, or pick another port with \`PORT=${port + 1} npm start\`.`
          : `Port ${port} cannot be opened on ${host} (${error.code}): pick another one with \`PORT=${port + 1} npm start\`.`,
      ),
    );
    probe.listen(port, host, () => probe.close(() => answer(undefined)));
  });
}

/** The browser finders' own sentence (they name the fix) when no browser is found. */
async function browserProblem(which) {
  const { findBrowser, findFirefox } = await import('./find-browser.mjs');
  try {
    (which === 'firefox' ? findFirefox : findBrowser)();
    return undefined;
  } catch (error) {
    return error.message;
  }
}

/** Runs the named checks in order; prints the first problem as one line and exits 1. */
export async function preflight(checks) {
  for (const check of checks) {
    const problem =
      check === 'node' ? nodeProblem()
      : check === 'chromium' || check === 'firefox' ? await browserProblem(check)
      : check.startsWith('port=') ? await portProblem(Number(check.slice(5)))
      : `Unknown preflight check "${check}".`;
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await preflight(process.argv.slice(2));
