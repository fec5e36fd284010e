// Fetches the page a URL names, with Node's fetch: http(s) only, a time limit, a size limit, few redirects.
import { CliError } from './cli-error';
import { displayName } from './display-name';
import { EXIT } from './exit-codes';

/** What a fetch brought back. */
export interface FetchedPage {
  /** The URL after redirects: the article's source. */
  readonly url: string;
  /** The `Content-Type` header, if any. */
  readonly contentType?: string;
  /** The body. */
  readonly bytes: Uint8Array;
}

/** The limits a fetch runs within. */
export interface FetchLimits {
  /** Largest body read, in bytes; a larger one aborts the download. */
  readonly maxBytes: number;
  /** The `--max-size` it came from, for the message. */
  readonly maxSizeMb: number;
  /** Time for the whole fetch, redirects and body included, in ms. */
  readonly timeoutMs: number;
}

/** Redirects followed before giving up (browsers allow 20; a news page needs one or two). */
export const MAX_REDIRECTS = 5;

/** Statuses that redirect. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** True when a FILE argument is a URL (a scheme then `//`), which is fetched rather than opened. */
export function isUrl(arg: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(arg);
}

/**
 * Fetches `address`, following at most MAX_REDIRECTS redirects (each to http or https), within
 * `limits`. Every failure is a CliError with exit 2 and one line naming the URL: not http(s), network
 * failure, time out, too many redirects, a status other than 2xx, a body over the size limit.
 */
export async function fetchPage(address: string, limits: FetchLimits): Promise<FetchedPage> {
  const label = displayName(address);
  let url = parseHttpUrl(address, label);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const seconds = `${Math.round(limits.timeoutMs / 100) / 10} s`;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' } });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (location === null) throw new CliError(`${label}: the server answered ${response.status} without a Location; check the address`, EXIT.input);
        if (redirects >= MAX_REDIRECTS) throw new CliError(`${label}: more than ${MAX_REDIRECTS} redirects; check the address in a browser`, EXIT.input);
        url = parseHttpUrl(new URL(location, url).href, label);
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel();
        const text = response.statusText === '' ? '' : ` ${response.statusText}`;
        throw new CliError(`${label}: the server answered ${response.status}${displayName(text)}; check the address`, EXIT.input);
      }
      const contentType = response.headers.get('content-type') ?? undefined;
      const bytes = await readBody(response, limits, label);
      return { url: url.href, bytes, ...(contentType === undefined ? {} : { contentType }) };
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (signal.aborted) throw new CliError(`${label}: no complete answer within ${seconds}; try again later or raise --timeout`, EXIT.input);
    throw new CliError(`${label}: cannot be fetched (${displayName(networkReason(error))}); check the address and the network`, EXIT.input);
  }
}

function parseHttpUrl(address: string, label: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new CliError(`${label}: not a valid URL; check the address`, EXIT.input);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CliError(`${label}: only http and https URLs are fetched; save the page and give its file`, EXIT.input);
  }
  return url;
}

/** The body, read as it streams and abandoned as soon as it passes the size limit. */
async function readBody(response: Response, limits: FetchLimits, label: string): Promise<Uint8Array> {
  const tooLarge = () => new CliError(`${label} is larger than ${limits.maxSizeMb} MB; raise the limit with --max-size MB`, EXIT.input);
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limits.maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limits.maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The system's reason for a failed fetch (`ECONNREFUSED`, `ENOTFOUND`…), else the message. */
function networkReason(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}
