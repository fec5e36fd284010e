// Analysis stays linear in the input. No wall-clock assertions: a quadratic path runs past the test timeout
// (vitest.config.ts) on these sizes, a linear one takes a few seconds even on a loaded machine.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';
import { makeArticle } from './make-article';

const base = readFileSync(new URL('../../briefings/venezuela-russie.txt', import.meta.url), 'utf8');

describe('analysis cost', () => {
  it('analyses a 400 KB article', () => {
    const one = analyze(parseArticle(base), DEFAULT_TEMPLATE);
    const many = analyze(parseArticle(Array.from({ length: 200 }, () => base).join('\n\n')), DEFAULT_TEMPLATE);
    expect(many.quotes.length).toBe(200 * one.quotes.length);
    expect(many.entities.map((e) => e.name)).toEqual(one.entities.map((e) => e.name));
  });

  it('analyses a 200 KB sentence full of quotations, names, acronyms and figures', () => {
    const text = Array.from(
      { length: 1000 },
      (_, i) => `Le ministre Paul Martin${i % 50} (PM${i % 7}) a dit « nous signerons » le 3 mars 2020 pour 12 millions de dollars, dit « X${i} », a déclaré le président`,
    ).join(' ');
    const analysis = analyze(makeArticle('fr', [[text]]), DEFAULT_TEMPLATE);
    // Per item two quotations: « nous signerons » and the word « X… » that "dit" quotes.
    expect(analysis.quotes.length).toBe(2000);
    expect(analysis.dates.length).toBe(1000);
  });
});
