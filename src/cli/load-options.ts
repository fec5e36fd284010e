// The common options checked and the template read: how every command loads its input.
import { readFile } from 'node:fs/promises';
import type { Template } from '../analysis/template';
import { CliError } from './cli-error';
import type { CommonArgs } from './command-args';
import { displayName } from './display-name';
import { EXIT } from './exit-codes';
import type { LoadOptions } from './load-deck';

/** Checks --max-size and --timeout; throws the CliError of the first that is wrong. */
export function checkLimits(args: CommonArgs): void {
  if (!(args['max-size'] > 0)) throw new CliError('--max-size takes a positive number of megabytes', EXIT.usage);
  if (!(args.timeout > 0)) throw new CliError('--timeout takes a positive number of seconds', EXIT.usage);
}

/** The load options of a command line: --max-size and --timeout checked, --template read. */
export async function loadOptions(args: CommonArgs): Promise<LoadOptions> {
  checkLimits(args);
  return { as: args.as, lang: args.lang, template: await loadTemplate(args.template) };
}

/** The template `path` names, or the default one; the template code loads only now (a deck read from the cache needs none). */
async function loadTemplate(path: string | undefined): Promise<Template> {
  const { DEFAULT_TEMPLATE, parseTemplate } = await import('../analysis/template');
  if (path === undefined) return DEFAULT_TEMPLATE;
  const label = displayName(path);
  const text = await readFile(path, 'utf8').catch(() => {
    throw new CliError(`${label}: template cannot be read; check the path`, EXIT.input);
  });
  try {
    return parseTemplate(JSON.parse(text));
  } catch (error) {
    throw new CliError(`${label}: not a usable template: ${error instanceof Error ? error.message : String(error)}`, EXIT.input);
  }
}
