// Rules added while testing on articles of new genres (court, disaster, strike, special report, brief).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { findDates } from '../../src/analysis/extract-dates';
import { findFigures } from '../../src/analysis/figures/find-figures';
import { extractEntities, type SentenceTokens } from '../../src/analysis/entities/entity-scanner';
import defaultTemplateJson from '../../src/analysis/default-template.json';
import { DEFAULT_TEMPLATE, parseTemplate } from '../../src/analysis/template';
import { tokenize } from '../../src/analysis/tokenize';
import { parseArticle } from '../../src/article/parse-article';

function figures(text: string, lang: 'fr' | 'en'): string[] {
  return findFigures(text, lang, findDates(text, lang)).map((f) => f.text);
}

function entityKinds(text: string): Record<string, string> {
  return Object.fromEntries(analyze(parseArticle(text), DEFAULT_TEMPLATE).entities.map((e) => [e.name, e.kind]));
}

describe('figures of new genres', () => {
  it('reads a race time (2:11:02, faster than 2:14) as no clock time, and keeps clock times (at 14:30, 2:30 a.m.)', () => {
    expect(findDates('Alemu finished second in 2:11:02, ahead of Hoffmann.', 'en').map((d) => d.text)).toEqual([]);
    expect(findDates('She had never run faster than 2:14 before this year.', 'en').map((d) => d.text)).toEqual(['this year']);
    expect(findDates('The strike ends at 2:30 a.m. on Saturday.', 'en').map((d) => d.text)).toContain('at 2:30 a.m');
    expect(findDates('Talks resume at 14:30 in Geneva.', 'en').map((d) => d.text)).toEqual(['at 14:30']);
  });

  it('stops a noun phrase before a date instead of dropping the figure', () => {
    expect(figures('Plus de 80 navires attendaient jeudi matin au large.', 'fr')).toEqual(['Plus de 80 navires']);
  });

  it('reads hyphenated numbers ending in a weak number and nouns that end like participles', () => {
    expect(figures('Il est docker depuis vingt-deux ans.', 'fr')).toEqual(['vingt-deux ans']);
    expect(figures('Ils ont entamé leur troisième journée de grève.', 'fr')).toEqual(['troisième journée de grève']);
    expect(figures('Le pays a perdu 12 tonnes exportées.', 'fr')).toEqual(['12 tonnes']);
  });
});

describe('entities of new genres', () => {
  it('reads an upper-case dateline as a place', () => {
    const kinds = entityKinds('Les dockers en grève\n\nZINDAR (Kirghizie) — Les dockers de Zindar ont entamé jeudi une grève.\n\nIls réclament des hausses de salaire.\n');
    expect(kinds['ZINDAR'] ?? kinds['Zindar']).toBe('place');
  });

  it('reads a surname with a capitalised particle, a leader named by their administration, a name known in other capitals', () => {
    const kinds = entityKinds('# T\n\nLes ministres des Finances, Bruno Le Maire et Olaf Scholz, sont confiants, comme Marine Le Pen.\n');
    expect(kinds['Bruno Le Maire']).toBe('person');
    expect(kinds['Marine Le Pen']).toBe('person');
    expect(entityKinds('# T\n\nC’est ce que voulait éviter l’administration Obama.\n')['Obama']).toBe('person');
    expect(entityKinds('# T\n\nThe Biden administration said it would appeal.\n')['Biden']).toBe('person');
    expect(entityKinds('# T\n\nLeurs marges ont reculé, selon le cabinet Xerfi.\n')['Xerfi']).not.toBe('person');
    const nasa = entityKinds('# T\n\nLa sonde de la Nasa InSight a atterri lundi sur Mars, a confirmé la Nasa.\n');
    expect(nasa['Nasa']).toBe('organisation');
    expect(nasa['Nasa InSight']).toBeUndefined();
  });

  it('reads a place that is also a given name as a person before a surname', () => {
    const kinds = entityKinds('Shipping\n\n"It is a niche," said Sofia Lindqvar, an analyst. Sofia is the capital of Bulgaria.\n');
    expect(kinds['Sofia Lindqvar']).toBe('person');
  });
});

