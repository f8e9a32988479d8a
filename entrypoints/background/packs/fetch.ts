import { PACK_LIMITS } from '@/utils/packs/schema';

export type FetchOutcome =
  | { status: 'unchanged' }
  | { status: 'fetched'; bytes: Uint8Array<ArrayBuffer>; etag?: string; lastModified?: string };

const TIMEOUT_MS = 30_000;

/**
 * One conditional GET. `cache: 'no-cache'` makes the browser revalidate
 * instead of trusting its cache, and the stored validators make an
 * unchanged pack cost a 304. A host that sends CORS headers but refuses the
 * conditional headers' preflight still works: the plain request is retried.
 */
export async function fetchPack(url: string, validators: { etag?: string; lastModified?: string }): Promise<FetchOutcome> {
  const headers: Record<string, string> = {};
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  let response: Response;
  try {
    response = await get(url, headers);
  } catch (error) {
    if (Object.keys(headers).length === 0) throw unreachable(error);
    response = await get(url, {}).catch((retryError: unknown) => {
      throw unreachable(retryError);
    });
  }
  if (response.status === 304) return { status: 'unchanged' };
  if (!response.ok) throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const bytes = await readCapped(response);
  if (bytes.byteLength === 0) throw new Error('the server sent an empty file');
  return {
    status: 'fetched',
    bytes,
    etag: response.headers.get('ETag') ?? undefined,
    lastModified: response.headers.get('Last-Modified') ?? undefined,
  };
}

function get(url: string, headers: Record<string, string>): Promise<Response> {
  return fetch(url, { cache: 'no-cache', credentials: 'omit', redirect: 'follow', headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
}

function unreachable(error: unknown): Error {
  const reason = error instanceof Error && error.name === 'TimeoutError' ? 'no answer within 30 s' : 'the server could not be reached';
  return new Error(reason);
}

/** Reads at most the pack size limit, so a hostile server cannot fill memory. */
async function readCapped(response: Response): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('Content-Length') ?? 0);
  if (declared > PACK_LIMITS.bytes) throw new Error(`the pack is larger than ${PACK_LIMITS.bytes / 1048576} MB`);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > PACK_LIMITS.bytes) {
      await reader.cancel();
      throw new Error(`the pack is larger than ${PACK_LIMITS.bytes / 1048576} MB`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
