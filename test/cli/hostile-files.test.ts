// Files and process faults: missing, directory, FIFO and device inputs, random bytes on standard input,
// --max-size, unwritable and existing targets (the command line in-process), and through the built CLI
// what only a process shows: a FIFO from a shell, a full or closed output pipe, a kill -9 during a write.
// Build first: `npm run build --silent`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../e2e/tmux';
import { runMain } from './run-main';

const folder = () => mkdtempSync(join(tmpdir(), 'briefing-files-'));
const ARTICLE = readFileSync(new URL('../../briefings/venezuela-russie.txt', import.meta.url), 'utf8');

/** One line on stderr that starts with `briefing: `, no stack trace, no control character. */
function expectOneLine(stderr: string): void {
  expect(stderr).toMatch(/^briefing: [^\n]+\n$/);
  expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
}

describe('unusable inputs (exit 2, one line naming the file)', () => {
  it('refuses a missing file', async () => {
    const run = await runMain(['export', join(folder(), 'nope.txt')]);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain('nope.txt');
  });

  it('refuses a directory', async () => {
    const dir = folder();
    const run = await runMain(['analyze', '--json', dir]);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain('is a directory');
  });

  it('shows a file name with control characters escaped', async () => {
    const run = await runMain(['export', join(folder(), 'evil\u001b]0;PWNED\u0007.txt')]);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain('evil\\x1b]0;PWNED\\x07.txt');
  });

  it('refuses random bytes on standard input', async () => {
    for (const seed of [1, 2, 3]) {
      const bytes = Buffer.alloc(2048);
      let x = seed * 2654435761;
      for (let i = 0; i < bytes.length; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        bytes[i] = (x >>> 0) & 0xff;
      }
      const run = await runMain(['export', '-'], { input: bytes });
      expect(run.status).toBe(2);
      expectOneLine(run.stderr);
      expect(run.stderr).toContain('standard input');
      expect(run.stdout).toBe('');
    }
  });

  it('refuses a 2 MB file with --max-size 1, naming --max-size', async () => {
    const dir = folder();
    const big = join(dir, 'big.txt');
    writeFileSync(big, ARTICLE.repeat(Math.ceil((2 * 1024 * 1024) / ARTICLE.length)));
    const run = await runMain(['analyze', big, '--max-size', '1']);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain('--max-size');
    const piped = await runMain(['export', '-', '--max-size', '1'], { input: readFileSync(big) });
    expect(piped.status).toBe(2);
    expect(piped.stderr).toContain('--max-size');
  });

  it('reads a device with no size only up to --max-size (never all of /dev/zero)', async () => {
    const run = await runMain(['analyze', '/dev/zero', '--max-size', '1']);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain('--max-size');
  });

  it('reads an article from a FIFO (as `<(cmd)` gives it)', () => {
    const dir = folder();
    const fifo = join(dir, 'article.fifo');
    execFileSync('mkfifo', [fifo]);
    const ok = spawnSync('bash', ['-c', `printf '%s' "$1" > "$2" & node "$3" analyze --json "$2"`, 'x', ARTICLE, fifo, BIN], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).schema).toBe('briefing.analysis/1');
  });
});

describe('refused outputs (exit 3, one line, nothing written)', () => {
  it('refuses -o into a missing folder', async () => {
    const dir = folder();
    const run = await runMain(['export', '-o', join(dir, 'missing', 'deck.md')]);
    expect(run.status).toBe(3);
    expectOneLine(run.stderr);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('refuses -o into a place even root cannot write (/proc)', async () => {
    const run = await runMain(['export', '-o', '/proc/briefing-deck.md']);
    expect(run.status).toBe(3);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain('/proc/briefing-deck.md');
  });

  it('refuses -o below a file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'file'), 'x');
    const run = await runMain(['export', '-o', join(dir, 'file', 'deck.md')]);
    expect(run.status).toBe(3);
    expectOneLine(run.stderr);
  });

  it('leaves an existing target untouched without --force, and no temporary file behind', async () => {
    const dir = folder();
    const target = join(dir, 'deck.md');
    writeFileSync(target, 'my own notes');
    const run = await runMain(['export', '-o', target]);
    expect(run.status).toBe(3);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain('--force');
    expect(readFileSync(target, 'utf8')).toBe('my own notes');
    expect(readdirSync(dir)).toEqual(['deck.md']);
  });

  it('writes nothing at all when one target of several exists', async () => {
    const dir = folder();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'b.txt'), ARTICLE);
    writeFileSync(join(out, 'b.md'), 'keep');
    const run = await runMain(['export', join(dir, 'a.txt'), join(dir, 'b.txt'), '--out-dir', out]);
    expect(run.status).toBe(3);
    expectOneLine(run.stderr);
    expect(readdirSync(out)).toEqual(['b.md']);
    expect(readFileSync(join(out, 'b.md'), 'utf8')).toBe('keep');
  });

  it('refuses a full standard output with one line', () => {
    const run = spawnSync('bash', ['-c', `node "$1" export > /dev/full`, 'x', BIN], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(3);
    expectOneLine(run.stderr);
  });
});

describe('process faults', () => {
  it('ends with 0 and says nothing when the output pipe closes early', () => {
    const dir = folder();
    writeFileSync(join(dir, 'big.txt'), `${ARTICLE}\n\n`.repeat(200));
    for (const command of ['analyze big.txt --json', 'export big.txt', 'present --print big.txt']) {
      const result = spawnSync('bash', ['-c', `node "$1" ${command} 2>err.txt | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}"`, 'x', BIN], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(result.stdout.trim(), command).toBe('0');
      expect(readFileSync(join(dir, 'err.txt'), 'utf8'), command).toBe('');
    }
  }, 60_000);

  it('a kill -9 during a write leaves the old file or the new one, never half of one', async () => {
    const dir = folder();
    const source = join(dir, 'long.txt');
    writeFileSync(source, `${ARTICLE}\n\n`.repeat(150));
    const target = join(dir, 'deck.md');
    const old = 'the previous deck\n';
    const full = await runMain(['export', source, '-o', join(dir, 'reference.md')]);
    expect(full.status).toBe(0);
    const fresh = readFileSync(join(dir, 'reference.md'), 'utf8');
    for (const delay of [150, 400, 700, 1000, 1300]) {
      writeFileSync(target, old);
      const child = spawn(process.execPath, [BIN, 'export', source, '-o', target, '--force'], { stdio: 'ignore' });
      const closed = new Promise((resolve) => child.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await closed;
      const now = readFileSync(target, 'utf8');
      expect(now === old || now === fresh, `after ${delay} ms: ${now.length} bytes`).toBe(true);
    }
  }, 60_000);
});
