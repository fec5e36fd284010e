// The analysis's quality bar on the team's labelled corpus (test/fixtures/corpus), scored like score.py by scripts/score.mjs:
// both languages scored, 95% of the must sentences placed, no section the labels rule out.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, norm, scoreArticle, scoreCorpus } from '../../scripts/score.mjs';
import type { CorpusScore } from '../../scripts/score.mjs';

const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
const CORPUS = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

/** The misses of every article, for assertion messages. */
function misses(score: CorpusScore, key: 'missed' | 'entities_missed' | 'figures_missed' | 'invented_quotes' | 'spurious'): string {
  return score.articles
    .filter((a) => (a[key]?.length ?? 0) > 0)
    .map((a) => `${a.file}: ${a[key]?.join(' | ')}`)
    .join('; ');
}

describe('quality bar on test/fixtures/corpus', () => {
  let score: CorpusScore;
  beforeAll(() => {
    score = scoreCorpus(BIN, CORPUS);
  }, 180_000);

  it('scores at least 6 French and 6 English articles, none failing', () => {
    const labels = JSON.parse(readFileSync(join(CORPUS, 'labels.json'), 'utf8')) as { articles: Record<string, { lang: string }> };
    const langs = Object.values(labels.articles).map((a) => a.lang);
    expect(langs.filter((l) => l === 'fr').length).toBeGreaterThanOrEqual(6);
    expect(langs.filter((l) => l === 'en').length).toBeGreaterThanOrEqual(6);
    expect(score.summary.articles).toBe(langs.length);
    expect(score.summary.errors, score.articles.map((a) => a.error ?? '').join(' ')).toBe(0);
  });

  it('places at least 95% of the must sentences in their section', () => {
    const { must, must_total } = score.summary;
    expect(must_total).toBeGreaterThan(0);
    expect(must / must_total, misses(score, 'missed')).toBeGreaterThanOrEqual(0.95);
  });

  it('shows none of the sections the labels rule out', () => {
    const { spurious, no_sections } = score.summary;
    expect(no_sections).toBeGreaterThan(0);
    expect(spurious, misses(score, 'spurious')).toBe(0);
  });

  it('finds at least 95% of the named entities with their kind', () => {
    const { entities_typed, entities_total } = score.summary;
    expect(entities_typed / entities_total, misses(score, 'entities_missed')).toBeGreaterThanOrEqual(0.95);
  });

  it('finds at least 95% of the figures and of the quotes, inventing none', () => {
    const s = score.summary;
    expect(s.figures / s.figures_total, misses(score, 'figures_missed')).toBeGreaterThanOrEqual(0.95);
    expect(s.quotes / s.quotes_total).toBeGreaterThanOrEqual(0.95);
    expect(s.invented_quotes, misses(score, 'invented_quotes')).toBe(0);
  });

  it('reports a TOTAL line in score.py format', () => {
    const last = formatReport(score).trimEnd().split('\n').at(-1);
    expect(last).toMatch(/^TOTAL articles \d+ errors 0 must \d+\/\d+ \(\d+%\) spurious \d+\/\d+ \(\d+%\) entities .* invented 0$/);
  });
});

describe('the scorer itself', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-score-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** Writes a fake CLI that prints `analysis` for `analyze` and `deck` for `export`. */
  function fakeBin(analysis: unknown, deck: unknown): string {
    const bin = join(dir, `fake-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(bin, `process.stdout.write(process.argv[2] === 'analyze' ? ${JSON.stringify(JSON.stringify(analysis))} : ${JSON.stringify(JSON.stringify(deck))});\n`);
    return bin;
  }

  const article = '# T\nsource: s\nlang: en\ndate: d\n\nAlpha Corp signed a deal with Beta Ltd on Monday. "We are pleased," said Jane Doe. Profit rose 5%.\n';
  const labels = {
    sections: {
      context: { applies: 'yes', must: ['Alpha Corp signed a deal'] },
      agreements: { applies: 'yes', must: ['Alpha Corp signed a deal', 'Profit rose 5%'] },
      alliances: { applies: 'no', must: [] },
      economy: { applies: 'partial', must: [] },
    },
    people: ['Jane Doe'],
    places: [],
    organisations: ['Alpha Corp', 'Beta Ltd'],
    figures: [{ value: '5%' }, { value: 'Monday' }],
    quotes: ['"We are pleased,"'],
  };

  it('counts musts, spurious sections, kinds, figures and invented quotes as score.py does', () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, article);
    const analysis = {
      sentences: [
        { index: 0, text: 'Alpha Corp signed a deal with Beta Ltd on Monday.', sections: ['context'] },
        { index: 1, text: '"We are pleased," said Jane Doe.', sections: [] },
        { index: 2, text: 'Profit rose 5%.', sections: ['agreements'] },
      ],
      sections: [{ id: 'context', sentences: [0] }],
      entities: [
        { name: 'Jane Doe', kind: 'person' },
        { name: 'Alpha', kind: 'place' },
      ],
      figures: [{ text: '5 %' }],
      dates: [],
      quotes: [{ text: 'We are pleased,' }, { text: 'Never said' }],
    };
    const result = scoreArticle(fakeBin(analysis, { slides: [{ section: 'alliances' }] }), path, labels);
    expect(result).toMatchObject({
      file: 'a.txt',
      must: 2,
      must_total: 3,
      missed: ['agreements:Alpha Corp signed a deal'],
      spurious: ['alliances'],
      entities: 2,
      entities_typed: 1,
      entities_total: 3,
      entities_missed: ['Beta Ltd'],
      figures: 1,
      figures_missed: ['Monday'],
      quotes: 1,
      invented_quotes: ['never said'],
    });
  });

  it('reports a CLI that fails as an error of that article', () => {
    const path = join(dir, 'b.txt');
    writeFileSync(path, article);
    const bin = join(dir, 'crash.mjs');
    writeFileSync(bin, "process.stderr.write('  boom\\n'); process.exit(3);\n");
    expect(scoreArticle(bin, path, labels)).toEqual({ file: 'b.txt', error: 'analyze exit 3: boom' });
  });

  it('normalises like score.py: quote marks, apostrophes, no-break and zero-width characters, case', () => {
    expect(norm('«\u00a0L\u2019Iran\u200b  DOIT »')).toBe("l'iran doit");
    expect(norm('a\u001cb\u0085c')).toBe('a b c');
  });
});
