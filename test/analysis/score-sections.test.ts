import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE, parseTemplate } from '../../src/analysis/template';
import { makeArticle } from './make-article';

describe('section scoring', () => {
  const centralBank = makeArticle('en', [
    ['The central bank raised interest rates to 5.25% on Thursday, its highest level in fifteen years.'],
    ['Inflation slowed to 6.8% in July, but wages and house prices kept rising.'],
    ['Economists expect one more rate rise before the end of the year, as the economy slows.'],
    ['The governor said the board would watch consumer spending closely.'],
  ]);

  it('leaves out sections with no evidence (a central-bank note has no alliances or agreements)', () => {
    const a = analyze(centralBank, DEFAULT_TEMPLATE);
    expect(a.sections.map((s) => s.id)).toEqual(['context', 'economy']);
    for (const s of a.sentences) {
      expect(s.sections).not.toContain('alliances');
      expect(s.sections).not.toContain('agreements');
    }
  });

  it('reads a court judgment as no economy: the verb "emploie" and a prosecutor\'s "réquisitions" are no economic cues', () => {
    const judgment = makeArticle('fr', [
      ['Le tribunal correctionnel a condamné jeudi le groupe Agrinord à une amende de 3 millions d’euros pour la pollution d’une rivière.'],
      ['Dans ses réquisitions, la procureure avait dénoncé une négligence grave.'],
      ['« Les industriels savent désormais que polluer coûte plus cher que prévenir », a estimé la porte-parole d’une association.'],
      ['L’entreprise, qui emploie 1 200 personnes dans la région, dispose de dix jours pour faire appel.'],
    ]);
    const a = analyze(judgment, DEFAULT_TEMPLATE);
    expect(a.sections.map((s) => s.id)).not.toContain('economy');
    expect(a.sentences.flatMap((s) => s.sections)).not.toContain('economy');
  });

  it('reads a sanctions package agreed among governments as no agreement: sanctions lower agreement cues, a ban negates what it bans', () => {
    const sanctions = makeArticle('en', [
      ['European Union governments agreed on Thursday a new package of sanctions against Russia, diplomats said.'],
      ['The package was approved by ambassadors after one country dropped its veto in exchange for assurances on gas supplies.'],
      ['The measures also ban transactions with 22 more Russian banks and with two refineries.'],
      ['Oil and gas revenues fell 35% in the first half, according to finance ministry data.'],
    ]);
    const a = analyze(sanctions, DEFAULT_TEMPLATE);
    expect(a.sections.map((s) => s.id)).not.toContain('agreements');
    expect(a.sentences.flatMap((s) => s.sections)).not.toContain('agreements');
  });

  it('reads disaster aid as neither an alliance nor an economy section: humanitarian and relief words lower those cues', () => {
    const disaster = makeArticle('en', [
      ['Cyclone Reva killed at least 31 people in southern Bangladesh and damaged some 48,000 homes, officials said.'],
      ['The European Union released 2 million euros in emergency humanitarian aid, and India sent two navy ships with food and medical supplies.'],
      ['Japan and the United States pledged support for relief efforts.'],
      ['"We stand with the people of Bangladesh," the humanitarian aid commissioner said in a statement.'],
      ['Initial government estimates put damage to roads and crops at around $250 million.'],
    ]);
    const a = analyze(disaster, DEFAULT_TEMPLATE);
    for (const id of ['alliances', 'economy']) {
      expect(a.sections.map((s) => s.id)).not.toContain(id);
      expect(a.sentences.flatMap((s) => s.sections)).not.toContain(id);
    }
  });

  it('reads stance verbs as alliances only where the sentence names or designates an actor (withoutActor)', () => {
    const strike = makeArticle('en', [
      ['Train drivers began a 48-hour strike on Thursday after pay talks broke down.'],
      ['Mediators appointed in January failed to bring the two sides closer.'],
      ['The transport minister, Felix Brandt, urged both sides to resume negotiations.'],
      ['Passenger associations called on the transport ministry to make mediation compulsory.'],
    ]);
    expect(analyze(strike, DEFAULT_TEMPLATE).sentences.flatMap((s) => s.sections)).not.toContain('alliances');
    const diplomacy = makeArticle('en', [
      ['Mediators from Qatar failed to bring Israel and Hamas closer on Monday.'],
      ['The Egyptian foreign minister urged both sides to resume negotiations.'],
      ['Western governments called on the two parties to accept mediation.'],
    ]);
    expect(analyze(diplomacy, DEFAULT_TEMPLATE).sections.map((s) => s.id)).toContain('alliances');
  });

  it('titles the economy section Economy when no crisis is described, Economic crisis when one is', () => {
    expect(analyze(centralBank, DEFAULT_TEMPLATE).sections.find((s) => s.id === 'economy')?.title).toBe('Economy');
    const crisis = makeArticle('en', [
      ['The country is in its worst economic crisis in decades, with inflation above 200%.'],
      ['Shortages of fuel and medicine have spread, and the currency lost half its value.'],
    ]);
    expect(analyze(crisis, DEFAULT_TEMPLATE).sections.find((s) => s.id === 'economy')?.title).toBe('Economic crisis');
    const fr = makeArticle('fr', [
      ['La banque centrale a relevé ses taux directeurs de 0,25 point mercredi.'],
      ["L'inflation a ralenti à 4,1 % en mars, selon l'office de statistique, et la croissance reste solide."],
    ]);
    expect(analyze(fr, DEFAULT_TEMPLATE).sections.find((s) => s.id === 'economy')?.title).toBe('Économie');
  });

  it('lets a sentence serve two sections and records the cues, as the article writes them', () => {
    const a = analyze(
      makeArticle('fr', [
        ['Les deux pays ont signé samedi un accord gazier de dix ans, a annoncé le gouvernement.'],
        ["Les exportations de gaz et de pétrole représentent 60 % des recettes de l'État."],
        ['Le contrat prévoit aussi des livraisons de pétrole brut.'],
      ]),
      DEFAULT_TEMPLATE,
    );
    const first = a.sentences[0]!;
    expect(first.sections).toEqual(expect.arrayContaining(['context', 'agreements']));
    expect(first.cues).toEqual(expect.arrayContaining(['signé', 'accord']));
    expect(a.sentences[2]!.sections).toEqual(expect.arrayContaining(['agreements', 'economy']));
  });

  it('puts cues below the threshold in candidates, not in sections', () => {
    const a = analyze(
      makeArticle('en', [
        ['Voters went to the polls on Sunday in a tight election.'],
        ['Turnout was high across the country, officials said.'],
        ['The outgoing prime minister had promised more cooperation with neighbours.'],
      ]),
      DEFAULT_TEMPLATE,
    );
    const last = a.sentences[2]!;
    expect(last.sections).not.toContain('alliances');
    expect(last.candidates.map((c) => c.section)).toEqual(expect.arrayContaining(['alliances', 'agreements']));
    const candidate = last.candidates.find((c) => c.section === 'alliances')!;
    expect(candidate.cues).toEqual(['cooperation']);
    expect(candidate.score).toBeLessThan(DEFAULT_TEMPLATE.threshold);
  });

  it('lowers a negated cue (sans, ne … pas, not, no)', () => {
    const score = (text: string, lang: 'fr' | 'en'): number => {
      const a = analyze(makeArticle(lang, [['Introduction sans rapport.'], ['Suite.'], ['Encore.'], ['Fin.'], [text]]), DEFAULT_TEMPLATE);
      const s = a.sentences[4]!;
      return s.candidates.find((c) => c.section === 'agreements')?.score ?? (s.sections.includes('agreements') ? 99 : 0);
    };
    expect(score("Les deux camps n'ont pas signé le traité.", 'fr')).toBeLessThan(score('Les deux camps ont signé le traité.', 'fr'));
    expect(score('The talks ended without a deal.', 'en')).toBeLessThan(score('The talks ended with a deal.', 'en'));
  });

  it('lowers a cue that a verb of stopping governs (cesser son soutien, suspended the agreement)', () => {
    const score = (text: string, lang: 'fr' | 'en', section: 'alliances' | 'agreements'): number => {
      const a = analyze(makeArticle(lang, [['Introduction sans rapport.'], ['Suite.'], ['Encore.'], ['Fin.'], [text]]), DEFAULT_TEMPLATE);
      const s = a.sentences[4]!;
      return s.candidates.find((c) => c.section === section)?.score ?? (s.sections.includes(section) ? 99 : 0);
    };
    expect(score('Les sanctions obligent Paris à cesser son soutien au régime.', 'fr', 'alliances')).toBeLessThan(
      score('Les sanctions obligent Paris à revoir son soutien au régime.', 'fr', 'alliances'),
    );
    expect(score('Washington suspended the trade agreement on Monday.', 'en', 'agreements')).toBeLessThan(
      score('Washington discussed the trade agreement on Monday.', 'en', 'agreements'),
    );
  });

  it('gives the lead sentences to the context section', () => {
    const a = analyze(
      makeArticle('en', [['A quiet opening line about the weather.'], ['Another plain line here.'], ['Yet another plain line.']]),
      DEFAULT_TEMPLATE,
    );
    expect(a.sections.map((s) => s.id)).toEqual(['context']);
    expect(a.sentences[0]!.sections).toEqual(['context']);
  });

  it('keeps the context section short: the lead, then the best scored up to a share of the article', () => {
    const paragraphs = [
      ['A quiet opening line about the weather.'],
      ['Another plain line here.'],
      ['Yet another plain line.'],
      ['A fourth plain line.'],
      ...Array.from({ length: 16 }, (_, i) => [`The war and the fighting and the summit and the election go on, part ${i}.`]),
    ];
    const a = analyze(makeArticle('en', paragraphs), DEFAULT_TEMPLATE);
    const context = a.sections.find((s) => s.id === 'context')!;
    // The cap is the template's share of the 20 sentences, or its most sentences if fewer (the lead stays inside it).
    const share = DEFAULT_TEMPLATE.sections.context!.maxShare!;
    const most = DEFAULT_TEMPLATE.sections.context!.maxSentences ?? Infinity;
    expect(context.sentences.length).toBe(Math.min(most, Math.floor(share * 20)));
    expect(context.sentences.length).toBeLessThan(20);
    expect(context.sentences.slice(0, 4)).toEqual([0, 1, 2, 3]);
    const dropped = a.sentences[19]!;
    expect(dropped.sections).not.toContain('context');
    expect(dropped.candidates.map((c) => c.section)).toContain('context');
  });

  it('does not take cue words inside names (Alliance Investment Partners is a company)', () => {
    const a = analyze(
      makeArticle('en', [
        ['The fund sold its stake on Monday.'],
        ['Alliance Investment Partners and Union Partners Group bought the shares.'],
        ['Alliance Investment Partners said the price was fair.'],
      ]),
      DEFAULT_TEMPLATE,
    );
    expect(a.sections.map((s) => s.id)).not.toContain('alliances');
    expect(a.sentences[1]!.candidates.find((c) => c.section === 'alliances')).toBeUndefined();
  });

  it('follows a user template: its cues, titles and threshold', () => {
    const template = parseTemplate({
      threshold: 1,
      sections: { economy: { titles: { fr: 'Argent', en: 'Money' }, cues: { fr: {}, en: { 'cheese*': 1 } } } },
    });
    const a = analyze(makeArticle('en', [['Cheese sales doubled.'], ['Nothing else.']]), template);
    expect(a.sections).toEqual([{ id: 'economy', title: 'Money', sentences: [0], opening: 0 }]);
    expect(a.sentences[0]!.cues).toEqual(['Cheese']);
  });

  it('reads ceasefires and peace talks as agreements, arming and troops alongside as alliances', () => {
    const a = analyze(
      makeArticle('en', [
        ['Rebels and the army clashed again on Sunday in the north of the country.'],
        ['A truce was agreed in Accra in May, and peace talks resumed last week.'],
        ['The government accuses a neighbour of arming the rebels, which it denies.'],
        ['Ghana has deployed 800 soldiers alongside the national army.'],
        ['The ceasefire had held for a month before the latest fighting.'],
      ]),
      DEFAULT_TEMPLATE,
    );
    const ids = (i: number): readonly string[] => a.sentences[i]!.sections;
    expect(ids(1)).toContain('agreements');
    expect(ids(2)).toContain('alliances');
    expect(ids(3)).toContain('alliances');
    expect(a.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['agreements', 'alliances']));
  });

  it('reads merger terms as agreements', () => {
    const a = analyze(
      makeArticle('en', [
        ['Two regional lenders said on Monday they would merge in an all-share deal.'],
        ['Shareholders of the smaller bank will own 35% of the combined group.'],
        ['Its chief executive will lead the new company, based in Leeds.'],
        ['Profits at both lenders fell last year.'],
      ]),
      DEFAULT_TEMPLATE,
    );
    expect(a.sentences[0]!.sections).toContain('agreements');
    expect(a.sentences[1]!.sections).toContain('agreements');
    expect(a.sentences[2]!.sections).toContain('agreements');
    expect(a.sentences[3]!.sections).not.toContain('agreements');
  });

  it('reads "forment avec" and a confederation as an alliance in French', () => {
    const a = analyze(
      makeArticle('fr', [
        ['Les combats ont repris dimanche dans le nord du pays.'],
        ['Le Tchad et le Niger, qui forment avec le Mali une confédération, ont dénoncé les frappes.'],
        ['Les trois pays ont promis leur soutien aux autorités de transition.'],
      ]),
      DEFAULT_TEMPLATE,
    );
    expect(a.sentences[1]!.sections).toContain('alliances');
    expect(a.sections.map((s) => s.id)).toContain('alliances');
  });
});
