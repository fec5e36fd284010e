// `briefing analyze`: which sentences serve which section and why, as text or as the analysis JSON.
import { analysisJsonPieces } from '../analysis/analysis-json';
import { explainAnalysis } from '../analysis/explain';
import { CliError } from './cli-error';
import type { AnalyzeArgs } from './command-args';
import { warn } from './diagnostics';
import { EXIT } from './exit-codes';
import { explainFurniture } from './explain-furniture';
import { analyseArticle } from './load-deck';
import { isDeckInput } from './load-slide-deck';
import { loadOptions } from './load-options';
import { readInput } from './read-input';
import { writeStdout, writeStdoutPieces } from './stdout';

/** The analyze command on `file` (a deck is refused unless --as article); resolves with the exit code. */
export async function analyzeCommand(file: string | undefined, args: AnalyzeArgs): Promise<number> {
  const options = await loadOptions(args);
  const input = await readInput(file, args['max-size'], process.stdin, args.timeout);
  if (options.as !== 'article' && isDeckInput(input, options)) {
    throw new CliError(`${input.label} is a slide deck, not an article; use --as article to analyse it anyway`, EXIT.usage);
  }
  const { article, analysis } = analyseArticle(input, { ...options, as: 'article' });
  warn([...input.warnings, ...article.warnings.map((w) => `${input.label}: ${w}`)]);
  await (args.json ? writeStdoutPieces(analysisJsonPieces(analysis)) : writeStdout(explainAnalysis(analysis) + explainFurniture(article.removed ?? [])));
  return EXIT.ok;
}
