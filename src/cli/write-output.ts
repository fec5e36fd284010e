// Writes exports: standard output, or files written atomically and never overwritten without --force.
import { constants } from 'node:fs';
import { access, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './cli-error';
import { displayName } from './display-name';
import { EXIT } from './exit-codes';

/** The longest file name most file systems take, in bytes. */
const MAX_NAME_BYTES = 255;

/**
 * Refuses a target that exists (without `force`), whose name is too long, or that cannot be written;
 * writes nothing. `folderIsMissing`: its folder is still to be made (checkFolder vouched for it).
 */
export async function checkTarget(path: string, force: boolean, folderIsMissing = false): Promise<void> {
  const label = displayName(path);
  if (Buffer.byteLength(basename(path), 'utf8') > MAX_NAME_BYTES) {
    throw new CliError(`cannot write ${label}: the file name is too long; shorten the input's name`, EXIT.output);
  }
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) throw new CliError(`${label} is a directory; name a file to write`, EXIT.output);
  if (info !== undefined && !force) throw new CliError(`${label} exists; use --force to overwrite it`, EXIT.output);
  if (folderIsMissing) return;
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

/**
 * Refuses an `--out-dir` that is a file or that could not be created (its nearest existing parent is a
 * file or not writable); creates nothing. Says whether the folder exists already.
 */
export async function checkFolder(path: string): Promise<boolean> {
  const label = displayName(path);
  const info = await stat(path).catch(() => undefined);
  if (info !== undefined) {
    if (!info.isDirectory()) throw new CliError(`${label} is not a folder; name a folder for --out-dir`, EXIT.output);
    return true;
  }
  let parent = dirname(resolve(path));
  for (;;) {
    const found = await stat(parent).catch(() => undefined);
    if (found !== undefined) {
      if (!found.isDirectory()) throw new CliError(`cannot create ${label}: ${displayName(parent)} is not a folder; check the path`, EXIT.output);
      await access(parent, constants.W_OK).catch(() => {
        throw new CliError(`cannot create ${label}: ${displayName(parent)} is not writable; check the path`, EXIT.output);
      });
      return false;
    }
    const up = dirname(parent);
    if (up === parent) return false;
    parent = up;
  }
}

/** Creates the folder `--out-dir` names (and its parents) when it is missing. */
export async function makeFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot create ${displayName(path)} (${error.code ?? 'error'}); check the path`, EXIT.output);
  });
}
