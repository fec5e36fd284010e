import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import type { Quote } from '../../src/analysis/analysis';
import { findQuotes } from '../../src/analysis/quotes/pair-quotes';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { makeArticle } from './make-article';

function quotes(lang: 'fr' | 'en', paragraphs: string[][]): Quote[] {
  return [...analyze(makeArticle(lang, paragraphs), DEFAULT_TEMPLATE).quotes];
}

function raw(paragraphs: string[][]): string[] {
  const sentences = paragraphs.flatMap((p, i) => p.map((text) => ({ text, paragraph: i })));
  return findQuotes(sentences).map((q) => q.text);
}

describe('quote pairing', () => {
  it('keeps the words verbatim without the marks', () => {
    expect(raw([['Il a dit « nous avons renouvelé tous les contrats » hier.']])).toEqual(['nous avons renouvelé tous les contrats']);
    expect(raw([['He said “we will not back down” on Monday.']])).toEqual(['we will not back down']);
  });

  it('lets a quotation run over sentences of one paragraph, never past it', () => {
    expect(raw([['Il a dit : « La coopération l’a emporté.', 'La solidarité a été actée. »', 'Fin.']])).toEqual([
      'La coopération l’a emporté. La solidarité a été actée.',
    ]);
    expect(raw([['He said: "The outlook remains uncertain.'], ['Other news followed here today.']])).toEqual(['The outlook remains uncertain.']);
  });

  it('closes a straight quotation when a new one opens (closing marks dropped between paragraphs)', () => {
    expect(raw([['"But we should be ready to cut rates. "Dismal reports are worrying."']])).toEqual([
      'But we should be ready to cut rates.', 'Dismal reports are worrying.',
    ]);
  });

  it('ignores stray marks and short scare quotes, but keeps a word a verb of saying quotes', () => {
    expect(raw([['» Le détail des conclusions est à lire ici.']])).toEqual([]);
    expect(quotes('fr', [['Des centres « contrôlés » et « volontaires » seront ouverts.']])).toEqual([]);
    expect(quotes('fr', [['Un porte-parole a déclaré qu’il était « difficile » de prévoir la suite.']]).map((q) => q.text)).toEqual(['difficile']);
    expect(quotes('en', [['A spokesman said it was "difficult" to tell.']]).map((q) => q.text)).toEqual(['difficult']);
    expect(raw([['La coopération « marche parfaitement selon le calendrier « , a-t-il ajouté.']])).toEqual([
      'marche parfaitement selon le calendrier',
    ]);
  });
});

describe('dialogue interviews', () => {
  it('reads the answers of dash-led dialogue lines as quotations, not the questions nor a lone dashed line', () => {
    expect(
      raw([
        ['Interrogé mardi soir, le président du groupe a répondu :'],
        ['— Voterez-vous la censure ?'],
        ['— Nous prendrons notre décision jeudi matin.', 'Pas avant.'],
        ['— Le gouvernement peut-il tomber ?'],
        ['— Tout est possible.'],
      ]),
    ).toEqual(['Nous prendrons notre décision jeudi matin. Pas avant.', 'Tout est possible.']);
    expect(raw([['Le texte prévoit trois mesures.'], ['— une hausse des taxes sur le tabac.'], ['La suite au prochain conseil.']])).toEqual([]);
    expect(raw([['— Il a dit « nous verrons bien » hier.'], ['— Nous attendrons la décision du groupe.']])).toEqual(['nous verrons bien', 'Nous attendrons la décision du groupe.']);
  });
});

describe('speakers', () => {
  it('takes the person named near a verb of saying', () => {
    const q = quotes('en', [
      ['"Today\'s decision is correct," said David Frost, director general of the chamber.'],
      ['Chief economist Ian Black said the economy had "slowed in recent months".'],
    ]);
    expect(q.map((x) => x.speaker)).toEqual(['David Frost', 'Ian Black']);
  });

  it('resolves a pronoun and a bare title to the person named before', () => {
    const q = quotes('fr', [
      ['Le président vénézuélien Nicolas Maduro a reçu le ministre russe Youri Borisov.'],
      ['« Nous avons renouvelé tous les contrats », a déclaré le président après avoir rencontré le ministre russe Youri Borisov.'],
      ['Le chancelier Sebastian Kurz a écarté cette idée.'],
      ['« On n’est pas un pays de première arrivée », a-t-il déclaré.'],
    ]);
    expect(q).toEqual([
      { text: 'Nous avons renouvelé tous les contrats', speaker: 'Nicolas Maduro', sentence: 1 },
      { text: 'On n’est pas un pays de première arrivée', speaker: 'Sebastian Kurz', sentence: 3 },
    ]);
  });

  it('names no speaker when the sentence names none, and never one inside the quotation', () => {
    const q = quotes('en', [
      ['A U.S. official said the Treasury acted to "support President Joe Smith in his efforts to end the war".'],
    ]);
    expect(q).toEqual([{ text: 'support President Joe Smith in his efforts to end the war', sentence: 0 }]);
  });
});

describe('quotation shapes of wire copy', () => {
  it('keeps a short quotation that a clause of saying introduces, or a sentence opening on whose view it is', () => {
    const texts = (lang: 'fr' | 'en', sentence: string): string[] => quotes(lang, [[sentence]]).map((q) => q.text);
    expect(texts('en', 'The foreign minister, Teresa Valente, urged both sides to return to the negotiating table "without preconditions".')).toEqual([
      'without preconditions',
    ]);
    expect(texts('en', 'Tehran condemned the measures, calling them "economic terrorism".')).toEqual(['economic terrorism']);
    expect(texts('fr', 'Pour l’association Eau et Rivières de Bretagne, partie civile, le jugement « fera date ».')).toEqual(['fera date']);
    expect(texts('fr', 'Pour la première fois, des centres « contrôlés » seront ouverts.')).toEqual([]);
  });

  it('resolves "selon lui" to the person named before, not to a name after "que"', () => {
    const q = quotes('fr', [
      ['Le porte-parole de l’institut, Paulo Tembe, a rappelé les consignes de sécurité.'],
      ['Selon lui, plusieurs villages ne sont accessibles « que par hélicoptère ou par bateau ».'],
    ]);
    expect(q.map((x) => x.speaker)).toEqual(['Paulo Tembe']);
    const en = quotes('en', [['The lead author, Priya Raman, presented the data on Monday.'], ['According to her, the signal is "still there after every test".']]);
    expect(en.map((x) => x.speaker)).toEqual(['Priya Raman']);
    const army = quotes('fr', [['L’armée a dit viser des « positions ennemies » et assure que les Forces de soutien rapide (FSR) ont reculé.']]);
    expect(army).toEqual([{ text: 'positions ennemies', sentence: 0 }]);
  });

  it('reads the attribution a French quotation carries inside its marks', () => {
    const q = quotes('fr', [
      ['Le tribunal a condamné le groupe Agrinord à une amende.'],
      ['« Nous sommes déçus, a réagi l’avocat du groupe, Me François Caradec, à la sortie de l’audience.', 'Nous ferons appel. »'],
      ['Selon lui, l’entreprise « étudie la possibilité de faire appel ».'],
    ]);
    expect(q).toEqual([
      { text: 'Nous sommes déçus, a réagi l’avocat du groupe, Me François Caradec, à la sortie de l’audience. Nous ferons appel.', speaker: 'François Caradec', sentence: 1 },
      { text: 'étudie la possibilité de faire appel', speaker: 'François Caradec', sentence: 3 },
    ]);
  });
});
