import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysisToJson } from '../../src/analysis/analysis-json';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';
import { readText } from '../../src/article/read';
import { compose } from '../../src/deck/compose';
import { FURNITURE } from '../page/furniture-words';

const read = (path: string) => readText(readFileSync(new URL(`../fixtures/${path}`, import.meta.url))).text;

/** Each article of the team's own, as a browser's copy and paste gives it (the furniture real sites have). */
const PASTED = [
  { name: 'en-trade-deal', has: 'skip link, menu lines, cookie notice and buttons, breadcrumb, byline, publication line, share line, ad, "Read more", newsletter, footer' },
  { name: 'en-earnings', has: 'menu with blank lines, cookie notice, caption credit, byline and date lines, share lines, "Related" with headlines, copyright' },
  { name: 'en-election', has: 'sign-in bar, › breadcrumb, "Updated" line, ad, "Read more", "Most read" list, footer links' },
  { name: 'fr-sanctions', has: 'lien d’évitement, menu, cookies, fil d’Ariane, signature et date, partage, légende photo, « Lire aussi », publicité, newsletter, ©' },
  { name: 'fr-sommet-alliance', has: 'consentement « Accepter », menu, signature d’envoyé spécial, date de publication, partage ligne à ligne, « Sur le même sujet », ©' },
  { name: 'fr-conflit', has: 'signature, « Mis à jour le », « À lire aussi », partage, newsletter' },
] as const;

describe('text pasted from a web page reads as the clean text of its article', () => {
  for (const { name, has } of PASTED) {
    it(`${name} (${has})`, () => {
      const pasted = parseArticle(read(`pasted/${name}.txt`));
      const clean = parseArticle(read(`articles/${name}.txt`));
      expect(pasted.title).toBe(clean.title);
      expect(pasted.sentences).toEqual(clean.sentences);
      expect(analysisToJson(analyze(pasted, DEFAULT_TEMPLATE))).toBe(analysisToJson(analyze(clean, DEFAULT_TEMPLATE)));
      expect(clean.removed).toBeUndefined();
      expect(pasted.removed?.length).toBeGreaterThan(4);
      const deck = compose(pasted, analyze(pasted, DEFAULT_TEMPLATE), DEFAULT_TEMPLATE.split);
      expect(deck.title).not.toMatch(FURNITURE);
      for (const slide of deck.slides) expect(`${slide.title}\n${slide.body}\n${slide.notes}`).not.toMatch(FURNITURE);
    });
  }

  it('a byline or publication line gives the date when nothing else does', () => {
    expect(parseArticle(read('pasted/en-election.txt')).date).toBe('10 March 2025');
    expect(parseArticle(read('pasted/fr-conflit.txt')).date).toBe('14 février 2025');
  });
});
