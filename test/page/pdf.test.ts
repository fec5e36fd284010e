import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysisToJson } from '../../src/analysis/analysis-json';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';
import { readDecoded, readText } from '../../src/article/read';
import { compose } from '../../src/deck/compose';
import { readPdfArticle } from '../../src/page/pdf-article';
import { pdfBlocks } from '../../src/page/pdf-text';
import type { PdfTextItem } from '../../src/page/pdf-text';
import { FURNITURE } from './furniture-words';
import { articlePdf, makePdf } from './make-pdf';

const clean = (name: string): string => readFileSync(new URL(`../fixtures/articles/${name}.txt`, import.meta.url), 'utf8');
const item = (text: string, y: number, height = 11, x = 72): PdfTextItem => ({ text, x, y, width: text.length * height * 0.5, height });

/** Reports laid out as PDFs by the test, from the team's own articles. */
export const PDF_ARTICLES = [
  { name: 'fr-contrat-energie', header: 'Revue de presse énergie — juin 2025' },
  { name: 'en-rate-decision', header: 'Markets Weekly | Central banks' },
] as const;

describe('a text PDF reads as the clean text of its article', () => {
  for (const { name, header } of PDF_ARTICLES) {
    it(`${name}: title, sentences and analysis the same; no running header, no page number`, async () => {
      const bytes = articlePdf(clean(name), { header, linesPerPage: 7, width: 80 });
      const fromPdf = parseArticle(readDecoded({ text: await readPdfArticle(bytes), warnings: [] }).text, { furniture: 'always' });
      const fromText = parseArticle(readText(new TextEncoder().encode(clean(name))).text);
      expect(fromPdf.title).toBe(fromText.title);
      expect(fromPdf.sentences).toEqual(fromText.sentences);
      expect(analysisToJson(analyze(fromPdf, DEFAULT_TEMPLATE))).toBe(analysisToJson(analyze(fromText, DEFAULT_TEMPLATE)));
      const deck = compose(fromPdf, analyze(fromPdf, DEFAULT_TEMPLATE), DEFAULT_TEMPLATE.split);
      for (const slide of deck.slides) {
        const shown = `${slide.title}\n${slide.body}\n${slide.notes}`;
        expect(shown).not.toMatch(FURNITURE);
        expect(shown).not.toContain(header);
        expect(shown).not.toMatch(/Page \d/);
      }
    });
  }

  it('a PDF without text (a scan) and bytes that are no PDF are unusable input', async () => {
    await expect(readPdfArticle(makePdf([[], []]))).rejects.toThrow('is a PDF without text (a scan?); run it through OCR first, or give the text');
    await expect(readPdfArticle(new TextEncoder().encode('%PDF-1.4\nnot really'))).rejects.toThrow(/is not a PDF that can be read/);
  });
});

describe('pdfBlocks puts a PDF page back into reading order', () => {
  it('orders by position, joins runs on one baseline, drops page numbers at the edges, joins hyphenated words', () => {
    const page = [item('12', 30), item('world.', 700, 11, 200), item('Hello', 700), item('The nego-', 686), item('tiations went on.', 672)];
    expect(pdfBlocks([page])).toEqual([{ kind: 'paragraph', level: 0, text: 'Hello world. The negotiations went on.' }]);
  });

  it('makes larger lines headings and splits paragraphs at wider gaps', () => {
    const page = [
      item('Annual report', 800, 18),
      item('First line of text', 760),
      item('goes on here', 746),
      item('and ends here.', 732),
      item('Costs', 706, 14),
      item('Second paragraph', 686),
      item('is two lines.', 672),
      item('Third one', 646),
      item('is two lines too.', 632),
    ];
    expect(pdfBlocks([page]).map((block) => [block.kind, block.level, block.text])).toEqual([
      ['heading', 1, 'Annual report'],
      ['paragraph', 0, 'First line of text goes on here and ends here.'],
      ['heading', 2, 'Costs'],
      ['paragraph', 0, 'Second paragraph is two lines.'],
      ['paragraph', 0, 'Third one is two lines too.'],
    ]);
  });

  it('drops a line repeated at the top or bottom of most pages, digits aside; a paragraph runs on over the page break', () => {
    const words = ['alpha', 'beta', 'gamma'];
    const pages = words.map((word, n) => [
      item(`Quarterly review 2025 – issue ${n + 1}`, 810, 8),
      ...['one', 'two', 'three', 'four'].map((line, i) => item(`${word} ${line}`, 760 - i * 14)),
      item(n === 2 ? 'the end.' : `${word} runs on`, 704),
      item(`${n + 1}`, 30, 8),
    ]);
    const text = words.map((word, n) => `${word} one ${word} two ${word} three ${word} four ${n === 2 ? 'the end.' : `${word} runs on`}`).join(' ');
    expect(pdfBlocks(pages).map((block) => block.text)).toEqual([text]);
  });
});
