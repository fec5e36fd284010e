// Each labelled fixture (test/fixtures/articles) against its hand labels, with hand-set thresholds.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { SECTION_IDS } from '../../src/analysis/analysis';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';
import { figureMatches, loadFixtures, mustScore, nameMatches, norm } from './fixture-labels';

const fixtures = loadFixtures();

describe('labelled fixtures', () => {
  it('cover both languages and the genres asked for', () => {
    expect(fixtures.filter((f) => f.labels.lang === 'fr').length).toBeGreaterThanOrEqual(4);
    expect(fixtures.filter((f) => f.labels.lang === 'en').length).toBeGreaterThanOrEqual(4);
    expect(new Set(fixtures.map((f) => f.labels.genre)).size).toBeGreaterThanOrEqual(8);
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      const labels = fixture.labels;
      const article = parseArticle(fixture.text);
      const analysis = analyze(article, DEFAULT_TEMPLATE);

      it('is read in its language', () => {
        expect(analysis.lang).toBe(labels.lang);
      });

      it('shows every "yes" section and no "no" section', () => {
        const shown = analysis.sections.map((s) => s.id);
        for (const id of SECTION_IDS) {
          const used = shown.includes(id) || analysis.sentences.some((s) => s.sections.includes(id));
          if (labels.sections[id] === 'no') expect(used, `${id} should be absent`).toBe(false);
          if (labels.sections[id] === 'yes') expect(shown, `${id} should be shown`).toContain(id);
        }
      });

      it('places at least 80% of the must sentences in their section', () => {
        const { found, total, missed } = mustScore(analysis, labels);
        expect(found / total, missed.join(' | ')).toBeGreaterThanOrEqual(0.8);
      });

      it('titles the economy section by whether a crisis is described', () => {
        const economy = analysis.sections.find((s) => s.id === 'economy');
        if (labels.economyTitle !== undefined) expect(economy?.title).toBe(labels.economyTitle);
        else expect(economy).toBeUndefined();
      });

      it('finds at least 90% of the people, places and organisations, 80% with their kind', () => {
        const names = [
          ...labels.people.map((n) => [n, 'person'] as const),
          ...labels.places.map((n) => [n, 'place'] as const),
          ...labels.organisations.map((n) => [n, 'organisation'] as const),
        ];
        const found = names.filter(([n]) => analysis.entities.some((e) => nameMatches(e.name, n)));
        const typed = names.filter(([n, k]) => analysis.entities.some((e) => nameMatches(e.name, n) && e.kind === k));
        const missing = names.filter((x) => !found.includes(x)).map(([n]) => n);
        expect(found.length / names.length, `missing ${missing.join(', ')}`).toBeGreaterThanOrEqual(0.9);
        expect(typed.length / names.length).toBeGreaterThanOrEqual(0.8);
      });

      it('finds at least 80% of the figures and dates', () => {
        const texts = [...analysis.figures, ...analysis.dates].map((f) => f.text);
        const missingFigures = labels.figures.filter((v) => !texts.some((t) => figureMatches(t, v)));
        expect(1 - missingFigures.length / labels.figures.length, `missing ${missingFigures.join(', ')}`).toBeGreaterThanOrEqual(0.8);
        const missingDates = labels.dates.filter((v) => !analysis.dates.some((d) => figureMatches(d.text, v)));
        expect(1 - missingDates.length / labels.dates.length, `missing ${missingDates.join(', ')}`).toBeGreaterThanOrEqual(0.8);
      });

      it('finds every quotation verbatim, invents none, and names the labelled speakers', () => {
        const body = norm(fixture.text);
        for (const quote of analysis.quotes) expect(body, `invented: ${quote.text}`).toContain(norm(quote.text));
        for (const label of labels.quotes) {
          const key = norm(label).slice(0, 40);
          expect(analysis.quotes.some((q) => norm(q.text).startsWith(key)), `missing: ${label}`).toBe(true);
        }
        for (const [start, speaker] of Object.entries(labels.speakers)) {
          expect(analysis.quotes.find((q) => q.text.startsWith(start))?.speaker).toBe(speaker);
        }
      });

      it('points every index at a real sentence', () => {
        const n = analysis.sentences.length;
        const indices = [
          ...analysis.sections.flatMap((s) => s.sentences),
          ...analysis.entities.flatMap((e) => e.mentions),
          ...analysis.figures.map((f) => f.sentence),
          ...analysis.quotes.map((q) => q.sentence),
          ...analysis.dates.map((d) => d.sentence),
        ];
        for (const i of indices) expect(i >= 0 && i < n).toBe(true);
        for (const s of analysis.sections) expect(s.sentences.every((i) => analysis.sentences[i]!.sections.includes(s.id))).toBe(true);
      });
    });
  }
});
