// Scores briefing's analysis against hand labels: a faithful port of ../shared/corpus/score.py (same runs, normalisation, matching and report).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';

// Python's str.isspace() set (what `\s` and strip() use in score.py); JS `\s` differs (no \x1c-\x1f, \x85).
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACES = new RegExp(`[${PY_SPACE}]+`, 'g');
const EDGE_SPACES = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g;
const QUOTE_MARKS = /[«»“”"„]/g;
const DIGIT_RUN = /\p{Nd}+/gu;
const SUMMED = ['must', 'must_total', 'entities', 'entities_typed', 'entities_total', 'figures', 'figures_total', 'quotes', 'quotes_total'];

/** Python's `s[:n]`: the first n code points. */
function head(s, n) {
  let out = '';
  let count = 0;
  for (const ch of s) {
    if (count++ === n) break;
    out += ch;
  }
  return out;
}

/** Python's `len(s)`: the number of code points. */
function length(s) {
  let count = 0;
  for (const _ of s) count++;
  return count;
}

/** Python's `s.strip()`. */
function strip(s) {
  return s.replace(EDGE_SPACES, '');
}

/** score.py's norm: NFC, zero-width removed, curly apostrophes and no-break spaces folded, quote marks dropped, spaces collapsed, lower case. */
export function norm(s) {
  const t = String(s).normalize('NFC').replace(ZERO_WIDTH, '').replace(/[\u2019\u2018]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
  return strip(t.replace(QUOTE_MARKS, ' ').replace(SPACES, ' ')).toLowerCase();
}

/** score.py's fold: norm, then NFD with combining marks (Mn) removed. */
export function fold(s) {
  return norm(s).normalize('NFD').replace(/\p{Mn}/gu, '');
}

/** Python's sorted() order on strings: by code point. */
function byCodePoint(a, b) {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = /** @type {number} */ (x[i]?.codePointAt(0)) - /** @type {number} */ (y[i]?.codePointAt(0));
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** Python's os.path.join for two parts. */
function pyJoin(folder, name) {
  if (name.startsWith('/')) return name;
  return folder === '' || folder.endsWith('/') ? folder + name : `${folder}/${name}`;
}

/** Python's text-mode newline reading: \r\n and \r become \n. */
function universalNewlines(s) {
  return s.replace(/\r\n?/g, '\n');
}

/** Runs `node BIN ARGS` like score.py's run(): no CI in the environment, no stdin, 60 s at most (exit 124 then). */
function run(bin, args) {
  const env = { ...process.env };
  delete env.CI;
  const t0 = performance.now();
  const r = spawnSync('node', [bin, ...args], {
    encoding: 'utf8',
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.error && /** @type {NodeJS.ErrnoException} */ (r.error).code === 'ETIMEDOUT') {
    return { returncode: 124, stdout: '', stderr: 'no answer in 60 s', seconds };
  }
  if (r.error) throw r.error;
  const returncode = r.status ?? -(constants.signals[/** @type {NodeJS.Signals} */ (r.signal)] ?? 1);
  return { returncode, stdout: universalNewlines(r.stdout ?? ''), stderr: universalNewlines(r.stderr ?? ''), seconds };
}

/** Python's round(x, 3) for the seconds column. */
function round3(x) {
  return Math.round(x * 1000) / 1000;
}

/** Scores one article file (4-line header, blank line, body) against its labels, as score.py's score() does. */
export function scoreArticle(bin, path, lab) {
  const body = universalNewlines(readFileSync(path, 'utf8'));
  const lines = body.split('\n');
  const first = lines[0] ?? '';
  const title = first.startsWith('# ') ? first.slice(2) : '';
  const text = lines.length > 5 && (lines[1] ?? '').startsWith('source:') ? lines.slice(5).join('\n') : body;
  const tmp = join(tmpdir(), `tmp${randomBytes(6).toString('hex')}.md`);
  writeFileSync(tmp, (title ? `# ${title}\n\n` : '') + text, { encoding: 'utf8', flag: 'wx' });
  /** @type {Record<string, unknown>} */
  const res = { file: basename(path) };
  let a;
  let d;
  try {
    a = run(bin, ['analyze', tmp, '--json']);
    d = run(bin, ['export', tmp, '--format', 'json']);
  } finally {
    unlinkSync(tmp);
  }
  if (a.returncode !== 0) {
    res.error = `analyze exit ${a.returncode}: ${head(strip(a.stderr), 100)}`;
    return res;
  }
  let an;
  try {
    an = JSON.parse(a.stdout);
  } catch (e) {
    res.error = `analyze output is not JSON: ${e instanceof Error ? e.message : String(e)}`;
    return res;
  }
  let deck = {};
  try {
    deck = JSON.parse(d.stdout);
  } catch {
    // like score.py: a deck that is not JSON has no slides
  }
  const sents = an.sentences ?? [];
  /** @type {Map<unknown, Set<unknown>>} */
  const member = new Map();
  const memberOf = (sec) => {
    let set = member.get(sec);
    if (!set) member.set(sec, (set = new Set()));
    return set;
  };
  for (const s of sents) {
    for (const sec of s.sections || []) memberOf(sec).add(s.index);
  }
  for (const sec of an.sections ?? []) {
    const set = memberOf(sec.id);
    for (const i of sec.sentences ?? []) set.add(i);
  }
  const deckSecs = new Set((deck?.slides ?? []).filter((s) => s.section).map((s) => s.section));
  let found = 0;
  let total = 0;
  const missed = [];
  const spurious = [];
  res.no_sections = Object.values(lab.sections).filter((v) => v.applies === 'no').length;
  for (const [sec, v] of Object.entries(lab.sections)) {
    if (v.applies === 'no') {
      if ((member.get(sec)?.size ?? 0) > 0 || deckSecs.has(sec)) spurious.push(sec);
      continue;
    }
    if (v.applies !== 'yes') continue;
    for (const m of v.must ?? []) {
      const key = head(norm(m), 40);
      const idx = sents.filter((s) => norm(s.text ?? '').includes(key)).map((s) => s.index);
      total++;
      if (idx.some((i) => member.get(sec)?.has(i))) found++;
      else missed.push(`${sec}:${head(m, 30)}${idx.length ? '' : ' (no such sentence)'}`);
    }
  }
  Object.assign(res, { must: found, must_total: total, spurious, missed });

  const outs = (an.entities ?? []).map((e) => [fold(e.name ?? ''), e.kind]);
  const cats = [
    ...(lab.people ?? []).map((n) => [n, 'person']),
    ...(lab.places ?? []).filter((p) => /^\p{Uppercase}/u.test(p)).map((p) => [p, 'place']),
    ...(lab.organisations ?? []).map((o) => [o, 'organisation']),
  ];
  let entFound = 0;
  let entTyped = 0;
  const entMissed = [];
  for (const [n, kind] of cats) {
    const forms = [fold(n), ...((lab.aliases ?? {})[n] ?? []).map(fold)];
    const hits = outs
      .filter(([o]) => o && forms.some((f) => o === f || (length(o) >= 3 && f.includes(o)) || (length(f) >= 3 && o.includes(f))))
      .map(([, k]) => k);
    if (hits.length) {
      entFound++;
      if (hits.includes(kind)) entTyped++;
    } else entMissed.push(n);
  }
  Object.assign(res, { entities: entFound, entities_typed: entTyped, entities_total: cats.length, entities_missed: entMissed });

  const figs = [...(an.figures ?? []), ...(an.dates ?? [])].map((x) => norm(x.text ?? ''));
  let figFound = 0;
  const figMissed = [];
  for (const fg of lab.figures ?? []) {
    const v = norm(fg.value);
    const digits = new Set(v.match(DIGIT_RUN) ?? []);
    const ok = figs.some((o) => o && (v.includes(o) || o.includes(v) || (digits.size > 0 && (o.match(DIGIT_RUN) ?? []).some((g) => digits.has(g)))));
    if (ok) figFound++;
    else figMissed.push(fg.value);
  }
  Object.assign(res, { figures: figFound, figures_total: (lab.figures ?? []).length, figures_missed: figMissed });

  const qs = (an.quotes ?? []).map((q) => norm(q.text ?? ''));
  let qFound = 0;
  for (const q of lab.quotes ?? []) {
    const k = head(norm(q), 40);
    if (qs.some((o) => o && k && (o.includes(k) || norm(q).includes(head(o, 40))))) qFound++;
  }
  const article = norm(text);
  const invented = qs.filter((q) => q && !article.includes(q));
  Object.assign(res, { quotes: qFound, quotes_total: (lab.quotes ?? []).length, invented_quotes: invented, seconds: round3(a.seconds) });
  return res;
}

/** Scores every labelled article of DIR (labels in DIR/labels.json unless `labels` is given), as score.py's main() does. */
export function scoreCorpus(bin, dir, options = {}) {
  const labelsPath = options.labels ?? pyJoin(dir, 'labels.json');
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')).articles;
  const jobs = Object.entries(labels)
    .sort(([x], [y]) => byCodePoint(x, y))
    .filter(([f]) => existsSync(pyJoin(dir, f)))
    .map(([f, lab]) => [pyJoin(dir, f), lab]);
  if (options.seed) jobs.push([options.seed[0], JSON.parse(readFileSync(options.seed[1], 'utf8')).articles.seed]);
  const articles = jobs.map(([p, lab]) => scoreArticle(bin, p, lab));
  /** @type {Record<string, number>} */
  const summary = {};
  for (const k of SUMMED) summary[k] = articles.reduce((sum, r) => sum + (typeof r[k] === 'number' ? r[k] : 0), 0);
  summary.spurious = articles.reduce((sum, r) => sum + (Array.isArray(r.spurious) ? r.spurious.length : 0), 0);
  summary.no_sections = articles.reduce((sum, r) => sum + (typeof r.no_sections === 'number' ? r.no_sections : 0), 0);
  summary.invented_quotes = articles.reduce((sum, r) => sum + (Array.isArray(r.invented_quotes) ? r.invented_quotes.length : 0), 0);
  summary.errors = articles.filter((r) => 'error' in r).length;
  summary.articles = articles.length;
  return { summary, articles };
}

/** Python's repr() of a string. */
function pyRepr(s) {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const escaped = s.replace(/[\\\n\r\t]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? c);
  return q + (q === "'" ? escaped.replace(/'/g, "\\'") : escaped) + q;
}

/** Python's f"{x:.0f}": round half to even on exact ties (toFixed rounds them up). */
function fixed0(x) {
  const floor = Math.floor(x);
  if (x - floor === 0.5) return String(floor % 2 === 0 ? floor : floor + 1);
  return x.toFixed(0);
}

/** score.py's `a/b (P%)`. */
function pct(a, b) {
  return b ? `${a}/${b} (${fixed0((100 * a) / b)}%)` : '0/0';
}

/** The text report score.py prints: one line per article (and up to 6 misses), then the TOTAL line. */
export function formatReport({ summary: agg, articles }) {
  const out = [];
  for (const r of articles) {
    if ('error' in r) {
      out.push(`${r.file}: ${r.error}`);
      continue;
    }
    out.push(
      `${r.file}: must ${r.must}/${r.must_total} spurious [${r.spurious.map(pyRepr).join(', ')}] entities ${r.entities}/${r.entities_total} ` +
        `figures ${r.figures}/${r.figures_total} quotes ${r.quotes}/${r.quotes_total} invented ${r.invented_quotes.length}`,
    );
    for (const m of r.missed.slice(0, 6)) out.push(`   missed ${m}`);
  }
  out.push(
    `TOTAL articles ${agg.articles} errors ${agg.errors} must ${pct(agg.must, agg.must_total)} spurious ${pct(agg.spurious, agg.no_sections)} ` +
      `entities ${pct(agg.entities, agg.entities_total)} with kind ${pct(agg.entities_typed, agg.entities_total)} figures ${pct(agg.figures, agg.figures_total)} ` +
      `quotes ${pct(agg.quotes, agg.quotes_total)} invented ${agg.invented_quotes}`,
  );
  return `${out.join('\n')}\n`;
}
