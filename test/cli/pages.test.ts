import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../e2e/tmux';
import { articlePdf, makePdf } from '../page/make-pdf';
import { loadedFiles, MODULE_LOG_HOOK } from './loaded-modules';
import { runMain } from './run-main';

const fixture = (path: string): string => new URL(`../fixtures/${path}`, import.meta.url).pathname;

/** Text only the reader-view code (Readability's page element id) holds. */
const READER_VIEW = /readability-page-1/;
/** Text only pdf.js's code holds. */
const PDF_READER = /PDFDocumentProxy/;

/** The built files a run loaded that hold the reader view (or, with `marker`, other code). */
function readerViewLoaded(args: readonly string[], input: string | Uint8Array = '', marker = READER_VIEW): { status: number | null; files: string[] } {
  const log = join(mkdtempSync(join(tmpdir(), 'briefing-modules-')), 'modules.log');
  const result = spawnSync(process.execPath, ['--import', MODULE_LOG_HOOK, BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, BRIEFING_TEST_MODULE_LOG: log },
    timeout: 30_000,
  });
  const files = loadedFiles(log);
  expect(files).toContain(BIN);
  return { status: result.status, files: files.filter((file) => marker.test(readFileSync(file, 'utf8'))) };
}

describe('web pages on the command line', () => {
  it('exports a saved page as the deck of its article, with its site and day as subtitle', async () => {
    const run = await runMain(['export', fixture('pages/en-trade-deal.html'), '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const deck = JSON.parse(run.stdout);
    expect(deck).toMatchObject({ title: 'Canada and Japan sign trade deal cutting tariffs on beef and cars', lang: 'en', source: 'The Northern Ledger', date: '2025-03-11' });
  });

  it('analyses HTML on standard input as the same page', async () => {
    const fromFile = await runMain(['analyze', '--json', fixture('pages/fr-sanctions.html')]);
    const fromStdin = await runMain(['analyze', '--json', '-'], { input: readFileSync(fixture('pages/fr-sanctions.html')) });
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stderr).toBe('');
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(JSON.parse(fromFile.stdout).title).toBe("L'Union européenne adopte de nouvelles sanctions contre l'Iran");
  });

  it('a page without article text is exit 2 with one line naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-page-'));
    const page = join(dir, 'menu.html');
    writeFileSync(page, '<!doctype html><html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><script>track()</script></body></html>');
    const run = await runMain(['export', page]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`briefing: ${page}: is a web page without article text a reader view can find; save the article page itself, or copy its text\n`);
  });

  it('a page is sanitised like any input: no escape sequence or control from its title or text reaches the deck', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-page-'));
    const page = join(dir, 'hostile.html');
    const text = 'The council approved the budget on Monday after a long debate about the harbour and its new ferry terminal.';
    writeFileSync(
      page,
      `<!doctype html><html lang="en"><head><title>Budget \x1b]0;pwned\x07approved\u202e</title></head><body><article><p>${text.replace('Monday', 'Mon\x1b[31mday\x07')}</p><p>${text}</p></article></body></html>`,
    );
    const run = await runMain(['export', page]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
    expect(run.stdout).toContain('# Budget approved\n');
  });

  it('loads the reader view for a page only: never for a text article', () => {
    const holding = readdirSync(dirname(BIN)).filter((name) => name.endsWith('.js') && READER_VIEW.test(readFileSync(join(dirname(BIN), name), 'utf8')));
    expect(holding.length).toBe(1);
    for (const args of [['analyze', '--json', fixture('articles/en-trade-deal.txt')], ['export', fixture('articles/fr-sanctions.txt')], ['present', '--print']]) {
      expect(readerViewLoaded(args)).toEqual({ status: 0, files: [] });
    }
    expect(readerViewLoaded(['analyze', '--json', fixture('pages/en-trade-deal.html')]).files).toEqual([join(dirname(BIN), holding[0] as string)]);
  });
});

describe('text pasted from a web page', () => {
  it('analyze lists each line it removed as page furniture, and why', async () => {
    const run = await runMain(['analyze', fixture('pasted/fr-sanctions.txt')]);
    expect(run.status).toBe(0);
    const report = run.stdout.slice(run.stdout.indexOf('\nRemoved as page furniture'));
    expect(report.split('\n').slice(0, 6)).toEqual([
      '',
      'Removed as page furniture (17)',
      '  skip link: Aller au contenu principal',
      '  navigation menu: Accueil',
      '  navigation menu: International',
      '  navigation menu: Politique',
    ]);
    expect(report).toContain('\n  link to another story: Lire aussi : Le pétrole iranien, arme de Téhéran\n');
    expect(report).toContain('\n  copyright line: © 2025 Le Quotidien du Rhône – Tous droits réservés\n');
    expect((await runMain(['analyze', fixture('articles/fr-sanctions.txt')])).stdout).not.toContain('Removed as page furniture');
  });

  it('export of pasted text is the deck of the clean text, dated by its publication line', async () => {
    const pasted = JSON.parse((await runMain(['export', '--format', 'json', fixture('pasted/en-election.txt')])).stdout);
    const clean = JSON.parse((await runMain(['export', '--format', 'json', fixture('articles/en-election.txt')])).stdout);
    expect(pasted.title).toBe(clean.title);
    expect(pasted.slides.slice(1)).toEqual(clean.slides.slice(1));
    expect(clean.date).toBeUndefined();
    expect(pasted.date).toBe('10 March 2025');
  });
});

describe('text PDFs on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-pdf-'));
  const report = join(dir, 'qatar report.pdf');
  writeFileSync(report, articlePdf(readFileSync(fixture('articles/fr-contrat-energie.txt'), 'utf8'), { header: 'Revue de presse énergie — juin 2025', linesPerPage: 7, width: 80 }));

  it('analyses a PDF file, and a PDF on standard input, as the clean text of its article', async () => {
    const fromText = await runMain(['analyze', '--json', fixture('articles/fr-contrat-energie.txt')]);
    const fromFile = await runMain(['analyze', '--json', report]);
    expect(fromFile.stderr).toBe('');
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toBe(fromText.stdout);
    expect((await runMain(['analyze', '--json', '-'], { input: readFileSync(report) })).stdout).toBe(fromText.stdout);
  });

  it('a scanned PDF (no text) is exit 2 with a line that says so', async () => {
    const scan = join(dir, 'scan.pdf');
    writeFileSync(scan, makePdf([[], []]));
    const run = await runMain(['export', scan]);
    expect(run.stderr).toBe(`briefing: ${scan}: is a PDF without text (a scan?); run it through OCR first, or give the text\n`);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('loads pdf.js for a PDF only', () => {
    expect(readerViewLoaded(['analyze', '--json', fixture('articles/en-trade-deal.txt')], '', PDF_READER).files).toEqual([]);
    expect(readerViewLoaded(['analyze', '--json', fixture('pages/en-trade-deal.html')], '', PDF_READER).files).toEqual([]);
    const run = readerViewLoaded(['export', report], '', PDF_READER);
    expect(run.status).toBe(0);
    expect(run.files.length).toBe(1);
  });
});
