import { describe, expect, it } from 'vitest';
import { countSpacedRuns } from '../../src/deck/bullet-words';
import { BULLET_TARGET_WORDS, shortenSentence } from '../../src/deck/shorten';

const bullets = (s: string, lang: 'fr' | 'en', options = {}): string[] => shortenSentence(s, lang, options).parts.map((p) => p.text);

describe('shortenSentence: what always goes', () => {
  it('deletes a French attribution tail, and the final full stop', () => {
    const s = 'Le Venezuela et la Russie ont renouvelé samedi des contrats de soutien, a annoncé le président vénézuélien Nicolas Maduro.';
    expect(shortenSentence(s, 'fr')).toEqual({
      parts: [{ text: 'Le Venezuela et la Russie ont renouvelé samedi des contrats de soutien', start: 0, end: s.length }],
      isTrimmed: true,
    });
  });

  it('deletes an attribution with what hangs on it, keeping the quotation whole', () => {
    const s = '« Nous avons renouvelé tous les contrats d’assistance, de conseil et de progrès », a déclaré le président après avoir limogé le ministre, qu’il avait rencontré.';
    expect(bullets(s, 'fr')).toEqual(['« Nous avons renouvelé tous les contrats d’assistance, de conseil et de progrès »']);
  });

  it('deletes English attribution, verb first or last, and "according to"', () => {
    expect(bullets('The central bank will keep rates on hold until inflation falls back to target, the governor said.', 'en')).toEqual([
      'The central bank will keep rates on hold until inflation falls back to target',
    ]);
    expect(bullets('The United States has slowed the sale of the assets, according to four sources familiar with the talks.', 'en')).toEqual([
      'The United States has slowed the sale of the assets',
    ]);
    expect(bullets('According to the ministry, the deal covers steel and aluminium.', 'en')).toEqual(['The deal covers steel and aluminium']);
    expect(bullets('“We will sign the deal, whatever it costs, and we will sign it this week,” he said.', 'en')).toEqual([
      '“We will sign the deal, whatever it costs, and we will sign it this week”',
    ]);
  });

  it('deletes "Selon X," and a reporting clause before a full clause', () => {
    expect(bullets('Selon Maduro, le soutien russe a été ratifié lors de l’événement.', 'fr')).toEqual(['Le soutien russe a été ratifié lors de l’événement']);
    expect(bullets('The ONS said manufacturing output dropped 0.1% in November.', 'en')).toEqual(['Manufacturing output dropped 0.1% in November']);
  });

  it('deletes connectives at the start, between commas and inside the clause', () => {
    expect(bullets('However, the bank kept its key rate at 5.75%.', 'en')).toEqual(['The bank kept its key rate at 5.75%']);
    expect(bullets('La coopération militaire, quant à elle, marche parfaitement.', 'fr')).toEqual(['La coopération militaire marche parfaitement']);
    expect(bullets('Le président a en outre annoncé des exercices militaires.', 'fr')).toEqual(['Le président a annoncé des exercices militaires']);
    expect(bullets('Mr Chavez has also invited Chinese firms to bid for contracts.', 'en')).toEqual(['Mr Chavez has invited Chinese firms to bid for contracts']);
  });

  it('deletes a parenthesis and a dateline', () => {
    expect(bullets('Le gouvernement a débloqué une enveloppe (environ 920 millions d’euros) pour les éleveurs.', 'fr', { keep: [] })).toEqual([
      'Le gouvernement a débloqué une enveloppe (environ 920 millions d’euros) pour les éleveurs',
    ]);
    expect(bullets('Le gouvernement a débloqué une enveloppe (pour les éleveurs) cette semaine.', 'fr')).toEqual(['Le gouvernement a débloqué une enveloppe cette semaine']);
    expect(bullets('PRAGUE, May 5 (AP) — The Czech central bank raised its key rate again.', 'en')[0]).toBe('The Czech central bank raised its key rate again');
  });
});

