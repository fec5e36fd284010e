import { describe, it, expect } from 'vitest';
import { cutLeadTitle } from '../../src/article/lead-title';

const LEAD =
  'Le Venezuela et la Russie ont renouvelé samedi des contrats de soutien et de conseil sur des questions militaires et énergétiques incluant la participation de sociétés russes dans le pays pétrolier, a annoncé le président vénézuélien Nicolas Maduro.';

describe('cutLeadTitle', () => {
  it('cuts the default lead before a clause-starting word', () => {
    expect(cutLeadTitle(LEAD, 'fr')).toBe('Le Venezuela et la Russie ont renouvelé samedi des contrats de soutien et de conseil');
  });

  it('keeps a short sentence whole, without its final full stop', () => {
    expect(cutLeadTitle('La Russie aide le Venezuela.', 'fr')).toBe('La Russie aide le Venezuela');
    expect(cutLeadTitle('Will Russia stay?', 'en')).toBe('Will Russia stay?');
    expect(cutLeadTitle('Nobody knows...', 'en')).toBe('Nobody knows...');
  });

  it('cuts at a comma', () => {
    const sentence =
      'The Russian deputy prime minister met Nicolas Maduro in Caracas last Saturday afternoon, and the two men renewed a series of contracts that had expired.';
    expect(cutLeadTitle(sentence, 'en')).toBe('The Russian deputy prime minister met Nicolas Maduro in Caracas last Saturday afternoon');
  });

  it('cuts before an English clause word and never ends on a dangling word', () => {
    const sentence =
      'Venezuela and Russia renewed military and energy contracts worth several billion dollars with the state oil firm, which is struggling.';
    const title = cutLeadTitle(sentence, 'en');
    expect(title).toBe('Venezuela and Russia renewed military and energy contracts worth several billion dollars');
    expect(sentence.startsWith(title)).toBe(true);
  });

  it('falls back to the last word boundary, stepping back over articles and prepositions', () => {
    // The last word boundary within 90 characters falls after "of the": both are dropped.
    const sentence =
      'Venezuela Russia Maduro Borisov Putin Medvedev Guaido Caracas Moscow Havana Kremlin of the Caribbean oil producer';
    expect(cutLeadTitle(sentence, 'en')).toBe('Venezuela Russia Maduro Borisov Putin Medvedev Guaido Caracas Moscow Havana Kremlin');
  });

  it('prefers a cut that leaves quotation marks balanced', () => {
    // Cutting before "avec" would be longer but would leave « open.
    const sentence =
      'Le président du Venezuela a salué à Caracas, samedi, la « coopération technico-militaire avec Moscou et Pékin », selon l’agence.';
    expect(cutLeadTitle(sentence, 'fr')).toBe('Le président du Venezuela a salué à Caracas, samedi');
  });

  it('always returns a prefix of at most 90 characters, even for one huge word', () => {
    const word = 'é'.repeat(200_000);
    const title = cutLeadTitle(word, 'fr');
    expect(Array.from(title)).toHaveLength(90);
    expect(word.startsWith(title)).toBe(true);
  });
});
