// What a CLI run loaded, from the log test/cli/module-log.mjs writes: which built chunks, and
// whether any of them holds Ink or React.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The hook to pass with `node --import`. */
export const MODULE_LOG_HOOK = fileURLToPath(new URL('./module-log.mjs', import.meta.url));

/** Text only Ink's code (its root node) or React's (its element tag) contains. */
export const INK_OR_REACT = /ink-root|react\.transitional\.element/;

/** The built files (absolute paths) a run loaded, in order, from its module log (held chunks excluded). */
export function loadedFiles(log: string): string[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('file:'))
    .map((url) => fileURLToPath(url));
}

/** The loaded files whose code holds Ink or React. */
export function inkOrReactFiles(files: readonly string[]): string[] {
  return files.filter((file) => INK_OR_REACT.test(readFileSync(file, 'utf8')));
}