describe('sections of new genres', () => {
  it('keeps the lead sentence in the context even when other sections score higher', () => {
    const text =
      'Takeover\n\nA consortium has agreed to buy a 75% stake in the club in a deal valuing it at £900 million, including debt, the club said.\n\n' +
      'The deal still needs approval from the league.\n\nThe club posted a pre-tax loss of £112 million as wages rose to 92% of revenue.\n';
    const analysis = analyze(parseArticle(text), DEFAULT_TEMPLATE);
    expect(analysis.sentences[0]!.sections).toContain('context');
  });

  it('reads the wording of a text as its terms, top-level contacts and a pressing adverb as diplomacy', () => {
    const text =
      'Accord sur le climat\n\nLes négociateurs de cent pays ont adopté samedi un accord sur le climat après deux semaines de discussions.\n\n' +
      'Dans la version précédente, il était écrit que « les pays riches doivent montrer la voie ».\n\n' +
      'Il a fallu des contacts au plus haut niveau avec plusieurs chefs d’Etat pour sauver la négociation.\n\n' +
      'Pékin a fait largement pression sur ses alliés pour que le texte soit adopté.\n\n' +
      'Le fonds prévu par le texte utilisera la même structure juridique que le budget commun.\n';
    const analysis = analyze(parseArticle(text), DEFAULT_TEMPLATE);
    const at = (start: string) => analysis.sentences.find((s) => s.text.startsWith(start));
    const cuesFor = (start: string, section: string): string[] => {
      const s = at(start);
      return [...(s?.sections.includes(section as never) ? (s?.cues ?? []) : []), ...(s?.candidates.filter((c) => c.section === section).flatMap((c) => c.cues) ?? [])];
    };
    expect(cuesFor('Dans la version', 'agreements')).toContain('était écrit que');
    expect(cuesFor('Il a fallu', 'alliances')).toContain('au plus haut niveau');
    expect(cuesFor('Pékin a fait', 'alliances')).toContain('fait largement pression');
    expect(cuesFor('Le fonds prévu', 'agreements')).toContain('structure juridique');
  });

  it('does not read penal amounts as the economy', () => {
    const text =
      'Procès\n\nLe tribunal a condamné mercredi l’ancien élu à trois ans de prison pour corruption.\n\n' +
      'Il devra s’acquitter d’une amende de 150 000 euros.\n\nLe promoteur a été condamné à deux ans de prison avec sursis et à 300 000 euros d’amende.\n\n' +
      'La commune obtient 200 000 euros de dommages et intérêts.\n\n« C’est une décision qui sanctionne un système », a réagi la procureure.\n';
    const analysis = analyze(parseArticle(text), DEFAULT_TEMPLATE);
    expect(analysis.sections.map((s) => s.id)).not.toContain('economy');
  });
});

describe('figures of the second round (sports, health, space, live blog)', () => {
  it('keeps a number joined by a hyphen to its unit, a score and a bare count with a thousands group', () => {
    expect(figures('They play at a 60,000-seat stadium.', 'en')).toEqual(['60,000-seat']);
    expect(figures('Cases jumped more than 30-fold.', 'en')).toEqual(['more than 30-fold']);
    expect(figures('They won 3-1 in the final.', 'en')).toEqual(['3-1']);
    expect(figures('It had 1,603 confirmed infections, up 10-15% on the year.', 'en')).toEqual(['1,603', '15%']);
  });

  it('reads number words joined to their unit, "two"/"deux" with a noun and a part of a whole', () => {
    expect(figures('It was a three-day state visit.', 'en')).toEqual(['three-day']);
    expect(figures('It took two weeks.', 'en')).toEqual(['two weeks']);
    expect(figures('Le bilan est de deux morts.', 'fr')).toEqual(['deux morts']);
    expect(figures('US owners control nine of the 20 Premier League clubs.', 'en')).toEqual(['nine of the 20']);
    expect(figures('It is a one-off payment.', 'en')).toEqual([]);
  });
});

