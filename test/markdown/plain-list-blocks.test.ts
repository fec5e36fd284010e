import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/markdown/blocks';
import { markedBlocks } from '../../src/markdown/marked-blocks';
import { plainListBlocks } from '../../src/markdown/plain-list-blocks';
import { parseArticle } from '../../src/article/parse-article';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { compose } from '../../src/deck/compose';
import { runs } from '../property';

/** Pieces of list items: plain words, punctuation, and everything Markdown reads specially. */
const PIECES = [
  'Le', 'Venezuela', 'été', 'Russie', 'l’accord', "d'un", '96%', '1990', '12', '3e', 'a', 'Z', 'Ωμέγα', '東京', '😀',
  ' ', ' ', ' ', '  ', '**', '**', '*', '_', '__', '`', '\\', '[', ']', '(', ')', '<', '>', '&amp;', '&', '~', '~~', '|', '@', '!', '#', '# ', '=', '+',
  '.', ',', ':', ';', '…', '«', '»', '« ', ' »', '—', '–', '-', '- ', '1. ', '2) ', '"', '“', '”', "'", '?', '/', '%', '$',
  'www.', 'http://x.y', 'a@b.c', '\u00a0', '\t', '\u200b', '\u202e', '---', '===',
];

const item = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''));
const strongItem = fc.tuple(item, item, item, fc.boolean()).map(([a, b, c, first]) => (first ? `**${b}** ${c}` : `${a} **${b}** ${c}`));
const body = fc
  .array(fc.oneof(item, strongItem, fc.constantFrom('Le **deuxième prêteur** en importance', '**samedi** : Le Venezuela…', 'source de **96%** des revenus')), { minLength: 1, maxLength: 5 })
  .map((items) => items.map((text) => `- ${text}`).join('\n'));

describe('plainListBlocks: a plain bullet list without marked', () => {
  it('reads every body it accepts exactly as marked does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(body, fc.string({ maxLength: 40 })), (markdown) => {
        const quick = plainListBlocks(markdown);
        if (quick === undefined) return;
        accepted += 1;
        expect(quick).toEqual(markedBlocks(markdown));
      }),
      runs(3000),
    );
    // The generator reaches the quick path often enough for the comparison to mean something.
    expect(accepted).toBeGreaterThan(100);
  });

  it('accepts the bullets compose writes, and toBlocks returns the same as marked on them', () => {
    const bodies = [
      '- Nicolas Maduro, Youri Borisov, Vladmir Poutine',
      '- et est son **deuxième prêteur** en importance après la Chine\n- source de **96%** des revenus',
      '- **samedi** : Le Venezuela et la Russie ont renouvelé samedi des contrats…\n- « Nous avons renouvelé tous les contrats » — Nicolas Maduro',
    ];
    for (const markdown of bodies) {
      expect(plainListBlocks(markdown), markdown).toBeDefined();
      expect(toBlocks(markdown)).toEqual(markedBlocks(markdown));
    }
  });

  it('leaves anything else to marked', () => {
    for (const markdown of ['- a\n\n- b', '* a', '- a\n  b', '- [ ] task', '- a *em*', '- **a**b', '- 1. nested', '- # heading', '- www.example.com', '- a  ', '# Title', '- a\n', '', '- a &amp; b', '- ~~gone~~']) {
      expect(plainListBlocks(markdown), JSON.stringify(markdown)).toBeUndefined();
    }
  });

  it('gives marked’s blocks for every slide composed from the test articles, most of them quickly', () => {
    const dir = join(process.cwd(), 'test', 'fixtures');
    const files = [...readdirSync(join(dir, 'articles')).map((n) => join(dir, 'articles', n)), ...readdirSync(join(dir, 'corpus')).map((n) => join(dir, 'corpus', n))].filter((f) => f.endsWith('.txt'))
      .sort();
    let slides = 0;
    let quick = 0;
    for (const file of files) {
      const article = parseArticle(readFileSync(file, 'utf8'));
      const deck = compose(article, analyze(article, DEFAULT_TEMPLATE), DEFAULT_TEMPLATE.split);
      for (const slide of deck.slides) {
        slides += 1;
        if (plainListBlocks(slide.body) !== undefined) quick += 1;
        expect(toBlocks(slide.body), `${file}: ${slide.title}`).toEqual(markedBlocks(slide.body));
      }
    }
    expect(slides).toBeGreaterThan(50);
    expect(quick).toBeGreaterThan(slides / 2);
  });
});
