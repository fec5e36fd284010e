import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../e2e/tmux';
import { INK_OR_REACT, inkOrReactFiles, loadedFiles, MODULE_LOG_HOOK } from './loaded-modules';

/** Runs the built CLI with the module log hook; returns its status and the built files it loaded. */
function runLogged(args: readonly string[]): { status: number | null; stdout: string; files: string[] } {
  const log = join(mkdtempSync(join(tmpdir(), 'briefing-modules-')), 'modules.log');
  const result = spawnSync(process.execPath, ['--import', MODULE_LOG_HOOK, BIN, ...args], {
    input: '',
    encoding: 'utf8',
    env: { ...process.env, BRIEFING_TEST_MODULE_LOG: log },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, files: loadedFiles(log) };
}

describe('commands that do not present never load Ink or React', () => {
  it('the marker finds Ink and React in the presenter chunk, and only there', () => {
    const dist = dirname(BIN);
    const holding = readdirSync(dist)
      .filter((name) => name.endsWith('.js'))
      .filter((name) => INK_OR_REACT.test(readFileSync(join(dist, name), 'utf8')));
    expect(holding.length).toBeGreaterThan(0);
    expect(holding.every((name) => name.startsWith('run-presenter-'))).toBe(true);
  });

  for (const args of [['--version'], ['--help'], ['export'], ['export', '--format', 'json'], ['analyze'], ['analyze', '--json'], ['present']]) {
    it(`briefing ${args.join(' ')}`, () => {
      const run = runLogged(args);
      expect(run.status).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(0);
      // The log saw the CLI load: the entry point and at least one chunk.
      expect(run.files).toContain(BIN);
      expect(run.files.length).toBeGreaterThan(1);
      expect(inkOrReactFiles(run.files)).toEqual([]);
    });
  }
});