describe('entities of the second round', () => {
  it('types one-word places by the words around them', () => {
    const kinds = entityKinds(
      '# T\n\nA strike at the Escondida mine hit output. A rocket flew from Andøya in Norway. Elle vit dans l’Audomarois.\n',
    );
    expect(kinds).toMatchObject({ Escondida: 'place', Andøya: 'place', Norway: 'place' });
    expect(entityKinds('# T\n\nElle vit dans l’Audomarois, près de la baie de Morlaix.\n')).toMatchObject({ Audomarois: 'place', Morlaix: 'place' });
  });

  it('reads St and St. as Saint in known names', () => {
    expect(entityKinds('# T\n\nShips sail from St Petersburg to Murmansk.\n')).toMatchObject({ 'St Petersburg': 'place' });
    expect(entityKinds('# T\n\nThey met in St. Petersburg on Monday.\n')).toMatchObject({ 'St. Petersburg': 'place' });
  });

  it('reads a name after "title of" as its complement and a portfolio as no name', () => {
    const kinds = entityKinds(
      '# T\n\nDéputée du Finistère, elle a dirigé le ministère de la Santé. L’ancienne ministre de l’Industrie Hélène Vasseur est morte. Le ministre chargé de l’Énergie, Bastien Lemoal, a salué la baisse.\n',
    );
    expect(kinds).toMatchObject({ Finistère: 'place', 'ministère de la Santé': 'organisation', 'Hélène Vasseur': 'person', 'Bastien Lemoal': 'person' });
    expect(Object.keys(kinds)).not.toContain('Industrie');
    expect(Object.keys(kinds)).not.toContain('Énergie');
  });

  it('reads all-caps names as organisations and lowercase French institutions before a place, keeping the place', () => {
    expect(entityKinds('# T\n\nThe state miner MIND ID signed the deal.\n')).toMatchObject({ 'MIND ID': 'organisation' });
    const kinds = entityKinds('# T\n\nIl a été jugé par le tribunal correctionnel de Marseille et l’université Le Havre Normandie.\n');
    expect(kinds).toMatchObject({
      'tribunal correctionnel de Marseille': 'organisation',
      Marseille: 'place',
      'université Le Havre Normandie': 'organisation',
      'Le Havre': 'place',
    });
    expect(entityKinds('# T\n\nLes conseils de Macron à Marseille.\n')).not.toHaveProperty(['conseils de Macron']);
  });

  it('counts known names of the title as entities without a sentence mention', () => {
    const s = (text: string): SentenceTokens => ({ text, tokens: tokenize(text), isCredit: false });
    const result = extractEntities([s('La sécheresse dure depuis six ans.'), s('Le Maroc importe du blé.')], 'fr', () => false, undefined, s('Le Maroc Face À La Sécheresse'));
    expect(result.entities.map((e) => [e.name, e.kind, e.mentions])).toEqual([['Maroc', 'place', [1]]]);
    const onlyTitle = extractEntities([s('La sécheresse dure depuis six ans.')], 'fr', () => false, undefined, s('Dossier : le Maroc face à la sécheresse'));
    expect(onlyTitle.entities).toEqual([{ name: 'Maroc', kind: 'place', mentions: [] }]);
    expect(onlyTitle.spans).toEqual([[]]);
  });
});

describe('sections of the second round', () => {
  it('does not read a minister of the economy as the economy', () => {
    const text =
      '# T\n\nL’ancienne ministre est morte mardi.\n\nElle était ministre de l’Industrie en 1988.\n\n« Une femme de dossiers », a salué le ministre de l’Économie, Arnaud Kerhervé.\n\nElle laisse trois enfants.\n';
    expect(analyze(parseArticle(text), DEFAULT_TEMPLATE).sections.map((s) => s.id)).not.toContain('economy');
  });
});

