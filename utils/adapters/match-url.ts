/** Whether a URL falls under a manifest match pattern (scheme://host/path, * wildcards; ports are ignored, as in manifests). */
export function matchesPattern(pattern: string, url: string): boolean {
  const parts = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host = '', path = ''] = parts;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const targetScheme = target.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(targetScheme) : scheme !== targetScheme) return false;
  const hostname = target.hostname;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host) return false;
  }
  const escaped = path.split('*').map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${escaped}$`).test(target.pathname + target.search);
}

export function adapterMatches(adapter: { matches: string[] }, url: string): boolean {
  return adapter.matches.some((pattern) => matchesPattern(pattern, url));
}