describe('shortenSentence: what goes when a bullet is long', () => {
  it('deletes non-restrictive relative clauses and appositives, keeping subject and verb', () => {
    const s =
      'Le Premier ministre russe Dimitri Medvedev a soutenu à La Havane le président Maduro, dont la légitimité est contestée par les pays dirigés par les États-Unis, qui soutiennent l’opposition.';
    expect(bullets(s, 'fr')).toEqual(['Le Premier ministre russe Dimitri Medvedev a soutenu à La Havane le président Maduro']);
    const t = 'The bank, which considers high consumer prices a major threat to the economy and to growth, raised its key rate again on Thursday.';
    expect(bullets(t, 'en')).toEqual(['The bank raised its key rate again on Thursday']);
  });

  it('keeps a short sentence whole', () => {
    expect(shortenSentence('The bank, which was founded in 1993, raised rates.', 'en')).toMatchObject({
      parts: [{ text: 'The bank, which was founded in 1993, raised rates' }],
      isTrimmed: true,
    });
    expect(shortenSentence('Inflation rose to 4.5% in March', 'en')).toMatchObject({ isTrimmed: false });
  });

  it('drops a leading concessive clause, but not when the rest opens on a pronoun', () => {
    const s =
      'Bien qu’il n’ait pas fourni de détails sur les accords signés, Maduro a indiqué qu’ils incluent la « participation d’entreprises russes dans tous les domaines de la production stratégique ».';
    // "Maduro a indiqué qu’" is not deleted: "ils incluent…" would open on a pronoun.
    expect(bullets(s, 'fr')).toEqual(['Maduro a indiqué qu’ils incluent la « participation d’entreprises russes dans tous les domaines de la production stratégique »']);
  });

  it('never deletes the clause that holds a figure while the bullet is under the hard limit', () => {
    const s = 'Le Premier ministre a soutenu à La Havane Maduro, dont la légitimité n’est pas connue des cinquante pays dirigés par Washington.';
    expect(bullets(s, 'fr', { keep: ['cinquante pays'] })).toEqual([
      'Le Premier ministre a soutenu à La Havane Maduro, dont la légitimité n’est pas connue des cinquante pays dirigés par Washington',
    ]);
  });

  it('splits a long sentence at a clause boundary into complete clauses, never with an ellipsis', () => {
    const s =
      'Jakarta will buy twelve more fighter jets from the Korean aerospace group under a deal signed in the morning, and the two navies will hold joint exercises in the Java Sea every single year.';
    const parts = bullets(s, 'en');
    expect(parts).toEqual([
      'Jakarta will buy twelve more fighter jets from the Korean aerospace group under a deal signed in the morning',
      'The two navies will hold joint exercises in the Java Sea every single year',
    ]);
    for (const part of parts) expect(part.endsWith('…')).toBe(false);
  });

  it('does not split where the second clause would open on a pronoun', () => {
    const s =
      'The agreement covers steel, aluminium and farm goods from both of the two large trading blocs, and it removes most of the tariffs between the two blocs within five years.';
    expect(bullets(s, 'en')).toHaveLength(1);
  });

  it('is fast on one enormous line (linear)', () => {
    const s = `${'mot, '.repeat(40_000)}fin.`;
    const started = performance.now();
    const parts = bullets(s, 'fr');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(parts.join(' ').endsWith('…')).toBe(false);
  });
});

describe('shortenSentence: a timeline date taken out', () => {
  it('takes out the date and its preposition, and never breaks a word', () => {
    expect(bullets('Le Venezuela et la Russie ont renouvelé samedi des contrats.', 'fr', { drop: 'samedi' })).toEqual([
      'Le Venezuela et la Russie ont renouvelé des contrats',
    ]);
    expect(bullets('The bank raised its key rate on Thursday to 5.75%.', 'en', { drop: 'Thursday' })).toEqual(['The bank raised its key rate to 5.75%']);
    expect(bullets("Thursday's hike of three-quarters of a point was the eighth.", 'en', { drop: 'Thursday' })).toEqual([
      "Thursday's hike of three-quarters of a point was the eighth",
    ]);
    expect(bullets('La semaine dernière, le président a effectué une visite au Kremlin.', 'fr', { drop: 'La semaine dernière' })).toEqual([
      'Le président a effectué une visite au Kremlin',
    ]);
  });
});

describe('countSpacedRuns', () => {
  it('counts runs separated by spaces, no-break spaces included', () => {
    expect(countSpacedRuns('  un deux\u00a0trois\u202f» quatre ')).toBe(5);
    expect(countSpacedRuns('')).toBe(0);
  });

  it('aims bullets at 20 words', () => {
    expect(BULLET_TARGET_WORDS).toBe(20);
  });
});

