// The error mapping of the file edge, unit-tested where a real fault cannot be made: the tests run
// as root, for whom no file is unreadable, so readFile is made to fail with EACCES; and a rename
// that fails after the temporary file was written must not leave that file behind.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';

const failure = vi.hoisted(() => ({ code: undefined as string | undefined }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    readFile: (async (...args: Parameters<typeof real.readFile>) => {
      if (failure.code !== undefined) throw Object.assign(new Error(`${failure.code}: simulated`), { code: failure.code });
      return real.readFile(...args);
    }) as typeof real.readFile,
  };
});

const { readInput } = await import('../../src/cli/read-input');
const { writeAtomically, checkTarget } = await import('../../src/cli/write-output');
const { CliError } = await import('../../src/cli/cli-error');

const folder = () => mkdtempSync(join(tmpdir(), 'briefing-io-'));

afterEach(() => {
  failure.code = undefined;
});

async function refusal(promise: Promise<unknown>): Promise<InstanceType<typeof CliError>> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  return error as InstanceType<typeof CliError>;
}

describe('readInput error mapping', () => {
  it('maps an unreadable file (EACCES) to exit 2 with one line naming the file and the fix', async () => {
    const file = join(folder(), 'secret.txt');
    writeFileSync(file, 'The two countries signed an agreement on Monday.');
    failure.code = 'EACCES';
    const error = await refusal(readInput(file, 50, new PassThrough()));
    expect(error.code).toBe(2);
    expect(error.message).toContain('secret.txt');
    expect(error.message).toContain('permission denied');
    expect(error.message).not.toContain('\n');
  });

  it('maps any other read failure (EIO) to exit 2, naming the code', async () => {
    const file = join(folder(), 'disk.txt');
    writeFileSync(file, 'x');
    failure.code = 'EIO';
    const error = await refusal(readInput(file, 50, new PassThrough()));
    expect(error.code).toBe(2);
    expect(error.message).toMatch(/disk\.txt.*EIO/);
  });

  it('refuses standard input past --max-size and names the option', async () => {
    const stdin = new PassThrough();
    stdin.end(Buffer.alloc(2 * 1024 * 1024, 0x61));
    const error = await refusal(readInput('-', 1, stdin));
    expect(error.code).toBe(2);
    expect(error.message).toContain('--max-size');
  });
});

describe('writeAtomically', () => {
  it('removes its temporary file when the rename fails, and refuses with exit 3', async () => {
    const dir = folder();
    const target = join(dir, 'deck.md');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'x');
    const error = await refusal(writeAtomically(target, 'new deck\n'));
    expect(error.code).toBe(3);
    expect(error.message).toContain('deck.md');
    expect(readdirSync(dir)).toEqual(['deck.md']);
  });

  it('refuses a folder it cannot create files in, before writing', async () => {
    const error = await refusal(checkTarget(join(folder(), 'no', 'deck.md'), false));
    expect(error.code).toBe(3);
  });
});
