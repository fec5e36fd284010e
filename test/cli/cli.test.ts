import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisToJson } from '../../src/analysis/analysis-json';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';
import { readText } from '../../src/article/read';
import { runCli } from './run-cli';
import { runMain } from './run-main';

const elsewhere = () => mkdtempSync(join(tmpdir(), 'briefing-cli-'));

describe('briefing export', () => {
  // A process: the installed bundle finds its default article from any folder.
  it('exports the default briefing from any folder, with the four section slides', () => {
    const run = runCli(['export'], { cwd: elsewhere() });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // A long section is split into "Contexte (1/2)", "Contexte (2/2)": the heading opens a line either way.
    for (const title of ['Contexte', 'Accords', 'Alliances', 'Crise économique']) {
      expect(run.stdout).toMatch(new RegExp(`^## ${title}( \\(\\d+/\\d+\\))?$`, 'mu'));
    }
    expect(run.stdout.startsWith('---\noptions:\n  end_slide_shorthand: true\n---\n\n# ')).toBe(true);
  });

  it('matches the golden deck of the default briefing', async () => {
    const golden = readFileSync(new URL('../../briefings/venezuela-russie.md', import.meta.url), 'utf8');
    expect((await runMain(['export'])).stdout).toBe(golden);
  });

  it('writes JSON with the deck schema', async () => {
    const run = await runMain(['export', '--format', 'json']);
    expect(run.status).toBe(0);
    const deck = JSON.parse(run.stdout);
    expect(deck.schema).toBe('briefing.deck/1');
    expect(deck.lang).toBe('fr');
    expect(deck.slides[0].kind).toBe('title');
    const sections = deck.slides.filter((s: { kind: string }) => s.kind === 'section').map((s: { section: string }) => s.section);
    expect(new Set(sections)).toEqual(new Set(['context', 'agreements', 'alliances', 'economy']));
    for (const slide of deck.slides) expect(Array.isArray(slide.sources)).toBe(true);
  });

  it('writes to -o atomically and refuses to overwrite without --force (exit 3, file untouched)', async () => {
    const dir = elsewhere();
    const out = join(dir, 'deck.md');
    expect((await runMain(['export', '-o', out])).status).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(first).toContain('## Contexte');
    writeFileSync(out, 'mine');
    const refused = await runMain(['export', '-o', out]);
    expect(refused.status).toBe(3);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect((await runMain(['export', '-o', out, '--force'])).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
  });

  it('takes JSON from the extension of -o, and --format over it', async () => {
    const dir = elsewhere();
    expect((await runMain(['export', '-o', join(dir, 'd.json')])).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')).schema).toBe('briefing.deck/1');
    expect((await runMain(['export', '-o', join(dir, 'x.json'), '--format', 'md'])).status).toBe(0);
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toContain('## Contexte');
  });

  it('refuses an unwritable target with exit 3', async () => {
    const run = await runMain(['export', '-o', join(elsewhere(), 'missing-folder', 'deck.md')]);
    expect(run.status).toBe(3);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads an article from standard input with -', async () => {
    const run = await runMain(['export', '-', '--format', 'json'], {
      input: 'The two countries signed a trade agreement on Monday. The deal cuts tariffs on steel. Inflation rose to 4% as the crisis deepened.\n',
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).lang).toBe('en');
  });
});

describe('briefing analyze', () => {
  it('prints the analysis JSON of DESIGN.md', async () => {
    const run = await runMain(['analyze', '--json']);
    expect(run.status).toBe(0);
    const analysis = JSON.parse(run.stdout);
    expect(Object.keys(analysis)).toEqual(['schema', 'lang', 'title', 'sentences', 'sections', 'entities', 'figures', 'quotes', 'dates']);
    expect(analysis.schema).toBe('briefing.analysis/1');
    expect(analysis.title).toBe('Le Venezuela et la Russie ont renouvelé samedi des contrats de soutien et de conseil');
    expect(analysis.sentences).toHaveLength(10);
    expect(analysis.sections.map((s: { id: string }) => s.id)).toEqual(['context', 'agreements', 'alliances', 'economy']);
  });

  // A process: the writes go through a real pipe.
  it('writes a long analysis with characters of every UTF-8 width, across many writes, exactly as analysisToJson', () => {
    const article = readFileSync(new URL('../../briefings/venezuela-russie.txt', import.meta.url), 'utf8');
    const text = Array.from({ length: 450 }, (_, i) => article.replaceAll('Russie', `Russie ${i} — l’été 🇷🇺 ×`)).join('\n\n');
    const run = runCli(['analyze', '-', '--json'], { input: text });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const analysis = analyze(parseArticle(readText(Buffer.from(text)).text), DEFAULT_TEMPLATE);
    expect(run.stdout.length).toBeGreaterThan(3 << 20);
    expect(run.stdout).toBe(analysisToJson(analysis));
  });

  it('explains the sections chosen per sentence without --json', async () => {
    const run = await runMain(['analyze']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('agreements');
  });
});

describe('briefing present without a terminal', () => {
  it('prints the deck as plain text and exits 0', async () => {
    const run = await runMain(['present']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\[1\/\d+\] Le Venezuela et la Russie/);
    expect(run.stdout).toMatch(/\] Contexte( \(\d+\/\d+\))?\n/u);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain('## ');
  });

  it('does the same with no command at all', async () => {
    expect((await runMain([])).stdout).toBe((await runMain(['present'])).stdout);
  });
});

describe('bad input', () => {
  it('a missing file: one line, exit 2', async () => {
    const run = await runMain(['export', 'no-such-article.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^briefing: no-such-article\.txt: no such file/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a directory: one line, exit 2', async () => {
    const dir = elsewhere();
    mkdirSync(join(dir, 'folder'));
    const run = await runMain(['present', join(dir, 'folder')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is a directory');
  });

  it('an empty or blank file: one line, exit 2, nothing written', async () => {
    const dir = elsewhere();
    for (const content of ['', ' \n\u00a0\u2003\n\t']) {
      writeFileSync(join(dir, 'empty.txt'), content);
      const run = await runMain(['export', join(dir, 'empty.txt'), '-o', join(dir, 'out.md')]);
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(() => readFileSync(join(dir, 'out.md'))).toThrow();
    }
  });

  it('an unreadable file: exit 2', async () => {
    if (process.getuid?.() === 0) {
      // root reads any file: check instead that a file name with escapes never reaches the terminal raw
      const run = await runMain(['export', 'evil\u001b]0;pwned\u0007.txt']);
      expect(run.status).toBe(2);
      expect(run.stderr).not.toContain('\u001b');
      return;
    }
    const dir = elsewhere();
    writeFileSync(join(dir, 'secret.txt'), 'Some text here.');
    chmodSync(join(dir, 'secret.txt'), 0);
    expect((await runMain(['export', join(dir, 'secret.txt')])).status).toBe(2);
  });

  it('an unknown option: usage error, exit 1', async () => {
    const run = await runMain(['export', '--bogus']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
