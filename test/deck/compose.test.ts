import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/article';
import type { Analysis, AnalyzedSentence, SectionId } from '../../src/analysis/analysis';
import { compose } from '../../src/deck/compose';

const texts = [
  'Les deux pays ont signé lundi un accord commercial, a annoncé le ministre Jean Dupont.',
  'L’accord supprime 90 % des droits de douane sur l’acier.',
  'Le ministre Jean Dupont a salué « une étape historique pour nos deux pays ».',
  'Dupont a rappelé que l’inflation atteint 6,5 % et que le pays traverse une crise.',
  'Les deux gouvernements sont alliés depuis 1990.',
  'La Banque centrale européenne suivra la mise en œuvre mardi.',
  'Les deux pays coopèrent sur l’énergie depuis des années.',
  'Elle avait négocié ce texte pendant des mois.',
  'Le traité de 1990 avait ouvert la voie à ce rapprochement.',
];

function sentence(index: number, sections: SectionId[]): AnalyzedSentence {
  return { index, text: texts[index] ?? '', sections, cues: [], candidates: [] };
}

const article: Article = {
  lang: 'fr',
  title: 'Les deux pays ont signé lundi un accord commercial',
  source: 'Agence test',
  date: '2024-03-04',
  sentences: texts.map((text, index) => ({ index, text, paragraph: 0, kind: 'sentence' as const })),
  warnings: [],
};

const analysis: Analysis = {
  lang: 'fr',
  title: article.title,
  sentences: [
    sentence(0, ['context', 'agreements']),
    sentence(1, ['agreements']),
    sentence(2, []),
    sentence(3, ['economy']),
    sentence(4, ['alliances']),
    sentence(5, []),
    sentence(6, ['agreements', 'context']),
    sentence(7, ['context']),
    sentence(8, ['context']),
  ],
  sections: [
    { id: 'context', title: 'Contexte', sentences: [0, 6, 7, 8], opening: 0 },
    { id: 'agreements', title: 'Accords', sentences: [0, 1, 6], opening: 0 },
    { id: 'alliances', title: 'Alliances', sentences: [4], opening: 4 },
    { id: 'economy', title: 'Crise économique', sentences: [3], opening: 3 },
  ],
  entities: [
    { name: 'Jean Dupont', kind: 'person', mentions: [0, 2, 3] },
    { name: 'Banque centrale européenne', kind: 'organisation', mentions: [5] },
    { name: 'France', kind: 'place', mentions: [1] },
  ],
  figures: [
    { text: '90 %', sentence: 1 },
    { text: '6,5 %', sentence: 3 },
  ],
  quotes: [{ text: 'une étape historique pour nos deux pays', speaker: 'Jean Dupont', sentence: 2 }],
  dates: [
    { text: 'lundi', sentence: 0 },
    { text: 'mardi', sentence: 5 },
  ],
};

describe('compose', () => {
  const deck = compose(article, analysis);

  it('opens on a title slide with the source, date and key actors, the lead as notes; a title taken from the lead is not said twice', () => {
    const title = deck.slides[0];
    expect(title).toEqual({
      kind: 'title',
      title: 'Les deux pays ont signé lundi un accord commercial',
      body: 'Agence test · 2024-03-04\n\n- Jean Dupont',
      notes: texts[0],
      sources: [0],
    });
    expect(deck).toMatchObject({ title: article.title, lang: 'fr', source: 'Agence test', date: '2024-03-04' });
  });

  it('opens the title slide on the bottom line, the lead shortened, when the article has a headline', () => {
    const headlined = { ...analysis, title: 'Un accord historique' };
    expect(compose({ ...article, title: 'Un accord historique' }, headlined).slides[0]?.body).toBe(
      'Agence test · 2024-03-04\n\n- Les deux pays ont signé lundi un accord commercial\n- Jean Dupont',
    );
  });

  it('shows each sentence on one section slide, where its sections list puts it first, and the lead on none', () => {
    const sections = deck.slides.filter((s) => s.kind === 'section');
    expect(sections.map((s) => [s.title, s.section, s.sources])).toEqual([
      ['Contexte', 'context', [7, 8]],
      ['Accords', 'agreements', [1, 6]],
      ['Alliances', 'alliances', [4]],
      ['Crise économique', 'economy', [3]],
    ]);
    expect(sections[1]?.body).toBe('- L’accord supprime 90 % des droits de douane sur l’acier\n- Les deux pays coopèrent sur l’énergie depuis des années');
    expect(sections[1]?.notes).toBe(`${texts[1]}\n${texts[6]}`);
  });

  it('opens a section slide on its opening sentence, then article order, notes and sources in the same order', () => {
    const reordered = { ...analysis, sections: analysis.sections.map((s) => (s.id === 'context' ? { ...s, opening: 8 } : s)) };
    const context = compose(article, reordered).slides.find((s) => s.kind === 'section' && s.section === 'context');
    expect(context?.sources).toEqual([8, 6, 7].filter((i) => context?.sources.includes(i)));
    expect(context?.sources[0]).toBe(8);
    expect(context?.notes.split('\n')[0]).toBe(texts[8]);
    expect(context?.body.split('\n')[0]).toContain('Le traité de 1990');
  });

  it('keeps a sentence that opens on a pronoun in the notes only', () => {
    const context = deck.slides.find((s) => s.section === 'context');
    expect(context?.body).toBe('- Le traité de 1990 avait ouvert la voie à ce rapprochement');
    expect(context?.notes).toBe(`${texts[7]}\n${texts[8]}`);
  });

  it('adds actors, figures, quotes and timeline slides from the extracted material', () => {
    const byKind = new Map(deck.slides.map((s) => [s.kind, s]));
    expect(byKind.get('actors')?.body).toBe('- Personnes\u00a0: Jean Dupont\n- Organisations\u00a0: Banque centrale européenne\n- Lieux\u00a0: France');
    expect(byKind.get('figures')?.body).toBe(
      '- L’accord supprime **90 %** des droits de douane sur l’acier\n- Dupont a rappelé que l’inflation atteint **6,5 %** et que le pays traverse une crise',
    );
    expect(byKind.get('quotes')?.body).toBe('- « une étape historique pour nos deux pays » — Jean Dupont');
    expect(byKind.get('quotes')?.sources).toEqual([2]);
    expect(byKind.get('timeline')?.sources).toEqual([0, 5]);
    expect(byKind.get('timeline')?.body).toBe(
      '- **lundi**\u00a0: Les deux pays ont signé un accord commercial\n- **mardi**\u00a0: La Banque centrale européenne suivra la mise en œuvre',
    );
  });

  it('splits a long section after its bullet limit into numbered slides with unique titles', () => {
    const many = { ...analysis, sections: [{ id: 'context' as const, title: 'Contexte', sentences: [1, 2, 3, 4, 5, 6, 8], opening: 1 }] };
    const titles = compose(article, many, { maxBullets: 2, maxWords: 60 }).slides.filter((s) => s.kind === 'section').map((s) => s.title);
    expect(titles).toEqual(['Contexte (1/4)', 'Contexte (2/4)', 'Contexte (3/4)', 'Contexte (4/4)']);
  });

  it('leaves out the extra slides when the article has too little material', () => {
    const bare = { ...analysis, entities: [], figures: [], quotes: [], dates: [] };
    expect(compose(article, bare).slides.map((s) => s.kind)).toEqual(['title', 'section', 'section', 'section', 'section']);
  });
});
