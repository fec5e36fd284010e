// `npm run eval -- [DIR] [--json] [--bin BIN] [--labels FILE] [--seed TXT LABELS]`: scores the built CLI against DIR/labels.json like score.py,
// then judges its decks like deck-quality.py (DQ=--show lists the bullets that fall short).
import { fileURLToPath } from 'node:url';
import { deckQuality, deckQualityTotals, formatDeckQuality } from './deck-quality.mjs';
import { formatReport, scoreCorpus } from './score.mjs';

const DEFAULT_DIR = fileURLToPath(new URL('../../shared/corpus', import.meta.url));
const DEFAULT_BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** Splits the command line into the corpus folder and the options score.py knows. */
function parseArgs(argv) {
  const options = { dir: DEFAULT_DIR, bin: DEFAULT_BIN, json: false, labels: undefined, seed: undefined };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--bin') options.bin = argv[++i];
    else if (arg === '--labels') options.labels = argv[++i];
    else if (arg === '--seed') options.seed = [argv[++i], argv[++i]];
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: node scripts/eval.mjs [DIR] [--json] [--bin BIN] [--labels LABELS.json] [--seed SEED_TXT SEED_LABELS.json]\n');
      process.exit(0);
    } else rest.push(arg);
  }
  const missingValue = options.bin === undefined || (options.seed ?? []).some((x) => x === undefined) || (argv.includes('--labels') && options.labels === undefined);
  if (rest.length > 1 || missingValue) {
    process.stderr.write(`eval: unexpected arguments: ${argv.join(' ')}\n`);
    process.exit(2);
  }
  if (rest[0] !== undefined) options.dir = rest[0];
  return options;
}

const options = parseArgs(process.argv.slice(2));
const result = scoreCorpus(options.bin, options.dir, { labels: options.labels, seed: options.seed });
const quality = deckQuality(options.bin, [options.dir]);
if (options.json) process.stdout.write(`${JSON.stringify({ ...result, deck_quality: deckQualityTotals(quality) }, null, 1)}\n`);
else process.stdout.write(formatReport(result) + formatDeckQuality(quality, (process.env.DQ ?? '').includes('--show')));
