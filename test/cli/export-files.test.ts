// `briefing export` and files: --out-dir, -o, --force, --format, standard output, --as (in-process).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliRun } from './run-cli';
import { runMain } from './run-main';

const ARTICLE = readFileSync(new URL('../../briefings/venezuela-russie.txt', import.meta.url), 'utf8');
const DECK = '# Deck title\n\n- one\n\n---\n\n## Second\n\n- two\n';

/** A fresh folder holding `files`. */
function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-export-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function expectOneLineError(run: CliRun, status: number): void {
  expect(run.status).toBe(status);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
}

describe('export --out-dir', () => {
  it('writes one deck per input into a folder it creates', async () => {
    const dir = folder({ 'a.txt': ARTICLE, 'b.txt': ARTICLE });
    const run = await runMain(['export', 'a.txt', 'b.txt', '--out-dir', 'out/decks'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readdirSync(join(dir, 'out/decks')).sort()).toEqual(['a.md', 'b.md']);
    const a = readFileSync(join(dir, 'out/decks/a.md'), 'utf8');
    expect(a.startsWith('---\noptions:\n  end_slide_shorthand: true\n---\n\n# Le Venezuela')).toBe(true);
    expect(readFileSync(join(dir, 'out/decks/b.md'), 'utf8')).toBe(a);
  });

  it('names JSON decks .json and standard input stdin', async () => {
    const dir = folder({ 'a.txt': ARTICLE });
    const run = await runMain(['export', 'a.txt', '-', '--out-dir', 'out', '--format', 'json'], { cwd: dir, input: DECK });
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.json', 'stdin.json']);
    expect(JSON.parse(readFileSync(join(dir, 'out/stdin.json'), 'utf8')).slides).toHaveLength(2);
  });

  it('refuses two inputs with one base name (usage error, exit 1), writing nothing', async () => {
    const dir = folder({ 'a.txt': ARTICLE });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub/a.md'), DECK);
    const run = await runMain(['export', 'a.txt', 'sub/a.md', '--out-dir', 'out'], { cwd: dir });
    expectOneLineError(run, 1);
    expect(run.stderr).toContain('a.md');
    expect(existsSync(join(dir, 'out/a.md'))).toBe(false);
  });

  it('checks every target first: one existing file means nothing is written (exit 3)', async () => {
    const dir = folder({ 'a.txt': ARTICLE, 'b.txt': ARTICLE });
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out/b.md'), 'mine\n');
    const run = await runMain(['export', 'a.txt', 'b.txt', '--out-dir', 'out'], { cwd: dir });
    expectOneLineError(run, 3);
    expect(run.stderr).toContain('--force');
    expect(readdirSync(join(dir, 'out'))).toEqual(['b.md']);
    expect(readFileSync(join(dir, 'out/b.md'), 'utf8')).toBe('mine\n');

    expect((await runMain(['export', 'a.txt', 'b.txt', '--out-dir', 'out', '--force'], { cwd: dir })).status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.md', 'b.md']);
    expect(readFileSync(join(dir, 'out/b.md'), 'utf8')).toContain('## Contexte');
  });

  it('leaves no folder behind when the export is refused (exit 3)', async () => {
    // A 255-byte input name makes a 256-byte .json target: refused before the folder is made.
    const long = `${'a'.repeat(251)}.txt`;
    const dir = folder({ [long]: ARTICLE, 'file.txt': 'not a folder' });
    const run = await runMain(['export', long, '--out-dir', 'out/decks', '--format', 'json'], { cwd: dir });
    expectOneLineError(run, 3);
    expect(run.stderr).toContain('too long');
    expect(existsSync(join(dir, 'out'))).toBe(false);

    const underFile = await runMain(['export', long, '--out-dir', 'file.txt/decks'], { cwd: dir });
    expectOneLineError(underFile, 3);
    expect(readdirSync(dir).sort()).toEqual([long, 'file.txt'].sort());
  });

  it('needs --out-dir for several inputs (usage error, exit 1)', async () => {
    const dir = folder({ 'a.txt': ARTICLE, 'b.txt': ARTICLE });
    const run = await runMain(['export', 'a.txt', 'b.txt'], { cwd: dir });
    expectOneLineError(run, 1);
    expect(run.stderr).toContain('--out-dir');
  });
});

describe('export -o', () => {
  it('refuses an existing file (exit 3, untouched, no temporary file left); --force replaces it', async () => {
    const dir = folder({ 'deck.md': 'mine\n' });
    const refused = await runMain(['export', '-o', 'deck.md'], { cwd: dir });
    expectOneLineError(refused, 3);
    expect(readFileSync(join(dir, 'deck.md'), 'utf8')).toBe('mine\n');
    const forced = await runMain(['export', '-o', 'deck.md', '--force'], { cwd: dir });
    expect(forced.status).toBe(0);
    expect(readFileSync(join(dir, 'deck.md'), 'utf8')).toContain('# Le Venezuela');
    expect(readdirSync(dir)).toEqual(['deck.md']);
  });

  it('refuses an unwritable target with one line and exit 3', async () => {
    // A path through a file cannot be written, even by root (chmod would not stop root).
    const dir = folder({ 'a.txt': ARTICLE });
    const run = await runMain(['export', '-o', 'a.txt/deck.md'], { cwd: dir });
    expectOneLineError(run, 3);
    expect(run.stderr).toContain('a.txt/deck.md');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(ARTICLE);
  });

  it('refuses a target in a missing folder with exit 3', async () => {
    const run = await runMain(['export', '-o', 'missing/deck.md'], { cwd: folder() });
    expectOneLineError(run, 3);
  });

  it('takes the format from the extension, and --format over it', async () => {
    const dir = folder();
    expect((await runMain(['export', '-o', 'deck.json'], { cwd: dir })).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'deck.json'), 'utf8')).schema).toBe('briefing.deck/1');
    expect((await runMain(['export', '-o', 'deck.JSON', '--format', 'md'], { cwd: dir })).status).toBe(0);
    expect(readFileSync(join(dir, 'deck.JSON'), 'utf8').startsWith('---\noptions:')).toBe(true);
    expect((await runMain(['export', '-o', 'deck.txt', '--format', 'json'], { cwd: dir })).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'deck.txt'), 'utf8')).lang).toBe('fr');
  });

  it('writes standard output for -o -, in either format', async () => {
    const dir = folder();
    const md = await runMain(['export', '-o', '-'], { cwd: dir });
    expect(md.status).toBe(0);
    expect(md.stdout).toBe((await runMain(['export'])).stdout);
    const json = await runMain(['export', '-o', '-', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout).schema).toBe('briefing.deck/1');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('article or deck', () => {
  it('reads a .md deck as a deck, and --as article reads it as an article', async () => {
    const dir = folder({ 'deck.md': DECK });
    const asDeck = JSON.parse((await runMain(['export', 'deck.md', '--format', 'json'], { cwd: dir })).stdout);
    expect(asDeck.slides.map((s: { title: string }) => s.title)).toEqual(['Deck title', 'Second']);
    expect(asDeck.slides.map((s: { kind: string }) => s.kind)).toEqual(['markdown', 'markdown']);
    const article = await runMain(['export', 'deck.md', '--as', 'article', '--format', 'json'], { cwd: dir });
    expect(article.status).toBe(0);
    const asArticle = JSON.parse(article.stdout);
    expect(asArticle.slides[0]).toMatchObject({ kind: 'title', title: 'Deck title', sources: [0] });
  });

  it('reads a .txt file as a deck with --as deck, split on its headings when it has no separators', async () => {
    const dir = folder({ 'plain.txt': '# One\n\nFirst slide.\n\n## Two\n\nSecond slide.\n\n## Three\n\n- three\n' });
    const deck = await runMain(['export', 'plain.txt', '--as', 'deck', '--format', 'json'], { cwd: dir });
    expect(deck.status).toBe(0);
    expect(JSON.parse(deck.stdout).slides.map((s: { title: string }) => s.title)).toEqual(['One', 'Two', 'Three']);
    const md = (await runMain(['export', 'plain.txt', '--as', 'deck'], { cwd: dir })).stdout;
    expect(md.split('\n---\n')).toHaveLength(4);
  });

  it('refuses analyze on a deck with a usage error naming --as article; --as article analyses it', async () => {
    const dir = folder({ 'deck.md': (await runMain(['export'])).stdout });
    const run = await runMain(['analyze', 'deck.md'], { cwd: dir });
    expectOneLineError(run, 1);
    expect(run.stderr).toContain('--as article');
    const forced = await runMain(['analyze', 'deck.md', '--as', 'article', '--json'], { cwd: dir });
    expect(forced.status).toBe(0);
    expect(JSON.parse(forced.stdout).schema).toBe('briefing.analysis/1');
  });
});
