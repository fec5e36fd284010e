// scripts/deck-quality.mjs judges a deck by deck-quality.py's rules: checked on a small deck whose faults are known.
import { describe, expect, it } from 'vitest';
import { deckQualityTotals, formatDeckQuality, isSubsequence, judgeDeck, words } from '../../scripts/deck-quality.mjs';

const deck = {
  slides: [
    { kind: 'title', body: '- Anything…', notes: '', sources: [0] },
    {
      kind: 'section',
      body: '- The bank raised its rate\n- Which was expected…\n- It said the rate rose to 5.75 % this week for the eighth time in a row since the crisis of the last year began',
      notes: 'The bank, which was expected to, raised its rate.\nIt said the rate rose to 5.75 % this week for the eighth time in a row since the crisis of the last year began.',
      sources: [1, 2],
    },
    { kind: 'section', body: '- The bank cut its rate', notes: 'The bank raised its rate.', sources: [2] },
    { kind: 'figures', body: "- **5.75 %**: the key rate\n- 's hike", notes: '', sources: [2] },
    { kind: 'timeline', body: '- **Thursday**: l’accord signé\n- **Friday**: The bank met', notes: '', sources: [1] },
  ],
};

describe('the deck-quality port', () => {
  it('counts cut, long, dangling, unfaithful, repeated and broken bullets', () => {
    const bad: string[][] = [];
    const row = judgeDeck('x.txt', deck, bad);
    expect(row).toMatchObject({ bullets: 4, cut: 1, long: 1, opens: 2, unfaithful: 1, repeated: 1, sources: 2, slides: 5, aux: 4, auxBroken: 2 });
    expect(row.words).toEqual([5, 3, 26, 5]);
    expect(bad.map((b) => b[1])).toEqual(['unfaithful', 'figures', 'timeline']);
  });

  it('prints the TOTAL line of deck-quality.py', () => {
    const bad: string[][] = [];
    const quality = { rows: [judgeDeck('x.txt', deck, bad)], bad };
    expect(formatDeckQuality(quality).split('\n').at(-2)).toBe(
      'TOTAL 1 articles, 0 errors: 4 section bullets, cut with an ellipsis 25%, over 25 words 25%, open on a connective/pronoun 50%, not deletion-only 25%, ' +
        'source sentences on 2+ section slides 1/2 (50%), median words 5.0; figures/timeline bullets broken 2/4 (50%); slides 5',
    );
    expect(deckQualityTotals(quality)).toMatchObject({ articles: 1, bullets: 4, median_words: 5 });
  });

  it('reads words as the Python script does', () => {
    expect(words('L’accord de 5,75 % — “done”')).toEqual(['l', 'accord', 'de', '5', '75', '%', 'done']);
    expect(isSubsequence(['a', 'c'], ['a', 'b', 'c'])).toBe(true);
    expect(isSubsequence(['c', 'a'], ['a', 'b', 'c'])).toBe(false);
  });
});
