import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, completeAnalysis, prepareAnalysis, scanSentences } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';

const corpus = new URL('../fixtures/corpus/', import.meta.url);
const articles = [
  ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, corpus), 'utf8')),
  readFileSync(new URL('../../briefings/venezuela-russie.txt', import.meta.url), 'utf8'),
];

describe('the sentence loop in runs', () => {
  it('gives the same analysis when the sentences are read in two or three runs, each sent as a worker would send it', () => {
    expect(articles.length).toBeGreaterThan(30);
    for (const text of articles) {
      const article = parseArticle(text);
      const whole = analyze(article, DEFAULT_TEMPLATE);
      const n = article.sentences.length;
      for (const cuts of [[Math.floor(n / 2)], [1, n - 1], [Math.floor(n / 3), Math.floor((2 * n) / 3)], [0, n]]) {
        const prepared = prepareAnalysis(article, DEFAULT_TEMPLATE);
        const bounds = [0, ...cuts, n];
        const scans = bounds.slice(0, -1).map((from, k) => {
          const run = prepared.sentences.slice(from, bounds[k + 1]);
          // A worker receives the setup and the template as copies, and its scan comes back as one.
          return structuredClone(scanSentences(structuredClone(prepared.setup), structuredClone(DEFAULT_TEMPLATE), run, from));
        });
        expect(completeAnalysis(prepared, scans)).toEqual(whole);
      }
    }
  });

  it('refuses scans that do not cover every sentence', () => {
    const article = parseArticle(articles[0]!);
    const prepared = prepareAnalysis(article, DEFAULT_TEMPLATE);
    const half = scanSentences(prepared.setup, DEFAULT_TEMPLATE, prepared.sentences.slice(0, 2), 0);
    expect(() => completeAnalysis(prepared, [half])).toThrow(/scans cover 2 of/);
  });
});
