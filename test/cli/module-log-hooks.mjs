// Module hooks for module-log.mjs (they run on the loader thread).
import { appendFileSync, existsSync } from 'node:fs';

let log = '';
let hold = '';

/** Receives the files to log to and to wait for. */
export function initialize(data) {
  log = data.log;
  hold = data.hold;
}

/** Logs each resolved URL; holds the presenter chunk until the hold file exists. */
export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  if (hold !== '' && /\/run-presenter[^/]*\.js$/.test(result.url)) {
    if (log !== '') appendFileSync(log, `held ${result.url}\n`);
    while (!existsSync(hold)) await new Promise((r) => setTimeout(r, 10));
  }
  if (log !== '') appendFileSync(log, `${result.url}\n`);
  return result;
}
