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
      'Le comité de la banque régionale justifie cette décision prudente par une inflation qui atteint 6,8 % sur un an',
    ]);
    const en = 'Uptake of the second dose among young children has fallen to 81.5%, well below the 95% needed.';
    expect(bullets(en, 'en', { keep: ['81.5%', '95%'] })).toEqual(['Uptake of the second dose among young children has fallen to 81.5%, well below the 95% needed']);
  });
});

describe('shortenSentence: a closing appositive that sums up the clause', () => {
  const long = 'Le député sortant de la circonscription du littoral nord avait appelé ses électeurs à voter pour la candidate de la majorité';

  it('deletes ", un ralliement qui…" and ", a move that…" from a long bullet', () => {
    expect(bullets(`${long}, un ralliement qui a pesé dans les régions côtières.`, 'fr')).toEqual([long]);
    const en = 'The regional transport authority of the northern province briefly suspended payments on its share of the new rail line';
    expect(bullets(`${en}, a dispute that strained relations with the builders.`, 'en')).toEqual([en]);
  });

  it('keeps one without a relative pronoun, one that holds a date of the timeline, and one in a short bullet', () => {
    const shorter = 'Le député sortant avait appelé ses électeurs à voter pour la candidate de la majorité';
    expect(bullets(`${shorter}, un soutien de poids pour la candidate.`, 'fr').join(' ')).toContain('un soutien de poids');
    // Over the hard limit it goes as the last resort, a closing stretch after a comma.
    expect(bullets(`${long}, un soutien de poids pour la candidate.`, 'fr')).toEqual([long]);
    const dated = `${long}, un ralliement qui a pesé en 2023 dans les régions côtières.`;
    expect(bullets(dated, 'fr', { dates: ['en 2023'] }).join(' ')).toContain('un ralliement qui a pesé');
    expect(bullets('Le député a appelé à voter pour elle, un ralliement qui a pesé.', 'fr')).toEqual(['Le député a appelé à voter pour elle, un ralliement qui a pesé']);
  });
});

describe('shortenSentence: trailing phrases after a quotation', () => {
  it('deletes a trailing phrase after the last closing quotation mark, never inside the quotation', () => {
    const s = 'Le président du conseil régional a estimé vendredi qu’il était « bien trop tôt pour parler d’un succès dans la région » après le vote des élus à Lyon.';
    expect(bullets(s, 'fr')).toEqual(['Le président du conseil régional a estimé vendredi qu’il était « bien trop tôt pour parler d’un succès dans la région »']);
  });

  it('deletes nothing after a quotation left open, in guillemets or straight quotes', () => {
    const open = 'Le président du conseil régional a estimé vendredi qu’il était « bien trop tôt pour parler d’un succès après le vote des élus à Lyon.';
    expect(bullets(open, 'fr').join(' ')).toContain('à Lyon');
    const straight = 'Le président du conseil régional a estimé vendredi qu’il était "bien trop tôt pour parler d’un succès après le vote des élus à Lyon.';
    expect(bullets(straight, 'fr').join(' ')).toContain('à Lyon');
  });

  it('may delete a closing phrase that holds a whole quotation, never a part of one', () => {
    const sentence = 'Le président socialiste du pays avait annoncé mardi qu’il décrétait l’« état d’urgence économique » afin de « neutraliser et mettre en échec l’agression extérieure ».';
    const text = bullets(sentence, 'fr').join(' ');
    expect(text).toContain('« état d’urgence économique »');
    expect(text).not.toContain('afin de');
    expect(text).not.toContain('neutraliser');
  });
});
