import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BUILD_ID_FILE, cachedDeck, entryName, rememberDeck, SHIPPED_CACHE_DIR, type DeckCache, type DeckSource } from '../../src/cli/deck-cache';
import { loadDeck } from '../../src/cli/load-deck';
import { loadOptions } from '../../src/cli/load-options';
import { COMMON_DEFAULTS } from '../../src/cli/command-args';
import { readInput } from '../../src/cli/read-input';
import type { Deck } from '../../src/deck/deck';
import { BIN } from '../e2e/tmux';
import { loadedFiles, MODULE_LOG_HOOK } from './loaded-modules';

const DIST = dirname(BIN);
const BUILD = readFileSync(join(DIST, BUILD_ID_FILE), 'utf8').trim();

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'briefing-deck-cache-'));
}

function source(text: string, more: Partial<DeckSource> = {}): DeckSource {
  return { text, isMarkdown: false, isPage: false, as: 'auto', lang: 'auto', ...more };
}

function deck(title: string): Deck {
  return { title, lang: 'en', slides: [{ kind: 'title', title, body: '- a point', notes: 'a note', sources: [0] }] };
}

/** `briefing ARGS` run from the build with its user cache in `cache` (XDG_CACHE_HOME), the chunks it loaded and what it printed. */
function run(args: readonly string[], cache: string): { status: number | null; stdout: string; stderr: string; files: string[] } {
  const log = join(tempDir(), 'modules.log');
  const result = spawnSync(process.execPath, ['--import', MODULE_LOG_HOOK, BIN, ...args], {
    input: '',
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: cache, BRIEFING_TEST_MODULE_LOG: log },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, files: loadedFiles(log) };
}

/** Whether a run loaded the deck pipeline (the chunk of src/cli/load-deck.ts, which holds the analysis's imports). */
function builtDeck(files: readonly string[]): boolean {
  return files.some((file) => /[\\/]load-deck-[A-Z0-9]+\.js$/.test(file));
}

describe('the deck cache, in the source', () => {
  it('gives back the deck and warnings it was given, for that source and build only', () => {
    const dir = tempDir();
    const cache: DeckCache = { build: 'build-a', readDirs: [dir], writeDir: dir };
    const text = 'Rain in Paris\n\nIt rained in Paris on Monday.\n';
    rememberDeck(cache, source(text), { deck: deck('Rain'), warnings: ['a warning'] });
    expect(cachedDeck(cache, source(text))).toStrictEqual({ deck: deck('Rain'), warnings: ['a warning'] });
    // Another build, another byte, another way of reading the same text.
    expect(cachedDeck({ ...cache, build: 'build-b' }, source(text))).toBeUndefined();
    expect(cachedDeck(cache, source(text.replace('Monday', 'Tuesday')))).toBeUndefined();
    expect(cachedDeck(cache, source(text, { lang: 'fr' }))).toBeUndefined();
    expect(cachedDeck(cache, source(text, { isMarkdown: true }))).toBeUndefined();
    // No temporary file is left behind.
    expect(readdirSync(dir)).toEqual([entryName(source(text))]);
  });

  it('serves an entry only for the very text it holds, even under the name of another', () => {
    const dir = tempDir();
    const cache: DeckCache = { build: 'b', readDirs: [dir], writeDir: dir };
    rememberDeck(cache, source('one text'), { deck: deck('One'), warnings: [] });
    // The entry of 'one text' planted under the name of 'another text' (as a hash collision would).
    writeFileSync(join(dir, entryName(source('another text'))), readFileSync(join(dir, entryName(source('one text')))));
    expect(cachedDeck(cache, source('another text'))).toBeUndefined();
    expect(cachedDeck(cache, source('one text'))?.deck.title).toBe('One');
  });

  it('ignores entries that are not JSON or not a deck', () => {
    const dir = tempDir();
    const cache: DeckCache = { build: 'b', readDirs: [dir], writeDir: dir };
    const name = join(dir, entryName(source('text')));
    rememberDeck(cache, source('text'), { deck: deck('T'), warnings: [] });
    const entry = JSON.parse(readFileSync(name, 'utf8'));
    for (const broken of ['{"format":', JSON.stringify({ ...entry, deck: { ...entry.deck, slides: [] } }), JSON.stringify({ ...entry, deck: { ...entry.deck, slides: [{ kind: 'nope' }] } }), JSON.stringify({ ...entry, warnings: [1] })]) {
      writeFileSync(name, broken);
      expect(cachedDeck(cache, source('text'))).toBeUndefined();
    }
  });

  it('never throws when it cannot write, and keeps the newest entries only', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const blocked: DeckCache = { build: 'b', readDirs: [join(file, 'briefing')], writeDir: join(file, 'briefing') };
    expect(() => rememberDeck(blocked, source('text'), { deck: deck('T'), warnings: [] })).not.toThrow();
    expect(cachedDeck(blocked, source('text'))).toBeUndefined();
    const dir = tempDir();
    const cache: DeckCache = { build: 'b', readDirs: [dir], writeDir: dir };
    for (let i = 0; i < 40; i++) rememberDeck(cache, source(`text ${i}`), { deck: deck(`T${i}`), warnings: [] });
    expect(readdirSync(dir).length).toBe(32);
    expect(cachedDeck(cache, source('text 39'))?.deck.title).toBe('T39');
  });
});

