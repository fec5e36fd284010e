// Property tests of the pure pipeline — readText → parseArticle → analyze → compose →
// deckToMarkdown / deckToPlainText / JSON — on arbitrary Unicode text and arbitrary bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysisToJson } from '../../src/analysis/analysis-json';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';
import { readText } from '../../src/article/read';
import { compose } from '../../src/deck/compose';
import { deckToJson } from '../../src/deck/deck-json';
import { UnusableInputError } from '../../src/input-error';
import { deckToMarkdown } from '../../src/markdown/export-markdown';
import { deckToPlainText } from '../../src/markdown/plain-text';
import { runs } from '../property';

/** A control character other than `\n` and `\t`. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
/** A bidi embedding, override or isolate. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;
/** A lone surrogate (with the u flag, a pair is one code point and does not match). */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** Pieces that make text article-like, hostile pieces among them. */
const PIECES = [
  'Le Venezuela et la Russie ont signé un accord',
  'The two countries signed a trade agreement',
  'l’inflation atteint 96 %',
  'Inflation rose to 4% in the crisis',
  '« Nous avons renouvelé tous les contrats », a déclaré Nicolas Maduro',
  '"We renewed every contract," said Vladimir Putin',
  '. ', '! ', '? ', '… ', ', ', ' ', '\n', '\n\n', '\r\n', '\t', ' : ', '\u00a0', '\u202f',
  '# ', '## ', '- ', '* ', '1. ', '> ', '---', '```', '`', '**', '_', '[a](b)', '<script>x</script>', '<!-- c -->', '&#27;', '&amp;',
  '\u001b]0;T\u0007', '\u001b]52;c;AAAA\u001b\\', '\u001b[2J', '\u009b31m', '\u009d2;x\u009c', '\u0000', '\u0085', '\u007f',
  '\u202e', '\u2067', '\u200b', '\u200d', '\ufeff', '\ud800', '\udc00',
  '👨‍👩‍👧', '🇻🇪', '委内瑞拉和俄罗斯签署了协议。', 'اتفاق تجاري', 'M. Maduro', 'Dr. Smith', '3.5 milliards', 'lundi 29 juin 2018',
];

const articleLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), articleLike);

/** Every string inside a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

/** Whether `part`, white space aside, is a subsequence of `whole` (white space aside). */
function isSubsequence(part: string, whole: string): boolean {
  const p = [...part.replace(/\s+/gu, '')];
  const w = whole.replace(/\s+/gu, '');
  let i = 0;
  for (const ch of w) {
    if (i < p.length && ch === p[i]) i++;
  }
  return i === p.length;
}

/** Runs the pipeline on bytes; resolves with its outputs, or undefined when the input is refused. */
function pipeline(bytes: Uint8Array) {
  let read;
  try {
    read = readText(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(UnusableInputError);
    return undefined;
  }
  let article;
  try {
    article = parseArticle(read.text);
  } catch (error) {
    expect(error).toBeInstanceOf(UnusableInputError);
    return undefined;
  }
  const analysis = analyze(article, DEFAULT_TEMPLATE);
  const deck = compose(article, analysis);
  return {
    text: read.text,
    article,
    analysis,
    outputs: [
      deckToMarkdown(deck),
      deckToPlainText(deck),
      deckToPlainText(deck, { width: 40, notes: true }),
      ...strings(JSON.parse(deckToJson(deck))),
      ...strings(JSON.parse(analysisToJson(analysis))),
      ...article.warnings,
    ],
  };
}

function checkClean(result: ReturnType<typeof pipeline>): void {
  if (result === undefined) return;
  for (const output of [result.text, ...result.outputs]) {
    expect(CONTROL.test(output), JSON.stringify(output.slice(0, 200))).toBe(false);
    expect(BIDI.test(output), JSON.stringify(output.slice(0, 200))).toBe(false);
    expect(LONE_SURROGATE.test(output), JSON.stringify(output.slice(0, 200))).toBe(false);
  }
}

const encoder = new TextEncoder();

describe('the pure pipeline on arbitrary input', () => {
  it('on arbitrary Unicode text: throws only UnusableInputError; no control or bidi override in any output', () => {
    fc.assert(
      fc.property(anyText, (text) => checkClean(pipeline(encoder.encode(text)))),
      runs(400),
    );
  });

  it('on arbitrary bytes: throws only UnusableInputError; no control or bidi override in any output', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      articleLike.map((t) => Uint8Array.from(t, (ch) => ch.charCodeAt(0) & 0xff)),
      articleLike.map((t) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...t].map((c) => c.charCodeAt(0))).buffer)])),
    );
    fc.assert(
      fc.property(bytes, (b) => checkClean(pipeline(b))),
      runs(400),
    );
  });

  it('accounts for every sentence: the analysis holds the article’s units, each taken from the read text', () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        const result = pipeline(encoder.encode(text));
        if (result === undefined) return;
        expect(result.analysis.sentences.map((s) => [s.index, s.text])).toEqual(result.article.sentences.map((s) => [s.index, s.text]));
        for (const sentence of result.analysis.sentences) {
          expect(sentence.text.trim()).not.toBe('');
          expect(isSubsequence(sentence.text, result.text), `${JSON.stringify(sentence.text)} in ${JSON.stringify(result.text)}`).toBe(true);
        }
        for (const section of result.analysis.sections) {
          for (const index of section.sentences) expect(result.analysis.sentences[index]?.sections).toContain(section.id);
        }
      }),
      runs(400),
    );
  });
});
