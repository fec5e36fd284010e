// Reads the bytes of the input a command names: a file, standard input (`-`), or the default article.
import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDecoded, readText } from '../article/read';
import { UnusableInputError } from '../input-error';
import { charsetOfContentType, decodePage } from '../page/charset';
import { looksLikeHtml } from '../page/looks-like-html';
import { looksLikePdf } from '../page/looks-like-pdf';
import { CliError } from './cli-error';
import { displayName } from './display-name';
import { EXIT } from './exit-codes';
import { fetchPage, isUrl } from './fetch-page';

/** The article that `briefing` presents when no file is named. */
export const DEFAULT_ARTICLE = 'briefings/venezuela-russie.txt';

/** Extensions of files read as web pages. */
const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** Read, decoded and sanitised input, with what the CLI needs to know about where it came from. */
export interface Input {
  /** The name for messages: the path as given (controls escaped), or "standard input". */
  readonly label: string;
  /** The base name without extension, for `--out-dir` ("stdin" for standard input). */
  readonly baseName: string;
  /** Whether the input may be a Markdown deck (a `.md` file or standard input). */
  readonly isMarkdown: boolean;
  /** Whether the text is a web page's article (its furniture is always looked for). */
  readonly isPage: boolean;
  /** The text after `read`. */
  readonly text: string;
  /** One-line warnings from decoding. */
  readonly warnings: readonly string[];
}

/** The warnings of reading `input`, then `more` about its text, each named by the input's label. */
export function inputWarnings(input: Input, more: readonly string[]): string[] {
  return [...input.warnings, ...more.map((w) => `${input.label}: ${w}`)];
}

/** How long a URL may take to fetch, by default. */
export const DEFAULT_TIMEOUT_S = 20;

/**
 * Reads `file` (`-` for standard input, an http(s) URL, undefined for the default article), at most
 * `maxSizeMb` megabytes; a URL within `timeoutS` seconds.
 */
export async function readInput(file: string | undefined, maxSizeMb: number, stdin: NodeJS.ReadableStream, timeoutS = DEFAULT_TIMEOUT_S): Promise<Input> {
  const limit = Math.round(maxSizeMb * 1024 * 1024);
  if (file !== undefined && isUrl(file)) return readUrl(file, limit, maxSizeMb, timeoutS);
  if (file === '-') {
    const bytes = await readStream(stdin, limit, 'standard input', maxSizeMb);
    if (looksLikeHtml(bytes)) return readPage(bytes, 'standard input', 'stdin', {});
    if (looksLikePdf(bytes)) return readPdf(bytes, 'standard input', 'stdin');
    return decode(bytes, 'standard input', 'stdin', true);
  }
  const path = file ?? defaultArticlePath();
  const label = displayName(path);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw fileError(error, label);
  });
  if (info.isDirectory()) throw new CliError(`${label} is a directory; name an article file inside it`, EXIT.input);
  if (info.size > limit) throw tooLarge(label, maxSizeMb);
  // A FIFO or a device (`<(cmd)`, /dev/stdin, /dev/zero) has no size: read it up to the limit.
  const bytes = await (info.isFile() ? readFile(path) : readStream(createReadStream(path), limit, label, maxSizeMb)).catch(
    (error: NodeJS.ErrnoException) => {
      throw error instanceof CliError ? error : fileError(error, label);
    },
  );
  const ext = extname(path).toLowerCase();
  const base = baseNameOf(path);
  if (PAGE_EXTENSIONS.has(ext)) return readPage(bytes, label, base, {});
  if (ext === '.pdf' || looksLikePdf(bytes)) return readPdf(bytes, label, base);
  return decode(bytes, label, base, ext === '.md' || ext === '.markdown');
}

/** Where the default article is: beside the installed package (dist/ or src/cli/ during tests). */
export function defaultArticlePath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    const candidate = join(dir, DEFAULT_ARTICLE);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new CliError(`the default article ${DEFAULT_ARTICLE} is missing from the installation; name a FILE`, EXIT.input);
}

function decode(bytes: Uint8Array, label: string, baseName: string, isMarkdown: boolean): Input {
  try {
    const { text, warnings } = readText(bytes);
    return { label, baseName, isMarkdown, isPage: false, text, warnings: warnings.map((w) => `${label}: ${w}`) };
  } catch (error) {
    if (error instanceof UnusableInputError) throw new CliError(`${label}: ${error.message}`, EXIT.input);
    throw error;
  }
}

