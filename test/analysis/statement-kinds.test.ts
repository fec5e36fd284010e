// Section cues by kind of statement (diplomatic stance, contract terms and schedule, economic measurement,
// background), each tested on sentences written for this test in the way wire stories word them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import type { SectionId } from '../../src/analysis/analysis';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';

/** The cue words sentence `index` of `text` has for `section`, placed or a candidate. */
function cuesFor(text: string, index: number, section: SectionId): readonly string[] {
  const s = analyze(parseArticle(text), DEFAULT_TEMPLATE).sentences[index]!;
  if (s.sections.includes(section)) return s.cues;
  return s.candidates.find((c) => c.section === section)?.cues ?? [];
}

/** The cue words of the second sentence of a two-sentence article after a neutral opening line. */
function secondSentenceCues(sentence: string, section: SectionId, lang: 'fr' | 'en'): readonly string[] {
  const opening = lang === 'fr' ? 'Les délégués sont arrivés à Oslo.' : 'The meeting took place in Oslo.';
  return cuesFor(`# T\n\n${opening}\n\n${sentence}\n`, 1, section);
}

describe('statement kinds', () => {
  it('reads the inflections of diplomatic stance verbs as alliances', () => {
    const en: [string, string][] = [
      ['The envoy is calling on both camps to return to the table.', 'calling on'],
      ['Rome backs the plan for a regional force.', 'backs'],
      ['The minister welcomes the decision of her counterpart.', 'welcomes'],
      ['Ottawa stands with its Nordic neighbours on the question.', 'stands with'],
      ['The two leaders reiterated their rejection of the annexation.', 'reiterated'],
      ['The bloc endorsed the mediation offer from Doha.', 'endorsed'],
    ];
    for (const [sentence, cue] of en) expect(secondSentenceCues(sentence, 'alliances', 'en'), sentence).toContain(cue);
    expect(secondSentenceCues('Le ministre a réitéré son appui au gouvernement de transition.', 'alliances', 'fr')).toContain('réitéré');
  });

  it('reads what was agreed and when a contract is delivered or expires as agreements', () => {
    const fr: [string, string][] = [
      ['Les deux capitales ont convenu de rouvrir leurs consulats.', 'convenu'],
      ['Le premier navire sera livré au printemps.', 'sera livré'],
      ['L’acquéreur offre 14 euros par action.', 'par action'],
      ['Le bail expire à la fin de la décennie.', 'expire'],
    ];
    for (const [sentence, cue] of fr) expect(secondSentenceCues(sentence, 'agreements', 'fr'), sentence).toContain(cue);
    const en: [string, string][] = [
      ['The order would be worth about 3 billion dollars.', 'worth about'],
      ['The programme is worth 900 million pounds to the yard.', 'is worth'],
      ['The current licence expires in 2029.', 'expires'],
    ];
    for (const [sentence, cue] of en) expect(secondSentenceCues(sentence, 'agreements', 'en'), sentence).toContain(cue);
  });

  it('reads counterparts, bilateral ties, embassies and calls between leaders as alliances', () => {
    const en: [string, string][] = [
      ['She met her Kenyan counterpart on the sidelines.', 'counterpart'],
      ['The bilateral relationship has rarely been closer.', 'bilateral'],
      ['Protesters gathered outside the embassy in the capital.', 'embassy'],
      ['The two presidents spoke by phone on Tuesday.', 'spoke by phone'],
    ];
    for (const [sentence, cue] of en) expect(secondSentenceCues(sentence, 'alliances', 'en'), sentence).toContain(cue);
    const fr: [string, string][] = [
      ['Le ministre a reçu son homologue chilien.', 'homologue'],
      ['Les échanges bilatéraux reprendront en mai.', 'bilatéraux'],
      ['Il s’est entretenu avec le roi pendant une heure.', 's’est entretenu'],
      ['Le consulat de Lyon restera ouvert.', 'consulat'],
    ];
    for (const [sentence, cue] of fr) expect(secondSentenceCues(sentence, 'alliances', 'fr'), sentence).toContain(cue);
  });

  it('reads an approval, a condition, a duration and a tender as contract terms', () => {
    const fr: [string, string][] = [
      ['La cession attend encore l’aval de Bruxelles.', 'l’aval'],
      ['Le projet est soumis à l’approbation des actionnaires.', 'approbation'],
      ['Le site sera repris sous réserve de l’accord des salariés.', 'sous réserve'],
      ['La concession est accordée pour une durée de trente ans.', 'pour une durée de'],
      ['La région a lancé un appel d’offres pour ses trains.', 'appel d’offres'],
    ];
    for (const [sentence, cue] of fr) expect(secondSentenceCues(sentence, 'agreements', 'fr'), sentence).toContain(cue);
    const en: [string, string][] = [
      ['The sale is subject to a vote of shareholders.', 'subject to'],
      ['The second payment is conditional on reforms.', 'conditional on'],
      ['The port is leased for a period of 40 years.', 'for a period of'],
      ['The club holds exclusive rights to the stadium.', 'exclusive rights'],
    ];
    for (const [sentence, cue] of en) expect(secondSentenceCues(sentence, 'agreements', 'en'), sentence).toContain(cue);
  });

  it('reads economic measurement nouns as economy', () => {
    const en: [string, string][] = [
      ['The main index lost ground for a third day.', 'index'],
      ['Unemployment fell by half a percentage point.', 'percentage point'],
      ['Output was flat year on year.', 'year on year'],
      ['The exchange rate has been pegged since 1998.', 'exchange rate'],
      ['Parliament rejected the third bailout.', 'bailout'],
    ];
    for (const [sentence, cue] of en) expect(secondSentenceCues(sentence, 'economy', 'en'), sentence).toContain(cue);
    const fr: [string, string][] = [
      ['L’indice de la place parisienne a terminé en repli.', 'indice'],
      ['Le chômage a reculé de deux points de pourcentage.', 'points de pourcentage'],
      ['Les loyers ont grimpé en glissement annuel.', 'en glissement annuel'],
      ['Le gouvernement prépare un plan de relance.', 'plan de relance'],
      ['La balance commerciale reste déficitaire.', 'balance commerciale'],
    ];
    for (const [sentence, cue] of fr) expect(secondSentenceCues(sentence, 'economy', 'fr'), sentence).toContain(cue);
  });

  it('reads who claimed an attack and what an event follows as context', () => {
    expect(secondSentenceCues('A local cell claimed responsibility on Friday.', 'context', 'en')).toContain('claimed responsibility');
    expect(secondSentenceCues('The visit comes three months after the border incident.', 'context', 'en')).toContain('months after');
    expect(secondSentenceCues('L’attentat a été revendiqué dans la soirée.', 'context', 'fr')).toContain('revendiqué');
    expect(secondSentenceCues('Cette décision fait suite à une plainte des riverains.', 'context', 'fr')).toContain('fait suite');
  });

  it('reads what a published report or study found as context', () => {
    expect(secondSentenceCues('Selon une étude de l’université, un foyer sur cinq renonce à se chauffer.', 'context', 'fr')).toContain('Selon une étude');
    expect(secondSentenceCues('Dans son rapport annuel, l’inspection relève des retards.', 'context', 'fr')).toContain('Dans son rapport');
    expect(secondSentenceCues('According to a report by the inspectors, half the bridges need repairs.', 'context', 'en')).toContain('According to a report');
  });

  it('reads idioms of ratifying, clinching and closing ranks', () => {
    expect(secondSentenceCues('Le conseil a entériné le compromis sans vote.', 'agreements', 'fr')).toContain('entériné');
    expect(secondSentenceCues('The two carriers inked a codeshare on Friday.', 'agreements', 'en')).toContain('inked');
    expect(secondSentenceCues('Neighbouring states rallied behind the president.', 'alliances', 'en')).toContain('rallied behind');
    expect(secondSentenceCues('Les capitales européennes ont serré les rangs.', 'alliances', 'fr')).toContain('serré les rangs');
  });

  it('does not take words that only begin like a cue for it', () => {
    const none: [string, SectionId, 'fr' | 'en'][] = [
      ['Provisional results are due on Friday.', 'agreements', 'en'],
      ['Traders saw signs of a slowdown in the north.', 'agreements', 'en'],
      ['The delegation flew on to Stockholm.', 'economy', 'en'],
      ['Le commandement de la région a changé de mains.', 'agreements', 'fr'],
      ['Les observateurs ont noté des retards, relevant des erreurs de procédure.', 'economy', 'fr'],
      ['La couverture médiatique du procès a été intense.', 'alliances', 'fr'],
    ];
    for (const [sentence, section, lang] of none) expect(secondSentenceCues(sentence, section, lang), sentence).toEqual([]);
    // The forms that are cues still are.
    expect(secondSentenceCues('The provisions of the treaty apply from May.', 'agreements', 'en')).toContain('provisions');
    expect(secondSentenceCues('La compagnie a commandé douze avions.', 'agreements', 'fr')).toContain('commandé');
    expect(secondSentenceCues('La banque a relevé son taux directeur.', 'economy', 'fr')).toContain('relevé');
    expect(secondSentenceCues('Le médiateur a rencontré les deux camps.', 'alliances', 'fr')).toContain('médiateur');
  });

  it('counts a cue of several words that is a whole name, not a word inside a longer name or a one-word name', () => {
    // "Foreign Ministry" and "Central Bank" are names here and the cues they are; "Alliance" only begins a company's name.
    expect(secondSentenceCues('The Foreign Ministry said the visit would go ahead.', 'alliances', 'en')).toContain('Foreign Ministry');
    expect(secondSentenceCues('The Central Bank kept its key rate unchanged.', 'economy', 'en')).toContain('Central Bank');
    expect(secondSentenceCues('Alliance Investment Partners opened an office.', 'alliances', 'en')).toEqual([]);
  });

  it('ends a negation at a comma or a quotation mark: it governs its own phrase, not the cue after it', () => {
    /** The score of the second sentence for `section`, as a candidate (one sentence cannot establish it). */
    const score = (sentence: string, section: SectionId, lang: 'fr' | 'en'): number => {
      const opening = lang === 'fr' ? 'Les délégués sont arrivés à Oslo.' : 'The meeting took place in Oslo.';
      const s = analyze(parseArticle(`# T\n\n${opening}\n\n${sentence}\n`), DEFAULT_TEMPLATE).sentences[1]!;
      return s.candidates.find((c) => c.section === section)?.score ?? 0;
    };
    expect(score('Not surprisingly, the allies closed ranks.', 'alliances', 'en')).toBe(score('As expected the allies closed ranks.', 'alliances', 'en'));
    expect(score('Sans attendre, les alliés ont réagi.', 'alliances', 'fr')).toBe(score('Aussitôt les alliés ont réagi.', 'alliances', 'fr'));
    expect(score('Both capitals praised their “no limits” partnership.', 'alliances', 'en')).toBeGreaterThan(
      score('Both capitals praised their no limits partnership.', 'alliances', 'en'),
    );
    // Without punctuation between them, the negation still governs the cue.
    expect(score('Rome has not backed the plan.', 'alliances', 'en')).toBeLessThan(score('Rome has backed the plan.', 'alliances', 'en'));
  });
});
