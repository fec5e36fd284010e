// `npm run bench`: times the built CLI against a bare `node` baseline measured in the same run, and
// prints a Markdown table of medians with their spread. Not part of `npm test`.
// Terminal cases run on a 100×30 pseudo-terminal through test/bench/pty-run.py (Python's `pty`), which
// times from just before fork to the footer appearing in the output, so Node's own start-up counts.
import { spawnSync } from 'node:child_process';
import { bundleTs } from '../../scripts/bundle-ts.mjs';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** `--bin PATH` times another build (e.g. the code before a change) with this bench. */
const BIN = process.argv.includes('--bin') ? process.argv[process.argv.indexOf('--bin') + 1] : join(ROOT, 'dist', 'bin.js');
/** `--presenter` runs the terminal cases only. */
const PRESENTER_ONLY = process.argv.includes('--presenter');
/** Thrown to end the bench after the terminal cases (`--presenter`). */
class Done extends Error {}
const PTY = fileURLToPath(new URL('./pty-run.py', import.meta.url));
const ARTICLE = join(ROOT, 'briefings', 'venezuela-russie.txt');
/** A saved web page: presenting it loads the reader view too. */
const PAGE = join(ROOT, 'test', 'fixtures', 'pages', 'en-trade-deal.html');
/** `npm run bench -- --runs 7` runs every case 7 times, however long it takes. */
const FORCED = process.argv.includes('--runs') ? Number(process.argv[process.argv.indexOf('--runs') + 1]) : undefined;
const RUNS = FORCED ?? 7;
/** Without --runs, a slow case gets fewer runs so that the whole bench stays near 3 minutes. */
const CASE_BUDGET_MS = 30_000;
// Ink draws nothing live under CI; the presenter must run as in a real terminal.
const NO_CI = ['CI', 'CONTINUOUS_INTEGRATION'];
const RIGHT = '\u001b[C';

const tmp = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
const rows = [];
const notes = [];
const started = Date.now();
/** The load average when the bench started (timings are noisy on a busy machine). */
let loadAtStart;

