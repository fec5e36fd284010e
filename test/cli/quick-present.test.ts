import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { quickAnalyzeArgs, quickPresentArgs } from '../../src/cli/quick-args';
import { BIN } from '../e2e/tmux';
import { loadedFiles, MODULE_LOG_HOOK } from './loaded-modules';
import { runMain } from './run-main';

/** Text only yargs' code holds. */
const YARGS = /Not enough non-option arguments/;

/** The built files a run of `briefing ARGS` loaded that hold yargs. */
function yargsFiles(args: readonly string[]): string[] {
  const log = join(mkdtempSync(join(tmpdir(), 'briefing-modules-')), 'modules.log');
  const run = spawnSync(process.execPath, ['--import', MODULE_LOG_HOOK, BIN, ...args], { input: '', encoding: 'utf8', env: { ...process.env, BRIEFING_TEST_MODULE_LOG: log }, timeout: 30_000 });
  expect(run.status).toBe(0);
  const files = loadedFiles(log);
  expect(files).toContain(BIN);
  return files.filter((file) => YARGS.test(readFileSync(file, 'utf8')));
}

describe('the quick path: `briefing` and `briefing FILE` without yargs', () => {
  it('takes only an empty command line or a lone FILE', () => {
    expect(quickPresentArgs([])).toEqual({ as: 'auto', lang: 'auto', 'max-size': 50, timeout: 20, watch: false, notes: false, follow: false, reveal: false, hyperlinks: false, print: false });
    expect(quickPresentArgs(['deck.md'])?.file).toBe('deck.md');
    for (const argv of [['-'], ['--help'], ['-h'], ['--version'], ['--notes'], ['present'], ['export'], ['analyze'], ['help'], [''], ['a.md', '--notes'], ['a.md', 'b.md']]) {
      expect(quickPresentArgs(argv), argv.join(' ')).toBeUndefined();
    }
  });

  it('prints what `briefing present` prints, for the default briefing, a deck and an article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-quick-'));
    const deck = join(dir, 'deck.md');
    writeFileSync(deck, '# One\n\n- a point\n\n---\n\n## Two\n\n- another\n');
    const article = join(dir, 'article.txt');
    writeFileSync(article, 'Rain in Paris\n\nIt rained in Paris on Monday, Météo-France said. The Seine rose by two metres.\n');
    for (const args of [[], [deck], [article]]) {
      const quick = await runMain(args);
      const full = await runMain(['present', ...args]);
      expect(quick.status).toBe(0);
      expect(quick.stdout.length).toBeGreaterThan(0);
      expect(quick).toEqual(full);
    }
  });

  it('fails as `briefing present` fails: same message, same exit code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-quick-'));
    for (const file of [join(dir, 'missing.md'), dir, '0x10']) {
      const quick = await runMain([file]);
      expect(quick.status).not.toBe(0);
      expect(quick).toEqual(await runMain(['present', file]));
    }
  });

  it('loads no yargs; other command lines still do', () => {
    expect(yargsFiles([])).toEqual([]);
    expect(yargsFiles([join(process.cwd(), 'briefings', 'venezuela-russie.txt')])).toEqual([]);
    expect(yargsFiles(['--version']).length).toBeGreaterThan(0);
  });
});

describe('the quick path of `briefing analyze FILE [--json]`', () => {
  it('takes only analyze, one FILE (or -) and maybe --json', () => {
    expect(quickAnalyzeArgs(['analyze', 'a.txt'])).toEqual({ file: 'a.txt', json: false, as: 'auto', lang: 'auto', 'max-size': 50, timeout: 20 });
    expect(quickAnalyzeArgs(['analyze', '--json', 'a.txt'])).toEqual({ file: 'a.txt', json: true, as: 'auto', lang: 'auto', 'max-size': 50, timeout: 20 });
    expect(quickAnalyzeArgs(['analyze', '-', '--json'])?.file).toBe('-');
    for (const argv of [['analyze'], ['analyze', '--json'], ['analyze', 'a.txt', 'b.txt'], ['analyze', 'a.txt', '--lang', 'fr'], ['analyze', '--help'], ['analyze', ''], ['export', 'a.txt'], ['a.txt']]) {
      expect(quickAnalyzeArgs(argv), argv.join(' ')).toBeUndefined();
    }
  });

  it('prints and fails exactly as the full command line does, and loads no yargs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-quick-'));
    const article = join(dir, 'article.txt');
    writeFileSync(article, 'Rain in Paris\n\nIt rained in Paris on Monday, Météo-France said. The Seine rose by two metres.\n');
    const deck = join(dir, 'deck.md');
    writeFileSync(deck, '# One\n\n- a point\n\n---\n\n## Two\n\n- another\n');
    for (const file of [article, deck, join(dir, 'missing.txt'), dir]) {
      for (const json of [[], ['--json']]) {
        const quick = await runMain(['analyze', file, ...json]);
        // --as auto is the default: it only sends the command line through yargs.
        expect(quick, `${file} ${json.join(' ')}`).toEqual(await runMain(['analyze', '--as', 'auto', file, ...json]));
      }
    }
    expect((await runMain(['analyze', article, '--json'])).status).toBe(0);
    expect((await runMain(['analyze', deck])).status).not.toBe(0);
    expect(yargsFiles(['analyze', article, '--json'])).toEqual([]);
  });
});
