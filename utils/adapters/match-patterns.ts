/**
 * Pages where the console content script runs and the sidebar may be embedded.
 * The local demo console is served on loopback; custom sites are added at run
 * time through optional host permissions and `scripting.registerContentScripts`.
 */
export const consoleMatchPatterns: string[] = ['http://localhost/*', 'http://127.0.0.1/*'];
