// In-process analysis throughput for `npm run bench`: inside one warm process, the time to read and
// decode a file (the baseline) against the time to read, decode, parse, analyse it and write its JSON
// text, interleaved. Bundled by test/bench/run.mjs with esbuild; prints {"baseline": [...], "subject": [...]}.
import { readFileSync } from 'node:fs';
import { analysisToJson } from '../../src/analysis/analysis-json';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';
import { readText } from '../../src/article/read';

const [file, runsArg] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: in-process FILE [RUNS]');
const runs = Number(runsArg ?? 3);
const baseline: number[] = [];
const subject: number[] = [];
for (let i = 0; i < runs; i++) {
  let t0 = performance.now();
  new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  baseline.push(performance.now() - t0);
  t0 = performance.now();
  const json = analysisToJson(analyze(parseArticle(readText(readFileSync(file)).text), DEFAULT_TEMPLATE));
  subject.push(performance.now() - t0);
  if (json.length === 0) throw new Error('empty analysis');
}
process.stdout.write(`${JSON.stringify({ baseline, subject })}\n`);
