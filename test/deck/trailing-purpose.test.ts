import { describe, expect, it } from 'vitest';
import { shortenSentence } from '../../src/deck/shorten';

const bullets = (s: string, lang: 'fr' | 'en', options = {}): string[] => shortenSentence(s, lang, options).parts.map((p) => p.text);

describe('shortenSentence: trailing purpose clauses and comparisons', () => {
  it('deletes a trailing "pour" + infinitive and "afin de" from a long bullet', () => {
    const pour = 'La compagnie régionale des eaux du bassin nord a signé avec le groupe italien Ferrara un contrat de longue durée pour construire et exploiter une station près de Tunis.';
    expect(bullets(pour, 'fr')).toEqual(['La compagnie régionale des eaux du bassin nord a signé avec le groupe italien Ferrara un contrat de longue durée']);
    const afin = 'Le conseil municipal de la grande ville portuaire a voté une enveloppe exceptionnelle et durable afin de rénover les écoles primaires du centre historique.';
    expect(bullets(afin, 'fr')).toEqual(['Le conseil municipal de la grande ville portuaire a voté une enveloppe exceptionnelle et durable']);
  });

  it('keeps "pour" before a noun, and a purpose clause in a short bullet', () => {
    const noun = 'Les habitants de la vallée ont voté massivement lors du scrutin de dimanche dernier pour le candidat sortant de la majorité régionale.';
    expect(bullets(noun, 'fr').join(' ')).toContain('pour le candidat sortant');
    expect(bullets('Le maire a signé un contrat pour construire une école.', 'fr')).toEqual(['Le maire a signé un contrat pour construire une école']);
  });

  it('deletes a trailing comparison (", loin de…", ", well below…") that holds a figure only from a bullet over the hard limit', () => {
    const fr = 'Le comité de la banque régionale justifie cette décision prudente par une inflation qui atteint 6,8 % sur un an dans les neuf pays de l’union monétaire, loin de l’objectif de 2 %.';
    expect(bullets(fr, 'fr', { keep: ['6,8 %', '2 %'] })).toEqual([
      'Le comité de la banque régionale justifie cette décision prudente par une inflation qui atteint 6,8 % sur un an dans les neuf pays de l’union monétaire',
    ]);
    const en = 'Uptake of the second dose among young children has fallen to 81.5%, well below the 95% needed.';
    expect(bullets(en, 'en', { keep: ['81.5%', '95%'] })).toEqual(['Uptake of the second dose among young children has fallen to 81.5%, well below the 95% needed']);
  });
});
