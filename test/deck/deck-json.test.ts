import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/deck/deck';
import { deckToJson, parseDeckJson } from '../../src/deck/deck-json';

const deck: Deck = {
  slides: [
    { sources: [0], notes: 'Lead.', body: '- A, B', title: 'Titre', kind: 'title' },
    { kind: 'section', section: 'economy', title: 'Crise économique', body: '- x', notes: '', sources: [3, 9] },
  ],
  lang: 'fr',
  title: 'Titre',
  date: 'samedi',
};

describe('deckToJson', () => {
  it('writes the schema first, then the deck in a fixed key order, 2-space indented with a final newline', () => {
    expect(deckToJson(deck)).toBe(`{
  "schema": "briefing.deck/1",
  "title": "Titre",
  "lang": "fr",
  "date": "samedi",
  "slides": [
    {
      "kind": "title",
      "title": "Titre",
      "body": "- A, B",
      "notes": "Lead.",
      "sources": [
        0
      ]
    },
    {
      "kind": "section",
      "section": "economy",
      "title": "Crise économique",
      "body": "- x",
      "notes": "",
      "sources": [
        3,
        9
      ]
    }
  ]
}
`);
  });
});

describe('parseDeckJson', () => {
  it('reads back what deckToJson wrote', () => {
    expect(parseDeckJson(deckToJson(deck))).toEqual(deck);
    expect(deckToJson(parseDeckJson(deckToJson(deck)))).toBe(deckToJson(deck));
  });

  it.each([
    ['{', /^not valid JSON: /],
    ['[]', /^the deck must be a JSON object$/],
    ['{"schema":"other"}', /"schema" must be "briefing.deck\/1"/],
    ['{"schema":"briefing.deck/1","lang":"de","slides":[]}', /"lang" must be "fr" or "en"/],
    ['{"schema":"briefing.deck/1","lang":"en"}', /"slides" must be an array/],
    ['{"schema":"briefing.deck/1","lang":"en","slides":[]}', /"title" must be a string/],
    ['{"schema":"briefing.deck/1","lang":"en","title":"T","slides":[{"kind":"x"}]}', /"slides\[0\]\.kind" must be one of title, /],
    [
      '{"schema":"briefing.deck/1","lang":"en","title":"T","slides":[{"kind":"section","section":"war"}]}',
      /"slides\[0\]\.section" must be one of context, /,
    ],
    [
      '{"schema":"briefing.deck/1","lang":"en","title":"T","slides":[{"kind":"title","title":"T","body":"","notes":"","sources":[-1]}]}',
      /"slides\[0\]\.sources" must be an array of sentence indices/,
    ],
    ['{"schema":"briefing.deck/1","lang":"en","title":"T","subtitle":3,"slides":[]}', /"subtitle" must be a string/],
  ])('rejects %s with a one-line message', (text, message) => {
    expect(() => parseDeckJson(text)).toThrow(message);
    try {
      parseDeckJson(text);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('cleans strings as read does', () => {
    const text = '{"schema":"briefing.deck/1","lang":"en","title":"A\\u001b[2JB","slides":[]}';
    expect(parseDeckJson(text).title).toBe('AB');
  });
});
