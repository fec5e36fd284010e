import { Marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { breakSafeBody, canonicalTokenSource, closeFence, closeHtml } from '../../src/markdown/break-safe';
import { deckToMarkdown } from '../../src/markdown/export-markdown';
import { parseDeck } from '../../src/markdown/parse-deck';

const canonical = (body: string) =>
  new Marked({ gfm: true })
    .lexer(body)
    .map((token) => canonicalTokenSource(token))
    .join('');

describe('breakSafeBody', () => {
  it('moves a fenced code block holding a --- line one space in, code unchanged', () => {
    const body = 'Text\n\n```yaml\na: 1\n---\n  b: 2\n\n```';
    const safe = breakSafeBody(body);
    expect(safe).toBe('Text\n\n ```yaml\n a: 1\n ---\n   b: 2\n\n ```');
    expect(safe).not.toContain('\n---\n');
    const code = (s: string) => new Marked({ gfm: true }).lexer(s).find((t): t is Tokens.Code => t.type === 'code')?.text;
    expect(code(safe)).toBe(code(body));
  });

  it('moves a ~~~ fence in too, and leaves a fence without such a line alone', () => {
    expect(breakSafeBody('~~~\nx\n~~~')).toBe(' ~~~\n x\n ~~~');
    expect(breakSafeBody('```\nx\n```')).toBe('```\nx\n```');
  });

  it('writes a setext heading as ATX, escaping a trailing run of #', () => {
    expect(breakSafeBody('Intro\n\nSub title\n---\n\nText')).toBe('Intro\n\n## Sub title\n\nText');
    expect(breakSafeBody('Two\nlines #\n===')).toBe('# Two lines \\#');
  });

  it('puts a space before a --- line in raw HTML', () => {
    expect(breakSafeBody('<div>\n---\n</div>')).toBe('<div>\n ---\n</div>');
  });

  it('closes a code fence left open', () => {
    expect(breakSafeBody('```js\nx')).toBe('```js\nx\n```');
    expect(closeFence('````\na\n```\n\n')).toBe('````\na\n```\n````\n\n');
  });

  it('closes an HTML block left open, its end marker on a line of its own', () => {
    expect(breakSafeBody('Text\n\n<!-- // open')).toBe('Text\n\n<!-- // open\n-->');
    expect(closeHtml('<!--//  \n\n')).toBe('<!--//\n-->\n\n');
    expect(closeHtml('<?x')).toBe('<?x\n?>');
    expect(closeHtml('<!DOCTYPE html')).toBe('<!DOCTYPE html\n>');
    expect(closeHtml('<![CDATA[ x')).toBe('<![CDATA[ x\n]]>');
    expect(closeHtml('<PRE>\ncode\n')).toBe('<PRE>\ncode\n</PRE>\n');
  });

  it('leaves a closed HTML block alone, wherever its end marker is', () => {
    for (const html of ['<!-- a -->', '<!-->', '<!--->', '<!-- a --> b\n', '<!--\nx\n-->\n\n', '<?x ?>', '<!X>', '<pre>\n</pre>', '<div>\nx']) {
      expect(closeHtml(html)).toBe(html);
    }
  });

  it('is undone by reading (canonicalTokenSource), and idempotent', () => {
    for (const body of ['```\n---\n```', '<p>\n---\n</p>', '~~~ sh\n~~~\n', '  ```\n  ---\n    x\n  ```']) {
      const safe = breakSafeBody(canonical(body));
      expect(breakSafeBody(canonical(safe))).toBe(safe);
      expect(canonical(safe)).toBe(canonical(body));
    }
  });
});

describe('a setext heading whose text opens with #', () => {
  it('is written as an ATX heading, so no --- underline is left to split the file', () => {
    const md = '<!-- // briefing: {"kind":"section","section":"economy","sources":[3]} -->\n\n## \n\n#\\\n---\n\n';
    const once = deckToMarkdown(parseDeck(md));
    expect(once.split('\n---\n')).toHaveLength(2);
    expect(deckToMarkdown(parseDeck(once))).toBe(once);
  });
});
