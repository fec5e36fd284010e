import { describe, it, expect } from 'vitest';
import { toBlocks } from '../../src/markdown/blocks';
import { decodeEntities } from '../../src/markdown/decode-entities';

const text = (t: string) => ({ type: 'text', text: t }) as const;
const para = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('toBlocks', () => {
  it('reads headings, paragraphs and inline styles', () => {
    expect(toBlocks('## Titre\n\nUn **gras** *pench*, ~~barré~~ et `code`.')).toEqual([
      { type: 'heading', depth: 2, content: [text('Titre')] },
      para(
        text('Un '),
        { type: 'strong', children: [text('gras')] },
        text(' '),
        { type: 'em', children: [text('pench')] },
        text(', '),
        { type: 'del', children: [text('barré')] },
        text(' et '),
        { type: 'codespan', text: 'code' },
        text('.'),
      ),
    ]);
  });

  it('reads nested and ordered lists and task items', () => {
    expect(toBlocks('- [x] fait\n- [ ] à faire\n  - dessous\n\n3. trois\n4. quatre')).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [
          { checked: true, blocks: [para(text('fait'))] },
          {
            checked: false,
            blocks: [para(text('à faire')), { type: 'list', ordered: false, start: 1, items: [{ blocks: [para(text('dessous'))] }] }],
          },
        ],
      },
      { type: 'list', ordered: true, start: 3, items: [{ blocks: [para(text('trois'))] }, { blocks: [para(text('quatre'))] }] },
    ]);
  });

  it('keeps task state in loose lists too', () => {
    const [list] = toBlocks('- [x] un\n\n- [ ] deux');
    expect(list).toMatchObject({ type: 'list', items: [{ checked: true, blocks: [para(text('un'))] }, { checked: false }] });
  });

  it('reads links, autolinks, images and hard breaks', () => {
    expect(toBlocks('[le site](https://e.com/?a=1&amp;b=2) <https://x.org/a&amp;b> ![une *carte*](c.png)\\\nfin')).toEqual([
      para(
        { type: 'link', children: [text('le site')], url: 'https://e.com/?a=1&b=2' },
        text(' '),
        { type: 'link', children: [text('https://x.org/a&amp;b')], url: 'https://x.org/a&amp;b' },
        text(' '),
        { type: 'image', alt: 'une carte', url: 'c.png' },
        { type: 'br' },
        text('fin'),
      ),
    ]);
  });

  it('reads soft line breaks as spaces', () => {
    expect(toBlocks('une ligne\n  et la suite')).toEqual([para(text('une ligne et la suite'))]);
  });

  it('decodes entities and backslash escapes in text, not in code', () => {
    expect(toBlocks('AT&amp;T \\*pas\\* &eacute;t&#233; `&amp;`')).toEqual([
      para(text('AT&T *pas* été '), { type: 'codespan', text: '&amp;' }),
    ]);
  });

  it('reads fenced and indented code with its language', () => {
    expect(toBlocks('```ts title\nconst a = 1;\n```\n\n    indenté')).toEqual([
      { type: 'code', lang: 'ts', text: 'const a = 1;' },
      { type: 'code', lang: '', text: 'indenté' },
    ]);
  });

  it('reads quotes, rules and tables', () => {
    expect(toBlocks('> cité\n\n***\n\n| a | b |\n|:-|-:|\n| **1** | 2 |')).toEqual([
      { type: 'blockquote', blocks: [para(text('cité'))] },
      { type: 'hr' },
      {
        type: 'table',
        align: ['left', 'right'],
        header: [[text('a')], [text('b')]],
        rows: [[[{ type: 'strong', children: [text('1')] }], [text('2')]]],
      },
    ]);
  });

  it('turns <!-- pause --> into a pause block and drops every other comment', () => {
    expect(toBlocks('un\n\n<!-- pause -->\n\ndeux <!-- inline note -->\n\n<!-- speaker_note: "x" -->\n<!--pause-->\n\n<!-- // briefing: {} -->')).toEqual([
      para(text('un')),
      { type: 'pause' },
      para(text('deux ')),
      { type: 'pause' },
    ]);
  });

  it('shows other raw HTML as text, never interpreted', () => {
    expect(toBlocks('<div class="x">\nbonjour\n</div>\n\nun <b>gras</b>')).toEqual([
      { type: 'html', text: '<div class="x">\nbonjour\n</div>' },
      para(text('un <b>gras</b>')),
    ]);
  });

  it('drops link reference definitions and resolves references', () => {
    expect(toBlocks('[ref]\n\n[ref]: https://e.com')).toEqual([para({ type: 'link', children: [text('ref')], url: 'https://e.com' })]);
  });

  it('gives no blocks for an empty body', () => {
    expect(toBlocks('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('&laquo;&nbsp;&Eacute;t&eacute;&nbsp;&raquo; &#8212; &#x1F600; &hellip;')).toBe('«\u00a0Été\u00a0» — 😀 …');
  });

  it('leaves unknown names and references to controls, zero-width or bidi characters as written', () => {
    expect(decodeEntities('&nosuch; &#27;[31m &#x200B; &#x202E; &#9; ok')).toBe('&nosuch; &#27;[31m &#x200B; &#x202E; \t ok');
  });

  it('replaces NUL, surrogates and values past Unicode with U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
  });
});

describe('character references', () => {
  it('never turn into controls or bidi overrides (they pass the sanitiser again)', () => {
    const blocks = toBlocks('- a &#27;[2J b &#8238;x [l](https://e.org/&#27;) `&#27;`');
    const json = JSON.stringify(blocks);
    expect(json).not.toMatch(/\\u001b|\u001b|\u202e|\\u202e/);
  });
});
