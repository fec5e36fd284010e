// The in-process runner against the built CLI: the tests that run main() in-process hold only if it
// prints, fails and exits exactly as `node dist/bin.js` does with piped standard streams.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { runMain } from './run-main';

describe('runMain', () => {
  it('gives what the built CLI gives: status, standard output and standard error, for each exit code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-main-'));
    writeFileSync(join(dir, 'taken.md'), 'mine\n');
    const article = readFileSync(new URL('../../briefings/venezuela-russie.txt', import.meta.url));
    const cases: { args: string[]; input?: Buffer | string; cwd?: string }[] = [
      { args: ['export'] },
      { args: ['analyze', '--json', '-'], input: article },
      { args: ['present', '--notes', '-'], input: article },
      { args: [] },
      { args: ['export', '--bogus'] },
      { args: ['export', 'no-such-article.txt'], cwd: dir },
      { args: ['export', '-', '-o', 'taken.md'], input: article, cwd: dir },
      { args: ['export', '-'], input: Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0x80]) },
    ];
    const statuses = new Set<number | null>();
    for (const { args, ...options } of cases) {
      const inProcess = await runMain(args, options);
      expect(inProcess, args.join(' ')).toEqual(runCli(args, options));
      statuses.add(inProcess.status);
    }
    expect([...statuses].sort()).toEqual([0, 1, 2, 3]);
  });

  it('restores the standard streams, the folder and the environment after a run', async () => {
    const { stdout, stderr, stdin } = process;
    const cwd = process.cwd();
    const debug = process.env.DEBUG;
    const run = await runMain(['export', 'missing.txt'], { cwd: tmpdir(), env: { DEBUG: 'briefing' } });
    expect(run.status).toBe(2);
    expect(process.stdout).toBe(stdout);
    expect(process.stderr).toBe(stderr);
    expect(process.stdin).toBe(stdin);
    expect(process.cwd()).toBe(cwd);
    expect(process.env.DEBUG).toBe(debug);
  });
});
