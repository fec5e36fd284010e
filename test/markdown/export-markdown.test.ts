import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/deck/deck';
import { deckToMarkdown } from '../../src/markdown/export-markdown';
import { parseDeck } from '../../src/markdown/parse-deck';

const deck: Deck = {
  title: 'Le Venezuela et la Russie ont renouvelé samedi des contrats',
  subtitle: 'Accords militaires',
  lang: 'fr',
  source: 'AFP',
  date: '29 juin 2018',
  slides: [
    {
      kind: 'title',
      title: 'Le Venezuela et la Russie ont renouvelé samedi des contrats',
      body: '- Nicolas Maduro, Youri Borisov\n',
      notes: 'Le Venezuela et la Russie ont renouvelé samedi des contrats <de soutien> --> fin.',
      sources: [0],
    },
    {
      kind: 'section',
      section: 'context',
      title: 'Contexte',
      body: '- Première phrase\n- Deuxième \\*phrase\\*',
      notes: 'Ligne 1\nLigne 2 « citée »',
      sources: [0, 4, 7],
    },
    { kind: 'markdown', title: 'Sans notes', body: '', notes: '', sources: [] },
  ],
};

const expected = `---
options:
  end_slide_shorthand: true
---

# Le Venezuela et la Russie ont renouvelé samedi des contrats

- Nicolas Maduro, Youri Borisov

<!-- speaker_note: "Le Venezuela et la Russie ont renouvelé samedi des contrats \\u003cde soutien\\u003e --\\u003e fin." -->
<!-- // briefing: {"kind":"title","lang":"fr","subtitle":"Accords militaires","source":"AFP","date":"29 juin 2018","sources":[0]} -->

---

## Contexte

- Première phrase
- Deuxième \\*phrase\\*

<!-- speaker_note: "Ligne 1\\nLigne 2 « citée »" -->
<!-- // briefing: {"kind":"section","section":"context","sources":[0,4,7]} -->

---

## Sans notes

<!-- // briefing: {"kind":"markdown","sources":[]} -->
`;

describe('deckToMarkdown', () => {
  it('writes the DESIGN.md format exactly', () => {
    expect(deckToMarkdown(deck)).toBe(expected);
  });

  it('reads back to the same deck (bodies trimmed)', () => {
    const back = parseDeck(deckToMarkdown(deck));
    expect(back).toEqual({
      ...deck,
      slides: deck.slides.map((s) => ({ ...s, body: s.body.trim() })),
    });
    expect(deckToMarkdown(back)).toBe(expected);
  });

  it('puts titles on one line, escaped, and writes an empty title as a bare marker', () => {
    const md = deckToMarkdown({
      title: 'Deck *title*\nsecond line',
      lang: 'en',
      slides: [
        { kind: 'title', title: 'ignored: the deck title heads the first slide', body: '', notes: '', sources: [] },
        { kind: 'markdown', title: '', body: '', notes: '', sources: [] },
        { kind: 'markdown', title: 'C# and F #', body: '', notes: '', sources: [] },
      ],
    });
    expect(md).toContain('\n# Deck \\*title\\* second line\n');
    expect(md).toContain('\n##\n');
    expect(md).toContain('\n## C# and F \\#\n');
  });

  it('keeps deck metadata when a deck has no slide at all', () => {
    const md = deckToMarkdown({ title: 'Empty', lang: 'en', slides: [] });
    expect(md).toBe(
      '---\noptions:\n  end_slide_shorthand: true\n---\n\n# Empty\n\n<!-- // briefing: {"kind":"title","lang":"en","sources":[]} -->\n',
    );
  });

  it('leaves no trailing spaces, no double blank lines, one H1 and ends with one newline', () => {
    const md = deckToMarkdown(deck);
    expect(md).not.toMatch(/[ \t]$/m);
    expect(md).not.toContain('\n\n\n');
    expect(md.match(/^# /gm)).toHaveLength(1);
    expect(md.endsWith('\n') && !md.endsWith('\n\n')).toBe(true);
    expect(md).not.toContain('\r');
  });

  it('never lets a note or a metadata value close its comment early', () => {
    const md = deckToMarkdown({
      title: 'T',
      lang: 'en',
      source: 'a --> b',
      slides: [{ kind: 'title', title: 'T', body: '', notes: '--> <!-- x -->\u2028', sources: [] }],
    });
    const comments = md.split('\n').filter((line) => line.startsWith('<!--'));
    expect(comments).toHaveLength(2);
    for (const line of comments) expect(line.indexOf('-->')).toBe(line.length - 3);
    expect(md).toContain('\\u2028');
  });
});
