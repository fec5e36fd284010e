// The common options checked and the template read: how every command loads its input.
import { readFile } from 'node:fs/promises';
import { DEFAULT_TEMPLATE, parseTemplate } from '../analysis/template';
import type { Template } from '../analysis/template';
import { CliError } from './cli-error';
import type { CommonArgs } from './command-args';
import { displayName } from './display-name';
import { EXIT } from './exit-codes';
import type { LoadOptions } from './load-deck';

/** The load options of a command line: --max-size and --timeout checked, --template read. */
export async function loadOptions(args: CommonArgs): Promise<LoadOptions> {
  if (!(args['max-size'] > 0)) throw new CliError('--max-size takes a positive number of megabytes', EXIT.usage);
  if (!(args.timeout > 0)) throw new CliError('--timeout takes a positive number of seconds', EXIT.usage);
  return { as: args.as, lang: args.lang, template: await loadTemplate(args.template) };
}

async function loadTemplate(path: string | undefined): Promise<Template> {
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
