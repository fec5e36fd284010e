// The decks' quality bar on the team's labelled corpus, judged in process by deck-quality.py's rules (scripts/deck-quality.mjs):
// no ellipsis, only deletions, few openings on a connective, no repeated sentence, few broken figure bullets.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';
import { compose } from '../../src/deck/compose';
import { deckQualityTotals, judgeDeck } from '../../scripts/deck-quality.mjs';
import type { DeckQuality } from '../../scripts/deck-quality.mjs';

const CORPUS = new URL('../fixtures/corpus/', import.meta.url);

describe('how the bullets of test/fixtures/corpus read', () => {
  let quality: DeckQuality;
  let totals: Record<string, number>;
  beforeAll(() => {
    const bad: string[][] = [];
    const rows = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((file) => {
        const lines = readFileSync(new URL(file, CORPUS), 'utf8').split('\n');
        const article = parseArticle(`${lines[0]}\n\n${lines.slice(5).join('\n')}`);
        return judgeDeck(file, compose(article, analyze(article, DEFAULT_TEMPLATE)), bad);
      });
    quality = { rows, bad };
    totals = deckQualityTotals(quality);
  });

  const share = (key: string): number => (totals[key] ?? 0) / (totals['bullets'] ?? 1);

  it('judges every article, with many bullets', () => {
    expect(totals['articles']).toBe(50);
    expect(totals['bullets']).toBeGreaterThan(150);
  });

  it('cuts no bullet with an ellipsis and shows only deletions of the source sentence', () => {
    expect(totals['cut']).toBe(0);
    expect(totals['unfaithful'], JSON.stringify(quality.bad)).toBe(0);
  });

  it('opens at most 3% of the bullets on a connective or pronoun', () => {
    expect(share('opens')).toBeLessThanOrEqual(0.03);
  });

  it('shows no sentence on two section slides', () => {
    expect(totals['repeated']).toBe(0);
  });

  it('breaks at most 5% of the figure and timeline bullets', () => {
    expect((totals['aux_broken'] ?? 0) / (totals['aux'] ?? 1), JSON.stringify(quality.bad)).toBeLessThanOrEqual(0.05);
  });

  // What the shortening reaches today (median 17, 15 of 261 bullets over 25 words): a change that makes bullets longer fails.
  it('keeps bullets short: median at most 17 words, at most 6% over 25 words (the aim is 15 and 5%)', () => {
    expect(totals['median_words']).toBeLessThanOrEqual(17);
    expect(share('long'), JSON.stringify({ long: totals['long'], bullets: totals['bullets'] })).toBeLessThanOrEqual(0.06);
  });
});
