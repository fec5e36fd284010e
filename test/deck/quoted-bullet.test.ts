import { describe, expect, it } from 'vitest';
import { isLeftToQuotes, isLongQuotation, isQuoteFragment, quotesBySentence } from '../../src/deck/quoted-bullet';

const quote = 'Nous avons obtenu un accord au sommet mais c’est en fait la partie la plus facile de la tâche qui nous attend sur le terrain quand nous commencerons';

describe('isLeftToQuotes', () => {
  it('leaves to the quotes slide a bullet over 25 words that is mostly a quotation it shows', () => {
    expect(isLeftToQuotes(`« ${quote} »`, [quote])).toBe(true);
    expect(isLeftToQuotes(`Le ministre a affirmé que « ${quote} »`, [quote])).toBe(true);
  });

  it('keeps a short bullet, a bullet mostly of its own words, and a quotation the quotes slide does not show', () => {
    expect(isLeftToQuotes('« Nous avons obtenu un accord au sommet »', ['Nous avons obtenu un accord au sommet'])).toBe(false);
    const own = 'Le ministre de l’Intérieur du gouvernement fédéral, arrivé dans la matinée dans la capitale régionale avec une délégation de dix élus, a déclaré « un accord au sommet »';
    expect(isLeftToQuotes(own, ['un accord au sommet'])).toBe(false);
    expect(isLeftToQuotes(`« ${quote} »`, ['une autre citation du même discours'])).toBe(false);
    expect(isLeftToQuotes(`« ${quote} »`, [])).toBe(false);
  });
});

describe('isLongQuotation', () => {
  it('is a bullet over the hard limit with two thirds of its words quoted', () => {
    const quote = '« Nous devons trouver un consensus sur la réforme des règles d’asile, sur la base d’un équilibre entre responsabilité et solidarité entre tous les États membres »';
    expect(isLongQuotation(quote)).toBe(true);
    expect(isLongQuotation(`${quote.slice(0, 40)} »`)).toBe(false);
  });

  it('is not a long statement that quotes a few words', () => {
    const s = 'Le président socialiste du pays avait annoncé qu’il décrétait l’« état d’exception et d’urgence économique » afin de « neutraliser l’agression extérieure » contre son gouvernement';
    expect(isLongQuotation(s)).toBe(false);
  });
});

describe('a quotation of several sentences', () => {
  const quote = 'Nous avons un bon résultat. La réforme de la zone avance à pas décisifs. Merci à tous ceux qui ont aidé';
  const sentences = [
    { text: 'Les ministres sont parvenus à un accord.' },
    { text: '"Nous avons un bon résultat.' },
    { text: 'La réforme de la zone avance à pas décisifs.' },
    { text: 'Merci à tous ceux qui ont aidé", a déclaré le ministre.' },
    { text: 'La réforme de la zone avance, selon les analystes.' },
  ];

  it('belongs to each sentence whose words it holds, and to no sentence after it', () => {
    const bySentence = quotesBySentence([{ text: quote, sentence: 1 }], sentences);
    expect([...bySentence.keys()]).toEqual([1, 2, 3]);
  });

  it('makes each of those sentences a fragment, never a sentence that only shares words with it', () => {
    for (const bullet of ['"Nous avons un bon résultat', 'La réforme de la zone avance à pas décisifs', 'Merci à tous ceux qui ont aidé", a déclaré le ministre']) {
      expect(isQuoteFragment(bullet, [quote])).toBe(true);
    }
    expect(isQuoteFragment('La réforme de la zone avance, selon les analystes', [quote])).toBe(false);
    // A quotation of one sentence leaves its sentence to the other rules.
    expect(isQuoteFragment('Nous avons un bon résultat', ['Nous avons un bon résultat pour tous'])).toBe(false);
  });
});