try {
  const deck300 = join(tmp, 'deck-300.md');
  writeFileSync(deck300, markdownDeck(300));
  const defaultCount = slideCount([BIN, 'export', '--format', 'json', '-o', '-']);

  log('first frame, default briefing');
  const small = presenterCase('default briefing', [BIN], defaultCount);
  // The default briefing's deck is in the build's deck cache (src/cli/deck-cache.ts); other inputs are
  // read and analysed at each launch here (the user cache, XDG_CACHE_HOME, is a file: nothing is written),
  // except the article presented again, served from a user cache its first run filled.
  const noCache = { XDG_CACHE_HOME: join(tmp, 'no-cache') };
  writeFileSync(noCache.XDG_CACHE_HOME, '');
  const changed = join(tmp, 'changed.txt');
  writeFileSync(changed, readFileSync(ARTICLE, 'utf8').replace('samedi', 'dimanche'));
  log('first frame, article analysed at launch');
  const analysed = presenterCase('article analysed at launch', [BIN, changed], defaultCount, noCache);
  log('first frame, article presented again');
  const again = presenterCase('article presented again', [BIN, changed], defaultCount, { XDG_CACHE_HOME: join(tmp, 'cache') });
  log('first frame, 300-slide deck');
  const large = presenterCase('300-slide deck', [BIN, deck300], 300, noCache);
  log('first frame, saved web page');
  const page = presenterCase('saved web page', [BIN, PAGE], slideCount([BIN, 'export', '--format', 'json', '-o', '-', PAGE]), noCache);
  const presented = [['default briefing', small], ['article analysed at launch', analysed], ['article presented again', again], ['300-slide deck', large], ['saved web page', page]];
  for (const [label, c] of presented) {
    rows.push(row(`first frame, ${label} (100×30)`, c.first, c.baseline, { 'default briefing': '≤ 2.0× (issue 14)', '300-slide deck': '≤ 2.5× (issue 5)' }[label] ?? ''));
  }
  for (const [label, c] of presented) {
    rows.push(row(`Right key → next frame, ${label}`, c.key, undefined, '≤ 30 ms'));
  }
  for (const [label, c] of presented) {
    rows.push(row(`peak RSS (VmHWM) presenting, ${label}`, c.rss, undefined, ['default briefing', '300-slide deck'].includes(label) ? '≤ 60 MiB (issue 14)' : '', 'MiB'));
  }
  log('launch → second slide, key pressed at first paint');
  const eager = eagerKeyCase('default briefing', [BIN], defaultCount, small.frame);
  rows.push(row('launch → 2nd slide, → pressed at first paint, default briefing', eager.subject, eager.baseline, '≤ 2.5× (issue 14)'));
  rows.push(row('→ pressed 0.2 s after the first frame → next frame, default briefing', eager.late, undefined, '≤ 30 ms (issue 14)'));

  if (PRESENTER_ONLY) throw new Done();
  const analyses = new Map();
  for (const mb of [1, 10, 20]) {
    const file = join(tmp, `news-${mb}mb.txt`);
    writeFileSync(file, frenchNews(mb * 1024 * 1024));
    log(`analyze ${mb} MB`);
    const subject = [BIN, 'analyze', file, '--json'];
    const baseline = ['-e', "new TextDecoder('utf-8', { fatal: true }).decode(require('node:fs').readFileSync(process.argv[1]))", file];
    // The 20 MB case may run once: at today's speed three runs would take minutes.
    const c = processCase(subject, baseline, mb === 20 ? 1 : 3);
    analyses.set(mb, c);
    rows.push(row(`analyze --json, ${mb} MB French news`, c.subject, c.baseline, mb === 10 ? '≤ 15×' : ''));
    if (mb === 10) {
      log('analyze 10 MB in-process');
      const inner = inProcess(file, 3);
      rows.push(row('in-process: read + parse + analyze + JSON, 10 MB (baseline: read + decode)', inner.subject, inner.baseline, ''));
    }
    rmSync(file);
  }
  const ten = median(analyses.get(10).subject);
  const twenty = median(analyses.get(20).subject);
  rows.push({ measure: 'analyze 20 MB ÷ 10 MB (medians)', runs: '', median: `${(twenty / ten).toFixed(2)}×`, spread: '', baseline: '', ratio: '', target: '≤ 2.3×' });

  log('export');
  const exportOut = spawnSync(process.execPath, [BIN, 'export'], { encoding: 'utf8', env: process.env });
  if (exportOut.status !== 0) throw new Error(`briefing export failed: ${exportOut.stderr}`);
  const ex = processCase([BIN, 'export'], ['-e', `process.stdout.write(${JSON.stringify(exportOut.stdout)})`], 3);
  rows.push(row('export, default briefing (to /dev/null)', ex.subject, ex.baseline, ''));

  report();
} catch (error) {
  if (!(error instanceof Done)) throw error;
  report();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

function report() {
  console.log(table());
  console.log('');
  console.log(`Medians of the runs shown with min–max; baseline: a bare \`node\` that prints the same text (terminal cases)`);
  console.log(`or reads and decodes the same file (analyze), measured interleaved in the same run. Node ${process.version},`);
  console.log(`${cpus().length} cores, load average at start ${loadAtStart}. ${FORCED === undefined ? `Slow cases get fewer runs (at least 3; 20 MB at least 1) to stay within about ${CASE_BUDGET_MS / 1000} s each; \`npm run bench -- --runs 7\` forces 7.` : `${FORCED} runs per case.`}`);
  console.log(`Total ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  for (const note of notes) console.log(`Note: ${note}`);
}

function log(message) {
  loadAtStart ??= readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  process.stderr.write(`bench: ${message}…\n`);
}

/** Runs the presenter (with the environment variables `env` added) and a bare node printing its first frame, interleaved; returns the samples. */
function presenterCase(label, args, count, env = {}) {
  const footer = (n) => `(?<![0-9])${n}/${count}(?![0-9])`;
  const spec = { argv: [process.execPath, ...args], cols: 100, rows: 30, first: footer(1), key: RIGHT, next: footer(2), quit: 'q', remove_env: NO_CI, set_env: env };
  // A first run warms the file cache and captures the frame the baseline prints.
  const warm = pty(spec, label);
  const frame = warm.frame;
  const baseSpec = { argv: [process.execPath, '-e', `process.stdout.write(${JSON.stringify(frame)})`], cols: 100, rows: 30, first: footer(1), remove_env: NO_CI };
  const samples = { first: [], baseline: [], key: [], rss: [], frame };
  const runs = runsFor(warm.first_ms + 400, 3);
  for (let i = 0; i < runs; i++) {
    samples.baseline.push(pty(baseSpec, `${label} baseline`).first_ms);
    const r = pty(spec, label);
    samples.first.push(r.first_ms);
    if (r.key_ms !== null) samples.key.push(r.key_ms);
    if (r.hwm_kib !== null) samples.rss.push(r.hwm_kib / 1024);
  }
  return samples;
}

/**
 * A key pressed as soon as the first frame shows: the time from launch to the second slide, next to a
 * bare node that prints the same first frame and, on a key, the second slide's footer; and a key
 * pressed 0.2 s after the first frame, from the key to the next frame.
 */
function eagerKeyCase(label, args, count, frame) {
  const footer = (n) => `(?<![0-9])${n}/${count}(?![0-9])`;
  const spec = { argv: [process.execPath, ...args], cols: 100, rows: 30, first: footer(1), key: RIGHT, next: footer(2), key_delay_ms: 0, quit: 'q', remove_env: NO_CI };
  const second = frame.replace(`1/${count}`, `2/${count}`);
  const bare = [
    `process.stdout.write(${JSON.stringify(frame)});`,
    'process.stdin.setRawMode(true);',
    `let keys = 0; process.stdin.on('data', () => { if (keys++ === 0) process.stdout.write(${JSON.stringify(`\x1b[H${second}`)}); else process.exit(0); });`,
  ].join(' ');
  const baseSpec = { ...spec, argv: [process.execPath, '-e', bare] };
  const samples = { subject: [], baseline: [], late: [] };
  const runs = runsFor(1500, 3);
  for (let i = 0; i < runs; i++) {
    samples.baseline.push(pty(baseSpec, `${label} baseline, key at first paint`).next_ms);
    samples.subject.push(pty(spec, `${label}, key at first paint`).next_ms);
    samples.late.push(pty({ ...spec, key_delay_ms: 200 }, `${label}, key 0.2 s after the first frame`).key_ms);
  }
  return samples;
}

/** One run on the pseudo-terminal (retried once if it fails). */
function pty(spec, label) {
  for (let attempt = 1; ; attempt++) {
    const out = spawnSync('python3', [PTY, JSON.stringify(spec)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    let result;
    try {
      result = JSON.parse(out.stdout);
    } catch {
      result = { error: `pty-run.py: ${out.stderr || out.stdout}` };
    }
    if (result.error === null && result.code === 0) return result;
    const why = result.error ?? `exit code ${result.code}`;
    if (attempt >= 2) throw new Error(`${label}: ${why}`);
    notes.push(`${label}: one run failed and was retried (${why.slice(0, 120).replace(/\s+/g, ' ')})`);
  }
}

/** Times whole processes `node subject…` and `node baseline…` (stdout to /dev/null), interleaved. */
function processCase(subject, baseline, minRuns) {
  // The files were just written, so they are in the page cache: the first pair counts and sets the number of runs.
  const samples = { subject: [], baseline: [] };
  samples.baseline.push(timeNode(baseline));
  samples.subject.push(timeNode(subject));
  const runs = runsFor(samples.subject[0] + samples.baseline[0], minRuns);
  for (let i = 1; i < runs; i++) {
    samples.baseline.push(timeNode(baseline));
    samples.subject.push(timeNode(subject));
  }
  return samples;
}

/** Times the analysis inside one process (test/bench/in-process.ts, bundled here with esbuild). */
function inProcess(file, runs) {
  const script = join(tmp, 'in-process.mjs');
  bundleTs(new URL('./in-process.ts', import.meta.url), script);
  const out = spawnSync(process.execPath, [script, file, String(runs)], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`in-process analysis failed: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

/** Wall time of one `node args…` process, in ms. */
function timeNode(args) {
  const devNull = openSync('/dev/null', 'w');
  try {
    const t0 = process.hrtime.bigint();
    const out = spawnSync(process.execPath, args, { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (out.status !== 0) throw new Error(`node ${args.join(' ').slice(0, 200)} exited ${out.status}: ${out.stderr}`);
    return ms;
  } finally {
    closeSync(devNull);
  }
}

/** How many runs (at least `minRuns`, at most 7) fit the case budget when one takes about `oneMs`. */
function runsFor(oneMs, minRuns) {
  if (FORCED !== undefined) return FORCED;
  return Math.max(minRuns, Math.min(RUNS, Math.floor(CASE_BUDGET_MS / Math.max(1, oneMs * 1.1))));
}

/** The number of slides `node args` reports as deck JSON. */
function slideCount(args) {
  const out = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`node ${args.join(' ')}: ${out.stderr}`);
  return JSON.parse(out.stdout).slides.length;
}

/** A Markdown deck of `count` slides, each under a heading, with bullets and a speaker note. */
function markdownDeck(count) {
  const sentences = articleSentences();
  const slides = [];
  for (let i = 0; i < count; i++) {
    const heading = i === 0 ? '# Trois cents diapositives sur le Venezuela' : `## Diapositive ${i + 1} : point ${(i * 7) % 97}`;
    const bullets = [0, 1, 2].map((k) => `- ${shorten(vary(sentences[(i * 3 + k) % sentences.length], i * 3 + k), 80)}`);
    const note = `<!-- speaker_note: ${JSON.stringify(vary(sentences[i % sentences.length], i))} -->`;
    slides.push([heading, '', ...bullets, '', note].join('\n'));
  }
  return `${slides.join('\n\n---\n\n')}\n`;
}

/** About `bytes` bytes of French news: the default article's sentences, varied with numbers. */
function frenchNews(bytes) {
  const sentences = articleSentences();
  const parts = ['Le Venezuela et la Russie renouvellent leurs accords\n\n'];
  let size = Buffer.byteLength(parts[0]);
  for (let p = 0; size < bytes; p++) {
    const paragraph = [];
    for (let k = 0; k < 4; k++) {
      const n = p * 4 + k;
      paragraph.push(vary(sentences[n % sentences.length], n));
    }
    const text = `${paragraph.join(' ')}\n\n`;
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return parts.join('');
}

/** The default article's sentences (one per line in that file). */
function articleSentences() {
  return readFileSync(ARTICLE, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

/** `sentence` made distinct by `n`: its numbers shifted, a date on its weekday, a figure before the final stop. */
function vary(sentence, n) {
  return sentence
    .replace(/\d+/g, (d) => String((Number(d) + n) % 1000))
    .replace(/\b(samedi|mercredi|vendredi)\b/, (day) => `${day} ${1 + (n % 28)} mars`)
    .replace(/([.!?]?)$/, (stop) => `, selon la dépêche n° ${n + 1} (${(n * 37) % 1000} millions de dollars)${stop || '.'}`);
}

function shorten(text, width) {
  return text.length <= width ? text : `${text.slice(0, width - 1).replace(/\s+\S*$/, '')}…`;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function fmt(value, unit) {
  if (unit === 'MiB') return `${value.toFixed(1)} MiB`;
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 100 ? 1 : 0)} ms`;
}

function spread(values, unit) {
  const sorted = [...values].sort((a, b) => a - b);
  return `${fmt(sorted[0], unit)} – ${fmt(sorted[sorted.length - 1], unit)}`;
}

/** One table row: the samples' median and spread, the baseline's, and their ratio. */
function row(measure, samples, baseline, target, unit = 'ms') {
  const m = median(samples);
  return {
    measure,
    runs: String(samples.length),
    median: fmt(m, unit),
    spread: spread(samples, unit),
    baseline: baseline === undefined ? '—' : `${fmt(median(baseline), unit)} (${spread(baseline, unit)})`,
    ratio: baseline === undefined ? '—' : `${(m / median(baseline)).toFixed(2)}×`,
    target,
  };
}

function table() {
  const head = { measure: 'measure', runs: 'runs', median: 'median', spread: 'min – max', baseline: 'bare node median (min – max)', ratio: 'ratio', target: 'target' };
  const keys = Object.keys(head);
  const lines = [head, ...rows].map((r) => `| ${keys.map((k) => r[k] || '—').join(' | ')} |`);
  lines.splice(1, 0, `|${keys.map(() => ' --- ').join('|')}|`);
  return lines.join('\n');
}
