// Writes exports: standard output, or files written atomically and never overwritten without --force.
import { constants } from 'node:fs';
import { access, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from './cli-error';
import { displayName } from './display-name';
import { EXIT } from './exit-codes';

/** Refuses a target that exists (without `force`) or that cannot be written; writes nothing. */
export async function checkTarget(path: string, force: boolean): Promise<void> {
  const label = displayName(path);
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) throw new CliError(`${label} is a directory; name a file to write`, EXIT.output);
  if (info !== undefined && !force) throw new CliError(`${label} exists; use --force to overwrite it`, EXIT.output);
  const folder = dirname(path);
  await access(folder, constants.W_OK).catch(() => {
    throw new CliError(`cannot write ${label}: ${displayName(folder)} is missing or not writable`, EXIT.output);
  });
}

/** Writes `data` to `path` atomically: a temporary file in the same folder, flushed, then renamed. */
export async function writeAtomically(path: string, data: string): Promise<void> {
  // node:crypto on demand: importing it costs 10–20 ms that presenting never needs.
  const { randomBytes } = await import('node:crypto');
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new CliError(`cannot write ${displayName(path)} (${code}); check the folder's permissions`, EXIT.output);
  }
}

/** Creates the folder `--out-dir` names (and its parents) when it is missing. */
export async function makeFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot create ${displayName(path)} (${error.code ?? 'error'}); check the path`, EXIT.output);
  });
}
