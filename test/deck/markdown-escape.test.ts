import fc from 'fast-check';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { sanitizeText } from '../../src/article/sanitize';
import { escapeMarkdownInline, unescapeMarkdownInline } from '../../src/deck/markdown-escape';
import { runs } from '../property';

const marked = new Marked({ gfm: true });

/** What marked's HTML shows for literal text. */
function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function renderItem(text: string): string {
  return marked.parse(`- ${escapeMarkdownInline(text)}`) as string;
}

describe('escapeMarkdownInline', () => {
  it.each([
    ['a \\ b', 'a \\\\ b'],
    ['`code`', '\\`code\\`'],
    ['*bold*', '\\*bold\\*'],
    ['_em_', '\\_em\\_'],
    ['snake_case_name', 'snake_case_name'],
    ['[link](x)', '\\[link\\](x)'],
    ['![img](x)', '\\!\\[img\\](x)'],
    ['Hello!', 'Hello!'],
    ['a ~~b~~', 'a \\~\\~b\\~\\~'],
    ['a | b', 'a \\| b'],
    ['# title', '\\# title'],
    ['> quote', '\\> quote'],
    ['- item', '\\- item'],
    ['--- ', '\\--- '],
    ['+ item', '\\+ item'],
    ['+33 6 12', '+33 6 12'],
    ['-5 %', '-5 %'],
    ['1. first', '1\\. first'],
    ['2024) year', '2024\\) year'],
    ['2024 was', '2024 was'],
    ['a > b < c', 'a > b < c'],
    ['AT&T &amp; co', 'AT&T \\&amp; co'],
    ['title #', 'title \\#'],
    ['C#', 'C#'],
    ['a\tb\nc', 'a b c'],
    ['mail me@example.com', 'mail me\\@example.com'],
    ['see www.example.com', 'see www\\.example.com'],
  ])('escapes %j as %j', (text, expected) => {
    expect(escapeMarkdownInline(text)).toBe(expected);
  });

  it('writes URLs as autolinks, leaving trailing punctuation out', () => {
    expect(escapeMarkdownInline('Voir https://example.com/a_b*c.')).toBe('Voir <https://example.com/a_b*c>.');
    expect(escapeMarkdownInline('(see https://en.wikipedia.org/wiki/X_(Y))')).toBe('(see <https://en.wikipedia.org/wiki/X_(Y)>)');
    expect(escapeMarkdownInline('http:// alone')).toBe('http:// alone');
    expect(renderItem('Voir https://example.com/a_b.')).toBe(
      '<ul>\n<li>Voir <a href="https://example.com/a_b">https://example.com/a_b</a>.</li>\n</ul>\n',
    );
  });

  it('lets no raw HTML through', () => {
    const text = '<script>alert(1)</script> <!-- x --> <b>bold</b> <?php ?>';
    const escaped = escapeMarkdownInline(text);
    expect(escaped).toBe('\\<script>alert(1)\\</script> \\<!-- x --> \\<b>bold\\</b> \\<?php ?>');
    expect(renderItem(text)).toBe(`<ul>\n<li>${html(text)}</li>\n</ul>\n`);
  });

  it.each([
    '# not a heading',
    '> not a quote',
    '- not a nested list',
    '1. not an ordered list',
    '---',
    '***',
    '___',
    '```js',
    '~~~',
    '*a* _b_ **c** __d__ `e` ~f~',
    '[a]: https://x',
    '[ ] not a task',
    '| a | b |',
    'a\\',
    '&copy; &#169; &#xA9;',
    'a_b_c',
    '\\https://x.y',
    '<https://x.y>',
    'title ##',
  ])('renders %j literally in a list item', (text) => {
    const rendered = renderItem(text);
    const links = /<a href/.test(rendered);
    expect(links ? rendered.replace(/<a href="[^"]*">([^<]*)<\/a>/g, '$1') : rendered).toBe(`<ul>\n<li>${html(text)}</li>\n</ul>\n`);
  });

  it('renders a title literally in a heading', () => {
    for (const text of ['# a #', 'a ##', '1. b', '- c', '> d', '\\', 'x \\#']) {
      expect(marked.parse(`## ${escapeMarkdownInline(text)}`)).toBe(`<h2>${html(text)}</h2>\n`);
    }
  });

  it('is undone by unescapeMarkdownInline, and leaves hand-written text as written', () => {
    expect(unescapeMarkdownInline('a \\*b\\* \\q <https://x.y> <me@x.y> <b>')).toBe('a *b* \\q https://x.y me@x.y <b>');
  });

  // Text as `read` gives it: controls removed, NFC, one line (titles and bullets never hold a newline).
  const line = fc.string({ unit: 'binary', maxLength: 60 }).map((s) => sanitizeText(s).replace(/[\t\n]/g, ' '));
  const markdownish = fc
    .array(fc.constantFrom(...'\\`*_[]<>#+-!|~&@.:/()1 aé'.split(''), 'http://', 'https://a.b', 'www.', '&amp;', '1. ', 'a@b.c', '\u00a0', '«', '»', '<!--', '-->'), { maxLength: 20 })
    .map((parts) => parts.join(''));

  it('round-trips any one-line text through unescapeMarkdownInline', () => {
    fc.assert(
      fc.property(fc.oneof(line, markdownish), (text) => {
        expect(unescapeMarkdownInline(escapeMarkdownInline(text))).toBe(text);
      }),
      runs(2000),
    );
  });

  it('renders any trimmed one-line text literally in a list item', () => {
    fc.assert(
      fc.property(fc.oneof(line, markdownish), (raw) => {
        // Markdown drops a paragraph's outer spaces and collapses none inside: compare trimmed text.
        const text = raw.replace(/^[ ]+|[ ]+$/g, '');
        fc.pre(text !== '' && !/\s\s|^\s|\s$/.test(text));
        const rendered = renderItem(text).replace(/<a href="[^"]*">([^<]*)<\/a>/g, '$1');
        expect(rendered).toBe(`<ul>\n<li>${html(text)}</li>\n</ul>\n`);
      }),
      runs(2000),
    );
  });
});