/** Media types read as web pages, and as text articles. */
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['text/plain', 'text/markdown']);

/** Fetches a URL and reads what it answers: a web page, or a text article; anything else is refused. */
async function readUrl(address: string, limit: number, maxSizeMb: number, timeoutS: number): Promise<Input> {
  const page = await fetchPage(address, { maxBytes: limit, maxSizeMb, timeoutMs: timeoutS * 1000 });
  const label = displayName(address);
  const type = page.contentType?.split(';')[0]?.trim().toLowerCase();
  const base = urlBaseName(page.url);
  if ((type !== undefined && PAGE_TYPES.has(type)) || ((type === undefined || type === 'application/octet-stream') && looksLikeHtml(page.bytes))) {
    const charset = charsetOfContentType(page.contentType);
    return readPage(page.bytes, label, base, { url: page.url, ...(charset === undefined ? {} : { headerCharset: charset }) });
  }
  if (type === 'application/pdf' || ((type === undefined || type === 'application/octet-stream') && looksLikePdf(page.bytes))) {
    return readPdf(page.bytes, label, base, page.url);
  }
  if (type !== undefined && TEXT_TYPES.has(type)) return decode(page.bytes, label, base, type === 'text/markdown');
  throw new CliError(`${label}: is not a web page (${displayName(type ?? 'no content type')}); give the address of an article page`, EXIT.input);
}

/** A URL's last path segment without extension (its host name when the path is empty), for `--out-dir`. */
function urlBaseName(address: string): string {
  const url = new URL(address);
  const segment = url.pathname.split('/').filter((part) => part !== '').pop();
  const name = segment === undefined ? url.hostname : decodeURIComponentSafe(segment);
  return baseNameOf(name).replace(/[^\p{L}\p{N}._-]+/gu, '-') || url.hostname;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Where a page came from: the URL it was fetched from and the charset its HTTP header gave. */
interface PageOrigin {
  readonly url?: string;
  readonly headerCharset?: string;
}

/** Reads a web page's article (the reader-view libraries load here, only for pages) and sanitises its text. */
async function readPage(bytes: Uint8Array, label: string, baseName: string, origin: PageOrigin): Promise<Input> {
  try {
    const decoded = decodePage(bytes, origin.headerCharset);
    const { readHtmlArticle } = await import('../page/html-article');
    const article = readHtmlArticle(decoded.text, origin.url === undefined ? {} : { url: origin.url });
    const { text, warnings } = readDecoded({ text: article, warnings: decoded.warnings });
    return { label, baseName, isMarkdown: false, isPage: true, text, warnings: warnings.map((w) => `${label}: ${w}`) };
  } catch (error) {
    if (error instanceof UnusableInputError) throw new CliError(`${label}: ${error.message}`, EXIT.input);
    throw error;
  }
}

/** Reads a PDF's text (pdf.js loads here, only for PDFs) and sanitises it; `url`, where it was fetched from, is its source. */
async function readPdf(bytes: Uint8Array, label: string, baseName: string, url?: string): Promise<Input> {
  try {
    const { readPdfArticle } = await import('../page/pdf-article');
    const { text, warnings } = readDecoded({ text: await readPdfArticle(bytes, url), warnings: [] });
    return { label, baseName, isMarkdown: false, isPage: true, text, warnings };
  } catch (error) {
    if (error instanceof UnusableInputError) throw new CliError(`${label}: ${error.message}`, EXIT.input);
    throw error;
  }
}

function baseNameOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

async function readStream(stream: NodeJS.ReadableStream, limit: number, label: string, maxSizeMb: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > limit) {
      if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
      throw tooLarge(label, maxSizeMb);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(label: string, maxSizeMb: number): CliError {
  return new CliError(`${label} is larger than ${maxSizeMb} MB; raise the limit with --max-size MB`, EXIT.input);
}

function fileError(error: NodeJS.ErrnoException, label: string): CliError {
  switch (error.code) {
    case 'ENOENT':
      return new CliError(`${label}: no such file; check the path`, EXIT.input);
    case 'EACCES':
    case 'EPERM':
      return new CliError(`${label}: permission denied; check the file's read permission`, EXIT.input);
    case 'EISDIR':
      return new CliError(`${label} is a directory; name an article file inside it`, EXIT.input);
    default:
      return new CliError(`${label}: cannot be read (${error.code ?? error.message}); check the file`, EXIT.input);
  }
}
