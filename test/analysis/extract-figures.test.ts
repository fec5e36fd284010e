import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/analysis/figures/find-figures';
import { findDates } from '../../src/analysis/extract-dates';

function figures(text: string, lang: 'fr' | 'en'): string[] {
  return findFigures(text, lang, findDates(text, lang)).map((f) => f.text);
}

describe('figures', () => {
  it('reads no figure in a number that names a thing ("numéro 2", "number 370")', () => {
    expect(figures('Le réacteur numéro 2 devrait, lui, être arrêté jeudi avec 300 salariés.', 'fr')).toEqual(['300 salariés']);
    expect(figures('Flight number 370 vanished with 239 people on board.', 'en')).toEqual(['239 people']);
  });

  it('reads percentages, amounts and numbers with their unit or noun (fr)', () => {
    expect(figures('Le pétrole est la source de 96% des revenus et de 4,75 % du PIB.', 'fr')).toEqual(['96%', '4,75 %']);
    expect(figures('Moscou livrera 300 millions de mètres cubes de gaz pour 10 milliards de dollars.', 'fr')).toEqual([
      '300 millions de mètres cubes de gaz', '10 milliards de dollars',
    ]);
    expect(figures('Les combats ont tué au moins trois civils, selon cinquante pays.', 'fr')).toEqual(['au moins trois civils', 'cinquante pays']);
    expect(figures('La Russie est son deuxième prêteur, et vingt-huit dirigeants étaient là.', 'fr')).toEqual(['deuxième prêteur', 'vingt-huit dirigeants']);
    expect(figures('Le rial a perdu la moitié de sa valeur.', 'fr')).toEqual(['la moitié']);
  });

  it('reads percentages, amounts and numbers with their unit or noun (en)', () => {
    expect(figures('It will supply 120,000 barrels of fuel oil a month to China.', 'en')).toEqual(['120,000 barrels of fuel oil a month']);
    expect(figures("Venezuela, the world's fifth largest oil exporter, sells about 60% of its output.", 'en')).toEqual([
      'fifth largest oil exporter', 'about 60%',
    ]);
    expect(figures('Assets valued at $22 billion, a $10bn loan and £3.5m in fees.', 'en')).toEqual(['$22 billion', '$10bn loan', '£3.5m']);
    expect(figures('The rate is 4.75%, debt rises 15% a year, and over a dozen bidders came.', 'en')).toEqual([
      '4.75%', '15% a year', 'over a dozen bidders',
    ]);
    expect(figures('More than a third comes from abroad; the second-largest producer agreed three times.', 'en')).toEqual([
      'More than a third', 'second-largest producer', 'three times',
    ]);
  });

  it('leaves dates, bare numbers, codes and determiners alone', () => {
    expect(figures('On 29 June 2018 the G20 met in 2004; the two countries signed 3 of them.', 'en')).toEqual([]);
    expect(figures('Les deux pays ont signé le 3 mars.', 'fr')).toEqual([]);
  });
});

describe('dates', () => {
  const dates = (text: string, lang: 'fr' | 'en'): string[] => findDates(text, lang).map((d) => d.text);

  it('reads "au début de mai" as a month, and never a number with decimals after a month as its day', () => {
    expect(dates('L’opposition a collecté au début de mai 1,8 million de signatures.', 'fr')).toEqual(['au début de mai']);
    expect(dates('Les ventes ont reculé en mars 2,5 % plus vite que prévu, puis fin d’avril.', 'fr')).toEqual(['en mars', 'fin d’avril']);
  });

  it('reads weekdays, full dates, months, years and relative dates (fr)', () => {
    expect(dates('Ils ont signé samedi, puis mercredi et vendredi.', 'fr')).toEqual(['samedi', 'mercredi', 'vendredi']);
    expect(dates('La semaine dernière, le président était là ; le 3 mars aussi.', 'fr')).toEqual(['La semaine dernière', 'le 3 mars']);
    expect(dates('Le putsch du 25 octobre 2021 a eu lieu vendredi 29 juin vers 4 h 30, puis en 2015.', 'fr')).toEqual([
      '25 octobre 2021', 'vendredi 29 juin vers 4 h 30', 'en 2015',
    ]);
  });

  it('reads weekdays, full dates, months, years and relative dates (en)', () => {
    expect(dates('On Thursday the deadline moved from February 28 to April 1.', 'en')).toEqual(['On Thursday', 'from February 28', 'April 1']);
    expect(dates('In 2004 it grew; next year it will offer more, as on 29 June 2018.', 'en')).toEqual(['In 2004', 'next year', 'on 29 June 2018']);
    expect(dates('Rates rose from November 2003 but have been flat since August.', 'en')).toEqual(['from November 2003', 'since August']);
  });

  it('does not take numbers for years inside amounts, nor lowercase may/march for months', () => {
    expect(dates('It cost $2015 and 2016.5 tons; prices may march higher.', 'en')).toEqual([]);
  });

  it('does not take a month name used as another word for a date', () => {
    // French "sept" is seven unless written "sept."; French months are lower case, so "Mars" is the planet.
    expect(dates('Huit ans de fouilles et sept semaines de doute : le robot a roulé sur Mars jeudi.', 'fr')).toEqual(['jeudi']);
    expect(dates('Mars reste hostile, mais le 4 sept. 2019 puis en sept. et en mars, tout a changé.', 'fr')).toEqual(['le 4 sept. 2019', 'en sept', 'en mars']);
    expect(dates('La visite du 12 sept 2020 a été reportée.', 'fr')).toEqual(['12 sept 2020']);
    // A month right after a capitalised word is part of a name; at the start of a sentence it stays a month.
    expect(dates('Prime Minister Theresa May spoke in May, before the Long March exhibition.', 'en')).toEqual(['in May']);
    expect(dates('March was the wettest month; May 2021 was dry.', 'en')).toEqual(['March', 'May 2021']);
  });
});
