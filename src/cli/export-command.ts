// `briefing export`: each input's deck as Markdown or JSON, to standard output, a file or a folder,
// every target checked before anything is written.
import { join } from 'node:path';
import { deckToJson } from '../deck/deck-json';
import { deckToMarkdown } from '../markdown/export-markdown';
import { CliError } from './cli-error';
import type { ExportArgs } from './command-args';
import { warn } from './diagnostics';
import { displayName } from './display-name';
import { EXIT } from './exit-codes';
import { loadDeck } from './load-deck';
import { loadOptions } from './load-options';
import { readInput } from './read-input';
import { writeStdout } from './stdout';
import { checkFolder, checkTarget, makeFolder, writeAtomically } from './write-output';

/** The export command on `files` (none: the default article); resolves with the exit code. */
export async function exportDecks(files: readonly string[], args: ExportArgs): Promise<number> {
  const inputs = files.length === 0 ? [undefined] : files;
  if (inputs.length > 1 && args['out-dir'] === undefined) {
    throw new CliError('several inputs need --out-dir DIR (one deck per input)', EXIT.usage);
  }
  const options = await loadOptions(args);
  const jobs: { target: string | undefined; text: string }[] = [];
  for (const file of inputs) {
    const input = await readInput(file, args['max-size'], process.stdin, args.timeout);
    const loaded = loadDeck(input, options);
    warn(loaded.warnings);
    const format = args.format ?? (args.o?.toLowerCase().endsWith('.json') ? 'json' : 'md');
    const text = format === 'json' ? deckToJson(loaded.deck) : deckToMarkdown(loaded.deck);
    const target = args['out-dir'] !== undefined ? join(args['out-dir'], `${input.baseName}.${format}`) : args.o === '-' ? undefined : args.o;
    jobs.push({ target, text });
  }
  const targets = jobs.map((j) => j.target).filter((t): t is string => t !== undefined);
  const repeated = targets.find((t, i) => targets.indexOf(t) !== i);
  if (repeated !== undefined) throw new CliError(`two inputs would both write ${displayName(repeated)}; rename one`, EXIT.usage);
  // Every check before the folder is made: a refused export leaves nothing behind.
  const folderIsMissing = args['out-dir'] !== undefined && !(await checkFolder(args['out-dir']));
  for (const target of targets) await checkTarget(target, args.force, folderIsMissing);
  if (args['out-dir'] !== undefined) await makeFolder(args['out-dir']);
  for (const job of jobs) {
    if (job.target === undefined) await writeStdout(job.text);
    else await writeAtomically(job.target, job.text);
  }
  return EXIT.ok;
}
