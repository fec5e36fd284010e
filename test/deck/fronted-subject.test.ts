import { describe, expect, it } from 'vitest';
import { shortenSentence } from '../../src/deck/shorten';

const bullets = (s: string, lang: 'fr' | 'en'): string[] => shortenSentence(s, lang).parts.map((p) => p.text);

describe('shortenSentence: a short subject before an appositive is no fronted phrase', () => {
  it('keeps "Ce nouveau traité," when what follows it is a participle, not a subject', () => {
    const s = 'Ce nouveau traité, négocié au titre du partenariat régional de long terme, intervient après la découverte d’un déficit caché des comptes publics du pays.';
    for (const bullet of bullets(s, 'fr')) expect(bullet).not.toMatch(/^Négocié/u);
    expect(bullets(s, 'fr')[0]).toMatch(/^Ce nouveau traité/u);
  });

  it('still deletes a fronted phrase before a subject, and a connective before an English bare noun', () => {
    expect(bullets('Ce mardi, le gouvernement de la région a présenté un plan de relance de l’industrie textile et de la filière du bois.', 'fr')[0]).toMatch(/^Le gouvernement/u);
    expect(bullets('But retail sales disappointed over Christmas.', 'en')).toEqual(['Retail sales disappointed over Christmas']);
  });
});
