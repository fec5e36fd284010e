import { describe, expect, it } from 'vitest';
import { deckToMarkdown } from '../../src/markdown/export-markdown';
import { parseArticle } from '../../src/article/parse-article';
import { parseDeck } from '../../src/markdown/parse-deck';

const exported = `---
options:
  end_slide_shorthand: true
---

# Le Venezuela et la Russie \\*renouvellent\\*

- Nicolas Maduro, Youri Borisov

<!-- speaker_note: "Le Venezuela \\u003e la Russie\\nDeuxième ligne" -->
<!-- // briefing: {"kind":"title","lang":"fr","date":"samedi","sources":[0]} -->

---

## Contexte

- Première
- Seconde <https://example.com>

<!-- // briefing: {"kind":"section","section":"context","sources":[0,4,7]} -->
`;

describe('parseDeck', () => {
  it('reads an exported deck', () => {
    expect(parseDeck(exported)).toEqual({
      title: 'Le Venezuela et la Russie *renouvellent*',
      lang: 'fr',
      date: 'samedi',
      slides: [
        {
          kind: 'title',
          title: 'Le Venezuela et la Russie *renouvellent*',
          body: '- Nicolas Maduro, Youri Borisov',
          notes: 'Le Venezuela > la Russie\nDeuxième ligne',
          sources: [0],
        },
        {
          kind: 'section',
          section: 'context',
          title: 'Contexte',
          body: '- Première\n- Seconde <https://example.com>',
          notes: '',
          sources: [0, 4, 7],
        },
      ],
    });
    expect(deckToMarkdown(parseDeck(exported))).toBe(exported);
  });

  it('reads a hand-written Marp deck: directives stay, other comments are notes', () => {
    const marp = `---
marp: true
theme: default
paginate: true
---

<!-- _class: lead -->

# Russia and Venezuela

A short briefing

---

## Agreements

- Oil
- Arms

<!-- Mention the 2017 loan. -->

---

![bg](picture.png)

Only a picture here
`;
    const deck = parseDeck(marp);
    expect(deck.title).toBe('Russia and Venezuela');
    expect(deck.lang).toBe('en');
    expect(deck.slides.map((s) => [s.kind, s.title, s.body, s.notes, s.sources])).toEqual([
      ['markdown', 'Russia and Venezuela', '<!-- _class: lead -->\n\nA short briefing', '', []],
      ['markdown', 'Agreements', '- Oil\n- Arms', 'Mention the 2017 loan.', []],
      ['markdown', '', '![bg](picture.png)\n\nOnly a picture here', '', []],
    ]);
  });

  it('reads a presenterm deck: end_slide, plain speaker notes, pause, intro slide from front matter', () => {
    const presenterm = `---
title: "Venezuela : la Russie reste"
sub_title: Un briefing
author: Rédaction
lang: fr-FR
---

Contexte
===

Premier point

<!-- pause -->

Second point

<!-- speaker_note: Dire que : c'est tendu -->
<!-- end_slide -->

## Accords

---

Une ligne sous une barre

<!-- speaker_note: |
  Première ligne
  Seconde ligne
-->

<!-- column_layout: [1, 1] -->
<!-- end_slide -->
`;
    const deck = parseDeck(presenterm);
    expect(deck.title).toBe('Venezuela : la Russie reste');
    expect(deck.subtitle).toBe('Un briefing');
    expect(deck.lang).toBe('fr');
    expect(deck.slides).toEqual([
      { kind: 'title', title: 'Venezuela : la Russie reste', body: 'Un briefing\n\nRédaction', notes: '', sources: [] },
      {
        kind: 'markdown',
        title: 'Contexte',
        body: 'Premier point\n\n<!-- pause -->\n\nSecond point',
        notes: "Dire que : c'est tendu",
        sources: [],
      },
      { kind: 'markdown', title: 'Accords', body: '', notes: '', sources: [] },
      {
        kind: 'markdown',
        title: '',
        body: 'Une ligne sous une barre\n\n<!-- column_layout: [1, 1] -->',
        notes: 'Première ligne\nSeconde ligne',
        sources: [],
      },
    ]);
  });

  it('never splits on a --- inside a code fence, a blockquote or a list', () => {
    const md = '# One\n\n```yaml\n---\nkey: value\n---\n```\n\n> quoted\n>\n> ---\n\n- item\n\n  ---\n\n---\n\n## Two\n';
    const deck = parseDeck(md);
    expect(deck.slides.map((s) => s.title)).toEqual(['One', 'Two']);
    expect(deck.slides[0]?.body).toBe('```yaml\n---\nkey: value\n---\n```\n\n> quoted\n>\n> ---\n\n- item\n\n  ---');
  });

  it('reads CRLF input as LF', () => {
    const crlf = exported.replace(/\n/g, '\r\n');
    expect(parseDeck(crlf)).toEqual(parseDeck(exported));
  });

  it('takes metadata from front matter when no machine comment gives it', () => {
    const md = '---\ntitle: Deck\ndescription: "A \\"quoted\\" subtitle"\nsource: AFP\ndate: 2018-06-29\nlang: fr\n---\n\n# Deck\n\ntext\n';
    expect(parseDeck(md)).toEqual({
      title: 'Deck',
      subtitle: 'A "quoted" subtitle',
      lang: 'fr',
      source: 'AFP',
      date: '2018-06-29',
      slides: [{ kind: 'markdown', title: 'Deck', body: 'text', notes: '', sources: [] }],
    });
  });

  it.each([
    ['french', 'fr'],
    ['Français', 'fr'],
    ['fr_CA', 'fr'],
    ['anglais', 'en'],
    ['EN-gb', 'en'],
    ['de', 'en'],
  ] as const)('reads front matter lang: %s as %s, the way an article reads it', (value, lang) => {
    const front = `---\ntitle: Deck\nlang: ${value}\n---\n\n`;
    expect(parseDeck(`${front}# Deck\n\ntext\n`).lang).toBe(lang);
    expect(parseArticle(`${front}The minister spoke on Saturday. The talks went on.`).lang).toBe(lang);
  });

  it('reads a leading --- that opens no YAML as a thematic break, not front matter', () => {
    const deck = parseDeck('---\n\n# One\n\nSome text.\n\n---\n\n## Two\n');
    expect(deck.slides.map((s) => s.title)).toEqual(['One', 'Two']);
  });

  it('splits on #/## headings when there is no slide break', () => {
    const deck = parseDeck('<!-- theme: x -->\n\n# Title\n\nIntro\n\n## One\n\n### Detail\n\ntext\n\n## Two\n');
    expect(deck.slides.map((s) => [s.title, s.body])).toEqual([
      ['Title', '<!-- theme: x -->\n\nIntro'],
      ['One', '### Detail\n\ntext'],
      ['Two', ''],
    ]);
  });

  it('does not split a one-slide export on the headings of its body', () => {
    const deck = {
      title: 'Only',
      lang: 'en' as const,
      slides: [{ kind: 'markdown' as const, title: 'Only', body: '## Inside\n\ntext', notes: '', sources: [] }],
    };
    expect(parseDeck(deckToMarkdown(deck))).toEqual(deck);
  });

  it('closes a code fence left open, so that an export cannot hide its comments in it', () => {
    const deck = parseDeck('# One\n\n```js\nlet a;\n\n---\n\n## Two\n');
    expect(deck.slides).toEqual([
      { kind: 'markdown', title: 'One', body: '```js\nlet a;\n\n---\n\n## Two\n```', notes: '', sources: [] },
    ]);
    expect(parseDeck(deckToMarkdown(deck))).toEqual(deck);
  });

  it('keeps what comes before the first heading as a slide of its own', () => {
    const deck = parseDeck('Preamble text.\n\n# Title\n');
    expect(deck.slides.map((s) => [s.title, s.body])).toEqual([
      ['', 'Preamble text.'],
      ['Title', ''],
    ]);
  });

  it('keeps the blocks around a removed comment apart', () => {
    const deck = parseDeck('# T\n\nfirst paragraph\n<!-- a note -->\nsecond paragraph\n');
    expect(deck.slides[0]?.body).toBe('first paragraph\n\nsecond paragraph');
    expect(deck.slides[0]?.notes).toBe('a note');
  });

  it('reads titles as written: closing #s dropped, escapes and autolinks undone, no-break spaces kept', () => {
    const deck = parseDeck('# A \\# b ##\n\n---\n\n##   C\\*D <https://x.y>  \n\n---\n\n## \u00a0E\u00a0\n\n---\n\n## F \\##\n');
    expect(deck.slides.map((s) => s.title)).toEqual(['A # b', 'C*D https://x.y', '\u00a0E\u00a0', 'F ##']);
  });

  it('leaves duplicate titles of a hand-written deck as they are', () => {
    expect(parseDeck('# A\n\n---\n\n## A\n').slides.map((s) => s.title)).toEqual(['A', 'A']);
  });

  it('ignores an unreadable machine comment and checks every field', () => {
    const md =
      '# T\n\n<!-- // briefing: {not json -->\n\n---\n\n## U\n\n<!-- // briefing: {"kind":"nope","section":"war","sources":[1,-2],"lang":"de"} -->\n\n---\n\n## V\n\n<!-- // other tool -->\n';
    const deck = parseDeck(md);
    expect(deck.lang).toBe('en');
    expect(deck.slides.map((s) => [s.kind, s.section, s.sources, s.body])).toEqual([
      ['markdown', undefined, [], ''],
      ['markdown', undefined, [], ''],
      ['markdown', undefined, [], '<!-- // other tool -->'],
    ]);
  });

  it('removes controls that JSON escapes would smuggle past read', () => {
    const md = '# T\n\n<!-- speaker_note: "red \\u001b[31mtext\\u0007 \\u202eevil" -->\n<!-- // briefing: {"kind":"title","lang":"en","source":"A\\u0000B","sources":[]} -->\n';
    const deck = parseDeck(md);
    expect(deck.slides[0]?.notes).toBe('red text evil');
    expect(deck.source).toBe('AB');
  });

  it('reads an empty text as a deck without slides', () => {
    expect(parseDeck('')).toEqual({ title: '', lang: 'en', slides: [] });
  });
});