describe('shortenSentence: what is never taken for a removable part', () => {
  it('keeps a present-tense verb that is the clause’s own, and a subject before "said it"', () => {
    const s = 'Les Forces de soutien rapide du général Daglo, dit « Hemetti », assurent tenir l’aéroport et le palais présidentiel.';
    expect(bullets(s, 'fr')[0]).toContain('assurent tenir l’aéroport');
    expect(bullets('Manufacturers’ organisation, the EEF, said it expected the hold in interest rates to continue.', 'en')[0]).toContain('said it expected');
  });

  it('deletes a relative clause with the list it opens, not half of it', () => {
    const s = 'The sanctions forced the sale of the international portfolio of the oil group, which includes oilfields, refineries and gas stations from Iraq to Finland.';
    expect(bullets(s, 'en')).toEqual(['The sanctions forced the sale of the international portfolio of the oil group']);
  });

  it('does not split French noun phrases joined by "et"', () => {
    const s = 'Dans plusieurs quartiers de la capitale soudanaise, des tirs nourris et des explosions quasi ininterrompues ont fait trembler les habitants du pays toute la nuit.';
    expect(bullets(s, 'fr')).toHaveLength(1);
  });
});

describe('shortenSentence: datelines and time adjuncts', () => {
  it('deletes a dateline in capitals before a dash', () => {
    expect(bullets('DAKAR, 18 juin — Le conseil du Fonds a approuvé lundi un programme pour le Sénégal.', 'fr')).toEqual([
      'Le conseil du Fonds a approuvé lundi un programme pour le Sénégal',
    ]);
  });

  it('deletes a dateline of two capitalised words, or with a country in parentheses and a date', () => {
    expect(bullets('LE MANS — Les ouvriers de la fonderie ont voté jeudi la reprise du travail après neuf jours de grève.', 'fr')).toEqual([
      'Les ouvriers de la fonderie ont voté jeudi la reprise du travail après neuf jours de grève',
    ]);
    expect(bullets('GOMA (RDC), 3 mars — Les pluies ont coupé la route nationale entre Goma et Butembo.', 'fr')).toEqual(['Les pluies ont coupé la route nationale entre Goma et Butembo']);
  });

  it('deletes a dateline before a sentence that opens on a fronted clause', () => {
    expect(bullets('BERGEN, Norway — When the ferry reached the island after two days at sea, it had run out of fuel.', 'en')).toEqual([
      'When the ferry reached the island after two days at sea, it had run out of fuel',
    ]);
  });

  it('deletes a fronted date the timeline holds, not a clause that holds a date', () => {
    const dated = 'La semaine dernière, le président vénézuélien a effectué une visite officielle au Kremlin au cours de laquelle il a été reçu par Poutine.';
    expect(bullets(dated, 'fr', { dates: ['La semaine dernière'] })[0]).toBe(
      'Le président vénézuélien a effectué une visite officielle au Kremlin au cours de laquelle il a été reçu par Poutine',
    );
    const clause = 'Le FMI avait suspendu ses versements en 2024, le temps qu’un audit de la Cour des comptes établisse l’ampleur des engagements non déclarés.';
    expect(bullets(clause, 'fr', { dates: ['en 2024'] })[0]?.startsWith('Le FMI avait suspendu ses versements')).toBe(true);
  });
});

describe('shortenSentence: subjects and verbs that stay', () => {
  it('keeps the verb after a subject and its relative clause', () => {
    const s = 'Mr Chavez, who is visiting China, said his country would put many of its oil facilities at the disposal of China.';
    expect(bullets(s, 'en')[0]).toContain('said his country would put');
  });

  it('cuts no trailing phrase that holds the verb of a long subject', () => {
    const s = 'A lack of sufficient domestic production and the need to lessen its dependence on imports from the Middle East has meant that China is looking abroad.';
    expect(bullets(s, 'en')[0]).toContain('has meant that China is looking');
  });

  it('takes out a date and the attribution after it, leaving the subject first', () => {
    const s = 'In 2004, according to forecasts from the Ministry of Commerce, China’s oil imports will be 110m tons, up 21% on the previous year.';
    expect(bullets(s, 'en', { drop: 'In 2004', dates: ['In 2004'] })).toEqual(['China’s oil imports will be 110m tons, up 21% on the previous year']);
  });
});

describe('shortenSentence: labels, days and particles', () => {
  it('deletes a short label before a colon rather than splitting there, and an attribution with a day before its speaker', () => {
    const s =
      'Bonne nouvelle pour les ménages : le tarif réglementé de vente d’électricité baissera au 1er février pour les foyers qui y sont abonnés, a annoncé jeudi la Commission de régulation.';
    expect(bullets(s, 'fr')).toEqual(['Le tarif réglementé de vente d’électricité baissera au 1er février pour les foyers qui y sont abonnés']);
  });

  it('keeps an English particle at the end of a clause', () => {
    const s = 'Current owner Sir Malcolm Hale, who bought the club many years ago for a small sum, will keep a large stake and stay on.';
    expect(bullets(s, 'en')[0]?.endsWith('stay on')).toBe(true);
  });
});
