// How the bullets of a deck read: a faithful port of ../shared/corpus/deck-quality.py (same runs, rules and report).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

// Python's `\w` (str.isalnum() or "_") and its `\b`, which JavaScript's non-Unicode `\b` does not match.
const WORD = /[\p{L}\p{N}_%$€£]+/gu;
const OPEN_WORD =
  /^(?:et|mais|or|donc|car|dont|qui|que|il|elle|ils|elles|ce|cela|celui|celle|ceux|lequel|laquelle|and|but|so|which|who|whom|whose|that|it|its|he|she|they|this|these|those|also)(?![\p{L}\p{N}_])/iu;
const OPEN_ELIDED = /^qu['’](?=[\p{L}\p{N}_])/iu;
const ITEM = /^\s*[-*] (.*)/u;
const MD_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~<])/g;
const TIMELINE_LABEL = /^[^:]{1,60}\s?:\s*/u;
const BROKEN_START = /^['’]|^[a-z]{1,3}(?![\p{L}\p{N}_])(?! )/u;
// Python's str.strip() set of white space.
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const EDGE_SPACES = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'gu');
const SECTION_KINDS = new Set(['section']);

/** deck-quality.py's words(): lower-cased runs of word characters, ’ read as '. */
export function words(s) {
  return (s.replace(/’/g, "'").match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** Whether `small` is a subsequence of `big`. */
export function isSubsequence(small, big) {
  let j = 0;
  for (const w of small) {
    while (j < big.length && big[j] !== w) j++;
    if (j === big.length) return false;
    j++;
  }
  return true;
}

function strip(s) {
  return s.replace(EDGE_SPACES, '');
}

function stripMarkdown(t) {
  return t.replaceAll('**', '').replace(MD_ESCAPE, '$1');
}

/** Python's statistics.median: the middle value, or the mean of the two middle ones (a float). */
function median(values) {
  if (values.length === 0) return { value: 0, isFloat: false };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return { value: sorted[mid], isFloat: false };
  return { value: (sorted[mid - 1] + sorted[mid]) / 2, isFloat: true };
}

/** Python's str() of a median: "14" for an int, "14.0" or "14.5" for a float. */
function medianText(m) {
  return m.isFloat && Number.isInteger(m.value) ? `${m.value}.0` : String(m.value);
}

/** Python's f"{x:.0f}" (round half to even). */
function fixed0(x) {
  const floor = Math.floor(x);
  if (x - floor === 0.5) return String(floor % 2 === 0 ? floor : floor + 1);
  return x.toFixed(0);
}

function pct(a, b) {
  return b ? `${fixed0((100 * a) / b)}%` : '-';
}

/** deck-quality.py's body(): a file with the 4-line eval header becomes '# Title' + body, as Markdown. */
function articleBody(path) {
  const t = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  const lines = t.split('\n');
  if (lines.length > 4 && lines[0].startsWith('# ') && lines[1].startsWith('source:')) {
    return { text: `${lines[0]}\n\n${lines.slice(4).join('\n').replace(/^\n+/u, '')}`, ext: '.md' };
  }
  return { text: t, ext: extname(path) || '.txt' };
}

/** The .txt files of each folder argument (sorted), or the file itself. */
function listFiles(args) {
  const files = [];
  for (const a of args) {
    if (statSync(a).isDirectory()) files.push(...readdirSync(a).filter((f) => f.endsWith('.txt')).sort().map((f) => join(a, f)));
    else files.push(a);
  }
  return files;
}

/** Judges one deck (the JSON of `export --format json`) as deck-quality.py does. */
export function judgeDeck(name, deck, bad) {
  const seen = new Map();
  const row = { name, bullets: 0, cut: 0, long: 0, opens: 0, unfaithful: 0, words: [], aux: 0, auxBroken: 0 };
  for (const s of deck.slides) {
    const items = s.body.split('\n').map((l) => ITEM.exec(l)?.[1]).filter((x) => x !== undefined).map(strip);
    if (SECTION_KINDS.has(s.kind)) {
      for (const src of s.sources ?? []) seen.set(src, (seen.get(src) ?? 0) + 1);
      const notes = (s.notes ?? '').split('\n').filter((n) => strip(n) !== '').map(words);
      for (const t of items) {
        row.bullets++;
        const plain = stripMarkdown(t);
        const w = words(plain);
        row.words.push(w.length);
        if (plain.endsWith('…') || plain.endsWith('...')) row.cut++;
        if (w.length > 25) row.long++;
        const opening = plain.replace(/^[«“"' ]+/u, '');
        if (OPEN_WORD.test(opening) || OPEN_ELIDED.test(opening)) row.opens++;
        if (!notes.some((n) => isSubsequence(w, n))) {
          row.unfaithful++;
          bad.push([name, 'unfaithful', plain]);
        }
      }
    } else if (s.kind === 'figures' || s.kind === 'timeline') {
      for (const t of items) {
        row.aux++;
        const plain = stripMarkdown(t);
        const rest = s.kind === 'timeline' ? plain.replace(TIMELINE_LABEL, '') : plain;
        if (plain.endsWith('…') || BROKEN_START.test(rest) || rest.startsWith("'s ")) {
          row.auxBroken++;
          bad.push([name, s.kind, plain]);
        }
      }
    }
  }
  row.repeated = [...seen.values()].filter((v) => v > 1).length;
  row.sources = seen.size;
  row.slides = deck.slides.length;
  return row;
}

/** Runs `node BIN export FILE --format json` on every article and judges each deck. */
export function deckQuality(bin, args) {
  const rows = [];
  const bad = [];
  const env = { ...process.env };
  delete env.CI;
  for (const f of listFiles(args)) {
    const { text, ext } = articleBody(f);
    const tmp = join(tmpdir(), `tmp${randomBytes(6).toString('hex')}${ext}`);
    writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
    let r;
    try {
      r = spawnSync('node', [bin, 'export', tmp, '--format', 'json'], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    } finally {
      unlinkSync(tmp);
    }
    const name = basename(f);
    if (r.status !== 0) {
      rows.push({ name, error: strip(r.stderr ?? '').slice(0, 80) });
      continue;
    }
    rows.push(judgeDeck(name, JSON.parse(r.stdout), bad));
  }
  return { rows, bad };
}

/** The totals of deck-quality.py's --json output. */
export function deckQualityTotals({ rows }) {
  const ok = rows.filter((r) => r.error === undefined);
  const sum = (k) => ok.reduce((n, r) => n + r[k], 0);
  const all = ok.flatMap((r) => r.words);
  return {
    articles: ok.length,
    errors: rows.length - ok.length,
    bullets: sum('bullets'),
    cut: sum('cut'),
    long: sum('long'),
    opens: sum('opens'),
    unfaithful: sum('unfaithful'),
    repeated: sum('repeated'),
    sources: sum('sources'),
    slides: sum('slides'),
    aux: sum('aux'),
    aux_broken: sum('auxBroken'),
    median_words: median(all).value,
  };
}

/** deck-quality.py's text report: a header, a row per article, with `show` the failing bullets, then the TOTAL line. */
export function formatDeckQuality({ rows, bad }, show = false) {
  const out = [`${'article'.padEnd(44)} bullets cut >25w opens unfaithful repeated/sources slides medianw aux-broken`];
  for (const r of rows) {
    if (r.error !== undefined) {
      out.push(`${r.name.padEnd(44)} ERROR ${r.error}`);
      continue;
    }
    const m = medianText(median(r.words));
    out.push(
      `${r.name.padEnd(44)} ${String(r.bullets).padStart(7)} ${String(r.cut).padStart(3)} ${String(r.long).padStart(4)} ${String(r.opens).padStart(5)} ` +
        `${String(r.unfaithful).padStart(10)} ${String(r.repeated).padStart(3)}/${String(r.sources).padEnd(12)} ${String(r.slides).padStart(6)} ${m.padStart(7)} ${r.auxBroken}/${r.aux}`,
    );
  }
  if (show) for (const x of bad.slice(0, 40)) out.push(`   ${x.join(' ')}`);
  const t = deckQualityTotals({ rows });
  const all = rows.filter((r) => r.error === undefined).flatMap((r) => r.words);
  out.push(
    `TOTAL ${t.articles} articles, ${t.errors} errors: ${t.bullets} section bullets, cut with an ellipsis ${pct(t.cut, t.bullets)}, over 25 words ${pct(t.long, t.bullets)}, ` +
      `open on a connective/pronoun ${pct(t.opens, t.bullets)}, not deletion-only ${pct(t.unfaithful, t.bullets)}, source sentences on 2+ section slides ${t.repeated}/${t.sources} (${pct(t.repeated, t.sources)}), ` +
      `median words ${medianText(median(all))}; figures/timeline bullets broken ${t.aux_broken}/${t.aux} (${pct(t.aux_broken, t.aux)}); slides ${t.slides}`,
  );
  return `${out.join('\n')}\n`;
}
