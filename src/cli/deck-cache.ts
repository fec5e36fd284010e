// The deck cache: the deck an input was built into, kept so that presenting the same input again skips
// its analysis and never loads the analysis code (~60 ms and ~5 MiB before the first frame of the
// default briefing). An entry is named by a hash of the input's text and of how it is read, and holds
// that text and those options: it is served only on an exact match. It is read only by the build that
// wrote it (the build id, a hash of every bundled file that scripts/build.mjs writes beside them), so
// any change of the code or its data invalidates every entry. Where entries are: the build's own
// (dist/deck-cache: the default briefing's, written at build time by this same code), then the user's
// ($XDG_CACHE_HOME/briefing, else ~/.cache/briefing), where a deck built is written after the first frame.
// A cache that cannot be read or written is no cache: it never fails a command.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../article/article';
import { SLIDE_KINDS, slideSection, type Deck } from '../deck/deck';

/** The file beside the bundle that holds the build id (scripts/build.mjs writes it). */
export const BUILD_ID_FILE = 'build-id';
/** The folder beside the bundle that holds the build's own entries. */
export const SHIPPED_CACHE_DIR = 'deck-cache';
/** The format tag of an entry. */
const ENTRY_FORMAT = 'briefing.deck-cache/1';
/** The user cache keeps the newest entries, at most this many and this many bytes in all. */
const MAX_ENTRIES = 32;
const MAX_BYTES = 64 * 1024 * 1024;
/** Longer inputs are not cached: an entry holds the text, and writing one while Ink loads would hold several copies. */
const MAX_TEXT_CHARS = 1_000_000;

/** What a deck is built from, all of it: the input's text and how it is read (with the default template). */
export interface DeckSource {
  readonly text: string;
  readonly isMarkdown: boolean;
  readonly isPage: boolean;
  readonly as: 'auto' | 'article' | 'deck';
  readonly lang: 'auto' | Lang;
}

/** A deck as built from a source, and the warnings building it gave (about the text, without the input's name). */
export interface BuiltDeck {
  readonly deck: Deck;
  readonly warnings: readonly string[];
}

/** A deck cache: the build whose entries it serves, the folders read in order, the folder written. */
export interface DeckCache {
  readonly build: string;
  readonly readDirs: readonly string[];
  readonly writeDir?: string;
}

/** The cache of the running build (undefined when it has no build id: the code runs from source). */
export function deckCache(env: NodeJS.ProcessEnv = process.env): DeckCache | undefined {
  let build: string;
  try {
    build = readFileSync(new URL(BUILD_ID_FILE, import.meta.url), 'utf8').trim();
  } catch {
    return undefined;
  }
  if (build === '') return undefined;
  const shipped = fileURLToPath(new URL(`${SHIPPED_CACHE_DIR}/`, import.meta.url));
  const user = userCacheDir(env);
  return user === undefined ? { build, readDirs: [shipped] } : { build, readDirs: [shipped, user], writeDir: user };
}

/** $XDG_CACHE_HOME/briefing (an absolute path, as the XDG spec asks), else ~/.cache/briefing. */
function userCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  const xdg = env.XDG_CACHE_HOME ?? '';
  if (isAbsolute(xdg)) return join(xdg, 'briefing');
  try {
    const home = homedir();
    return isAbsolute(home) ? join(home, '.cache', 'briefing') : undefined;
  } catch {
    return undefined;
  }
}

/** The deck `cache` holds for `source`, or undefined (no entry, or one of another build or another source). */
export function cachedDeck(cache: DeckCache, source: DeckSource): BuiltDeck | undefined {
  if (source.text.length > MAX_TEXT_CHARS) return undefined;
  const name = entryName(source);
  for (const dir of cache.readDirs) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch {
      continue;
    }
    const built = entryDeck(value, cache.build, source);
    if (built !== undefined) return built;
  }
  return undefined;
}

/** Writes `built`, the deck of `source`, to the cache's folder (a temporary file renamed: readers never see half of one); never throws. */
export function rememberDeck(cache: DeckCache, source: DeckSource, built: BuiltDeck): void {
  const dir = cache.writeDir;
  if (dir === undefined || source.text.length > MAX_TEXT_CHARS) return;
  const entry = { format: ENTRY_FORMAT, build: cache.build, source, deck: built.deck, warnings: built.warnings };
  const name = entryName(source);
  const temp = join(dir, `.${name}.${process.pid}.tmp`);
  try {
    const text = JSON.stringify(entry);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(temp, text, { mode: 0o600 });
    renameSync(temp, join(dir, name));
    prune(dir);
  } catch {
    // Read-only, full or gone: the deck is not remembered, the command goes on.
    try {
      unlinkSync(temp);
    } catch {
      // Never written.
    }
  }
}

/** Deletes the oldest entries of `dir` beyond MAX_ENTRIES or MAX_BYTES; entries deleted meanwhile by another run are skipped. */
function prune(dir: string): void {
  const entries: { path: string; size: number; mtime: number }[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json')) continue;
    try {
      const info = statSync(join(dir, name));
      entries.push({ path: join(dir, name), size: info.size, mtime: info.mtimeMs });
    } catch {
      // Pruned by another run.
    }
  }
  entries.sort((a, b) => b.mtime - a.mtime);
  let bytes = 0;
  entries.forEach((entry, i) => {
    bytes += entry.size;
    if (i < MAX_ENTRIES && bytes <= MAX_BYTES) return;
    try {
      unlinkSync(entry.path);
    } catch {
      // Pruned by another run.
    }
  });
}

/** The file name of `source`'s entry: a 53-bit hash (cyrb53) of its options and text, in hex. */
export function entryName(source: DeckSource): string {
  const key = `${source.as}\u0000${source.lang}\u0000${source.isMarkdown ? 1 : 0}${source.isPage ? 1 : 0}\u0000${source.text}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16)}.json`;
}

/** The deck of an entry read back, when it is an entry of `build` for exactly `source` and well formed. */
function entryDeck(value: unknown, build: string, source: DeckSource): BuiltDeck | undefined {
  if (!isRecord(value) || value.format !== ENTRY_FORMAT || value.build !== build) return undefined;
  const from = value.source;
  if (!isRecord(from) || from.text !== source.text || from.isMarkdown !== source.isMarkdown || from.isPage !== source.isPage) return undefined;
  if (from.as !== source.as || from.lang !== source.lang) return undefined;
  if (!isDeck(value.deck) || !isStrings(value.warnings)) return undefined;
  return { deck: value.deck, warnings: value.warnings };
}

function isDeck(value: unknown): value is Deck {
  if (!isRecord(value) || typeof value.title !== 'string' || (value.lang !== 'fr' && value.lang !== 'en')) return false;
  if (!['subtitle', 'source', 'date'].every((key) => value[key] === undefined || typeof value[key] === 'string')) return false;
  const slides = value.slides;
  return Array.isArray(slides) && slides.length > 0 && slides.every(isSlide);
}

function isSlide(value: unknown): boolean {
  if (!isRecord(value) || !SLIDE_KINDS.some((kind) => kind === value.kind)) return false;
  if (value.section !== undefined && slideSection(value.section) === undefined) return false;
  if (typeof value.title !== 'string' || typeof value.body !== 'string' || typeof value.notes !== 'string') return false;
  return Array.isArray(value.sources) && value.sources.every((n) => Number.isSafeInteger(n) && (n as number) >= 0);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
