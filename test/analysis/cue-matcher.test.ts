import { describe, expect, it } from 'vitest';
import { compileCues, compileCueSets } from '../../src/analysis/cue-matcher';
import { tokenize } from '../../src/analysis/tokenize';

function found(weights: Record<string, number>, text: string, skip?: (i: number) => boolean): string[] {
  const tokens = tokenize(text);
  return compileCues(weights)
    .match(tokens, skip)
    .map((m) => `${m.pattern}=${text.slice(tokens[m.first]!.start, tokens[m.last]!.end)}`);
}

describe('tokenize', () => {
  it('splits on apostrophes, keeps inner hyphens and dotted acronyms, folds keys', () => {
    const tokens = tokenize("L'accord du cessez-le-feu, signé aux U.S. ; n'est-ce pas ?");
    expect(tokens.map((t) => t.text)).toEqual(['L', 'accord', 'du', 'cessez-le-feu', 'signé', 'aux', 'U.S.', 'n', 'est-ce', 'pas']);
    expect(tokens[4]!.key).toBe('signe');
    expect(tokens[1]!.start).toBe(2);
  });
});

describe('compileCues', () => {
  it('matches prefixes, whole words and several-word cues, accent-insensitively', () => {
    const weights = { 'accord*': 2, ally: 2, 'front commun': 2, 'allié*': 2 };
    expect(found(weights, 'Les accords et un front commun entre alliés')).toEqual([
      'accord*=accords', 'front commun=front commun', 'allié*=alliés',
    ]);
    expect(found(weights, 'an ally, not allying')).toEqual(['ally=ally']);
  });

  it('matches cues written with apostrophes word by word', () => {
    expect(found({ "mis d'accord": 2 }, "Ils se sont mis d’accord")).toEqual(["mis d'accord=mis d’accord"]);
  });

  it('skips tokens the caller marks (names)', () => {
    const text = 'Alliance Investment Partners signed';
    expect(found({ 'alliance*': 2, sign: 1, 'signed': 1 }, text, (i) => i < 3)).toEqual(['signed=signed']);
  });
});

describe('compileCueSets with a gap', () => {
  const gap = { suffixes: ['ment', 'ly'], words: ['deja', 'also'] };
  const at = (weights: Record<string, number>, text: string): string[] => {
    const tokens = tokenize(text);
    return compileCueSets([weights], gap)
      .matchSets(tokens)[0]!
      .map((m) => `${m.pattern}=${text.slice(tokens[m.first]!.start, tokens[m.last]!.end)}`);
  };

  it('lets one adverb stand inside a cue of several words', () => {
    expect(at({ 'fait pression': 1 }, 'Pékin a fait largement pression sur ses voisins.')).toEqual(['fait pression=fait largement pression']);
    expect(at({ 'have agreed': 1 }, 'Both sides have also agreed to talk.')).toEqual(['have agreed=have also agreed']);
    expect(at({ 'a signe': 1 }, 'Le pays a déjà signé.')).toEqual(['a signe=a déjà signé']);
  });

  it('never two adverbs, never before the first word, and not a short word that merely ends the same way', () => {
    expect(at({ 'fait pression': 1 }, 'Il a fait largement vraiment pression.')).toEqual([]);
    expect(at({ 'fait pression': 1 }, 'Il a largement pression.')).toEqual([]);
    expect(at({ 'fait pression': 1 }, 'Il a fait ment pression.')).toEqual([]);
    expect(compileCueSets([{ 'fait pression': 1 }]).matchSets(tokenize('Il a fait largement pression.'))[0]).toEqual([]);
  });
});
