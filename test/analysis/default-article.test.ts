// The default article (briefings/venezuela-russie.txt) gives the analysis the design promises.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';

const text = readFileSync(new URL('../../briefings/venezuela-russie.txt', import.meta.url), 'utf8');
const analysis = analyze(parseArticle(text), DEFAULT_TEMPLATE);
const entity = (name: string) => analysis.entities.find((e) => e.name === name);

describe('the default article', () => {
  it('has the four sections, economy titled Crise économique', () => {
    expect(analysis.sections.map((s) => [s.id, s.title])).toEqual([
      ['context', 'Contexte'], ['agreements', 'Accords'], ['alliances', 'Alliances'], ['economy', 'Crise économique'],
    ]);
  });

  it('opens the economy slide on the crisis its title names, not on the Russian firms', () => {
    const economy = analysis.sections.find((s) => s.id === 'economy');
    expect(analysis.sentences[economy?.opening ?? -1]?.text).toMatch(/^Le pays des Caraïbes est plongé dans la pire crise/u);
  });

  it('finds the people, with Maduro merged into Nicolas Maduro and Poutine into Vladmir Poutine', () => {
    const maduro = entity('Nicolas Maduro');
    expect(maduro?.kind).toBe('person');
    expect(maduro?.mentions.length).toBeGreaterThanOrEqual(5);
    expect(analysis.entities.filter((e) => e.name === 'Maduro')).toEqual([]);
    expect(entity('Vladmir Poutine')?.mentions.length).toBe(2);
    for (const name of ['Youri Borisov', 'Dimitri Medvedev', 'Juan Guaido']) expect(entity(name)?.kind, name).toBe('person');
  });

  it('finds the places, metonyms included', () => {
    for (const name of ['Venezuela', 'Russie', 'Caracas', 'Chine', 'Cuba', 'Turquie', 'La Havane', 'États-Unis', 'Kremlin', 'Washington']) {
      expect(entity(name)?.kind, name).toBe('place');
    }
  });

  it('finds the figures, quotes and dates', () => {
    expect(analysis.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['96%', 'cinquante pays', 'deuxième prêteur']));
    const quote = analysis.quotes.find((q) => q.text.startsWith('Nous avons renouvelé tous les contrats'));
    expect(quote?.speaker).toBe('Nicolas Maduro');
    expect(quote?.sentence).toBe(1);
    expect(analysis.dates.map((d) => d.text.toLowerCase())).toEqual(['samedi', 'mercredi', 'vendredi', 'la semaine dernière']);
  });
});