describe('third round: page furniture, place cues, a third section', () => {
  const sectionsOf = (text: string) => analyze(parseArticle(text), DEFAULT_TEMPLATE).sentences;
  /** The sections a sentence reaches the threshold of (placed, or a candidate at 1.5 in a section without enough evidence). */
  const reached = (text: string, index: number): string[] => {
    const s = analyze(parseArticle(text), DEFAULT_TEMPLATE).sentences[index]!;
    return [...s.sections, ...s.candidates.filter((c) => c.score >= DEFAULT_TEMPLATE.threshold).map((c) => c.section)];
  };

  it('places no caption, credit, "Read more"/"Lire aussi" line or key-points heading, and reads no name in them', () => {
    const en =
      '# STRIKE ENDS AT HALDEN\n\nKEY POINTS\n\n- Workers ratify the deal\n\nWorkers ratified a new labor contract with Halden Motors on Friday, ending a strike.\n\n(Photo: Striking workers picket outside the plant on Oct. 17. © AFP)\n\nRead more: How the strike hit suppliers\n\nThe strike cost the company $1.6 billion.\n';
    const sentences = sectionsOf(en);
    for (const s of sentences.filter((x) => /KEY POINTS|Photo|AFP|Read more/u.test(x.text))) expect(s.sections, s.text).toEqual([]);
    expect(sentences.find((s) => s.text.startsWith('Workers ratified'))?.sections).toContain('agreements');
    const names = analyze(parseArticle(en), DEFAULT_TEMPLATE).entities.map((e) => e.name);
    expect(names).not.toContain('KEY POINTS');
    const fr =
      '# Fusion\n\nLes coopératives Terralis et Sodival ont annoncé mardi leur projet de fusion.\n\nPhoto : Des vaches dans une exploitation de la Manche. © AFP\n\nLire aussi : Prix du lait : les producteurs sous pression\n\nCe qu’il faut retenir\n';
    for (const s of sectionsOf(fr).filter((x) => /Photo|Lire aussi|retenir/u.test(x.text))) expect(s.sections, s.text).toEqual([]);
  });

  it('types places after a place noun with an adjective, river names, "across the X" and "Town, State"', () => {
    expect(entityKinds('# T\n\nUn séisme a secoué lundi l’île grecque de Crète, sans faire de victimes.\n')['Crète']).toBe('place');
    expect(entityKinds('# T\n\nLes secours surveillent la rivière Liane depuis lundi.\n')['Liane']).toBe('place');
    const us = entityKinds('# T\n\nThe strike idled plants across the Midwest, and the firm will reopen plants in Wayne, Michigan, and Toledo, Ohio, by Monday.\n');
    expect(us['Midwest']).toBe('place');
    expect(us['Toledo']).toBe('place');
    expect(entityKinds('# T\n\nShips clashed near Second Thomas Shoal in June.\n')['Second Thomas Shoal']).toBe('place');
    expect(entityKinds('# T\n\nLes coopératives laitières Terralis et Sodival vont fusionner, a annoncé le groupe.\n')['Terralis']).toBe('organisation');
  });

  it('keeps a sentence that clears four thresholds in three sections, the context lead first, then the widest margins', () => {
    // The deck shows a sentence on one slide only, so the analysis may keep it in up to three sections
    // (maxSectionsPerSentence), best first, without the deck repeating it.
    const text =
      '# Pact\n\nJapan and the Philippines signed a defence pact on Monday, deepening security ties as allies facing China, and agreed a $2 billion oil and gas trade deal to curb inflation.\n\nUnder the deal, troops will train together.\n\nThe pact makes the two allies stronger, Mori said.\n\nThe pact follows clashes at sea.\n';
    const lead = sectionsOf(text)[0]!;
    expect(lead.sections).toHaveLength(3);
    expect(lead.sections[0]).toBe('context');
    expect(lead.sections).not.toContain('alliances');
    expect(lead.candidates.map((c) => c.section)).toContain('alliances');
  });

  it("lists a sentence's sections best first, context last after the lead", () => {
    const text = '# T\n\nThe EU and Japan signed a trade deal on Monday.\n\nThe deal cuts tariffs on cars.\n\nThe two allies also agreed to step up defence cooperation, backed by a joint statement.\n';
    const third = sectionsOf(text)[2]!;
    expect(third.sections[0]).toBe('alliances');
    expect(third.sections.at(-1)).toBe('context');
  });

  it('lets a weak cue next to a placed sentence join its section, but never makes a section of support alone', () => {
    // "delivered" alone (1) is under the threshold (1.5); beside a contract sentence it is supported.
    const withContract = '# T\n\nThe navy signed a contract for six frigates on Monday, a deal for the next decade.\n\nThe first ship will be delivered in 2027.\n\nThe yard employs 3,000 people.\n\nIts order book is full.\n';
    expect(sectionsOf(withContract)[1]!.sections).toContain('agreements');
    // analyze says what lifted it; a sentence its own cues place has no support to explain.
    expect(sectionsOf(withContract)[1]!.support).toEqual([{ section: 'agreements', from: ['neighbour', 'established'] }]);
    expect(sectionsOf(withContract)[0]!.support).toBeUndefined();
    const alone = '# T\n\nThe yard employs 3,000 people.\n\nThe first ship will be delivered in 2027.\n\nThe weather was fine.\n\nIts order book is full.\n';
    expect(sectionsOf(alone)[1]!.sections).not.toContain('agreements');
    // One contract sentence (3.5, under strongScore 4) and its supported neighbour: not two sentences of evidence.
    const one = '# T\n\nThe navy signed a contract for six frigates on Monday.\n\nThe first ship will be delivered in 2027.\n\nThe yard employs 3,000 people.\n\nIts order book is full.\n';
    expect(sectionsOf(one).flatMap((s) => s.sections)).not.toContain('agreements');
  });

  it('lets a weak cue join the section its headline is about', () => {
    const body = 'Le Chili et le Pérou ont signé lundi un accord à Lima.\n\nLa météo était clémente ce jour-là.\n\nLe texte devra être ratifié par les deux parlements.\n\nLes routes étaient fermées.\n\nLes écoles aussi.\n\nLe texte supprime les droits sur le cuivre.\n';
    expect(sectionsOf(`# Le Chili et le Pérou signent un accord de libre-échange\n\n${body}`)[5]!.sections).toContain('agreements');
    expect(sectionsOf(`# Lima, lundi\n\n${body}`)[5]!.sections).not.toContain('agreements');
  });

  it('lets a weak cue anywhere join a section the article has established on its own', () => {
    const tail = 'Le sommet s’est tenu à Berlin.\n\nLa météo était clémente.\n\nLes routes étaient fermées.\n\nLa Hongrie, opposée au texte, a quitté la salle.\n';
    const allied = `# T\n\nLa France et l’Allemagne ont réaffirmé leur alliance face à Moscou.\n\nLes deux alliés ont promis leur soutien à Kyiv.\n\n${tail}`;
    expect(sectionsOf(allied)[5]!.sections).toContain('alliances');
    expect(sectionsOf(`# T\n\n${tail}`).flatMap((s) => s.sections)).not.toContain('alliances');
  });

  it('reads what comes next as context', () => {
    const fr = Array.from({ length: 14 }, (_, i) => `Le marché numéro ${i + 1} ouvre à l’heure habituelle.`).join('\n\n');
    expect(sectionsOf(`# T\n\n${fr}\n\nLa prochaine réunion doit se tenir la semaine prochaine à Genève.\n`).at(-1)!.sections).toContain('context');
    const en = Array.from({ length: 14 }, (_, i) => `Market number ${i + 1} opens at the usual time.`).join('\n\n');
    expect(sectionsOf(`# T\n\n${en}\n\nThe talks will resume next week in Geneva.\n`).at(-1)!.sections).toContain('context');
    expect(sectionsOf(`# T\n\n${en}\n\nThe market in Geneva was busy.\n`).at(-1)!.sections).not.toContain('context');
  });

  it('caps what a section shows alone: a sentence another section also holds does not count against the cap', () => {
    const json = structuredClone(defaultTemplateJson) as { sections: { context: { maxSentences: number } } };
    json.sections.context.maxSentences = 4;
    const template = parseTemplate(json);
    const lead = Array.from({ length: 4 }, (_, i) => `Le marché numéro ${i + 1} ouvre à l’heure habituelle.`).join('\n\n');
    const text = `# T\n\n${lead}\n\nLa ville avait accueilli en mars 2015 un congrès, depuis oublié.\n\nLes deux pays avaient signé en mars 2015 un accord commercial, depuis renouvelé.\n\nLe contrat de vente signé prévoit des livraisons.\n`;
    const sentences = analyze(parseArticle(text), template).sentences;
    expect(sentences[4]!.sections).not.toContain('context');
    expect(sentences[5]!.sections).toEqual(expect.arrayContaining(['agreements', 'context']));
  });

  it('counts a date as background for context', () => {
    // Beyond the lead's reach, where only the date can make the sentence background.
    const lead = DEFAULT_TEMPLATE.sections.context!.lead!;
    const far = lead.sentences + (lead.taper ?? 0) + 2;
    const filler = Array.from({ length: far }, (_, i) => `Le marché numéro ${i + 1} ouvre à l’heure habituelle.`).join('\n\n');
    const text = (when: string) => `# T\n\n${filler}\n\nLa ville avait accueilli ${when} un congrès, depuis oublié.\n`;
    expect(sectionsOf(text('en mars 2015')).at(-1)!.sections).toContain('context');
    expect(sectionsOf(text('autrefois')).at(-1)!.sections).not.toContain('context');
  });

  it('reads a commitment in return as an agreement and an ally called a partner as an alliance', () => {
    expect(reached('# T\n\nLe FMI a approuvé un programme pour le Sénégal.\n\nEn contrepartie, Dakar s’engage à réduire son déficit.\n', 1)).toContain('agreements');
    expect(reached('# T\n\nThe president arrived in Seoul on Monday.\n\nHan called Indonesia an indispensable partner in the region.\n', 1)).toContain('alliances');
  });

  it('counts an amount of money once, and a penalty as no economic fact', () => {
    // A fine and its amount in two sentences of a court story make no economy section...
    const court = '# T\n\nLe tribunal de Grenoble a condamné jeudi l’entreprise Chimex à une amende de 2 millions d’euros pour avoir rejeté 40 tonnes de solvants dans la rivière.\n\nL’industriel devra aussi verser 300 000 euros de dommages aux pêcheurs et à l’entreprise voisine.\n\nLe procès avait duré trois semaines.\n';
    expect(analyze(parseArticle(court), DEFAULT_TEMPLATE).sections.map((x) => x.id)).not.toContain('economy');
    // ...while a currency that moves is one.
    expect(reached('# T\n\nThe central bank held rates.\n\nThe Australian dollar rose 0.6% against the US dollar.\n', 1)).toContain('economy');
  });

  it('reads falling margins as economy', () => {
    expect(reached('# T\n\nLes coopératives ont annoncé leur fusion.\n\nLeurs marges ont reculé de 12 % en 2023.\n', 1)).toContain('economy');
    expect(reached('# T\n\nThe union ratified the deal.\n\nAnalysts said higher labor costs would squeeze margins.\n', 1)).toContain('economy');
  });
});
