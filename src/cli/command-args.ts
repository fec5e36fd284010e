// What each command reads from its command line, as yargs parses it or the quick paths build it.
import type { Lang } from '../article/article';
import { DEFAULT_TIMEOUT_S } from './read-input';

/** Options every command takes. */
export interface CommonArgs {
  as: 'auto' | 'article' | 'deck';
  lang: 'auto' | Lang;
  template?: string;
  'max-size': number;
  timeout: number;
}

/** The defaults of the options every command takes (yargs' and the quick paths'). */
export const COMMON_DEFAULTS = { as: 'auto', lang: 'auto', 'max-size': 50, timeout: DEFAULT_TIMEOUT_S } as const satisfies CommonArgs;

/** What the present command reads from its command line (yargs' parse, or the defaults on the quick path). */
export interface PresentArgs extends CommonArgs {
  file?: string;
  start?: number;
  watch: boolean;
  notes: boolean;
  follow: boolean;
  reveal: boolean;
  duration?: string;
  theme?: 'dark' | 'light';
  hyperlinks: boolean;
  print: boolean;
}

/** What the analyze command reads besides its FILE. */
export interface AnalyzeArgs extends CommonArgs {
  json: boolean;
}

/** What the export command reads besides its FILEs. */
export interface ExportArgs extends CommonArgs {
  o?: string;
  'out-dir'?: string;
  format?: 'md' | 'json';
  force: boolean;
}
