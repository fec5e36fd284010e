import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analysisJsonPieces, analysisToJson } from '../../src/analysis/analysis-json';
import type { Analysis } from '../../src/analysis/analysis';
import { explainAnalysis, analysisToJson as viaExplain } from '../../src/analysis/explain';

const analysis: Analysis = {
  lang: 'fr',
  title: 'Titre',
  sentences: [
    { index: 0, text: 'Le Venezuela a signé samedi.', sections: ['context', 'agreements'], cues: ['signé'], candidates: [] },
    { index: 1, text: 'Une alliance ?', sections: [], cues: [], candidates: [{ section: 'alliances', score: 1, cues: ['alliance'] }], support: [{ section: 'alliances', from: ['neighbour', 'headline'] }] },
  ],
  sections: [
    { id: 'context', title: 'Contexte', sentences: [0], opening: 0 },
    { id: 'agreements', title: 'Accords', sentences: [0], opening: 0 },
  ],
  entities: [{ name: 'Venezuela', kind: 'place', mentions: [0] }],
  figures: [{ text: '96%', sentence: 0 }],
  quotes: [
    { text: 'nous avons signé', speaker: 'Nicolas Maduro', sentence: 0 },
    { text: 'sans auteur', sentence: 1 },
  ],
  dates: [{ text: 'samedi', sentence: 0 }],
};

describe('analysisToJson', () => {
  it('writes the schema first and the keys in DESIGN.md order, 2-space indented, with a final newline', () => {
    const text = analysisToJson(analysis);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "schema": "briefing.analysis/1",\n  "lang": "fr",\n  "title": "Titre",\n  "sentences": [')).toBe(true);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['schema', 'lang', 'title', 'sentences', 'sections', 'entities', 'figures', 'quotes', 'dates']);
    expect(Object.keys(parsed.sentences[0])).toEqual(['index', 'text', 'sections', 'cues', 'candidates']);
    expect(Object.keys(parsed.sentences[1].candidates[0])).toEqual(['section', 'score', 'cues']);
    expect(Object.keys(parsed.sentences[1])).toEqual(['index', 'text', 'sections', 'cues', 'candidates', 'support']);
    expect(parsed.sentences[1].support).toEqual([{ section: 'alliances', from: ['neighbour', 'headline'] }]);
    expect(Object.keys(parsed.quotes[0])).toEqual(['text', 'speaker', 'sentence']);
    expect(Object.keys(parsed.quotes[1])).toEqual(['text', 'sentence']);
    expect(parsed.entities[0]).toEqual({ name: 'Venezuela', kind: 'place', mentions: [0] });
  });

  it('is exactly JSON.stringify of itself with 2-space indentation (the pieces join to canonical JSON)', () => {
    const empty: Analysis = { ...analysis, sentences: [], entities: [], quotes: [] };
    for (const a of [analysis, empty]) {
      const text = analysisToJson(a);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
    const tricky: Analysis = { ...analysis, title: 'Line\nbreak « » \u2028 "quoted"', sentences: [{ ...analysis.sentences[0]!, text: 'a\nb\tc' }] };
    const text = analysisToJson(tricky);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(JSON.parse(text).title).toBe(tricky.title);
  });

  it('is also exported from explain', () => {
    expect(viaExplain(analysis)).toBe(analysisToJson(analysis));
  });
});

describe('explainAnalysis', () => {
  it('shows per sentence its index, sections, cues and candidates, then entities, figures, quotes and dates', () => {
    const text = explainAnalysis(analysis);
    expect(text).toContain('[0] context, agreements  Le Venezuela a signé samedi.');
    expect(text).toContain('      cues: "signé"');
    expect(text).toContain('[1] —  Une alliance ?');
    expect(text).toContain('      candidate alliances 1: "alliance"');
    expect(text).toContain('      support alliances: next to a sentence placed there, the headline is about it');
    expect(text).toContain('  Venezuela — place — sentences 0');
    expect(text).toContain('  96% — sentence 0');
    expect(text).toContain('  “nous avons signé” — Nicolas Maduro — sentence 0');
    expect(text).toContain('  “sans auteur” — speaker not named — sentence 1');
    expect(text).toContain('  samedi — sentence 0');
    expect(text.indexOf('Entities')).toBeLessThan(text.indexOf('Figures'));
    expect(text.indexOf('Quotes')).toBeLessThan(text.indexOf('Dates'));
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('analysisJsonPieces', () => {
  const placed = fc.record({ text: fc.string(), sentence: fc.nat() });
  const sectionId = fc.constantFrom('context', 'agreements', 'alliances', 'economy');
  const arbitraryAnalysis: fc.Arbitrary<Analysis> = fc.record({
    lang: fc.constantFrom('fr', 'en'),
    title: fc.string({ unit: 'binary' }),
    sentences: fc.array(
      fc.record({
        index: fc.nat(),
        text: fc.string({ unit: 'grapheme' }),
        sections: fc.array(sectionId, { maxLength: 2 }),
        cues: fc.array(fc.string(), { maxLength: 3 }),
        candidates: fc.array(fc.record({ section: sectionId, score: fc.double({ noNaN: true, noDefaultInfinity: true }), cues: fc.array(fc.string(), { maxLength: 2 }) }), { maxLength: 2 }),
        support: fc.array(fc.record({ section: sectionId, from: fc.subarray(['neighbour', 'headline', 'established'] as const, { minLength: 1 }) }), { minLength: 1, maxLength: 2 }),
      }, { requiredKeys: ['index', 'text', 'sections', 'cues', 'candidates'] }),
      { maxLength: 4 },
    ),
    sections: fc.array(fc.record({ id: sectionId, title: fc.string(), sentences: fc.array(fc.nat(), { maxLength: 3 }), opening: fc.nat() }), { maxLength: 3 }),
    entities: fc.array(fc.record({ name: fc.string(), kind: fc.constantFrom('person', 'place', 'organisation'), mentions: fc.array(fc.nat(), { maxLength: 3 }) }), { maxLength: 3 }),
    figures: fc.array(placed, { maxLength: 3 }),
    quotes: fc.array(fc.record({ text: fc.string(), speaker: fc.string(), sentence: fc.nat() }, { requiredKeys: ['text', 'sentence'] }), { maxLength: 3 }),
    dates: fc.array(placed, { maxLength: 3 }),
  });

  it('joins to JSON.stringify(…, null, 2) of the analysis with the schema first, for any analysis', () => {
    fc.assert(
      fc.property(arbitraryAnalysis, (a) => {
        expect(analysisToJson(a)).toBe(`${JSON.stringify({ schema: 'briefing.analysis/1', ...a }, null, 2)}\n`);
      }),
    );
  });

  it('writes a long analysis in short pieces (one per item) that join to the same text', () => {
    const sentence = analysis.sentences[0]!;
    const long: Analysis = { ...analysis, sentences: Array.from({ length: 20_000 }, (_, index) => ({ ...sentence, index, text: `${'x'.repeat(100)} ${index}` })) };
    const pieces = [...analysisJsonPieces(long)];
    expect(pieces.length).toBeGreaterThan(20_000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(400);
    expect(pieces.join('')).toBe(`${JSON.stringify({ schema: 'briefing.analysis/1', ...long }, null, 2)}\n`);
  });
});