describe('the deck cache of the build', () => {
  it('ships the default briefing: the deck and warnings a fresh build of it gives, for this build', async () => {
    const args = { ...COMMON_DEFAULTS };
    const input = await readInput(undefined, args['max-size'], process.stdin, args.timeout);
    const loaded = loadDeck(input, await loadOptions(args));
    const names = readdirSync(join(DIST, SHIPPED_CACHE_DIR));
    const fromSource = source(input.text);
    expect(names).toEqual([entryName(fromSource)]);
    // Readable by every user of an installation, not only by the one who built it.
    expect(statSync(join(DIST, SHIPPED_CACHE_DIR, names[0] ?? '')).mode & 0o044).toBe(0o044);
    const shipped = cachedDeck({ build: BUILD, readDirs: [join(DIST, SHIPPED_CACHE_DIR)] }, fromSource);
    expect(shipped).toStrictEqual({ deck: loaded.deck, warnings: loaded.analysed?.article.warnings });
  });

  it('presents the default briefing without building its deck, and prints what it prints built', () => {
    const cache = tempDir();
    const cached = run(['present', '--print'], cache);
    const article = join(tempDir(), 'same.txt');
    writeFileSync(article, readFileSync('briefings/venezuela-russie.txt'));
    expect(cached.status).toBe(0);
    expect(builtDeck(cached.files)).toBe(false);
    expect(cached.files.length).toBeGreaterThan(3);
    // The same bytes under another name are served from the shipped entry too: the key is the text.
    const again = run(['present', '--print', article], cache);
    expect(again.stdout).toBe(cached.stdout);
    expect(builtDeck(again.files)).toBe(false);
  });

  it('builds a changed article, remembers it, then serves it with the same output and warnings', () => {
    const cache = tempDir();
    const article = join(tempDir(), 'changed.txt');
    // Changed by one word; and a second article in no known language (its warning must come back from the cache).
    writeFileSync(article, readFileSync('briefings/venezuela-russie.txt', 'utf8').replace('samedi', 'dimanche'));
    const unknown = join(tempDir(), 'unknown.txt');
    writeFileSync(unknown, 'Xqz vlorp\n\nXqz vlorp trank melu zibb. Qorrt flim dravv nupp sellk.\n');
    for (const file of [article, unknown]) {
      const first = run(['present', '--print', file], cache);
      const second = run(['present', '--print', file], cache);
      expect(first.status).toBe(0);
      expect(builtDeck(first.files)).toBe(true);
      expect(builtDeck(second.files)).toBe(false);
      expect(second.stdout).toBe(first.stdout);
      expect(second.stderr).toBe(first.stderr);
    }
    expect(run(['present', '--print', article], cache).stdout).toContain('dimanche');
    expect(run(['present', '--print', unknown], cache).stderr).not.toBe('');
  });

  it('serves what the entry holds, and nothing from another build or for other options', async () => {
    const cache = tempDir();
    const article = join(tempDir(), 'planted.txt');
    writeFileSync(article, 'Rain in Paris\n\nIt rained in Paris on Monday, Météo-France said. The Seine rose by two metres.\n');
    const { text } = await readInput(article, COMMON_DEFAULTS['max-size'], process.stdin);
    const plant = (build: string) => rememberDeck({ build, readDirs: [], writeDir: join(cache, 'briefing') }, source(text), { deck: deck('Planted deck'), warnings: [] });
    plant('another build');
    expect(run(['present', '--print', article], cache).stdout).not.toContain('Planted deck');
    plant(BUILD);
    expect(run(['present', '--print', article], cache).stdout).toContain('Planted deck');
    expect(run(['present', '--print', '--lang', 'en', article], cache).stdout).not.toContain('Planted deck');
    expect(run(['present', '--print', '--template', 'src/analysis/default-template.json', article], cache).stdout).not.toContain('Planted deck');
  });

  it('presents as ever when the cache folder cannot be made', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    const article = join(tempDir(), 'article.txt');
    writeFileSync(article, 'Rain in Paris\n\nIt rained in Paris on Monday, Météo-France said. The Seine rose by two metres.\n');
    const blocked = run(['present', '--print', article], file);
    expect(blocked.status).toBe(0);
    expect(blocked.stderr).toBe('');
    expect(blocked.stdout).toBe(run(['present', '--print', article], tempDir()).stdout);
  });
});
