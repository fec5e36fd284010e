import { describe, expect, it } from 'vitest';
import { BULLET_MAX_CHARS, countWords, shortenSentence } from '../../src/deck/shorten';

describe('shortenSentence', () => {
  it('moves a French attribution tail out of the bullet', () => {
    const s = 'Le Venezuela et la Russie ont renouvelé samedi des contrats de soutien, a annoncé le président vénézuélien Nicolas Maduro.';
    expect(shortenSentence(s, 'fr')).toEqual({ text: 'Le Venezuela et la Russie ont renouvelé samedi des contrats de soutien.', isTrimmed: true });
  });

  it('keeps the closing guillemet of a quotation before the attribution', () => {
    const s = '« Nous avons renouvelé tous les contrats d’assistance et de conseil », a déclaré le président.';
    expect(shortenSentence(s, 'fr').text).toBe('« Nous avons renouvelé tous les contrats d’assistance et de conseil »');
  });

  it('moves an English attribution tail out', () => {
    const s = 'The central bank will keep rates on hold until inflation falls back to target, the governor said.';
    expect(shortenSentence(s, 'en').text).toBe('The central bank will keep rates on hold until inflation falls back to target.');
  });

  it('never cuts inside a quotation', () => {
    const s = '“We will sign the deal, whatever it costs, and we will sign it this week,” he said.';
    expect(shortenSentence(s, 'en').text).toBe('“We will sign the deal, whatever it costs, and we will sign it this week,”');
  });

  it('leaves a short sentence without a tail as it is', () => {
    const s = 'Inflation rose to 4.5% in March.';
    expect(shortenSentence(s, 'en')).toEqual({ text: s, isTrimmed: false });
  });

  it('cuts a long sentence at its longest clause boundary within the limit, marking the cut', () => {
    const s =
      'The agreement covers steel, aluminium and farm goods, and it removes most tariffs between the two blocs within five years, while leaving cars and chemicals to a later round of talks that diplomats expect to start next spring.';
    const bullet = shortenSentence(s, 'en', 150);
    expect(bullet.isTrimmed).toBe(true);
    expect(bullet.text).toBe('The agreement covers steel, aluminium and farm goods, and it removes most tariffs between the two blocs within five years…');
    expect(s.startsWith(bullet.text.slice(0, -1))).toBe(true);
  });

  it('is fast on one enormous line (linear)', () => {
    const s = `${'mot, '.repeat(40_000)}fin.`;
    const bullet = shortenSentence(s, 'fr');
    expect(bullet.text.length).toBeLessThanOrEqual(BULLET_MAX_CHARS + 1);
  });
});

describe('countWords', () => {
  it('counts runs separated by spaces, no-break spaces included', () => {
    expect(countWords('  un deux\u00a0trois\u202f» quatre ')).toBe(5);
    expect(countWords('')).toBe(0);
  });
});

describe('shortenSentence on long sentences', () => {
  it('drops a leading concessive clause before cutting the main one', () => {
    const s =
      'Bien qu’il n’ait pas fourni de détails sur les accords signés, Maduro a indiqué qu’ils incluent la « participation d’entreprises russes dans tous les domaines de la production stratégique », tels que le pétrole, le gaz et l’agriculture.';
    expect(shortenSentence(s, 'fr', 150).text).toBe(
      'Maduro a indiqué qu’ils incluent la « participation d’entreprises russes dans tous les domaines de la production stratégique », tels que le pétrole…',
    );
  });

  it('cuts before a clause-starting word when no punctuation fits, never after a dangling word', () => {
    const s =
      'Le Venezuela et la Russie ont renouvelé samedi des contrats de soutien et de conseil sur des questions militaires et énergétiques incluant la participation de sociétés russes dans le pays pétrolier.';
    expect(shortenSentence(s, 'fr', 150).text).toBe(
      'Le Venezuela et la Russie ont renouvelé samedi des contrats de soutien et de conseil sur des questions militaires et énergétiques…',
    );
    expect(shortenSentence(s, 'fr').text).toBe('Le Venezuela et la Russie ont renouvelé samedi des contrats de soutien et de conseil…');
  });

});
