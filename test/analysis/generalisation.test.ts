// Rules added while testing on articles of new genres (court, disaster, strike, special report, brief).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { findDates } from '../../src/analysis/extract-dates';
import { findFigures } from '../../src/analysis/extract-figures';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';

function figures(text: string, lang: 'fr' | 'en'): string[] {
  return findFigures(text, lang, findDates(text, lang)).map((f) => f.text);
}

function entityKinds(text: string): Record<string, string> {
  return Object.fromEntries(analyze(parseArticle(text), DEFAULT_TEMPLATE).entities.map((e) => [e.name, e.kind]));
}

describe('figures of new genres', () => {
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

  it('does not read penal amounts as the economy', () => {
    const text =
      'Procès\n\nLe tribunal a condamné mercredi l’ancien élu à trois ans de prison pour corruption.\n\n' +
      'Il devra s’acquitter d’une amende de 150 000 euros.\n\nLe promoteur a été condamné à deux ans de prison avec sursis et à 300 000 euros d’amende.\n\n' +
      'La commune obtient 200 000 euros de dommages et intérêts.\n\n« C’est une décision qui sanctionne un système », a réagi la procureure.\n';
    const analysis = analyze(parseArticle(text), DEFAULT_TEMPLATE);
    expect(analysis.sections.map((s) => s.id)).not.toContain('economy');
  });
});
