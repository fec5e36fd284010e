import { describe, it, expect } from 'vitest';
import type { Deck } from '../../src/deck/deck';
import { deckToPlainText } from '../../src/markdown/plain-text';
import { displayWidth } from '../../src/text/display-width';

const deck: Deck = {
  title: 'Le Venezuela et la Russie renouvellent leurs contrats',
  lang: 'fr',
  slides: [
    {
      kind: 'title',
      title: 'Le Venezuela et la Russie renouvellent leurs contrats',
      body: 'Le Monde · 12 mars 2024\n\n- Nicolas Maduro, Youri Borisov',
      notes: 'Le Venezuela et la Russie ont renouvelé samedi des contrats.',
      sources: [0],
    },
    {
      kind: 'section',
      section: 'agreements',
      title: 'Accords',
      body: '- Des contrats de **soutien** et de `conseil`\n  - dont un [accord](https://e.com)\n\n<!-- pause -->\n\n- Une livraison de *blé*',
      notes: '',
      sources: [1, 2],
    },
  ],
};

describe('deckToPlainText', () => {
  it('prints each slide as [n/N] Title, a blank line and the body without markup', () => {
    expect(deckToPlainText(deck)).toBe(
      [
        '[1/2] Le Venezuela et la Russie renouvellent leurs contrats',
        '',
        'Le Monde · 12 mars 2024',
        '',
        '- Nicolas Maduro, Youri Borisov',
        '',
        '[2/2] Accords',
        '',
        '- Des contrats de soutien et de conseil',
        '  - dont un accord (https://e.com)',
        '',
        '- Une livraison de blé',
        '',
      ].join('\n'),
    );
  });

  it('adds the notes under Notes: when asked, and skips empty notes', () => {
    const text = deckToPlainText(deck, { notes: true });
    expect(text).toContain('- Nicolas Maduro, Youri Borisov\n\nNotes:\nLe Venezuela et la Russie ont renouvelé samedi des contrats.\n\n[2/2] Accords');
    expect(text.match(/Notes:/g)).toHaveLength(1);
  });

  it('wraps every line at the width when given, with hanging indents', () => {
    const text = deckToPlainText(deck, { width: 24, notes: true });
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(24);
    expect(text).toContain('- Des contrats de\n  soutien et de conseil\n  - dont un accord\n    (https://e.com)');
  });

  it('ends with exactly one newline and holds no escape sequences or Markdown markers', () => {
    const text = deckToPlainText(deck, { width: 40 });
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text).not.toMatch(/\x1b|\*\*|`|<!--|\]\(/);
  });

  it('prints a slide with an empty body as its title line only', () => {
    const one: Deck = { title: 'T', lang: 'en', slides: [{ kind: 'markdown', title: 'Only a title', body: '', notes: '', sources: [] }] };
    expect(deckToPlainText(one)).toBe('[1/1] Only a title\n');
  });
});
