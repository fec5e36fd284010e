import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysisToJson } from '../../src/analysis/analysis-json';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';
import { readDecoded, readText } from '../../src/article/read';
import { compose } from '../../src/deck/compose';
import { decodePage } from '../../src/page/charset';
import { readHtmlArticle } from '../../src/page/html-article';
import { FURNITURE } from './furniture-words';

const fixture = (path: string): Buffer => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));

/** Each saved page (the team's own, with the furniture real sites have) and the clean text of its article. */
export const SAVED_PAGES = [
  { page: 'pages/en-trade-deal.html', clean: 'articles/en-trade-deal.txt', has: 'nav, cookie banner, JSON-LD, share links, figure caption, ad slot, "Read more" aside, newsletter, footer' },
  { page: 'pages/fr-sanctions.html', clean: 'articles/fr-sanctions.txt', has: 'Windows-1252 bytes declared by <meta http-equiv>, consent pop-up, share list, "Lire aussi", ad, photo credit, newsletter box' },
  { page: 'pages/en-election.html', clean: 'articles/en-election.txt', has: 'paragraphs separated by <br><br>, no <article>, "Advertisement", "Read more" box, sidebar, inline state script' },
  { page: 'pages/fr-sommet-alliance.html', clean: 'articles/fr-sommet-alliance.txt', has: 'metadata in JSON-LD only, cookie dialog, figure with credit, in-read ad, comments, aside' },
  { page: 'pages/en-earnings.html', clean: 'articles/en-earnings.txt', has: 'AMP markup (amp-img, amp-ad, amp-sidebar, amp-social-share, amp-user-notification), JSON-LD, byline line with date' },
  { page: 'pages/fr-tramway.htm', clean: 'pages/fr-tramway.txt', has: 'UTF-8 BOM, subheadings, inline links and emphasis, "Lire aussi", publication line, share box, comments, widgets' },
] as const;


function pageArticle(path: string) {
  const decoded = decodePage(fixture(path));
  return parseArticle(readDecoded({ text: readHtmlArticle(decoded.text), warnings: decoded.warnings }).text, { furniture: 'always' });
}

describe('a saved page reads as the clean text of its article', () => {
  for (const { page, clean, has } of SAVED_PAGES) {
    it(`${page} (${has})`, () => {
      const fromPage = pageArticle(page);
      const fromText = parseArticle(readText(fixture(clean)).text);
      expect(fromPage.title).toBe(fromText.title);
      expect(fromPage.lang).toBe(fromText.lang);
      expect(fromPage.sentences).toEqual(fromText.sentences);
      // The same sentences make the same analysis: sections, entities, figures, quotes, dates.
      expect(analysisToJson(analyze(fromPage, DEFAULT_TEMPLATE))).toBe(analysisToJson(analyze(fromText, DEFAULT_TEMPLATE)));
      const deck = compose(fromPage, analyze(fromPage, DEFAULT_TEMPLATE), DEFAULT_TEMPLATE.split);
      for (const slide of deck.slides) {
        expect(slide.title).not.toMatch(FURNITURE);
        expect(slide.body).not.toMatch(FURNITURE);
        expect(slide.notes).not.toMatch(FURNITURE);
      }
      expect(deck.title).not.toMatch(FURNITURE);
    });
  }

  it('takes the site, the day of publication and the language from the page', () => {
    expect(pageArticle('pages/en-trade-deal.html')).toMatchObject({ source: 'The Northern Ledger', date: '2025-03-11', lang: 'en' });
    expect(pageArticle('pages/fr-sommet-alliance.html')).toMatchObject({ source: 'Le Fil Européen', date: '2025-07-12', lang: 'fr' });
  });

  it('a page with no article text is unusable input', () => {
    expect(() => readHtmlArticle('<!doctype html><html><head><title>Menu</title></head><body><nav><a>Home</a></nav><script>x()</script></body></html>')).toThrow(
      /web page without article text/,
    );
  });
});
